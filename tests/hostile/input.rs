//! Corpora: bad bytes, odd files, broken records, unreadable paths and races.

use super::{check, conflict_rules, corpus, gainsay, link, write, KYIV, MOSCOW};
use predicates::str::contains;
use std::path::Path;

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning_naming_file_and_byte() {
    let dir = corpus();
    write(
        dir.path(),
        "articles/latin1.txt",
        b"Officials in Lviv met at the caf\xe9.\n",
    );
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("warning: articles/latin1.txt: invalid UTF-8 at byte 32; decoded lossily"),
        "{stderr}"
    );
    assert_eq!(report["summary"]["documents"], 3);
}

#[test]
fn binary_and_empty_files_are_skipped_with_a_reason() {
    let dir = corpus();
    write(
        dir.path(),
        "articles/photo.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    );
    write(dir.path(), "articles/empty.md", b"");
    write(dir.path(), "articles/blank.jsonl", b"\n  \n");
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 1, "skipping is not a failure: {stderr}");
    for (name, reason) in [
        ("blank.jsonl", "empty file"),
        ("empty.md", "empty file"),
        ("photo.txt", "binary file"),
    ] {
        let line = format!("skipped: articles/{name}: {reason}");
        assert!(stderr.contains(&line), "{line} in {stderr}");
    }
    let skipped = report["summary"]["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 3);
    assert_eq!(skipped[2]["reason"], "binary file");
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}

#[test]
fn a_hundred_megabytes_without_a_line_break_is_checked_in_bounded_time() {
    // The debug build is some ten times slower; it reads a tenth, which still crosses
    // every bound (batch, sentence, word) many times over.
    let megabytes = if cfg!(debug_assertions) { 10 } else { 100 };
    let dir = corpus();
    let words = "the river council met and reported calm weather near the old bridge again ";
    let endless = words.repeat(megabytes * 1024 * 1024 / words.len());
    write(dir.path(), "articles/endless.txt", endless.as_bytes());
    let blob = "x".repeat(megabytes * 1024 * 1024);
    write(dir.path(), "articles/blob.txt", blob.as_bytes());
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(report["summary"]["documents"], 4);
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}

#[test]
fn a_broken_jsonl_record_is_reported_by_line_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let feed = format!(
        "{}\n{{\"id\": \"cut\", \"text\": \"Troops were\n{}\n",
        serde_json::json!({"id": "k", "text": KYIV}),
        serde_json::json!({"id": "m", "text": MOSCOW}),
    );
    write(dir.path(), "articles/feed.jsonl", feed.as_bytes());
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("error: articles/feed.jsonl:2: invalid JSON: EOF while parsing"),
        "{stderr}"
    );
    assert_eq!(report["summary"]["failed"][0]["line"], 2);
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}

#[test]
fn a_page_nested_past_any_browser_is_refused_at_once_and_the_rest_is_checked() {
    let dir = corpus();
    let deep = format!("{}<p>x</p>", "<div>".repeat(200_000));
    write(dir.path(), "articles/deep.html", deep.as_bytes());
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("articles/deep.html: HTML nested more than 1000 elements deep"),
        "{stderr}"
    );
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}

#[test]
fn csv_rows_with_missing_or_extra_columns() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "id,text,outlet\nk,\"{}\",Kyiv Daily,extra,cells\nshort\nm,\"{}\"\n",
        KYIV.trim(),
        MOSCOW.trim()
    );
    write(dir.path(), "articles/wire.csv", csv.as_bytes());
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 2, "a row without text could not be read: {stderr}");
    assert!(
        stderr.contains("error: articles/wire.csv:3: no text (looked for text"),
        "{stderr}"
    );
    assert_eq!(
        report["summary"]["documents"], 2,
        "extra and missing cells still read"
    );
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}

#[test]
fn unreadable_files_and_folders_are_failures_and_the_rest_is_checked() {
    use std::os::unix::fs::PermissionsExt;
    let dir = corpus();
    write(dir.path(), "articles/locked.txt", KYIV.as_bytes());
    write(dir.path(), "articles/closed/inside.txt", KYIV.as_bytes());
    let mode = |path: &str, mode| {
        let path = dir.path().join(path);
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    mode("articles/locked.txt", 0o000);
    mode("articles/closed", 0o000);
    // The temporary folder is private to its owner; the unprivileged reader must enter it.
    mode(".", 0o755);
    let output = unprivileged(dir.path())
        .args(["check", "articles", "--format", "json"])
        .output()
        .unwrap();
    mode("articles/closed", 0o755);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("error: articles/locked.txt: Permission denied"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: articles/closed: Permission denied"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("IO error for operation"),
        "said once: {stderr}"
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["summary"]["failed"].as_array().unwrap().len(), 2);
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}

/// gainsay run as an unprivileged user: permissions do not stop root, so under root the
/// test drops to `nobody` with util-linux `setpriv`.
fn unprivileged(dir: &Path) -> assert_cmd::Command {
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    if !root {
        return gainsay(dir);
    }
    let mut command = assert_cmd::Command::new("setpriv");
    command
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(assert_cmd::cargo::cargo_bin("gainsay"))
        .current_dir(dir)
        .timeout(std::time::Duration::from_secs(120));
    command
}

#[test]
fn symlink_loops_end_in_a_failure_not_a_hang() {
    let dir = corpus();
    let articles = dir.path().join("articles");
    link(&articles, "loop.txt", "loop.txt");
    link(&articles, "b.md", "a.md");
    link(&articles, "a.md", "b.md");
    // Links to folders are not followed, so a link to the parent cannot make a cycle.
    link(&articles, "..", "up");
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 2, "{stderr}");
    for name in ["a.md", "b.md", "loop.txt"] {
        let line = format!("error: articles/{name}: Too many levels of symbolic links");
        assert!(stderr.contains(&line), "{line} in {stderr}");
    }
    assert_eq!(report["summary"]["documents"], 2);
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}

#[test]
fn a_file_gone_before_it_is_read_is_a_failure() {
    // A link to a deleted file is found by the walk and fails on reading, exactly like
    // a file deleted between the two.
    let dir = corpus();
    link(dir.path(), "deleted.txt", "articles/gone.txt");
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("error: articles/gone.txt: No such file or directory"),
        "{stderr}"
    );
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}

#[test]
fn files_vanishing_during_a_run_are_each_checked_or_failed() {
    let dir = corpus();
    let names: Vec<String> = (0..3_000)
        .map(|n| format!("articles/w/{n:04}.txt"))
        .collect();
    let text = "The council said the new bridge would open in spring.\n".repeat(40);
    for name in &names {
        write(dir.path(), name, text.as_bytes());
    }
    let mut child = gainsay(dir.path());
    child.args(["check", "articles", "--format", "json"]);
    let deleter = {
        let root = dir.path().to_path_buf();
        let names = names.clone();
        std::thread::spawn(move || {
            for name in names.iter().rev() {
                let _ = std::fs::remove_file(root.join(name));
            }
        })
    };
    let output = child.output().unwrap();
    deleter.join().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let failed = report["summary"]["failed"].as_array().unwrap();
    let documents = report["summary"]["documents"].as_u64().unwrap() as usize;
    // Files deleted before the walk reached them were never inputs; every other one is
    // a document or a failure naming it.
    assert!(documents + failed.len() <= names.len() + 2, "{stderr}");
    assert!(failed.iter().all(|f| f["reason"]
        .as_str()
        .unwrap()
        .starts_with("No such file or directory")));
    let expected = if failed.is_empty() { 1 } else { 2 };
    assert_eq!(output.status.code(), Some(expected), "{stderr}");
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}

#[test]
fn capitals_and_other_scripts() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "articles/kyiv.txt",
        KYIV.to_uppercase().as_bytes(),
    );
    write(
        dir.path(),
        "articles/moscow.txt",
        MOSCOW.to_uppercase().as_bytes(),
    );
    let others = [
        (
            "cyrillic.txt",
            "Киев заявил, что бои продолжаются. Москва это отрицает.\n",
        ),
        ("arabic.txt", "قالت كييف إن القتال مستمر في المدينة.\n"),
        ("cjk.txt", "基辅表示战斗仍在继续。莫斯科否认了这一说法。\n"),
        (
            "marks.txt",
            "Z\u{0351}\u{0364}\u{0300}a\u{200d}\u{200f}l\u{fe0f}g\u{1f600}o. \u{feff}\u{202e}.\n",
        ),
    ];
    for (name, text) in others {
        write(dir.path(), &format!("articles/{name}"), text.as_bytes());
    }
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(report["summary"]["documents"], 6);
    assert_eq!(
        conflict_rules(&report),
        ["fighting-denied"],
        "capitals are read as words"
    );
}

#[test]
fn no_readable_article_at_all_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "articles/photo.txt", b"\0\0\0");
    gainsay(dir.path())
        .args(["check", "articles"])
        .assert()
        .code(2)
        .stderr(contains("skipped: articles/photo.txt: binary file"))
        .stderr(contains("error: no readable article in the given paths"));
}

#[test]
fn a_statement_repeated_thousands_of_times_is_judged_once() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{KYIV}{MOSCOW}").repeat(3_000);
    write(dir.path(), "articles/hot.txt", text.as_bytes());
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    // Identical claims are twins: one of each is paired, so no key runs hot.
    assert!(!stderr.contains("pairing keys"), "{stderr}");
    let rule = (report["summary"]["rules"].as_array().unwrap().iter())
        .find(|r| r["id"] == "fighting-denied")
        .unwrap();
    assert!(rule["pairs_compared"].as_u64().unwrap() < 10, "{rule}");
    assert!(rule.get("hot_keys").is_none(), "{rule}");
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}

#[test]
fn a_hot_key_of_distinct_claims_is_capped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    // Each day a claim of its own: nothing to collapse, so the key is capped.
    let feed: String = (0..1_500)
        .map(|n| {
            let day = jiff::civil::date(2020, 1, 1) + jiff::Span::new().days(n);
            let record = serde_json::json!({"id": n, "date": day.to_string(), "text": KYIV});
            format!("{record}\n")
        })
        .collect();
    write(dir.path(), "articles/daily.jsonl", feed.as_bytes());
    write(dir.path(), "articles/moscow.txt", MOSCOW.as_bytes());
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("pairing keys still had more than 1000 distinct claims and were capped; conflicts among the claims beyond may be missed"),
        "{stderr}"
    );
    let rule = (report["summary"]["rules"].as_array().unwrap().iter())
        .find(|r| r["id"] == "fighting-denied")
        .unwrap();
    assert_eq!(rule["hot_keys"]["kept"], 3_000);
    assert!(rule["hot_keys"]["capped"].as_u64().unwrap() > 0);
}

#[test]
fn an_alias_bomb_in_front_matter_costs_nothing() {
    let dir = corpus();
    let mut front = String::from("---\nx0: &a0 [\"lol\"]\n");
    for n in 1..10 {
        let refs = vec![format!("*a{}", n - 1); 10].join(", ");
        front += &format!("x{n}: &a{n} [{refs}]\n");
    }
    // Under a key that is not read, the alias is never expanded and the article is
    // checked; under one that is, it is the wrong type and fails that article alone.
    let ignored = front.clone() + "ignored: *a9\n---\nThe river rose.\n";
    write(dir.path(), "articles/ignored.md", ignored.as_bytes());
    let read = front + "title: *a9\n---\nThe river rose.\n";
    write(dir.path(), "articles/read.md", read.as_bytes());
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("error: articles/read.md:")
            && stderr.contains("invalid front matter: title: invalid type: sequence"),
        "{stderr}"
    );
    assert_eq!(report["summary"]["documents"], 3);
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}

#[test]
fn a_read_error_inside_a_jsonl_file_is_a_failure_and_nothing_else() {
    // Reading /proc/self/mem from its start fails with an I/O error, whoever reads it.
    let dir = corpus();
    link(dir.path(), "/proc/self/mem", "articles/mem.jsonl");
    let (code, report, stderr) = check(dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("error: articles/mem.jsonl:1: Input/output error"),
        "{stderr}"
    );
    assert_eq!(
        report["summary"]["skipped"].as_array().unwrap().len(),
        0,
        "{stderr}"
    );
    assert_eq!(conflict_rules(&report), ["fighting-denied"]);
}
