//! Graph views as Graphviz DOT: nodes filled by side and grouped in clusters, conflicts
//! bold red, refutations dashed, support dotted, for/against edges of the proposition
//! view green and red. Labels are escaped; ids come from the view, so output is stable.

use super::Run;
use crate::graph::view::{self, Cluster, EdgeKind, Filter, Options, View, ViewKind};
use crate::pack::Pack;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Fill colours for sides without a `color` in their pack, given out in side-id order.
const PALETTE: &[&str] = &["#f4a6a6", "#a6c8f4", "#b8e0a6", "#f4dca6", "#d3b8f4"];

/// `check --format dot`: the claim view of every conflict, clustered by document.
pub fn render(run: &Run) -> String {
    // Only this report draws the claim graph: the others never pay for it.
    let graph = crate::graph::build(run.claims, &run.outcome.conflicts);
    let options = Options {
        kind: ViewKind::Claims,
        cluster: Cluster::Document,
        all: false,
        filter: Filter::default(),
        max_nodes: usize::MAX,
    };
    of_view(
        &view::build(&graph, run.claims, &run.outcome.conflicts, &options),
        run.pack,
    )
}

pub fn of_view(view: &View, pack: &Pack) -> String {
    let mut out = String::from("digraph conflicts {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fillcolor=\"#eeeeee\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n");
    if let Some(cut) = &view.cut {
        let _ = writeln!(out, "  label=\"{}\";\n  labelloc=b;", escape(cut));
    }
    let index: BTreeMap<&str, usize> = view
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let mut clusters: BTreeMap<Option<&str>, Vec<usize>> = BTreeMap::new();
    for (i, n) in view.nodes.iter().enumerate() {
        clusters.entry(n.cluster.as_deref()).or_default().push(i);
    }
    for (c, (name, members)) in clusters.iter().enumerate() {
        let indent = if name.is_some() { "    " } else { "  " };
        if let Some(name) = name {
            let _ = writeln!(out, "  subgraph cluster_{c} {{\n    label=\"{}\";\n    style=\"rounded,dashed\";\n    color=\"#999999\";", escape(name));
        }
        for &i in members {
            let n = &view.nodes[i];
            let fill = side_color(pack, n.side.as_deref())
                .map(|c| format!(", fillcolor=\"{c}\""))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{indent}n{i} [label=\"{}\", tooltip=\"{}\"{fill}];",
                escape(&n.label),
                escape(&n.tooltip)
            );
        }
        if name.is_some() {
            out.push_str("  }\n");
        }
    }
    for e in &view.edges {
        let (Some(a), Some(b)) = (index.get(e.from.as_str()), index.get(e.to.as_str())) else {
            continue;
        };
        let width = 1.0 + (e.weight as f64).log2();
        let style = match e.kind {
            EdgeKind::Conflict => {
                format!("color=\"#c0392b\", penwidth={:.1}, dir=both", width + 1.0)
            }
            EdgeKind::Refutes => "color=\"#e67e22\", style=dashed".to_string(),
            EdgeKind::Supports | EdgeKind::For => format!(
                "color=\"#27ae60\", style={}, penwidth={width:.1}",
                if e.kind == EdgeKind::Supports {
                    "dotted"
                } else {
                    "solid"
                }
            ),
            EdgeKind::Against => format!("color=\"#c0392b\", style=dashed, penwidth={width:.1}"),
        };
        let _ = writeln!(
            out,
            "  n{a} -> n{b} [{style}, label=\"{}\", tooltip=\"{}\"];",
            escape(&e.label),
            escape(&e.tooltip)
        );
    }
    out.push_str("}\n");
    out
}

/// A side's fill colour: its pack's `color`, else the palette by side order.
pub fn side_color(pack: &Pack, side: Option<&str>) -> Option<String> {
    let side = side?;
    let sides = &pack.lexicon.sides;
    sides.get(side).and_then(|s| s.color.clone()).or_else(|| {
        let n = sides.keys().position(|k| k == side)?;
        Some(PALETTE[n % PALETTE.len()].to_string())
    })
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
