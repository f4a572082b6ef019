//! `gainsay rules check` on broken packs: each error is reported with file:line:column
//! and what was expected, and the exit code is 2. Fixtures: tests/fixtures/broken-packs.

use assert_cmd::Command;
use predicates::str::contains;

fn rules_check(file: &str) -> assert_cmd::assert::Assert {
    let path = format!("tests/fixtures/broken-packs/{file}");
    Command::cargo_bin("gainsay")
        .unwrap()
        .args(["rules", "check", "--no-default-rules", &path])
        .assert()
}

fn fails_with(file: &str, location: &str, message: &str) {
    let at = format!("tests/fixtures/broken-packs/{file}:{location}: ");
    rules_check(file)
        .code(2)
        .stderr(contains(at))
        .stderr(contains(message));
}

#[test]
fn the_valid_pack_passes() {
    rules_check("valid.yaml")
        .code(0)
        .stdout(contains("ok: 1 entities, 1 predicates, 1 rules"));
}

#[test]
fn unknown_key_suggests_the_nearest() {
    fails_with("unknown-key.yaml", "3:1", "unknown field `sidez`");
    rules_check("unknown-key.yaml").stderr(contains("did you mean `sides`?"));
}

#[test]
fn misspelled_kind_lists_the_kinds() {
    fails_with("misspelled-kind.yaml", "16:11", "unknown variant `negaton`");
    rules_check("misspelled-kind.yaml").stderr(contains("did you mean `negation`?"));
}

#[test]
fn undeclared_slot() {
    fails_with(
        "undeclared-slot.yaml",
        "11:17",
        "uses slot `town`, which predicate `holds` does not declare",
    );
}

#[test]
fn undefined_side() {
    fails_with(
        "undefined-side.yaml",
        "7:58",
        "names side `east`, which no loaded pack defines",
    );
}

#[test]
fn undefined_entity() {
    fails_with(
        "undefined-entity.yaml",
        "7:61",
        "part of `lakeshire`, which no loaded pack defines",
    );
}

#[test]
fn undefined_lexicon_file() {
    fails_with(
        "undefined-lexicon.yaml",
        "3:7",
        "`use: border-words.yaml`: no such file",
    );
}

#[test]
fn duplicate_id_points_at_the_second_definition() {
    fails_with(
        "duplicate-id.yaml",
        "26:5",
        "rule `hold-disputed` is defined twice",
    );
}

#[test]
fn invalid_pattern() {
    fails_with("invalid-pattern.yaml", "11:17", "unclosed `(`");
}

#[test]
fn wrong_type() {
    fails_with(
        "wrong-type.yaml",
        "1:10",
        "invalid type: string \"one\", expected u32",
    );
}

#[test]
fn use_cycle() {
    // The error stands at the `use:` entry that closes the loop.
    rules_check("cycle-a.yaml")
        .code(2)
        .stderr(contains("tests/fixtures/broken-packs/cycle-b.yaml:3:7: `use:` cycle: "))
        .stderr(contains("cycle-a.yaml → tests/fixtures/broken-packs/cycle-b.yaml → tests/fixtures/broken-packs/cycle-a.yaml"));
}

#[test]
fn check_without_rules_fails_before_reading_the_corpus() {
    Command::cargo_bin("gainsay")
        .unwrap()
        .args([
            "check",
            "examples",
            "--rules",
            "tests/fixtures/broken-packs/wrong-type.yaml",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains("wrong-type.yaml:1:10"));
}

#[test]
fn rules_test_runs_a_packs_cases_and_fails_on_untested_rules() {
    let run = |path: &str| {
        Command::cargo_bin("gainsay")
            .unwrap()
            .args(["rules", "test", "--no-default-rules", path])
            .assert()
    };
    run("tests/fixtures/broken-packs/valid.yaml")
        .code(0)
        .stdout(contains("4 cases run: 4 passed, 0 failed"));
    let dir = tempfile::tempdir().unwrap();
    let untested = dir.path().join("untested.yaml");
    let valid = std::fs::read_to_string("tests/fixtures/broken-packs/valid.yaml").unwrap();
    std::fs::write(&untested, valid.split("    tests:").next().unwrap()).unwrap();
    run(untested.to_str().unwrap())
        .code(2)
        .stdout(contains("untested [hold-disputed]"));
}

#[test]
fn the_checked_in_schema_matches_the_rule_types() {
    let schema = std::fs::read_to_string("schema/gainsay-pack.schema.json").unwrap();
    Command::cargo_bin("gainsay")
        .unwrap()
        .args(["rules", "schema"])
        .assert()
        .code(0)
        .stdout(schema);
}
