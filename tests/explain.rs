//! End-to-end tests of `gainsay explain`: what it shows of one sentence and of a pair.

use assert_cmd::Command;
use std::path::Path;

/// `gainsay explain` on the first line of two small articles written to a fresh folder.
fn explain_pair(a: &str, b: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        std::fs::write(dir.path().join(name), format!("{text}\n")).unwrap();
        format!("{}:1", Path::new(name).display())
    };
    let (a, b) = (write("a.txt", a), write("b.txt", b));
    let out = Command::cargo_bin("gainsay")
        .unwrap()
        .current_dir(dir.path())
        .args(["explain", &a, &b])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn rule_line<'a>(out: &'a str, rule: &str) -> &'a str {
    (out.lines().find(|l| l.trim_start().starts_with(rule)))
        .unwrap_or_else(|| panic!("no line for {rule} in:\n{out}"))
}

#[test]
fn a_paired_conflict_shows_each_step() {
    let out = explain_pair(
        "The council said the Harlow bridge was open.",
        "Engineers said the Harlow bridge was not open.",
    );
    let line = rule_line(&out, "clause-negated");
    assert!(line.contains("→ CONFLICT"), "{line}");
}

/// A rule author learns whether pairing or judging is what misses: a pair the keys keep
/// apart still shows what the judge would say of it.
#[test]
fn an_unpaired_pair_shows_what_the_judge_would_say() {
    let out = explain_pair(
        "The Kelling substation was inspected in February.",
        "Engineers had not examined the Kelling site since 2022.",
    );
    let line = rule_line(&out, "clause-negated");
    assert!(line.contains("not paired"), "{line}");
    assert!(line.contains("; if paired: "), "{line}");
}
