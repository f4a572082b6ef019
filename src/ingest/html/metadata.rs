//! A page's metadata: its meta tags and its JSON-LD (schema.org) article objects.

use super::text_of;
use crate::ingest::meta;
use scraper::{Html, Selector};
use serde_json::Value;

/// The JSON-LD objects of the page that describe an article.
pub(super) fn linked_data(page: &Html) -> Vec<Value> {
    let selector = Selector::parse(r#"script[type="application/ld+json"]"#).expect("valid");
    let mut articles = Vec::new();
    for script in page.select(&selector) {
        let Ok(value) = serde_json::from_str::<Value>(&script.text().collect::<String>()) else {
            continue;
        };
        let mut stack = vec![value];
        while let Some(value) = stack.pop() {
            match value {
                Value::Array(items) => stack.extend(items.into_iter().rev()),
                Value::Object(mut map) => {
                    if let Some(graph) = map.remove("@graph") {
                        stack.push(graph);
                    }
                    let object = Value::Object(map);
                    if is_article(&object) {
                        articles.push(object);
                    }
                }
                _ => {}
            }
        }
    }
    articles
}

/// "NewsArticle", "ReportageNewsArticle", "BlogPosting", ["Article", ...].
fn is_article(object: &Value) -> bool {
    let named = |t: &Value| {
        t.as_str()
            .is_some_and(|t| t.ends_with("Article") || t == "BlogPosting")
    };
    match object.get("@type") {
        Some(Value::Array(types)) => types.iter().any(named),
        Some(t) => named(t),
        None => false,
    }
}

pub(super) fn property(page: &Html, name: &str) -> Option<String> {
    attribute(page, &format!(r#"meta[property="{name}"]"#), "content")
}

pub(super) fn named(page: &Html, names: &[&str]) -> Option<String> {
    let selector = Selector::parse("meta[name]").expect("valid");
    page.select(&selector).find_map(|m| {
        let name = m.value().attr("name")?.to_ascii_lowercase();
        names
            .contains(&name.as_str())
            .then(|| m.value().attr("content").and_then(meta))?
    })
}

pub(super) fn attribute(page: &Html, selector: &str, attribute: &str) -> Option<String> {
    let selector = Selector::parse(selector).ok()?;
    (page.select(&selector)).find_map(|e| e.value().attr(attribute).and_then(meta))
}

pub(super) fn first_text(page: &Html, tag: &str) -> Option<String> {
    let selector = Selector::parse(tag).ok()?;
    page.select(&selector).map(text_of).find(|t| !t.is_empty())
}
