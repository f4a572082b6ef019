use super::cases::{run, Expect};
use crate::pack;

/// Every shipped rule flags its `flags` cases and stays quiet on its `passes` cases.
#[test]
fn shipped_rules_pass_their_own_cases() {
    let pack = pack::load(true, &[]).unwrap();
    let rules: Vec<_> = pack.rules.iter().collect();
    let results = run(&rules, &pack);
    let failed: Vec<String> = results
        .iter()
        .filter(|r| !r.ok())
        .map(|r| format!("{} {:?}: {:?}", r.rule, r.expect, r.sentences))
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} cases failed:\n{}",
        failed.len(),
        results.len(),
        failed.join("\n")
    );
}

#[test]
fn every_shipped_rule_has_two_cases_each_way() {
    let pack = pack::load(true, &[]).unwrap();
    for rule in &pack.rules {
        assert!(
            rule.tests.flags.len() >= 2 && rule.tests.passes.len() >= 2,
            "{} needs two flags and two passes",
            rule.id
        );
    }
    let rules: Vec<_> = pack.rules.iter().collect();
    assert!(run(&rules, &pack).iter().any(|r| r.expect == Expect::Pass));
}

/// Twins are judged once and the verdict holds for every pair of members: a statement
/// in two reports against its denial in two others is four conflicts, as if each pair had
/// been compared; the same two sentences within one report are one more.
#[test]
fn twins_carry_their_verdict_to_every_pair() {
    use crate::model::Document;
    let pack = pack::load(true, &[]).unwrap();
    let said = "Kyiv said heavy fighting went on in Bakhmut.";
    let denied = "Moscow said there was no fighting in Bakhmut.";
    let texts = [said, said, denied, denied, &format!("{said} {denied}")];
    let claims: Vec<_> = (texts.iter().enumerate())
        .flat_map(|(i, text)| {
            let doc = Document {
                id: format!("d{i}"),
                path: format!("d{i}"),
                first_line: 1,
                text: text.to_string(),
                ..Document::default()
            };
            crate::extract::extract(&doc, crate::segment::segment(&doc), &pack)
        })
        .collect();
    let outcome = super::evaluate(&claims, &pack);
    let documents: Vec<[&str; 2]> = (outcome.conflicts.iter())
        .map(|k| k.claims.map(|c| &*claims[c].document))
        .collect();
    for pair in [
        ["d0", "d2"],
        ["d0", "d3"],
        ["d1", "d2"],
        ["d1", "d3"],
        ["d4", "d4"],
    ] {
        assert!(
            documents.contains(&pair),
            "{pair:?} missing from {documents:?}"
        );
    }
}

/// Two reports of one story, published months apart, that date one event to two years:
/// the years are what they dispute, so the time window does not keep them apart; two
/// stories that share no name stay apart.
#[test]
fn years_in_two_reports_of_one_story_are_compared_whenever_published() {
    use crate::model::Document;
    let pack = pack::load(true, &[]).unwrap();
    let report = |id: &str, published: &str, text: &str| {
        let doc = Document {
            id: id.into(),
            path: id.into(),
            first_line: 1,
            text: text.into(),
            published: published.parse().ok(),
            ..Document::default()
        };
        crate::extract::extract(&doc, crate::segment::segment(&doc), &pack)
    };
    let dates_differ = |a: &str, b: &str| {
        let claims = [
            report("early", "2026-01-20", a),
            report("late", "2026-09-02", b),
        ]
        .concat();
        let outcome = super::evaluate(&claims, &pack);
        (outcome.conflicts.iter()).any(|c| c.rule == "dates-differ")
    };
    assert!(dates_differ(
        "Lena Varro joined Harwick Town from Ellisford in 2021, the club said.",
        "Supporters said Lena Varro joined Harwick Town from Ellisford in 2019."
    ));
    assert!(!dates_differ(
        "The mill said it started the project in 2016.",
        "The council said the project started in 2020."
    ));
}
