//! `gainsay graph`: views, formats, filters and the node cap, with DOT checked by
//! Graphviz when it is installed (`.ci/run` installs it).

mod common;

use assert_cmd::Command;
use common::graphviz_accepts;
use predicates::str::contains;
use std::path::Path;

const QUOTED: &str = "---\npublished: 2024-02-17\n---\nThe Kremlin said Russian troops had captured Avdiivka, \"the key\\stronghold\" — «кінець».\nMoscow said Russian troops had captured Avdiivka.\n";
const DENIED: &str = "---\npublished: 2024-02-17\n---\nUkrainian officials said Russian troops had not captured Avdiivka.\n";
const SUPPORT: &str =
    "---\npublished: 2024-02-17\n---\nThe Kremlin said Russian troops now hold Avdiivka.\n";

fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("quoted.md", QUOTED),
        ("denied.md", DENIED),
        ("support.md", SUPPORT),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn graph(dir: &Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("gainsay")
        .unwrap()
        .arg("graph")
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_view_gives_dot_that_graphviz_accepts_even_with_quotes_and_non_ascii() {
    let dir = corpus();
    for view in ["claims", "speakers", "propositions"] {
        for cluster in ["document", "side", "none"] {
            let dot = graph(dir.path(), &["--view", view, "--cluster", cluster]);
            assert!(dot.starts_with("digraph conflicts {"), "{dot}");
            graphviz_accepts(&dot);
        }
    }
    let claims = graph(dir.path(), &["--view", "claims"]);
    assert!(
        claims.contains("\\\"the key\\\\stronghold\\\""),
        "quotes and backslashes are escaped: {claims}"
    );
    assert!(claims.contains("«кінець»"));
    assert!(claims.contains("subgraph cluster_"));
    assert!(claims.contains("style=dotted"), "the support edge is drawn");
}

#[test]
fn speaker_view_counts_conflicts_on_the_edge() {
    let dot = graph(corpus().path(), &["--view", "speakers"]);
    assert!(dot.contains("label=\"Ukrainian officials\""), "{dot}");
    assert!(
        dot.contains("label=\"2\""),
        "two conflicts between The Kremlin and Ukrainian officials: {dot}"
    );
}

#[test]
fn proposition_view_has_speakers_for_and_against() {
    let dot = graph(corpus().path(), &["--view", "propositions"]);
    assert!(
        dot.contains("label=\"controls(holder=russia, place=avdiivka)\""),
        "{dot}"
    );
    assert!(dot.contains("label=\"against (1)\""), "{dot}");
    assert!(
        dot.contains("label=\"for (2)\""),
        "The Kremlin's two claims: {dot}"
    );
}

#[test]
fn json_and_svg_formats() {
    let dir = corpus();
    let json: serde_json::Value =
        serde_json::from_str(&graph(dir.path(), &["--format", "json"])).unwrap();
    assert!(json["nodes"].as_array().unwrap().len() >= 2);
    assert!(json["edges"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "conflict"));
    let svg = graph(dir.path(), &["--format", "svg"]);
    assert!(svg.starts_with("<?xml") && svg.contains("<svg"), "{svg}");
    // Byte-identical on every run (layout-rs keeps its font classes in a hash map).
    for _ in 0..4 {
        assert_eq!(graph(dir.path(), &["--format", "svg"]), svg);
    }
}

#[test]
fn filters_and_the_cap_say_what_was_left_out() {
    let dir = corpus();
    let none = graph(dir.path(), &["--focus", "Bakhmut"]);
    assert!(!none.contains(" -> "), "nothing matches the focus: {none}");
    let focused = graph(dir.path(), &["--focus", "avdiivka", "--side", "ukraine"]);
    assert!(focused.contains(" -> "));
    Command::cargo_bin("gainsay")
        .unwrap()
        .args(["graph", "--max-nodes", "1"])
        .arg(dir.path())
        .assert()
        .code(0)
        .stderr(contains("showing the 1 most connected of"));
}
