//! GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per
//! conflict, placed at its first claim and titled with the rule, so a pull request shows
//! the conflict on the article line. Nothing else is printed: every stdout line of a step
//! is read as a possible command. Data and property values are escaped as the runner
//! expects (`%`, CR, LF; and `:` and `,` in properties), so a path or message cannot end
//! a command early.

use super::Run;
use crate::model::{Claim, Severity};
use std::fmt::Write;

pub fn render(run: &Run) -> String {
    let mut out = String::new();
    for k in &run.outcome.conflicts {
        let [a, b] = k.claims.map(|i| &run.claims[i]);
        let command = match k.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let message = format!("{} — {} vs {}", k.message, at(a), at(b));
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            property(&a.path.replace('\\', "/")),
            a.line,
            a.column,
            property(&k.rule),
            data(&message)
        );
    }
    out
}

/// "Moscow (russia) at corpus/a.md:6".
fn at(c: &Claim) -> String {
    let side = c.speaker.side.as_deref().unwrap_or("unknown side");
    format!("{} ({side}) at {}:{}", c.speaker.key(), c.path, c.line)
}

/// Escapes the message after `::`.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value, where `,` separates properties and `:` may end them.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::{data, property};

    #[test]
    fn property_values_escape_percent_newlines_colons_and_commas() {
        assert_eq!(
            property("C:/news, 2024/100%\r\n.md"),
            "C%3A/news%2C 2024/100%25%0D%0A.md"
        );
    }

    #[test]
    fn messages_escape_percent_and_newlines_only() {
        assert_eq!(
            data("toll: 31, up 5%\nper mayor"),
            "toll: 31, up 5%25%0Aper mayor"
        );
    }
}
