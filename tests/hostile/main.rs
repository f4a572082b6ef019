//! Hostile input: nothing a user feeds gainsay crashes it, hangs it, loses a document
//! silently or reaches outside what the user allowed. Each case states the exit code and
//! message it documents; none may panic (exit 101).
//!
//! `input` covers corpora (bad bytes, odd files, broken records, races), `rules` covers
//! pack files, `accounting` covers the summary and how reports are written.

mod accounting;
mod input;
mod rules;

use assert_cmd::Command;
use std::path::Path;
use std::time::Duration;

/// Two articles that contradict each other under the built-in rules: a corpus that
/// still reports its conflict proves that the hostile files beside it lost nothing.
const KYIV: &str = "Kyiv said heavy fighting continued in Bakhmut.\n";
const MOSCOW: &str = "Moscow said there was no fighting in Bakhmut.\n";

fn gainsay(dir: &Path) -> Command {
    let mut command = Command::cargo_bin("gainsay").unwrap();
    command.current_dir(dir).timeout(Duration::from_secs(120));
    command
}

/// A folder holding the two contradicting articles under `articles/`.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "articles/kyiv.txt", KYIV.as_bytes());
    write(dir.path(), "articles/moscow.txt", MOSCOW.as_bytes());
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// Makes `dir/name` a symbolic link to `target`.
fn link(dir: &Path, target: &str, name: &str) {
    std::os::unix::fs::symlink(target, dir.join(name)).unwrap();
}

/// Runs `check articles --format json` and returns the exit code, the report and stderr.
fn check(dir: &Path) -> (i32, serde_json::Value, String) {
    let output = gainsay(dir)
        .args(["check", "articles", "--format", "json"])
        .output()
        .unwrap();
    let code = output.status.code().expect("gainsay was not killed");
    assert_ne!(code, 101, "gainsay panicked");
    let report = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not a JSON report ({e}); stderr: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (code, report, String::from_utf8_lossy(&output.stderr).into())
}

/// The rules of the report's conflicts.
fn conflict_rules(report: &serde_json::Value) -> Vec<&str> {
    report["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["rule"].as_str().unwrap())
        .collect()
}
