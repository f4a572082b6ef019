use super::{render, Format, Run};
use crate::model::Document;
use crate::{extract, graph, pack, rules, segment};

/// Renders a two-sentence document in which Kyiv refutes Moscow.
fn rendered(format: Format) -> String {
    let pack = pack::load(true, &[]).unwrap();
    let text =
        "Moscow said its forces had captured Avdiivka.\nUkrainian officials rejected the claim.";
    let doc = Document {
        id: "a.txt".into(),
        path: "corpus/a.txt".into(),
        first_line: 1,
        text: text.into(),
        ..Document::default()
    };
    let sentences = segment::segment(&doc);
    let claims = extract::extract(&doc, &sentences, &pack);
    let outcome = rules::evaluate(&claims, &pack);
    let graph = graph::build(&claims, &outcome.conflicts);
    let run = Run {
        documents: 1,
        failures: &[],
        warnings: &[],
        sentences: sentences.len(),
        claims: &claims,
        outcome: &outcome,
        graph: &graph,
        pack: &pack,
    };
    render(format, &run)
}

#[test]
fn text_shows_rule_locations_speakers_and_sentences() {
    let text = rendered(Format::Text);
    assert!(text.starts_with("error[claim-refuted]: Ukrainian officials (ukraine) refutes what Moscow (russia) claimed\n"), "{text}");
    assert!(text.contains(
        "  --> a.txt:1  Moscow (russia) asserts: controls(holder=russia, place=avdiivka)\n"
    ));
    assert!(text.contains("  --> a.txt:2  Ukrainian officials (ukraine) denies: not controls(holder=russia, place=avdiivka)\n"));
    assert!(text.contains("      | Ukrainian officials rejected the claim.\n"));
    assert!(
        text.ends_with("1 conflict in 1 document (2 sentences, 2 claims)\n"),
        "{text}"
    );
}

#[test]
fn json_follows_the_contract() {
    let report: serde_json::Value = serde_json::from_str(&rendered(Format::Json)).unwrap();
    assert_eq!(report["version"], 1);
    assert_eq!(report["summary"]["conflicts"], 1);
    let conflict = &report["conflicts"][0];
    assert_eq!(conflict["rule"], "claim-refuted");
    assert_eq!(conflict["id"].as_str().unwrap().len(), 16);
    let claim = &conflict["claims"][1];
    assert_eq!(claim["document"], "a.txt");
    assert_eq!(claim["path"], "corpus/a.txt");
    assert_eq!(claim["sentence"], "Ukrainian officials rejected the claim.");
    assert_eq!(claim["side"], "ukraine");
    assert_eq!(claim["polarity"], "negative");
    assert_eq!(report["claims"].as_array().unwrap().len(), 2);
}

#[test]
fn dot_styles_conflict_and_refutation_apart() {
    let dot = rendered(Format::Dot);
    assert!(dot.starts_with("digraph conflicts {\n"));
    assert!(
        dot.contains(
            "c0 -> c1 [color=\"#c0392b\", penwidth=2, dir=both, label=\"claim-refuted\"];"
        ),
        "{dot}"
    );
    assert!(dot.contains("c1 -> c0 [color=\"#e67e22\", style=dashed, label=\"refutes\"];"));
    assert!(dot.contains("label=\"Moscow: controls(holder=russia, place=avdiivka)\\na.txt:1\", fillcolor=\"#f4a6a6\""));
}
