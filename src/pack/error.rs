//! Errors in rule packs: each names the file, and the line and column where known, and
//! says what was expected.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    pub origin: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin)?;
        if let Some(line) = self.line {
            write!(f, ":{line}:{}", self.column.unwrap_or(1))?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for PackError {}

/// Every error found in the loaded packs, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackErrors(pub Vec<PackError>);

impl fmt::Display for PackErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        write!(f, "{}", lines.join("\n"))
    }
}

impl std::error::Error for PackErrors {}

pub fn error(origin: &str, line: Option<usize>, message: &str) -> PackError {
    PackError {
        origin: origin.to_string(),
        line,
        column: None,
        message: message.to_string(),
    }
}

/// An error placed at the first line of the pack that holds `needle` as a whole word.
pub fn located(origin: &str, text: &str, needle: &str, message: &str) -> PackError {
    located_nth(origin, text, needle, 0, message)
}

/// An error placed at the `n`th (from 0) place that holds `needle` as a whole word: the
/// second definition of a duplicate id is `n = 1`.
pub fn located_nth(origin: &str, text: &str, needle: &str, n: usize, message: &str) -> PackError {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let whole = |line: &str, at: usize| {
        !line[..at].ends_with(is_word) && !line[at + needle.len()..].starts_with(is_word)
    };
    let place = text
        .lines()
        .enumerate()
        .flat_map(|(i, line)| {
            line.match_indices(needle)
                .map(|(at, _)| at)
                .filter(|&at| whole(line, at))
                .map(move |at| (i + 1, at + 1))
                .collect::<Vec<_>>()
        })
        .nth(n);
    PackError {
        origin: origin.to_string(),
        line: place.map(|p| p.0),
        column: place.map(|p| p.1),
        message: message.to_string(),
    }
}

/// A YAML or shape error from serde_yaml, without the location it repeats at its end,
/// and with the nearest valid name when a key or value was misspelled.
pub fn from_yaml(origin: &str, e: &serde_yaml::Error) -> PackError {
    let loc = e.location();
    let message = e.to_string();
    let message = match message.rsplit_once(" at line ") {
        Some((head, tail)) if tail.contains(" column ") => head.to_string(),
        _ => message,
    };
    PackError {
        origin: origin.to_string(),
        line: loc.as_ref().map(|l| l.line()),
        column: loc.as_ref().map(|l| l.column()),
        message: with_suggestion(message),
    }
}

/// "unknown field `sidez`, expected one of `version`, `sides`, …" gains
/// "; did you mean `sides`?".
fn with_suggestion(message: String) -> String {
    // Nested errors start with a path ("rules[0].kind: unknown variant …").
    let start = ["unknown field `", "unknown variant `"]
        .iter()
        .find_map(|p| Some(message.find(p)? + p.len()));
    let Some(rest) = start.map(|at| &message[at..]) else {
        return message;
    };
    let Some((wrong, expected)) = rest.split_once('`') else {
        return message;
    };
    let candidates = expected.split('`').skip(1).step_by(2);
    let nearest = candidates
        .map(|c| (distance(wrong, c), c))
        .filter(|(d, c)| *d <= c.len().max(wrong.len()) / 2)
        .min();
    match nearest {
        Some((_, name)) => format!("{message}; did you mean `{name}`?"),
        None => message,
    }
}

/// Levenshtein distance over chars.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_key() {
        let m = with_suggestion("unknown field `sidez`, expected one of `version`, `sides`".into());
        assert!(m.ends_with("did you mean `sides`?"), "{m}");
        let m =
            with_suggestion("unknown field `zzzzzz`, expected one of `version`, `sides`".into());
        assert!(!m.contains("did you mean"), "{m}");
    }

    #[test]
    fn levenshtein() {
        assert_eq!(distance("negaton", "negation"), 1);
        assert_eq!(distance("", "abc"), 3);
    }
}
