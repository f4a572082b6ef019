//! End-to-end tests of the CI report formats on `examples/` (four conflicts: two errors,
//! two warnings). SARIF is validated against the OASIS schema copied in `tests/sarif/`
//! and JUnit parsed, both with `python3`, offline; CI installs `jsonschema`.

use assert_cmd::Command;
use serde_json::Value;
use std::io::Write;
use std::process::Stdio;

const EXAMPLE_CONFLICTS: usize = 4;

/// `gainsay check examples --format FORMAT` from the crate root: its stdout. Exit 1,
/// because the examples hold errors.
fn check(format: &str) -> String {
    let out = Command::cargo_bin("gainsay")
        .expect("the gainsay binary is built")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "examples", "--format", format])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json_report() -> Value {
    serde_json::from_str(&check("json")).unwrap()
}

/// Runs `python3 -c SCRIPT ARGS...` with `input` on stdin; its stdout. Fails, never skips,
/// when Python or a module is missing, so that CI cannot pass without validating.
fn python(script: &str, args: &[&str], input: &str) -> String {
    let child = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = child.unwrap_or_else(|e| {
        panic!("python3 is needed to validate reports ({e}); install it, then `pip install jsonschema`")
    });
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("ModuleNotFoundError"),
        "{stderr}\nrun `pip install jsonschema` (CI does, in .ci/run)"
    );
    assert!(out.status.success(), "{stderr}");
    String::from_utf8(out.stdout).unwrap()
}

/// Validates stdin against the schema file argv[1] with draft 4. Any network access fails
/// loudly: the schema's `$schema` and `id` URLs are names, not things to fetch.
const VALIDATE_SARIF: &str = r#"
import json, sys, urllib.request
def offline(*args, **kwargs):
    raise RuntimeError("the SARIF test must not fetch anything")
urllib.request.urlopen = offline
from jsonschema import Draft4Validator
schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft4Validator.check_schema(schema)
validator = Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(json.load(sys.stdin))]
if errors:
    sys.exit("invalid SARIF:\n" + "\n".join(errors))
print("valid")
"#;

#[test]
fn sarif_validates_against_the_schema() {
    let sarif = check("sarif");
    let out = python(
        VALIDATE_SARIF,
        &["tests/sarif/sarif-schema-2.1.0.json"],
        &sarif,
    );
    assert_eq!(out.trim(), "valid");
    let log: Value = serde_json::from_str(&sarif).unwrap();
    let run = &log["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), EXAMPLE_CONFLICTS);
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let report = json_report();
    for (result, conflict) in results.iter().zip(report["conflicts"].as_array().unwrap()) {
        assert_eq!(result["partialFingerprints"]["gainsay/v1"], conflict["id"]);
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], conflict["rule"]);
        let uri = &result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
        assert_eq!(uri, &conflict["claims"][0]["path"]);
    }
}

#[test]
fn github_prints_one_annotation_per_conflict_and_nothing_else() {
    let out = check("github");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), EXAMPLE_CONFLICTS, "{out}");
    assert_eq!(
        lines[0],
        "::error file=examples/articles/avdiivka-kyiv.md,line=6,col=1,title=claim-refuted::\
         Ukrainian commanders (ukraine) refutes what Moscow (russia) claimed \
         — Moscow (russia) at examples/articles/avdiivka-kyiv.md:6 \
         vs Ukrainian commanders (ukraine) at examples/articles/avdiivka-kyiv.md:7"
    );
    for line in &lines {
        let rest = line
            .strip_prefix("::error ")
            .or_else(|| line.strip_prefix("::warning "))
            .unwrap_or_else(|| panic!("not an error or warning command: {line}"));
        let parts: Vec<&str> = rest.split("::").collect();
        assert_eq!(
            parts.len(),
            2,
            "one `::` between properties and message: {line}"
        );
        let keys: Vec<&str> = parts[0]
            .split(',')
            .map(|p| p.split('=').next().unwrap())
            .collect();
        assert_eq!(keys, ["file", "line", "col", "title"], "{line}");
    }
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("::warning ")).count(),
        2
    );
}

/// Prints, per testsuite, its attributes and how many testcases and failures it holds.
const JUNIT_COUNTS: &str = r#"
import json, sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
suites = [{"name": s.get("name"), "tests": int(s.get("tests")), "failures": int(s.get("failures")),
           "testcases": len(s.findall("testcase")), "failed": len(s.findall("testcase/failure"))}
          for s in root.findall("testsuite")]
print(json.dumps({"tag": root.tag, "tests": int(root.get("tests")),
                  "failures": int(root.get("failures")), "suites": suites}))
"#;

#[test]
fn junit_is_well_formed_and_counts_match_the_json_report() {
    let junit = check("junit");
    assert!(junit.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    let counts: Value = serde_json::from_str(&python(JUNIT_COUNTS, &[], &junit)).unwrap();
    assert_eq!(counts["tag"], "testsuites");
    let report = json_report();
    let rules = report["summary"]["rules"].as_array().unwrap();
    let suites = counts["suites"].as_array().unwrap();
    assert_eq!(suites.len(), rules.len());
    for (suite, rule) in suites.iter().zip(rules) {
        assert_eq!(suite["name"], rule["id"]);
        assert_eq!(suite["tests"], rule["pairs_compared"]);
        assert_eq!(suite["failures"], rule["conflicts"]);
        assert_eq!(suite["testcases"], rule["conflicts"]);
        assert_eq!(suite["failed"], rule["conflicts"]);
    }
    let pairs: u64 = rules
        .iter()
        .map(|r| r["pairs_compared"].as_u64().unwrap())
        .sum();
    assert_eq!(counts["tests"], pairs);
    assert_eq!(counts["failures"], report["summary"]["conflicts"]);
    assert_eq!(counts["failures"], EXAMPLE_CONFLICTS);
}

#[test]
fn jsonl_lines_are_the_json_reports_conflicts() {
    let out = check("jsonl");
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), EXAMPLE_CONFLICTS);
    assert_eq!(&Value::Array(lines), &json_report()["conflicts"]);
}

/// The text report by dispute, by conflict, and the HTML report of `examples/`, as
/// reviewed: a change to a printer shows here line by line (`cargo insta review`, or
/// `INSTA_UPDATE=always cargo test` and read the diff).
#[test]
fn text_and_html_reports_match_their_snapshots() {
    insta::assert_snapshot!("examples-text-by-dispute", check("text"));
    let by_conflict = Command::cargo_bin("gainsay")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "examples", "--by", "conflict"])
        .output()
        .unwrap();
    insta::assert_snapshot!(
        "examples-text-by-conflict",
        String::from_utf8(by_conflict.stdout).unwrap()
    );
    insta::assert_snapshot!("examples-html", check("html"));
}

#[test]
fn html_report_escapes_markup_from_the_corpus() {
    let out = Command::cargo_bin("gainsay")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "tests/fixtures/markup", "--format", "html"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(
        html.contains("&lt;script&gt;document.documentElement"),
        "{html}"
    );
    assert!(html.contains("&lt;img src=x onerror=&quot;"), "{html}");
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the report's own script"
    );
    assert!(!html.contains("<img"), "{html}");
}
