//! A check split into buckets (`extract`, `check --claims` per bucket, `report`) gives
//! byte for byte the JSON report of one `check`: on the bundled examples always, on the
//! presidential-press corpus when `../shared` lies beside the checkout.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn checkout() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn gainsay() -> Command {
    let mut cmd = Command::cargo_bin("gainsay").expect("the gainsay binary is built");
    cmd.current_dir(checkout());
    cmd
}

/// The JSON report of one `check` over `corpus`.
fn single(corpus: &Path, dir: &Path) -> Vec<u8> {
    let report = dir.join("single.json");
    gainsay()
        .arg("check")
        .arg(corpus)
        .args(["--format", "json", "--quiet", "--output"])
        .arg(&report)
        .assert()
        .code(1);
    std::fs::read(report).unwrap()
}

/// `check --claims` on bucket `i` of `n`, its findings written into `findings/`.
fn check_bucket(claims: &Path, i: u32, n: u32, findings: &Path) {
    gainsay()
        .args(["check", "--claims"])
        .arg(claims.join(format!("bucket={i:05}")))
        .args(["--bucket", &format!("{i}/{n}"), "--output"])
        .arg(findings.join(format!("{i}.jsonl")))
        .assert()
        .success();
}

/// The JSON report of `extract --buckets n`, `check --claims` on each bucket and `report`.
fn split(corpus: &Path, buckets: u32, dir: &Path) -> Vec<u8> {
    let (claims, findings) = (
        dir.join(format!("claims-{buckets}")),
        dir.join(format!("findings-{buckets}")),
    );
    gainsay()
        .arg("extract")
        .arg(corpus)
        .args(["--quiet", "--buckets", &buckets.to_string(), "--out"])
        .arg(&claims)
        .assert()
        .success();
    std::fs::create_dir_all(&findings).unwrap();
    for i in 0..buckets {
        check_bucket(&claims, i, buckets, &findings);
    }
    let report = dir.join(format!("split-{buckets}.json"));
    gainsay()
        .args(["report", "--claims"])
        .arg(&claims)
        .arg("--conflicts")
        .arg(&findings)
        .args(["--format", "json", "--output"])
        .arg(&report)
        .assert()
        .code(1);
    std::fs::read(report).unwrap()
}

fn assert_same_as_single(corpus: &Path, bucket_counts: &[u32]) {
    let dir = tempfile::tempdir().unwrap();
    let expected = single(corpus, dir.path());
    for &n in bucket_counts {
        let got = split(corpus, n, dir.path());
        assert!(
            got == expected,
            "{n} buckets: the split report differs from one check"
        );
    }
}

#[test]
fn split_examples_report_what_one_check_reports() {
    assert_same_as_single(&checkout().join("examples"), &[1, 3, 16]);
}

#[test]
fn split_press_corpus_reports_what_one_check_reports() {
    let corpus = checkout().join("../shared/corpora/presidential-press/articles.jsonl");
    if !corpus.is_file() {
        eprintln!(
            "skipped: {} not found (acceptance data lives beside the checkout)",
            corpus.display()
        );
        return;
    }
    assert_same_as_single(&corpus, &[1, 16, 256]);
}

/// Keys with thousands of claims are collapsed inside their bucket as in one process, and
/// the collapse counts add up over buckets. Identical claims are twins, judged once, so
/// the claims differ by day; a repeated text is the twins' case, also split alike.
#[test]
fn hot_keys_and_twins_are_the_same_when_split() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("hot.jsonl");
    let pair = "Kyiv said heavy fighting went on in Bakhmut. Moscow said there was no fighting in Bakhmut.";
    let feed: String = (0..1_500)
        .map(|n| {
            let day = jiff::civil::date(2022, 1, 1) + jiff::Span::new().days(n % 700);
            let record = serde_json::json!({"id": n, "date": day.to_string(), "text": pair});
            format!("{record}\n")
        })
        .collect();
    std::fs::write(&corpus, feed).unwrap();
    let expected = single(&corpus, dir.path());
    let report: serde_json::Value = serde_json::from_slice(&expected).unwrap();
    let rules = report["summary"]["rules"].as_array().unwrap();
    assert!(
        rules
            .iter()
            .any(|r| r["hot_keys"]["claims"].as_u64() >= Some(3_000)),
        "{rules:?}"
    );
    for n in [1, 4] {
        assert!(
            split(&corpus, n, dir.path()) == expected,
            "{n} buckets differ"
        );
    }
    let repeated = dir.path().join("repeated.txt");
    std::fs::write(&repeated, format!("{pair}\n").repeat(1_500)).unwrap();
    let expected = single(&repeated, dir.path());
    assert!(
        split(&repeated, 4, dir.path()) == expected,
        "twins differ when split"
    );
}

fn extracted(buckets: u32) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let claims = dir.path().join("claims");
    gainsay()
        .args([
            "extract",
            "examples",
            "--quiet",
            "--buckets",
            &buckets.to_string(),
            "--out",
        ])
        .arg(&claims)
        .assert()
        .success();
    (dir, claims)
}

#[test]
fn a_bucket_check_refuses_claims_of_another_bucket() {
    let (_dir, claims) = extracted(4);
    let all: Vec<_> = (0..4)
        .map(|i| claims.join(format!("bucket={i:05}")))
        .collect();
    gainsay()
        .args(["check", "--claims"])
        .args(&all)
        .args(["--bucket", "0/4"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not to bucket 0"));
}

#[test]
fn report_refuses_findings_with_a_bucket_missing() {
    let (dir, claims) = extracted(3);
    let findings = dir.path().join("findings");
    std::fs::create_dir_all(&findings).unwrap();
    for i in [0, 2] {
        check_bucket(&claims, i, 3, &findings);
    }
    gainsay()
        .args(["report", "--claims"])
        .arg(&claims)
        .arg("--conflicts")
        .arg(&findings)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("buckets [1] of 3 are missing"));
}

#[test]
fn extract_reads_articles_on_stdin_and_writes_records_on_stdout() {
    let article = r#"{"id": "a1", "text": "Russian forces seized Pokrovsk, the Kremlin said."}"#;
    let out = gainsay()
        .args(["extract", "-", "--buckets", "8"])
        .write_stdin(format!("{article}\n"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let records: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records[0]["record"], "inputs");
    assert_eq!(records[0]["documents"], 1);
    let claim = records
        .iter()
        .find(|r| r["record"] == "claim")
        .expect("a claim record");
    assert_eq!(claim["claim"]["document"], "a1");
    assert!(claim["buckets"]
        .as_array()
        .is_some_and(|b| !b.is_empty() && b.iter().all(|i| i.as_u64() < Some(8))));
}
