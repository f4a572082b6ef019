//! End-to-end tests of the `gainsay` command line: the report formats, the exit codes,
//! custom rule packs, input formats and the `rules` subcommands.
//!
//! Fixtures live in `tests/fixtures/`, one small made-up corpus per folder; every run
//! starts in that folder so that document ids are short and stable (`capture/kyiv.txt`
//! is the document `kyiv.txt` when the folder `capture` is checked).

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------
// Helpers

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The binary, run from the fixtures folder.
fn gainsay() -> Command {
    let mut cmd = Command::cargo_bin("gainsay").expect("the gainsay binary is built");
    cmd.current_dir(fixtures());
    cmd
}

/// `gainsay check ARGS...`, run from the fixtures folder.
fn check(args: &[&str]) -> Command {
    let mut cmd = gainsay();
    cmd.arg("check").args(args);
    cmd
}

/// Writes `text` to `dir/name`, creating folders as needed, and returns the path.
fn write(dir: &Path, name: &str, text: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

fn json(stdout: &[u8]) -> Value {
    serde_json::from_slice(stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}",
            String::from_utf8_lossy(stdout)
        )
    })
}

/// The JSON report of `gainsay check ARGS... --format json`, after checking its exit code.
fn json_report(args: &[&str], code: i32) -> Value {
    let out = check(args)
        .args(["--format", "json"])
        .assert()
        .code(code)
        .get_output()
        .clone();
    json(&out.stdout)
}

/// The claim of `conflict` that comes from `document`.
fn claim_from<'a>(conflict: &'a Value, document: &str) -> &'a Value {
    conflict["claims"]
        .as_array()
        .expect("a conflict has claims")
        .iter()
        .find(|c| c["document"] == document)
        .unwrap_or_else(|| panic!("no claim from {document} in {conflict:#}"))
}

/// The documents and lines of every claim in the report, as `document:line`.
fn claim_places(report: &Value) -> Vec<String> {
    report["claims"]
        .as_array()
        .expect("the report lists claims")
        .iter()
        .map(|c| format!("{}:{}", c["document"].as_str().unwrap(), c["line"]))
        .fold(Vec::new(), |mut places, place| {
            // A sentence's clauses and typed propositions stand at one place.
            if places.last() != Some(&place) {
                places.push(place);
            }
            places
        })
}

/// Double quotes in a DOT line that are not escaped by a backslash.
fn unescaped_quotes(line: &str) -> usize {
    let (mut count, mut escaped) = (0, false);
    for ch in line.chars() {
        match ch {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => count += 1,
            _ => {}
        }
    }
    count
}

// ---------------------------------------------------------------------------------------
// Report formats

#[test]
fn text_report_names_rule_locations_speakers_and_sides() {
    check(&["capture"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[control-disputed]"))
        .stdout(predicate::str::contains(
            "--> kyiv.txt:1  Mykhailo Podolyak (ukraine) denies",
        ))
        .stdout(predicate::str::contains(
            "--> moscow.txt:2  Dmitry Peskov (russia) asserts",
        ))
        .stdout(predicate::str::contains(
            "| Peskov said Russian troops had captured Avdiivka.",
        ))
        .stdout(predicate::str::contains("  = dispute "))
        .stdout(predicate::str::is_match(r"(?m)^1 dispute \(1 conflict\) in 2 documents").unwrap());
}

#[test]
fn by_conflict_lists_every_conflict_without_disputes() {
    check(&["capture", "--by", "conflict"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "--> kyiv.txt:1  Mykhailo Podolyak (ukraine) denies",
        ))
        .stdout(predicate::str::contains("= dispute").not())
        .stdout(predicate::str::is_match(r"(?m)^1 conflict in 2 documents").unwrap());
}

#[test]
fn json_report_has_summary_conflicts_and_whole_sentences() {
    let report = json_report(&["capture"], 1);
    assert_eq!(report["version"], 1);
    assert_eq!(report["summary"]["documents"], 2);
    assert_eq!(report["summary"]["conflicts"], 1);

    let rules = report["summary"]["rules"].as_array().expect("rule stats");
    assert!(
        rules.iter().all(|r| r["pairs_compared"].is_u64()),
        "{rules:#?}"
    );
    let disputed = rules
        .iter()
        .find(|r| r["id"] == "control-disputed")
        .expect("control-disputed has stats");
    assert!(disputed["pairs_compared"].as_u64().unwrap() >= 1);
    assert_eq!(disputed["conflicts"], 1);

    let conflict = &report["conflicts"][0];
    assert_eq!(conflict["rule"], "control-disputed");
    let moscow = claim_from(conflict, "moscow.txt");
    assert_eq!(
        moscow["sentence"],
        "Peskov said Russian troops had captured Avdiivka."
    );
    assert_eq!(moscow["line"], 2);
    assert_eq!(moscow["speaker"], "Dmitry Peskov");
    assert_eq!(moscow["side"], "russia");
    let kyiv = claim_from(conflict, "kyiv.txt");
    assert_eq!(
        kyiv["sentence"],
        "Podolyak denied that Russian troops had captured Avdiivka."
    );
    assert_eq!(kyiv["line"], 1);
    assert_eq!(kyiv["speaker"], "Mykhailo Podolyak");
    assert_eq!(kyiv["side"], "ukraine");
}

#[test]
fn dot_report_is_a_digraph_with_a_conflict_edge() {
    check(&["capture", "--format", "dot"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with("digraph"))
        .stdout(
            predicate::str::is_match(r#"n\d+ -> n\d+ \[[^\]]*label="control-disputed""#).unwrap(),
        )
        .stdout(predicate::str::ends_with("}\n"));
}

#[test]
fn dot_labels_escape_quotes_and_backslashes() {
    // The speaker of `ru-1` is: The "Evening" Desk \ RU
    let out = check(&["quoted", "--format", "dot"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let dot = String::from_utf8(out.stdout).unwrap();
    assert!(
        dot.contains(r#"label="The \"Evening\" Desk \\ RU: controls("#),
        "speaker not escaped:\n{dot}"
    );
    for line in dot.lines() {
        assert_eq!(
            unescaped_quotes(line) % 2,
            0,
            "unbalanced quotes in: {line}"
        );
    }
    common::graphviz_accepts(&dot);
}

#[test]
fn output_flag_writes_the_file_and_nothing_on_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.json");
    check(&["capture", "--format", "json", "--output"])
        .arg(&target)
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty());
    let report = json(&std::fs::read(&target).unwrap());
    assert_eq!(report["summary"]["conflicts"], 1);
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        left,
        ["report.json"],
        "a temporary file was left beside the report"
    );
}

// ---------------------------------------------------------------------------------------
// Exit 0 and 1

#[test]
fn agreeing_claims_exit_0() {
    check(&["agree"]).assert().code(0).stdout(
        predicate::str::is_match(r"(?m)^0 disputes \(0 conflicts\) in 2 documents").unwrap(),
    );
}

#[test]
fn fail_on_never_exits_0_despite_conflicts() {
    check(&["capture", "--fail-on", "never"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("error[control-disputed]"));
}

#[test]
fn stats_time_every_stage_on_stderr_and_leave_the_report_alone() {
    let plain = check(&["capture", "--format", "json"]).output().unwrap();
    let timed = check(&["capture", "--format", "json", "--stats"])
        .output()
        .unwrap();
    assert_eq!(plain.stdout, timed.stdout);
    let stderr = String::from_utf8(timed.stderr).unwrap();
    for stage in [
        "load packs",
        "read, segment, extract (wall)",
        "segment and extract (",
        "rules",
        "graph and reports",
        "total",
    ] {
        assert!(stderr.contains(stage), "{stage} in {stderr}");
    }
    assert!(stderr.contains(" MB/s of text"), "{stderr}");
}

#[test]
fn warning_findings_fail_only_from_fail_on_warning() {
    check(&["tolls"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning[death-toll-mismatch]"));
    check(&["tolls", "--fail-on", "warning"]).assert().code(1);
}

// ---------------------------------------------------------------------------------------
// Exit 2: the run could not do its job

#[test]
fn unknown_flag_exits_2() {
    check(&["capture", "--frobnicate"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--frobnicate"));
}

#[test]
fn missing_path_exits_2_and_names_it() {
    check(&["no-such-folder"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-folder"));
}

#[test]
fn missing_path_beside_a_good_corpus_still_exits_2() {
    check(&["capture", "no-such-file.txt"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("error[control-disputed]"))
        .stderr(predicate::str::contains("no-such-file.txt"));
}

#[test]
fn invalid_rule_file_exits_2_with_file_line_and_column() {
    check(&["capture", "--rules", "packs/unknown-key.yaml"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("packs/unknown-key.yaml:5:5:"))
        .stderr(predicate::str::contains("nmaes"));
}

#[test]
fn broken_jsonl_line_exits_2_but_other_records_are_checked() {
    check(&["broken"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken/feed.jsonl:2:"))
        .stdout(predicate::str::contains("error[control-disputed]"))
        .stdout(predicate::str::contains("--> ru-7:1"))
        .stdout(predicate::str::contains("--> ua-7:3"));
}

#[test]
fn folder_without_articles_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "photo.png", b"\x89PNG\r\n\x1a\n\0\0");
    write(dir.path(), "notes.docx", b"PK\x03\x04");
    check(&[])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no readable article"));
}

#[test]
fn articles_without_claims_exit_2_as_nothing_to_compare() {
    check(&["verbless"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nothing to compare"));
}

#[test]
fn claims_without_a_conflict_exit_0_and_say_what_was_compared() {
    check(&["quiet"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("3 with a claim, 3 claims"))
        .stderr(predicate::str::contains("pairs of 3 claims, no conflict"));
}

// ---------------------------------------------------------------------------------------
// Custom rule packs

#[test]
fn custom_pack_alone_flags_its_own_conflict() {
    check(&[
        "harbour",
        "--no-default-rules",
        "--rules",
        "packs/harbour.yaml",
    ])
    .assert()
    .code(1)
    .stdout(predicate::str::contains(
        "error[harbour-ownership-disputed]",
    ))
    .stdout(predicate::str::contains(
        "--> north.txt:1  Mayor Oak (north) asserts",
    ))
    .stdout(predicate::str::contains(
        "--> south.txt:1  Southern officials (south) denies",
    ))
    .stdout(predicate::str::contains("control-disputed").not());
}

#[test]
fn built_in_packs_do_not_know_the_custom_words() {
    // The custom pack's typed rule is its own; the built-in packs see the same dispute
    // only as a clause one source asserts and the other denies.
    check(&["harbour"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning[clause-negated]"))
        .stdout(predicate::str::contains("harbour-ownership-disputed").not());
}

#[test]
fn no_default_rules_lists_only_the_custom_pack() {
    gainsay()
        .args(["rules", "list", "--no-default-rules", "packs/harbour.yaml"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("harbour-ownership-disputed"))
        .stdout(predicate::str::contains("control-disputed").not());
}

// ---------------------------------------------------------------------------------------
// Determinism

#[test]
fn json_is_byte_identical_with_one_or_two_jobs() {
    let run = |jobs: &str| {
        check(&[
            "capture", "agree", "formats", "quoted", "tolls", "--format", "json",
        ])
        .args(["--jobs", jobs])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone()
    };
    let (one, two) = (run("1"), run("2"));
    assert!(json(&one)["summary"]["documents"].as_u64().unwrap() >= 10);
    assert!(one == two, "--jobs 1 and --jobs 2 give different reports");
}

// ---------------------------------------------------------------------------------------
// Input formats

#[test]
fn markdown_front_matter_speaker_and_side_narrate_the_body() {
    let report = json_report(&["formats/bulletin.md"], 1);
    let conflict = &report["conflicts"][0];
    let narrated = conflict["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["line"] == 9)
        .expect("the body's first sentence, line 9 of the file, is a claim");
    assert_eq!(narrated["document"], "formats/bulletin.md");
    assert_eq!(narrated["sentence"], "Russian troops have captured Izium.");
    assert_eq!(narrated["speaker"], "Eastern Field Desk");
    assert_eq!(narrated["side"], "russia");
}

#[test]
fn csv_with_header_gives_one_document_per_row() {
    let report = json_report(&["formats/wire.csv"], 1);
    assert_eq!(report["summary"]["documents"], 2);
    assert_eq!(claim_places(&report), ["ru-csv:2", "ua-csv:3"]);
    let conflict = &report["conflicts"][0];
    assert_eq!(claim_from(conflict, "ru-csv")["side"], "russia");
    assert_eq!(claim_from(conflict, "ua-csv")["side"], "ukraine");
}

#[test]
fn jsonl_gives_one_document_per_line() {
    let report = json_report(&["formats/feed.jsonl"], 1);
    assert_eq!(report["summary"]["documents"], 2);
    // The blank line 2 is skipped but still counted.
    assert_eq!(claim_places(&report), ["ru-json:1", "ua-json:3"]);
    assert_eq!(report["conflicts"][0]["rule"], "control-disputed");
}

#[test]
fn stdin_dash_is_read_as_one_text_document() {
    let out = check(&["-", "--format", "json"])
        .write_stdin(
            "Moscow said Russian troops had captured Melitopol.\n\
             Kyiv denied that Russian troops had captured Melitopol.\n",
        )
        .assert()
        .code(1)
        .get_output()
        .clone();
    let report = json(&out.stdout);
    assert_eq!(report["summary"]["documents"], 1);
    assert_eq!(claim_places(&report), ["-:1", "-:2"]);
    assert_eq!(report["conflicts"][0]["rule"], "control-disputed");
}

// ---------------------------------------------------------------------------------------
// `rules` subcommands

#[test]
fn rules_test_passes_on_the_shipped_packs() {
    gainsay()
        .args(["rules", "test"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("cases run"))
        .stdout(predicate::str::contains(" 0 failed"));
}

#[test]
fn rules_list_shows_the_built_in_rules() {
    gainsay()
        .args(["rules", "list"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("control-disputed"))
        .stdout(predicate::str::contains("<built-in>/war-in-ukraine.yaml"));
}

// ---------------------------------------------------------------------------------------
// HTML articles

/// (sentence, speaker, proposition, polarity) of each claim of one input.
fn claims_of(path: &str) -> Vec<(String, String, String, String)> {
    let out = gainsay()
        .args(["check", path, "--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let field = |c: &serde_json::Value, k: &str| c[k].as_str().unwrap_or_default().to_string();
    (report["claims"].as_array().unwrap().iter())
        .map(|c| {
            let [s, w, p, n] =
                ["sentence", "speaker", "proposition", "polarity"].map(|k| field(c, k));
            (s, w, p, n)
        })
        .collect()
}

#[test]
fn html_pages_in_three_layouts_give_the_claims_of_their_text() {
    let text = claims_of("tests/fixtures/html/same-as-text.md");
    assert!(text.len() >= 6, "{text:?}");
    for page in ["article-tag.html", "json-ld.html", "meta-paragraphs.html"] {
        let html = claims_of(&format!("tests/fixtures/html/{page}"));
        assert_eq!(html, text, "{page}");
    }
}
