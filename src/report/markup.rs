//! Escaping for the XML and HTML printers: text from the corpus is never markup.

use std::fmt::Write;

/// Escapes markup characters. In attributes, tab and line breaks become character
/// references, since a parser would otherwise normalise them to spaces; a CR in text
/// too, or it would be folded into a LF. Characters XML 1.0 forbids even as references
/// (most C0 controls, U+FFFE, U+FFFF) become U+FFFD.
pub fn escape(text: &str, in_attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' if in_attribute => {
                let _ = write!(out, "&#{};", ch as u32);
            }
            '\t' | '\n' => out.push(ch),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_quotes_and_control_characters() {
        let text = "a & b <c> \"d\" 'e'\tf\r\ng\u{1}h\u{ffff}";
        assert_eq!(
            escape(text, true),
            "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;&#9;f&#13;&#10;g\u{fffd}h\u{fffd}"
        );
        assert_eq!(
            escape(text, false),
            "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;\tf&#13;\ng\u{fffd}h\u{fffd}"
        );
    }
}
