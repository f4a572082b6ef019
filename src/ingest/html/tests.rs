//! Web pages in the shapes sites publish: the text, the metadata, the line each
//! paragraph stands on, and what is left out.

use super::super::tests::{corpus, run};
use crate::model::Document;
use std::path::Path;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/html");

fn read(name: &str) -> Document {
    let out = run(&[&Path::new(FIXTURES).join(name)]);
    assert!(out.failures.is_empty(), "{:?}", out.failures);
    out.documents.into_iter().next().expect("one document")
}

/// The non-blank lines of a text.
fn lines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| !l.trim().is_empty()).collect()
}

#[test]
fn three_layouts_give_the_text_and_metadata_of_the_markdown() {
    let markdown = read("same-as-text.md");
    for page in ["article-tag.html", "json-ld.html", "meta-paragraphs.html"] {
        let html = read(page);
        assert_eq!(lines(&html.text), lines(&markdown.text), "{page}");
        assert_eq!(html.published, markdown.published, "{page}");
        assert_eq!(html.outlet, markdown.outlet, "{page}");
        assert_eq!(html.title, markdown.title, "{page}");
    }
}

#[test]
fn each_paragraph_stands_on_the_line_its_tag_opens() {
    let page = read("article-tag.html");
    let source = std::fs::read_to_string(Path::new(FIXTURES).join("article-tag.html")).unwrap();
    let source: Vec<&str> = source.lines().collect();
    for (n, line) in page.text.lines().enumerate() {
        if let Some(start) = line.get(..20) {
            assert!(source[n].contains(start), "line {}: {line}", n + 1);
        }
    }
}

#[test]
fn boilerplate_is_left_out() {
    let page = read("article-tag.html");
    for left_out in [
        "Home",
        "By Tom Reeve",
        "last repaired in 1998",
        "Ferry fares",
        "editors' code",
        "not text",
        "font-family",
    ] {
        assert!(!page.text.contains(left_out), "{left_out}");
    }
}

#[test]
fn minified_paragraphs_keep_apart_and_markup_in_scripts_is_not_text() {
    let page = b"<html><head><script>var s = '<p>x</p>';</script><!-- <p>old</p> --></head>\
<body><main><p>The mill closed.</p><p>Workers said it <i>would</i> reopen.</p></main>\n\
<p>Outside main.</p></body></html>";
    let dir = corpus(&[("page.html", page)]);
    let out = run(&[dir.path()]);
    let text = &out.documents[0].text;
    assert_eq!(text, "The mill closed.\nWorkers said it would reopen.\n");
}

#[test]
fn a_page_without_article_text_is_passed_over_with_its_reason() {
    let dir = corpus(&[(
        "empty.html",
        b"<html><body><nav><p>Home</p></nav></body></html>",
    )]);
    let out = run(&[dir.path()]);
    assert!(out.documents.is_empty());
    assert_eq!(out.skipped.len(), 1);
    assert_eq!(out.skipped[0].reason, "HTML page without article text");
}

#[test]
fn without_article_tags_the_densest_part_is_the_story_and_sidebars_are_left_out() {
    let page = b"<html><body>\n\
<div class=\"side\"><p>Most read: the mill that closed.</p><p>Sign up for our letter.</p></div>\n\
<div class=\"story\">\n\
<div class=\"chunk\"><p>Wardens said the reservoir at Elsby was a third full on Monday.</p>\n\
<p>The water company said stocks were normal for the time of year.</p></div>\n\
<div class=\"advert\">Buy a boat</div>\n\
<div class=\"chunk\"><p>Farmers said the company had not warned them of a hosepipe ban.</p>\n\
<p>The company said letters went out in May to every farm on the estate.</p></div>\n\
</div></body></html>";
    let dir = corpus(&[("page.html", page)]);
    let out = run(&[dir.path()]);
    let text = &out.documents[0].text;
    assert!(
        !text.contains("Most read") && !text.contains("Sign up"),
        "{text}"
    );
    assert!(!text.contains("Buy a boat"), "{text}");
    assert!(
        text.starts_with("\n\n\nWardens said"),
        "on line 4: {text:?}"
    );
    assert!(
        text.contains("letters went out in May"),
        "both pieces: {text}"
    );
}
