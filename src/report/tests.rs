use super::{render, By, Format, Run};
use crate::model::Document;
use crate::{disputes, extract, pack, rules, segment};

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
    let sentences: Vec<_> = segment::segment(&doc).collect();
    let claims = extract::extract(&doc, &sentences, &pack);
    let outcome = rules::evaluate(&claims, &pack);
    let disputes = disputes::group(&outcome.conflicts, &claims, &pack);
    let run = Run {
        documents: 1,
        failures: &[],
        warnings: &[],
        skipped: &[],
        sentences: sentences.len(),
        claims: &claims,
        outcome: &outcome,
        disputes: &disputes,
        by: By::Conflict,
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
        text.ends_with(
            "1 conflict in 1 document (2 sentences, 2 with a claim, 3 claims; 4 pairs compared)\n"
        ),
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
    // Two typed claims and the open proposition of the first sentence.
    assert_eq!(report["claims"].as_array().unwrap().len(), 3);
}

#[test]
fn dot_styles_conflict_and_refutation_apart() {
    let dot = rendered(Format::Dot);
    assert!(dot.starts_with("digraph conflicts {\n"));
    assert!(
        dot.contains("  subgraph cluster_0 {\n    label=\"a.txt\";"),
        "{dot}"
    );
    let conflict = "n0 -> n1 [color=\"#c0392b\", penwidth=2.0, dir=both, label=\"claim-refuted\"";
    assert!(dot.contains(conflict), "{dot}");
    assert!(dot.contains("n1 -> n0 [color=\"#e67e22\", style=dashed, label=\"refutes\""));
    let node = "n0 [label=\"Moscow: controls(holder=russia, place=avdiivka)\\na.txt:1\", tooltip=\"Moscow said its forces had captured Avdiivka.\", fillcolor=\"#f4a6a6\"]";
    assert!(dot.contains(node), "{dot}");
}

#[test]
fn sarif_locates_both_claims_and_describes_every_rule() {
    let log: serde_json::Value = serde_json::from_str(&rendered(Format::Sarif)).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let pack = pack::load(true, &[]).unwrap();
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), pack.rules.len());
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "claim-refuted");
    assert_eq!(
        rules[result["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "claim-refuted"
    );
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["partialFingerprints"]["gainsay/v1"]
            .as_str()
            .unwrap()
            .len(),
        16
    );
    let at = &result["locations"][0]["physicalLocation"];
    assert_eq!(at["artifactLocation"]["uri"], "corpus/a.txt");
    assert_eq!(at["region"]["startLine"], 1);
    assert_eq!(at["region"]["startColumn"], 1);
    let related = &result["relatedLocations"][0];
    assert_eq!(related["id"], 1);
    assert_eq!(related["physicalLocation"]["region"]["startLine"], 2);
    assert_eq!(
        related["message"]["text"],
        "Ukrainian officials (ukraine): not controls(holder=russia, place=avdiivka)"
    );
}

#[test]
fn github_annotates_the_first_claim() {
    assert_eq!(
        rendered(Format::Github),
        "::error file=corpus/a.txt,line=1,col=1,title=claim-refuted::Ukrainian officials (ukraine) \
         refutes what Moscow (russia) claimed — Moscow (russia) at corpus/a.txt:1 \
         vs Ukrainian officials (ukraine) at corpus/a.txt:2\n"
    );
}

#[test]
fn junit_has_a_suite_per_rule_and_a_failure_per_conflict() {
    let xml = rendered(Format::Junit);
    let header =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"gainsay\" tests=\"";
    assert!(xml.starts_with(header), "{xml}");
    assert!(
        xml.lines().nth(1).unwrap().ends_with("\" failures=\"1\">"),
        "{xml}"
    );
    assert!(xml.contains("  <testsuite name=\"claim-refuted\" tests=\"1\" failures=\"1\">\n"));
    assert!(xml.contains(" vs corpus/a.txt:2\">\n      <failure message=\"Ukrainian officials (ukraine) refutes what Moscow (russia) claimed\" type=\"error\">Moscow (russia) at corpus/a.txt:1: Moscow said its forces had captured Avdiivka.\nUkrainian officials (ukraine) at corpus/a.txt:2: Ukrainian officials rejected the claim.</failure>\n"), "{xml}");
    assert_eq!(
        xml.matches("<testsuite ").count(),
        pack::load(true, &[]).unwrap().rules.len()
    );
    assert!(xml.ends_with("</testsuites>\n"));
}

#[test]
fn jsonl_is_one_conflict_per_line_as_in_the_json_report() {
    let jsonl = rendered(Format::Jsonl);
    assert_eq!(jsonl.lines().count(), 1, "{jsonl}");
    let line: serde_json::Value = serde_json::from_str(&jsonl).unwrap();
    let report: serde_json::Value = serde_json::from_str(&rendered(Format::Json)).unwrap();
    assert_eq!(line, report["conflicts"][0]);
}
