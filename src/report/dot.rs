//! The conflict graph as Graphviz DOT: claims with at least one edge, labelled
//! `speaker: proposition` and filled by side; conflicts bold red, refutations dashed,
//! support dotted. Node ids are claim indexes, so the output is stable.

use super::{proposition_text, Run};
use crate::graph::Edge;
use petgraph::visit::EdgeRef;
use std::collections::BTreeSet;
use std::fmt::Write;

/// Fill colours for sides without a `color` in their pack, given out in side-id order.
const PALETTE: &[&str] = &["#f4a6a6", "#a6c8f4", "#b8e0a6", "#f4dca6", "#d3b8f4"];

pub fn render(run: &Run) -> String {
    let graph = &run.graph.graph;
    let mut out = String::from("digraph conflicts {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fillcolor=\"#eeeeee\"];\n");
    let shown: BTreeSet<usize> = graph
        .edge_references()
        .flat_map(|e| [graph[e.source()], graph[e.target()]])
        .collect();
    for &i in &shown {
        let c = &run.claims[i];
        let label = format!(
            "{}: {}\n{}:{}",
            c.speaker.key(),
            proposition_text(c),
            c.document,
            c.line
        );
        let _ = writeln!(
            out,
            "  c{i} [label=\"{}\"{}];",
            escape(&label),
            fill(run, c.speaker.side.as_deref())
        );
    }
    for e in graph.edge_references() {
        let (a, b) = (graph[e.source()], graph[e.target()]);
        let style = match e.weight() {
            Edge::Conflict(n) => {
                let conflict = &run.outcome.conflicts[*n];
                format!(
                    "color=\"#c0392b\", penwidth=2, dir=both, label=\"{}\"",
                    escape(&conflict.rule)
                )
            }
            Edge::Refutes => "color=\"#e67e22\", style=dashed, label=\"refutes\"".to_string(),
            Edge::Supports => "color=\"#27ae60\", style=dotted, label=\"supports\"".to_string(),
        };
        let _ = writeln!(out, "  c{a} -> c{b} [{style}];");
    }
    out.push_str("}\n");
    out
}

fn fill(run: &Run, side: Option<&str>) -> String {
    let Some(side) = side else {
        return String::new();
    };
    let sides = &run.pack.lexicon.sides;
    let color = sides.get(side).and_then(|s| s.color.clone()).or_else(|| {
        let n = sides.keys().position(|k| k == side)?;
        Some(PALETTE[n % PALETTE.len()].to_string())
    });
    color
        .map(|c| format!(", fillcolor=\"{}\"", escape(&c)))
        .unwrap_or_default()
}

/// Escapes a DOT double-quoted string: backslashes, quotes and newlines.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_quotes_backslashes_and_newlines() {
        assert_eq!(super::escape("a \"b\" \\ c\nd"), "a \\\"b\\\" \\\\ c\\nd");
    }
}
