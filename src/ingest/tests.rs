//! End-to-end tests of `ingest` on small corpora written to temporary folders.

use super::walk::Format;
use super::*;
use std::fs;
use std::path::Path;
use tempfile::TempDir;

pub(super) fn corpus(files: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }
    dir
}

pub(super) fn run(paths: &[&Path]) -> Corpus {
    let paths: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
    ingest(&paths, &FieldMap::default(), &globset::GlobSet::empty())
}

fn ids(corpus: &Corpus) -> Vec<&str> {
    corpus.documents.iter().map(|d| d.id.as_str()).collect()
}

/// (line, reason) of each failure, for files under one folder.
fn failures(corpus: &Corpus) -> Vec<(Option<usize>, &str)> {
    (corpus.failures.iter())
        .map(|f| (f.line, f.reason.as_str()))
        .collect()
}

fn date(text: &str) -> Option<Day> {
    Some(text.parse().unwrap())
}

#[test]
fn plain_text_in_a_folder() {
    let dir = corpus(&[("a.txt", b"Snow fell.\n"), ("sub/b.TXT", b"  Snow melted.")]);
    let out = run(&[dir.path()]);
    assert_eq!(ids(&out), ["a.txt", "sub/b.TXT"]);
    let b = &out.documents[1];
    assert_eq!(b.path, dir.path().join("sub/b.TXT").display().to_string());
    assert_eq!((b.first_line, b.text.as_str()), (1, "  Snow melted."));
    assert!(out.failures.is_empty() && out.passed_over.is_empty());
}

#[test]
fn file_root_keeps_its_path_as_id_and_unknown_extension_is_text() {
    let dir = corpus(&[("a.txt", b"Fog.\n"), ("notes.log", b"Hail.\n")]);
    let (a, log) = (dir.path().join("a.txt"), dir.path().join("notes.log"));
    let out = run(&[&a, &log]);
    assert_eq!(ids(&out), [a.to_str().unwrap(), log.to_str().unwrap()]);
    assert_eq!(out.documents[1].text, "Hail.\n");
}

#[test]
fn markdown_front_matter() {
    let md =
        "---\nid: storm-1\ntitle: Storm\noutlet: Daily Gale\npublished: 2024-03-05T10:00:00Z\n\
              speaker: Met office\nside: weather\ntags: [wind]\n---\nWind rose.\n";
    let dir = corpus(&[("storm.md", md.as_bytes()), ("plain.markdown", b"# Calm\n")]);
    let out = run(&[dir.path()]);
    assert_eq!(ids(&out), ["plain.markdown", "storm-1"]);
    let storm = &out.documents[1];
    assert_eq!(
        (storm.first_line, storm.text.as_str()),
        (10, "Wind rose.\n")
    );
    assert_eq!(storm.title.as_deref(), Some("Storm"));
    assert_eq!(storm.outlet.as_deref(), Some("Daily Gale"));
    assert_eq!(storm.published, date("2024-03-05"));
    assert_eq!(storm.speaker.as_deref(), Some("Met office"));
    assert_eq!(storm.side.as_deref(), Some("weather"));
    assert_eq!(out.documents[0].text, "# Calm\n");
}

#[test]
fn markdown_date_key_and_bad_front_matter() {
    let good = "---\ndate: 2023-12-01\nid: 7\n---\nBody.\n";
    let bad = "---\ntitle: Storm\nside: [unclosed\nspeaker: Ann\n---\nBody.\n";
    let dir = corpus(&[("good.md", good.as_bytes()), ("bad.md", bad.as_bytes())]);
    let out = run(&[dir.path()]);
    assert_eq!(ids(&out), ["7"]);
    assert_eq!(out.documents[0].published, date("2023-12-01"));
    assert_eq!(out.failures.len(), 1);
    let failure = &out.failures[0];
    assert!(failure.path.ends_with("bad.md"), "{failure}");
    assert_eq!(failure.line, Some(3), "{failure}");
    let reason =
        "invalid front matter: side: invalid type: sequence, expected a string at column 7";
    assert_eq!(failure.reason, reason);
}

#[test]
fn json_object_and_array() {
    let one =
        r#"{"id": 42, "headline": "Flood", "body": "Rivers rose.", "published": "2024-01-02"}"#;
    let many = r#"[{"text": "Dry."}, "oops", {"url": "https://x.test/3", "content": "Wet."}]"#;
    let dir = corpus(&[("one.json", one.as_bytes()), ("many.JSON", many.as_bytes())]);
    let out = run(&[dir.path()]);
    assert_eq!(ids(&out), ["42", "https://x.test/3", "many.JSON#1"]);
    let flood = &out.documents[0];
    assert_eq!(
        (flood.title.as_deref(), flood.text.as_str()),
        (Some("Flood"), "Rivers rose.")
    );
    assert_eq!(flood.published, date("2024-01-02"));
    assert_eq!(failures(&out), [(Some(1), "not a JSON object")]);
}

#[test]
fn invalid_json_file_is_a_failure() {
    let dir = corpus(&[("bad.json", b"{\n  \"text\": \"Rain\",\n  oops\n}")]);
    let out = run(&[dir.path()]);
    assert!(out.documents.is_empty());
    let (line, reason) = failures(&out)[0];
    assert_eq!(line, Some(3));
    assert!(
        reason.starts_with("invalid JSON: key must be a string at column"),
        "{reason}"
    );
}

#[test]
fn jsonl_broken_lines_do_not_stop_the_file() {
    let lines = "{\"text\": \"One.\", \"date\": \"someday\"}\n\n{\"text\": \"Two.\"\n[1, 2]\n\
                 {\"title\": \"No text\"}\n{\"text\": \"Six.\", \"author\": \"Ann\"}\n";
    let dir = corpus(&[("feed.ndjson", lines.as_bytes())]);
    let out = run(&[dir.path()]);
    assert_eq!(ids(&out), ["feed.ndjson#1", "feed.ndjson#5"]);
    let lines: Vec<usize> = out.documents.iter().map(|d| d.first_line).collect();
    assert_eq!(lines, [1, 6]);
    assert_eq!(out.documents[0].published, None);
    assert_eq!(out.documents[1].speaker.as_deref(), Some("Ann"));
    let found = failures(&out);
    assert_eq!(
        found.iter().map(|f| f.0).collect::<Vec<_>>(),
        [Some(3), Some(4), Some(5)]
    );
    assert!(
        found[0].1.starts_with("invalid JSON: EOF while parsing"),
        "{}",
        found[0].1
    );
    assert_eq!(found[1].1, "not a JSON object");
    assert_eq!(
        found[2].1,
        "no text (looked for text, body, content, claim)"
    );
}

#[test]
fn csv_rows_with_missing_columns_are_failures() {
    let csv = "ID,Headline,Body,Source\n1,Heat,Hot day.,Sun Post\n2,Cold\n\
               3,Wind,\"Gusts,\nthen calm.\",Air News\n,Frost,Ice.,Sun Post,extra\n";
    let dir = corpus(&[("wx.csv", csv.as_bytes())]);
    let out = run(&[dir.path()]);
    assert_eq!(ids(&out), ["1", "3", "wx.csv#4"]);
    let firsts: Vec<usize> = out.documents.iter().map(|d| d.first_line).collect();
    assert_eq!(firsts, [2, 4, 6]);
    assert_eq!(out.documents[1].text, "Gusts,\nthen calm.");
    assert_eq!(out.documents[1].outlet.as_deref(), Some("Air News"));
    assert_eq!(out.documents[2].title.as_deref(), Some("Frost"));
    assert_eq!(
        failures(&out),
        [(Some(3), "no text (looked for text, body, content, claim)")]
    );
}

#[test]
fn field_override() {
    let mut fields = FieldMap::default();
    fields.set("text", "claim_text").unwrap();
    fields.set("id", "ref").unwrap();
    assert_eq!(fields.text, ["claim_text"]);
    let err = fields.set("colour", "x").unwrap_err();
    assert!(
        err.contains("id, title, text, date, outlet, speaker, side"),
        "{err}"
    );
    assert!(fields.set("text", " ").is_err());

    let line = r#"{"ref": "r1", "text": "Ignored.", "claim_text": "Chosen."}"#;
    let dir = corpus(&[("c.jsonl", line.as_bytes())]);
    let out = ingest(
        &[dir.path().to_path_buf()],
        &fields,
        &globset::GlobSet::empty(),
    );
    assert_eq!(ids(&out), ["r1"]);
    assert_eq!(out.documents[0].text, "Chosen.");
}

#[test]
fn binary_empty_and_invalid_utf8_files() {
    let dir = corpus(&[
        ("bin.txt", b"PK\x03\x04\0\0rest"),
        ("blank.md", b" \n\n"),
        ("latin.txt", b"Caf\xe9 closed.\n"),
    ]);
    let out = run(&[dir.path()]);
    assert_eq!(ids(&out), ["latin.txt"]);
    assert_eq!(out.documents[0].text, "Caf\u{fffd} closed.\n");
    assert!(out.failures.is_empty());
    let reasons: Vec<(&str, &str)> = (out.skipped.iter())
        .map(|f| {
            (
                Path::new(&f.path).file_name().unwrap().to_str().unwrap(),
                &*f.reason,
            )
        })
        .collect();
    assert_eq!(
        reasons,
        [("bin.txt", "binary file"), ("blank.md", "empty file")]
    );
    assert_eq!(out.warnings.len(), 1);
    assert_eq!(
        out.warnings[0].reason,
        "invalid UTF-8 at byte 3; decoded lossily"
    );
}

#[test]
fn other_types_hidden_and_ignored_files() {
    let dir = corpus(&[
        (".gitignore", b"drafts/\n*.bak.txt\n"),
        ("drafts/d.txt", b"Draft.\n"),
        ("old.bak.txt", b"Old.\n"),
        (".hidden.txt", b"Hidden.\n"),
        ("photo.png", b"\x89PNG"),
        ("README", b"About.\n"),
        ("kept.txt", b"Kept.\n"),
    ]);
    let out = run(&[dir.path()]);
    assert_eq!(ids(&out), ["kept.txt"]);
    let passed: Vec<String> = ["README", "photo.png"]
        .map(|n| dir.path().join(n).display().to_string())
        .into();
    assert_eq!(out.passed_over, passed);
    assert!(out.failures.is_empty());
}

#[test]
fn order_is_by_id_and_stable() {
    let names = [
        "b/z.txt",
        "a.txt",
        "b/a/x.txt",
        "c.jsonl",
        "b-c.txt",
        "B.txt",
    ];
    let files: Vec<(&str, &[u8])> = names.iter().map(|n| (*n, &b"Text.\n"[..])).collect();
    let dir = corpus(&files);
    fs::write(
        dir.path().join("c.jsonl"),
        "{\"text\":\"1\"}\n{\"text\":\"2\"}\n",
    )
    .unwrap();
    let first = run(&[dir.path()]);
    let expected = [
        "B.txt",
        "a.txt",
        "b-c.txt",
        "b/a/x.txt",
        "b/z.txt",
        "c.jsonl#1",
        "c.jsonl#2",
    ];
    assert_eq!(ids(&first), expected);
    for _ in 0..5 {
        assert_eq!(ids(&run(&[dir.path()])), expected);
    }
}

#[test]
fn missing_roots_fail_and_failures_sort() {
    let dir = corpus(&[("b.jsonl", b"[]\n{}\n"), ("a.txt", b"A.\n")]);
    let missing = dir.path().join("gone.txt");
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.jsonl"));
    let out = run(&[&b, &missing, &a]);
    assert_eq!(ids(&out), [a.to_str().unwrap()]);
    let found: Vec<(&str, Option<usize>)> = (out.failures.iter())
        .map(|f| (f.path.rsplit('/').next().unwrap(), f.line))
        .collect();
    assert_eq!(
        found,
        [
            ("b.jsonl", Some(1)),
            ("b.jsonl", Some(2)),
            ("gone.txt", None)
        ]
    );
    assert!(
        out.failures[2].reason.contains("No such file"),
        "{}",
        out.failures[2]
    );
}

#[test]
fn stdin_is_jsonl_only_when_every_line_is_an_object() {
    assert_eq!(Format::sniff("{\"text\": \"a\"}\n\n  {}\n"), Format::Jsonl);
    assert_eq!(
        Format::sniff("{braces} open this line\nbut not this one\n"),
        Format::Text
    );
}

#[test]
fn large_jsonl_is_read_in_batches_with_file_lines_and_offsets() {
    // Enough records for several batches; a broken record and an invalid byte sit in
    // later batches, and an escaped NUL is text, not a sign of a binary file.
    let record = format!("{{\"text\": \"{}\"}}\n", "Calm day. ".repeat(100));
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    for n in 1..=12_000 {
        match n {
            7_000 => bytes.extend_from_slice(b"{\"text\": \n"),
            9_000 => bytes.extend_from_slice(b"{\"text\": \"Caf\xe9 \\u0000\"}\n"),
            _ => bytes.extend_from_slice(record.as_bytes()),
        }
    }
    let dir = corpus(&[("big.jsonl", &bytes)]);
    let out = run(&[dir.path()]);
    assert_eq!(out.documents.len(), 11_999);
    assert_eq!(failures(&out).len(), 1);
    assert_eq!(out.failures[0].line, Some(7_000));
    let at = 3 + 8_998 * record.len() + "{\"text\": \n".len() + "{\"text\": \"Caf".len();
    let reason = format!("invalid UTF-8 at byte {at}; decoded lossily");
    assert_eq!(out.warnings[0].reason, reason);
    let ninth = out
        .documents
        .iter()
        .find(|d| d.first_line == 9_000)
        .unwrap();
    assert_eq!(ninth.text, "Caf\u{fffd} \0");
}

#[test]
fn jsonl_binary_and_blank_files_are_skipped_like_others() {
    let dir = corpus(&[
        ("bin.jsonl", b"{\"text\": \"a\0\"}\n"),
        ("blank.jsonl", b"\n \n"),
    ]);
    let out = run(&[dir.path()]);
    assert!(out.documents.is_empty() && out.failures.is_empty());
    let reasons: Vec<&str> = out.skipped.iter().map(|f| f.reason.as_str()).collect();
    assert_eq!(reasons, ["binary file", "empty file"]);
}
