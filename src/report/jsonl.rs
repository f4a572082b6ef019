//! JSON Lines: one conflict per line, each the same object as an element of the JSON
//! report's `conflicts`, and nothing else — no summary line — so `wc -l` counts conflicts
//! and line-oriented tools (`jq -c`, `grep`, log shippers) can stream it. No conflicts,
//! no output.

use super::json::conflict_out;
use super::Run;

pub fn render(run: &Run) -> String {
    let mut out = String::new();
    for k in &run.outcome.conflicts {
        let line = serde_json::to_string(&conflict_out(run, k)).expect("a conflict is plain data");
        out.push_str(&line);
        out.push('\n');
    }
    out
}
