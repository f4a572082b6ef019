//! Helpers shared by the end-to-end tests.

use std::io::Write;
use std::process::Stdio;

/// Renders DOT with Graphviz; skipped, saying so, where Graphviz is not installed.
pub fn graphviz_accepts(dot: &str) {
    let Ok(mut child) = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "Graphviz `dot` is missing in CI: .ci/run installs it"
        );
        eprintln!("skipped: Graphviz `dot` not installed");
        return;
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot rejected:\n{dot}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "dot warned: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
