//! Graph views as JSON for web visualisers: `nodes` and `edges` with their attributes,
//! and `cut` when the cap left nodes out.

use super::dot::side_color;
use crate::graph::view::{EdgeKind, View};
use crate::pack::Pack;
use serde_json::json;

pub fn of_view(view: &View, pack: &Pack) -> String {
    let nodes: Vec<_> = view
        .nodes
        .iter()
        .map(|n| json!({ "id": n.id, "label": n.label, "side": n.side, "color": side_color(pack, n.side.as_deref()), "cluster": n.cluster, "tooltip": n.tooltip }))
        .collect();
    let edges: Vec<_> = view
        .edges
        .iter()
        .map(|e| {
            let kind = match e.kind {
                EdgeKind::Conflict => "conflict",
                EdgeKind::Refutes => "refutes",
                EdgeKind::Supports => "supports",
                EdgeKind::For => "for",
                EdgeKind::Against => "against",
            };
            json!({ "from": e.from, "to": e.to, "kind": kind, "label": e.label, "weight": e.weight, "tooltip": e.tooltip })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(
        &json!({ "version": 1, "nodes": nodes, "edges": edges, "cut": view.cut }),
    )
    .expect("a view is plain data");
    out.push('\n');
    out
}
