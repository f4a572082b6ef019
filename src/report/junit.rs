//! JUnit XML for CI test dashboards: a `testsuite` per loaded rule, counting the pairs it
//! compared as tests and its conflicts as failures, and a failing `testcase` per conflict
//! with both sentences and their speakers. Passing pairs are counted, not listed. Written
//! by hand (no XML crate): every text and attribute goes through `escape`, which also
//! keeps out the control characters XML 1.0 cannot carry at all.

use super::Run;
use crate::model::Claim;
use std::fmt::Write;

pub fn render(run: &Run) -> String {
    let stats = &run.outcome.stats;
    let tests: usize = stats.iter().map(|s| s.pairs_compared).sum();
    let failures: usize = stats.iter().map(|s| s.conflicts).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"gainsay\" tests=\"{tests}\" failures=\"{failures}\">"
    );
    for rule in stats {
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">",
            attr(&rule.id),
            rule.pairs_compared,
            rule.conflicts
        );
        for k in run.outcome.conflicts.iter().filter(|k| k.rule == rule.id) {
            let [a, b] = k.claims.map(|i| &run.claims[i]);
            let name = format!("{}: {} vs {}", k.id, place(a), place(b));
            let severity = format!("{:?}", k.severity).to_lowercase();
            let body = format!("{}\n{}", said(a), said(b));
            let _ = writeln!(
                out,
                "    <testcase classname=\"{}\" name=\"{}\">\n      <failure message=\"{}\" type=\"{severity}\">{}</failure>\n    </testcase>",
                attr(&k.rule),
                attr(&name),
                attr(&k.message),
                escape(&body, false)
            );
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

fn place(c: &Claim) -> String {
    format!("{}:{}", c.path, c.line)
}

/// "Moscow (russia) at corpus/a.md:6: Moscow claimed that …".
fn said(c: &Claim) -> String {
    let side = c.speaker.side.as_deref().unwrap_or("unknown side");
    format!(
        "{} ({side}) at {}: {}",
        c.speaker.key(),
        place(c),
        c.sentence
    )
}

fn attr(text: &str) -> String {
    escape(text, true)
}

/// Escapes markup characters. In attributes, tab and line breaks become character
/// references, since a parser would otherwise normalise them to spaces; a CR in text
/// too, or it would be folded into a LF. Characters XML 1.0 forbids even as references
/// (most C0 controls, U+FFFE, U+FFFF) become U+FFFD.
fn escape(text: &str, in_attribute: bool) -> String {
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
