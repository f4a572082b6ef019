//! Graph views drawn as SVG in-process (layout-rs, a pure-Rust layered layout), so a
//! reader sees a picture without Graphviz. DOT stays the canonical export; this is a
//! preview with the same colours and edge kinds, without clusters.

use super::dot::side_color;
use crate::graph::view::{EdgeKind, View};
use crate::pack::Pack;
use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::geometry::Point;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;
use std::collections::BTreeMap;

pub fn of_view(view: &View, pack: &Pack) -> String {
    let mut graph = VisualGraph::new(Orientation::LeftToRight);
    let mut handles = BTreeMap::new();
    for n in &view.nodes {
        let fill = side_color(pack, n.side.as_deref())
            .and_then(|c| rgba(&c))
            .unwrap_or(0xeeee_eeff);
        let look = StyleAttr::new(Color::new(0x5555_55ff), 1, Some(Color::new(fill)), 6, 12);
        let longest = n
            .label
            .lines()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(1);
        let size = Point::new(
            24.0 + 7.0 * longest as f64,
            18.0 + 16.0 * n.label.lines().count() as f64,
        );
        let element = Element::create(
            ShapeKind::new_box(&n.label),
            look,
            Orientation::LeftToRight,
            size,
        );
        handles.insert(n.id.as_str(), graph.add_node(element));
    }
    for e in &view.edges {
        let (Some(&a), Some(&b)) = (handles.get(e.from.as_str()), handles.get(e.to.as_str()))
        else {
            continue;
        };
        let (color, line, both) = match e.kind {
            EdgeKind::Conflict => (0xc039_2bff, LineStyleKind::Normal, true),
            EdgeKind::Refutes => (0xe67e_22ff, LineStyleKind::Dashed, false),
            EdgeKind::Supports => (0x27ae_60ff, LineStyleKind::Dotted, false),
            EdgeKind::For => (0x27ae_60ff, LineStyleKind::Normal, false),
            EdgeKind::Against => (0xc039_2bff, LineStyleKind::Dashed, false),
        };
        let width = if e.kind == EdgeKind::Conflict { 3 } else { 1 };
        let look = StyleAttr::new(Color::new(color), width, None, 0, 10);
        let start = if both {
            LineEndKind::Arrow
        } else {
            LineEndKind::None
        };
        let arrow = Arrow::new(
            start,
            LineEndKind::Arrow,
            line,
            &e.label,
            &look,
            &None,
            &None,
        );
        graph.add_edge(arrow, a, b);
    }
    if view.nodes.is_empty() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"></svg>\n"
            .into();
    }
    let mut svg = SVGWriter::new();
    graph.do_it(false, false, false, &mut svg);
    let mut out = svg.finalize();
    out.push('\n');
    out
}

/// `#rrggbb` → 0xrrggbbff.
fn rgba(hex: &str) -> Option<u32> {
    let digits = hex.strip_prefix('#').filter(|d| d.len() == 6)?;
    Some(u32::from_str_radix(digits, 16).ok()? << 8 | 0xff)
}
