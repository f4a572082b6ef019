//! Rule files, which may arrive in a pull request: oversized, deeply nested or
//! self-referring packs are errors with file and line, patterns match in bounded time, and
//! `use:` reaches no file outside the rule folders given.

use super::{corpus, gainsay, link, write};
use predicates::str::contains;

#[test]
fn oversized_patterns_and_nesting_are_errors_not_hangs() {
    let dir = tempfile::tempdir().unwrap();
    let huge = "(a|b) ... ".repeat(500) + "{place}";
    let pack = format!("version: 1\npack: huge\nentities: [{{id: t, name: Town, kind: place}}]\npredicates:\n  - id: p\n    args: {{place: [place]}}\n    patterns: [\"{huge}\"]\n");
    std::fs::write(dir.path().join("huge.yaml"), pack).unwrap();
    gainsay(dir.path())
        .args(["rules", "check", "--no-default-rules", "huge.yaml"])
        .assert()
        .code(2)
        .stderr(contains("huge.yaml:7:17: pattern `(a|b) ..."))
        .stderr(contains("split it into several patterns"));
    let deep = format!(
        "version: 1\npack: deep\nsides: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    std::fs::write(dir.path().join("deep.yaml"), deep).unwrap();
    gainsay(dir.path())
        .args(["rules", "check", "--no-default-rules", "deep.yaml"])
        .assert()
        .code(2)
        .stderr(contains("deep.yaml:3:"));
}

#[test]
fn a_pack_that_uses_itself_is_a_cycle() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("self.yaml"),
        "version: 1\npack: self\nuse: [self.yaml]\n",
    )
    .unwrap();
    gainsay(dir.path())
        .args(["rules", "check", "--no-default-rules", "self.yaml"])
        .assert()
        .code(2)
        .stderr(contains("self.yaml:3:7: `use:` cycle"));
}

#[test]
fn a_yaml_alias_bomb_is_an_error_not_an_explosion() {
    let dir = tempfile::tempdir().unwrap();
    let mut bomb = String::from("version: 1\npack: bomb\nx-0: &a0 [\"lol\"]\n");
    for n in 1..10 {
        let refs = vec![format!("*a{}", n - 1); 10].join(", ");
        bomb += &format!("x-{n}: &a{n} [{refs}]\n");
    }
    bomb += "sides: *a9\n";
    write(dir.path(), "bomb.yaml", bomb.as_bytes());
    gainsay(dir.path())
        .args(["rules", "check", "--no-default-rules", "bomb.yaml"])
        .assert()
        .code(2)
        .stderr(contains("bomb.yaml:"));
}

#[test]
fn a_pattern_built_to_backtrack_matches_in_bounded_time() {
    let dir = corpus();
    // Gaps between repeated words: a naive backtracking matcher tries 9^19 ways over a
    // sentence of the same word; memoised matching tries each (part, token) once.
    let pattern = "a ... ".repeat(19) + "{place} fell";
    let pack = format!(
        "version: 1\npack: slow\nentities: [{{id: t, name: Town, kind: place}}]\n\
         predicates:\n  - id: fell\n    args: {{place: [place]}}\n    patterns: [\"{pattern}\"]\n\
         rules:\n  - id: fell-twice\n    kind: negation\n    predicate: fell\n    message: m\n"
    );
    write(dir.path(), "slow.yaml", pack.as_bytes());
    let sentence = "a ".repeat(250) + "b.\n";
    write(
        dir.path(),
        "articles/as.txt",
        sentence.repeat(200).as_bytes(),
    );
    let run = gainsay(dir.path())
        .args(["check", "articles", "--rules", "slow.yaml", "--quiet"])
        .assert();
    let code = run.get_output().status.code();
    assert!(matches!(code, Some(0..=2)), "exit {code:?}");
}

fn escaping_pack(dir: &std::path::Path, used: &str) {
    let pack = format!("version: 1\npack: mine\nuse: [{used}]\n");
    write(dir, "packs/mine.yaml", pack.as_bytes());
    write(dir, "elsewhere/secret.yaml", b"version: 1\npack: secret\n");
}

#[test]
fn use_paths_may_not_escape_the_rule_folders() {
    let dir = tempfile::tempdir().unwrap();
    let outside = dir
        .path()
        .join("elsewhere/secret.yaml")
        .display()
        .to_string();
    for used in [
        "../elsewhere/secret.yaml",
        outside.as_str(),
        "link/secret.yaml",
    ] {
        escaping_pack(dir.path(), used);
        if !dir.path().join("packs/link").exists() {
            link(dir.path(), "../elsewhere", "packs/link");
        }
        gainsay(dir.path())
            .args(["rules", "check", "--no-default-rules", "packs"])
            .assert()
            .code(2)
            .stderr(contains(format!("packs/mine.yaml:3:7: `use: {used}`")))
            .stderr(contains(
                "is outside the rule folders given; give its folder with --rules to allow it",
            ));
    }
}

#[test]
fn use_may_reach_a_folder_the_user_gave() {
    let dir = tempfile::tempdir().unwrap();
    escaping_pack(dir.path(), "../elsewhere/secret.yaml");
    gainsay(dir.path())
        .args(["rules", "check", "--no-default-rules", "packs", "elsewhere"])
        .assert()
        .success();
}
