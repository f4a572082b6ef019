//! Nothing lost: the summary accounts for every input, and a report is replaced whole or
//! not at all.

use super::{corpus, gainsay, link, write, KYIV, MOSCOW};
use predicates::str::contains;

#[test]
fn the_summary_accounts_for_every_input() {
    let dir = corpus();
    let feed = format!(
        "{}\nnot json\n{}\n",
        serde_json::json!({"id": "k2", "text": KYIV}),
        serde_json::json!({"id": "m2", "text": MOSCOW}),
    );
    write(dir.path(), "articles/feed.jsonl", feed.as_bytes());
    write(dir.path(), "articles/empty.txt", b"");
    write(dir.path(), "articles/tile.txt", b"\0\x01\x02");
    write(dir.path(), "articles/photo.png", b"\x89PNG");
    link(dir.path(), "nowhere.txt", "articles/gone.txt");
    let output = gainsay(dir.path())
        .args([
            "check",
            "articles",
            "--format",
            "text",
            "--format",
            "json=report.json",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("in 4 documents (4 sentences, 4 with a claim, 10 claims; 4 pairs compared); 2 inputs skipped (binary or empty); 2 inputs could not be read"),
        "{text}"
    );
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("report.json")).unwrap()).unwrap();
    let summary = &report["summary"];
    assert_eq!(summary["documents"], 4);
    let listed = |key: &str| -> Vec<(String, String)> {
        (summary[key].as_array().unwrap().iter())
            .map(|i| {
                let path = i["path"].as_str().unwrap().to_string();
                (path, i["reason"].as_str().unwrap().to_string())
            })
            .collect()
    };
    assert_eq!(
        listed("skipped"),
        [
            ("articles/empty.txt".into(), "empty file".into()),
            ("articles/tile.txt".into(), "binary file".into())
        ]
    );
    let failed = listed("failed");
    assert_eq!(failed[0].0, "articles/feed.jsonl");
    assert!(failed[0].1.starts_with("invalid JSON"), "{failed:?}");
    assert_eq!(failed[1].0, "articles/gone.txt");
    // A file of another type is no input: passed over quietly, listed with --verbose.
    gainsay(dir.path())
        .args(["check", "articles", "--verbose"])
        .assert()
        .code(2)
        .stderr(contains(
            "photo.png: not an article, or excluded; passed over",
        ));
}

#[test]
fn a_report_that_cannot_be_written_leaves_nothing_half_written() {
    let dir = corpus();
    // A folder where the report should go: writing fails, the folder stays as it was
    // and nothing is left beside it.
    std::fs::create_dir(dir.path().join("report.json")).unwrap();
    json_to_report_file(dir.path())
        .assert()
        .code(2)
        .stderr(contains("error: report.json:"));
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left.len(), 2, "a temporary file was left: {left:?}");
    assert!(dir.path().join("report.json").is_dir());
}

#[test]
fn an_existing_report_is_replaced_whole() {
    let dir = corpus();
    let target = dir.path().join("report.json");
    std::fs::write(&target, "an older report").unwrap();
    json_to_report_file(dir.path()).assert().code(1);
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(report["summary"]["conflicts"], 1);
}

fn json_to_report_file(dir: &std::path::Path) -> assert_cmd::Command {
    let mut command = gainsay(dir);
    command.args([
        "check",
        "articles",
        "--format",
        "json",
        "--output",
        "report.json",
    ]);
    command
}
