//! Plain text and Markdown articles: one document per file. Markdown may open with YAML
//! front matter between two `---` lines that gives the document's metadata.

use super::walk::Source;
use super::{at_column, day, meta, Parsed};
use crate::model::Document;
use serde::Deserialize;

/// The whole file is the text.
pub(super) fn plain(source: &Source, text: String) -> Document {
    Document {
        text,
        ..source.document()
    }
}

/// Front matter keys; others are allowed and ignored.
#[derive(Debug, Default, Deserialize)]
struct FrontMatter {
    id: Option<String>,
    title: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    date: Option<String>,
    speaker: Option<String>,
    side: Option<String>,
}

/// A Markdown article; invalid front matter is a failure, not a silently lost document.
pub(super) fn markdown<T>(source: &Source, text: &str, out: &mut Parsed<'_, T>) {
    let Some(split) = split_front_matter(text) else {
        out.keep(plain(source, text.to_string()));
        return;
    };
    let front: FrontMatter = if split.yaml.trim().is_empty() {
        FrontMatter::default()
    } else {
        match serde_yaml::from_str(split.yaml) {
            Ok(front) => front,
            Err(err) => {
                let message = err.to_string();
                // The YAML starts on line 2 of the file.
                let (line, message) = match err.location() {
                    Some(at) => (Some(at.line() + 1), at_column(message, at.column())),
                    None => (None, message),
                };
                out.fail(source, line, format!("invalid front matter: {message}"));
                return;
            }
        }
    };
    let field = |value: Option<String>| value.as_deref().and_then(meta);
    out.keep(Document {
        id: field(front.id).unwrap_or_else(|| source.id.clone()),
        first_line: split.body_line,
        title: field(front.title),
        outlet: field(front.outlet),
        published: field(front.published.or(front.date))
            .as_deref()
            .and_then(day),
        speaker: field(front.speaker),
        side: field(front.side),
        text: split.body.to_string(),
        ..source.document()
    });
}

#[derive(Debug, PartialEq)]
struct Split<'a> {
    yaml: &'a str,
    body: &'a str,
    /// 1-based line of the file where `body` starts.
    body_line: usize,
}

/// Separates front matter from the body; `None` when the file does not open with `---`
/// or the block is never closed (then the `---` is just Markdown).
fn split_front_matter(text: &str) -> Option<Split<'_>> {
    let mut lines = text.split_inclusive('\n');
    let opening = lines.next()?;
    if opening.trim_end() != "---" {
        return None;
    }
    let mut offset = opening.len();
    // The opening `---` is line 1, so the n-th line after it is line n + 2 (n from 0).
    for (n, line) in lines.enumerate() {
        if line.trim_end() == "---" {
            return Some(Split {
                yaml: &text[opening.len()..offset],
                body: &text[offset + line.len()..],
                body_line: n + 3,
            });
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter() {
        let text = "---\r\ntitle: Rain\r\n---\r\nIt rained.\n";
        let split = split_front_matter(text).unwrap();
        assert_eq!(split.yaml, "title: Rain\r\n");
        assert_eq!(split.body, "It rained.\n");
        assert_eq!(split.body_line, 4);
    }

    #[test]
    fn empty_front_matter_and_body() {
        let split = split_front_matter("---\n---\n").unwrap();
        assert_eq!((split.yaml, split.body, split.body_line), ("", "", 3));
    }

    #[test]
    fn no_front_matter() {
        assert_eq!(split_front_matter("# Rain\n---\nx\n---\n"), None);
        assert_eq!(split_front_matter("---\nnever closed\n"), None);
    }
}
