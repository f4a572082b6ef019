//! Hostile input: endless sentences, hot keys and oversized rule files end in bounded
//! time with a documented exit code and message, never a panic (exit 101).

use assert_cmd::Command;
use predicates::str::contains;
use std::time::Duration;

fn gainsay(dir: &std::path::Path) -> Command {
    let mut command = Command::cargo_bin("gainsay").unwrap();
    command.current_dir(dir).timeout(Duration::from_secs(120));
    command
}

#[test]
fn a_megabyte_without_a_line_break_is_checked_in_bounded_time() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Kyiv said there was no fighting in Bakhmut while Moscow said heavy fighting continued in Bakhmut ".repeat(10_000);
    std::fs::write(dir.path().join("endless.txt"), text).unwrap();
    let run = gainsay(dir.path())
        .args(["check", "endless.txt", "--quiet"])
        .assert();
    let code = run.get_output().status.code();
    assert!(matches!(code, Some(0..=2)), "exit {code:?}");
}

#[test]
fn a_hot_key_is_collapsed_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Kyiv said heavy fighting continued in Bakhmut.\nMoscow said there was no fighting in Bakhmut.\n".repeat(3_000);
    std::fs::write(dir.path().join("hot.txt"), text).unwrap();
    gainsay(dir.path())
        .args(["check", "hot.txt", "--format", "json"])
        .assert()
        .code(1)
        .stderr(contains(
            "had so many claims that identical ones were collapsed",
        ));
}

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
