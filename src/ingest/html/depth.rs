//! A guard for the HTML parser, whose work grows with the square of how deeply elements
//! nest: a page nested deeper than any browser renders (Chromium stops at 512) is refused
//! before it is parsed, so that a hostile file costs a scan, not minutes.

/// Deepest nesting read; deeper pages are refused.
pub const MAX_DEPTH: usize = 1000;

/// Elements that never have content, and those whose end tag may be left out: neither
/// is counted, since an unclosed `<p>` or `<li>` does not nest.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp",
    "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
];

/// Whether the markup opens more than [`MAX_DEPTH`] elements without closing them, as
/// far as a scan of its tags can tell (comments and scripts are not skipped: a page that
/// hides thousands of tags in them is refused too).
pub fn too_deep(markup: &str) -> bool {
    let bytes = markup.as_bytes();
    let mut depth: usize = 0;
    let mut at = 0;
    while let Some(found) = bytes
        .get(at..)
        .and_then(|b| b.iter().position(|&c| c == b'<'))
    {
        let start = at + found + 1;
        let closing = bytes.get(start) == Some(&b'/');
        let name_start = start + usize::from(closing);
        let name_len = (bytes[name_start..].iter())
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        at = name_start + name_len;
        if name_len == 0 {
            continue;
        }
        let name = markup[name_start..at].to_ascii_lowercase();
        if NOT_NESTING.contains(&name.as_str()) {
            continue;
        }
        let self_closing = (bytes[at..].iter().position(|&c| c == b'>'))
            .is_some_and(|end| end > 0 && bytes[at + end - 1] == b'/');
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            depth += 1;
            if depth > MAX_DEPTH {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_and_long_lists_are_not() {
        let deep = format!("{}<p>x</p>{}", "<div>".repeat(1001), "</div>".repeat(1001));
        assert!(too_deep(&deep));
        let fine = format!("{}<p>x</p>{}", "<div>".repeat(999), "</div>".repeat(999));
        assert!(!too_deep(&fine));
        let list = format!("<ul>{}</ul>", "<li>item <br/><img src=x>".repeat(5000));
        assert!(!too_deep(&list));
        let siblings = "<div><span>x</span></div>".repeat(5000);
        assert!(!too_deep(&siblings));
    }
}
