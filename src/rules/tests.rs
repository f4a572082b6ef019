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
