//! Graph views drawn as SVG in-process (layout-rs, a pure-Rust layered layout), so a
//! reader sees a picture without Graphviz. DOT stays the canonical export; this is a
//! preview with the same colours and edge kinds, without clusters. The canvas is cut to
//! what is drawn: layout-rs grows it by each label's length as if that were its height.

use super::dot::side_color;
use crate::graph::view::{EdgeKind, View};
use crate::pack::Pack;
use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::format::{ClipHandle, RenderBackend};
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
        let look = StyleAttr::new(Color::new(0x5555_55ff), 1, Some(Color::new(fill)), 6, 14);
        let longest = n
            .label
            .lines()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(1);
        let size = Point::new(
            24.0 + 8.5 * longest as f64,
            20.0 + 19.0 * n.label.lines().count() as f64,
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
        let look = StyleAttr::new(Color::new(color), width, None, 0, 13);
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
    let mut svg = Tight {
        svg: SVGWriter::new(),
        extent: Point::zero(),
    };
    graph.do_it(false, false, false, &mut svg);
    let mut out = svg.finalize();
    out.push('\n');
    out
}

/// An SVG writer that keeps the extent of what is drawn, to size the canvas by it.
struct Tight {
    svg: SVGWriter,
    extent: Point,
}

/// Space kept around the drawing, in pixels.
const MARGIN: f64 = 8.0;

impl Tight {
    fn reach(&mut self, to: Point) {
        self.extent = Point::new(self.extent.x.max(to.x), self.extent.y.max(to.y));
    }

    /// The drawing with its canvas cut to the extent, and its font classes in order:
    /// layout-rs keeps them in a hash map, which would order them anew on every run.
    fn finalize(&self) -> String {
        let drawn = sorted_styles(self.svg.finalize());
        let (w, h) = (self.extent.x + MARGIN, self.extent.y + MARGIN);
        let (Some(start), Some(end)) = (drawn.find("<svg width="), drawn.find(" xmlns=")) else {
            return drawn;
        };
        let size = format!("<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\"");
        format!("{}{size}{}", &drawn[..start], &drawn[end..])
    }
}

fn sorted_styles(drawn: String) -> String {
    let (Some(start), Some(end)) = (drawn.find("<style>\n"), drawn.find("</style>")) else {
        return drawn;
    };
    let inner = start + "<style>\n".len();
    let mut classes: Vec<&str> = drawn[inner..end].lines().collect();
    classes.sort_unstable();
    let mut sorted = classes.join("\n");
    sorted.push('\n');
    format!("{}{sorted}{}", &drawn[..inner], &drawn[end..])
}

impl RenderBackend for Tight {
    fn draw_rect(
        &mut self,
        xy: Point,
        size: Point,
        look: &StyleAttr,
        properties: Option<String>,
        clip: Option<ClipHandle>,
    ) {
        self.reach(xy.add(size));
        self.svg.draw_rect(xy, size, look, properties, clip);
    }

    fn draw_line(
        &mut self,
        start: Point,
        stop: Point,
        look: &StyleAttr,
        properties: Option<String>,
    ) {
        self.reach(start);
        self.reach(stop);
        self.svg.draw_line(start, stop, look, properties);
    }

    fn draw_circle(
        &mut self,
        xy: Point,
        size: Point,
        look: &StyleAttr,
        properties: Option<String>,
    ) {
        self.reach(xy.add(size.scale(0.5)));
        self.svg.draw_circle(xy, size, look, properties);
    }

    fn draw_text(&mut self, xy: Point, text: &str, look: &StyleAttr) {
        // Centred on `xy`; a character is about 0.6 of the font size wide.
        let font = look.font_size as f64;
        let longest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        let lines = text.lines().count().max(1);
        self.reach(Point::new(
            xy.x + longest as f64 * font * 0.3,
            xy.y + lines as f64 * font * 0.5,
        ));
        self.svg.draw_text(xy, text, look);
    }

    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        dashed: bool,
        head: (bool, bool),
        look: &StyleAttr,
        properties: Option<String>,
        text: &str,
    ) {
        for &(a, b) in path {
            self.reach(a);
            self.reach(b);
        }
        (self.svg).draw_arrow(path, dashed, head, look, properties, text);
    }

    fn create_clip(&mut self, xy: Point, size: Point, rounded_px: usize) -> ClipHandle {
        self.svg.create_clip(xy, size, rounded_px)
    }
}

/// `#rrggbb` → 0xrrggbbff.
fn rgba(hex: &str) -> Option<u32> {
    let digits = hex.strip_prefix('#').filter(|d| d.len() == 6)?;
    Some(u32::from_str_radix(digits, 16).ok()? << 8 | 0xff)
}
