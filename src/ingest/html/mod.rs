//! Web pages saved from a browser or a scraper: one document per file. The text is the
//! article's paragraphs (in `<article>`, else `<main>`, else where most of the page's
//! paragraph text is), with navigation, headers, footers, asides, figures, forms,
//! scripts and styles left out; a page whose body is only in JSON-LD gives its
//! `articleBody`. Title, day and outlet come from the usual meta tags (`og:`,
//! `article:published_time`) or JSON-LD. Each paragraph stands on the line where its tag
//! opens, so reports point into the file.

mod depth;
mod metadata;

use super::walk::Source;
use super::{day, meta, Parsed};
use crate::model::Document;
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use metadata::{attribute, first_text, linked_data, named, property};
use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;
use std::collections::HashMap;

/// Elements whose text is one paragraph of the article.
const BLOCKS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "dd",
    "dt",
    "pre",
];
/// Elements that hold no article text, whatever is inside them.
const BOILERPLATE: &[&str] = &[
    "nav", "header", "footer", "aside", "figure", "form", "script", "style", "noscript",
    "template", "button", "h1",
];

pub(super) fn html<T>(source: &Source, text: &str, out: &mut Parsed<'_, T>) {
    if depth::too_deep(text) {
        let deepest = depth::MAX_DEPTH;
        out.fail(
            source,
            None,
            format!("HTML nested more than {deepest} elements deep"),
        );
        return;
    }
    let page = Html::parse_document(text);
    let linked = linked_data(&page);
    let lines = Lines::new(text);
    let mut paragraphs = paragraphs(&page, &lines);
    if paragraphs.is_empty() {
        paragraphs = linked_body(&linked, text, &lines);
    }
    if paragraphs.is_empty() {
        out.skip(source, "HTML page without article text");
        return;
    }
    let ld = |key: &str| {
        linked
            .iter()
            .find_map(|a| a.get(key)?.as_str().and_then(meta))
    };
    let publisher = linked.iter().find_map(|a| {
        let name = a.get("publisher")?.get("name")?;
        name.as_str().and_then(meta)
    });
    let title = (property(&page, "og:title"))
        .or_else(|| ld("headline"))
        .or_else(|| first_text(&page, "title"))
        .or_else(|| first_text(&page, "h1"));
    let published = (property(&page, "article:published_time"))
        .or_else(|| ld("datePublished"))
        .or_else(|| named(&page, &["date", "pubdate", "publishdate", "dc.date"]))
        .or_else(|| attribute(&page, "time[datetime]", "datetime"));
    let outlet = property(&page, "og:site_name").or(publisher);
    out.keep(Document {
        title,
        outlet,
        published: published.as_deref().and_then(day),
        text: lay_out(&paragraphs),
        ..source.document()
    });
}

/// A paragraph's text, and the line of the file where it starts.
type Paragraph = (usize, String);

/// The article's paragraphs, in order: those of its largest `<article>`, else of
/// `<main>`, else of the part of the body that holds most paragraph text.
fn paragraphs(page: &Html, lines: &Lines) -> Vec<Paragraph> {
    let scope = |tag: &str| {
        let selector = Selector::parse(tag).expect("a tag name is a selector");
        page.select(&selector)
            .map(|e| blocks(e))
            .max_by_key(|b| b.iter().map(|e| text_of(*e).len()).sum::<usize>())
    };
    let chosen = (scope("article").filter(|b| !b.is_empty()))
        .or_else(|| scope("main").filter(|b| !b.is_empty()))
        .or_else(|| {
            page.select(&Selector::parse("body").expect("valid"))
                .next()
                .map(densest)
        })
        .unwrap_or_default();
    let opened = openings(page, lines);
    let mut found = Vec::new();
    for element in chosen {
        let text = text_of(element);
        let at = opened.get(&element.id()).copied().unwrap_or(0);
        if !text.is_empty() {
            found.push((lines.line_of(at), text));
        }
    }
    found
}

/// Where each paragraph element opens in the file: the n-th `<p` of the markup is the
/// n-th `p` element, counted apart for each tag name, so that the search never runs
/// ahead of the tree.
fn openings(page: &Html, lines: &Lines) -> HashMap<NodeId, usize> {
    let mut cursors: HashMap<&str, usize> = HashMap::new();
    let mut opened = HashMap::new();
    for node in page.tree.nodes() {
        let Some(element) = ElementRef::wrap(node) else {
            continue;
        };
        let tag = element.value().name();
        if !BLOCKS.contains(&tag) {
            continue;
        }
        let cursor = cursors.entry(tag).or_default();
        if let Some(at) = find_tag(&lines.markup, tag, *cursor) {
            opened.insert(node.id(), at);
            *cursor = at + 1;
        }
    }
    opened
}

/// The paragraph elements under `root`, in document order, outside boilerplate; an
/// element holding other paragraph elements gives way to them. One walk of the tree,
/// so that a deeply nested page costs no more than a flat one.
fn blocks(root: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    let mut out = Vec::new();
    // Per open element: whether a paragraph element has been met inside it.
    let mut holds: Vec<bool> = Vec::new();
    let mut boilerplate = 0;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) if node.value().is_element() => {
                holds.push(false);
                boilerplate += usize::from(is(node, BOILERPLATE));
            }
            Edge::Close(node) if node.value().is_element() => {
                let inner = holds.pop().unwrap_or(false);
                let block = is(node, BLOCKS);
                if block && !inner && boilerplate == 0 {
                    out.extend(ElementRef::wrap(node));
                }
                boilerplate -= usize::from(is(node, BOILERPLATE));
                if let Some(outer) = holds.last_mut() {
                    *outer |= inner || block;
                }
            }
            _ => {}
        }
    }
    out
}

/// The paragraphs of a page without `<article>` or `<main>`: those of the innermost
/// element that holds most (`STORY_SHARE`) of the page's paragraph text, so that a
/// sidebar is left out and a story cut into pieces by advertisements is taken whole.
fn densest(body: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    const STORY_SHARE: f64 = 0.7;
    let all = blocks(body);
    let mut held: HashMap<NodeId, usize> = HashMap::new();
    let mut total = 0;
    for p in all.iter().filter(|e| e.value().name() == "p") {
        let length = text_of(*p).len();
        total += length;
        for above in p.ancestors().filter_map(ElementRef::wrap) {
            *held.entry(above.id()).or_default() += length;
        }
    }
    let enough = (total as f64 * STORY_SHARE).ceil() as usize;
    // In document order an element comes before those inside it: the last of the
    // smallest is the innermost.
    let mut best: Option<(ElementRef<'_>, usize)> = None;
    for element in body.descendants().filter_map(ElementRef::wrap) {
        let points = held.get(&element.id()).copied().unwrap_or(0);
        if points >= enough.max(1) && best.is_none_or(|(_, least)| points <= least) {
            best = Some((element, points));
        }
    }
    best.map_or(all, |(element, _)| blocks(element))
}

/// Whether a node is an element named in `names`.
fn is(node: NodeRef<'_, Node>, names: &[&str]) -> bool {
    node.value()
        .as_element()
        .is_some_and(|e| names.contains(&e.name()))
}

/// The visible text of an element on one line, spaces collapsed; script and style
/// inside it left out.
fn text_of(element: ElementRef<'_>) -> String {
    const HIDDEN: &[&str] = &["script", "style", "template"];
    let mut words = String::new();
    let mut hidden = 0;
    for edge in element.traverse() {
        match edge {
            Edge::Open(node) => {
                hidden += usize::from(is(node, HIDDEN));
                if let (Some(text), 0) = (node.value().as_text(), hidden) {
                    words.push_str(text);
                }
            }
            Edge::Close(node) => hidden -= usize::from(is(node, HIDDEN)),
        }
    }
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The `articleBody` of the JSON-LD, a paragraph per line, from the line of its script.
fn linked_body(articles: &[Value], raw: &str, lines: &Lines) -> Vec<Paragraph> {
    let Some(body) = articles.iter().find_map(|a| a.get("articleBody")?.as_str()) else {
        return Vec::new();
    };
    let start = raw
        .to_ascii_lowercase()
        .find("application/ld+json")
        .unwrap_or(0);
    let start = lines.line_of(start);
    (body.lines().map(str::trim).filter(|l| !l.is_empty()))
        .map(|line| (start, line.to_string()))
        .collect()
}

/// The document text: each paragraph on its own line, on the line of the file where it
/// starts, or on the next free line when two start on one.
fn lay_out(paragraphs: &[Paragraph]) -> String {
    let mut text = String::new();
    let mut line = 1;
    for (n, (at, paragraph)) in paragraphs.iter().enumerate() {
        let target = if n == 0 { *at } else { (*at).max(line + 1) };
        while line < target {
            text.push('\n');
            line += 1;
        }
        text.push_str(paragraph);
    }
    text.push('\n');
    text
}

/// Where lines start in the raw page, and its markup to find tags in: ASCII lower case,
/// comments and the insides of scripts and styles blanked (offsets kept), so that a
/// `<p` in a script's string is not taken for a paragraph.
struct Lines {
    markup: String,
    starts: Vec<usize>,
}

impl Lines {
    fn new(raw: &str) -> Lines {
        let starts = std::iter::once(0)
            .chain(raw.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut markup = raw.to_ascii_lowercase().into_bytes();
        for (open, close) in [
            ("<!--", "-->"),
            ("<script", "</script"),
            ("<style", "</style"),
        ] {
            blank(&mut markup, open.as_bytes(), close.as_bytes());
        }
        Lines {
            // Only ASCII bytes were changed, to spaces: still UTF-8.
            markup: String::from_utf8(markup).unwrap_or_default(),
            starts,
        }
    }

    /// The 1-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }
}

/// Replaces with spaces what lies between each `open` and the next `close`.
fn blank(markup: &mut [u8], open: &[u8], close: &[u8]) {
    let find = |hay: &[u8], needle: &[u8], from: usize| {
        (hay.get(from..)?.windows(needle.len()))
            .position(|w| w == needle)
            .map(|i| i + from)
    };
    let mut at = 0;
    while let Some(start) = find(markup, open, at) {
        let inner = start + open.len();
        let end = find(markup, close, inner).unwrap_or(markup.len());
        markup[inner..end].iter_mut().for_each(|b| *b = b' ');
        at = end;
    }
}

/// Where the next `<tag` opens at or after `from`, the name ending there.
fn find_tag(lower: &str, tag: &str, from: usize) -> Option<usize> {
    let open = format!("<{tag}");
    let mut at = from;
    while let Some(found) = lower.get(at..)?.find(&open) {
        let start = at + found;
        let next = lower.as_bytes().get(start + open.len()).copied();
        if matches!(
            next,
            Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r') | None
        ) {
            return Some(start);
        }
        at = start + open.len();
    }
    None
}

#[cfg(test)]
mod tests;
