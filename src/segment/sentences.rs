//! Sentence boundaries. Every newline ends a sentence, since articles put one paragraph per
//! line; within a line a sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or
//! brackets) when what follows looks like the start of a new one.

use super::abbreviations::continues_after_dot;
use crate::model::Span;

/// Marks that can end a sentence; a run of them ("?!", "...") counts as one.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Marks that close a quotation or an aside and belong to the sentence they end.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']')
}

/// Marks that may open a new sentence.
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(')
}

/// Sentence spans of `text`: trimmed, non-empty, in order, covering all non-blank text.
/// Found a line at a time, as they are asked for.
pub(super) fn spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut line_start = 0;
    text.split('\n').flat_map(move |line| {
        let mut out = Vec::new();
        split_line(line, line_start, &mut out);
        line_start += line.len() + 1;
        out
    })
}

/// Appends the sentences of one line, which starts at byte `base` of the text.
fn split_line(line: &str, base: usize, out: &mut Vec<Span>) {
    let mut start = 0;
    let mut pos = 0;
    while let Some(mark) = next_terminator(line, pos) {
        let run_end = skip(line, mark, is_terminator);
        let end = skip(line, run_end, is_closer);
        if ends_sentence(line, mark, run_end, end) {
            push_trimmed(line, base, start, end, out);
            start = end;
        }
        pos = end;
    }
    push_trimmed(line, base, start, line.len(), out);
}

/// The offset of the first terminator at or after `from`. Searched as bytes, since three
/// of the four are ASCII and the fourth, '…', is the only one that starts with 0xE2.
fn next_terminator(line: &str, from: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut at = from;
    loop {
        at += bytes[at..]
            .iter()
            .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))?;
        if bytes[at] != 0xE2 || line[at..].starts_with('…') {
            return Some(at);
        }
        at += 1;
    }
}

/// The first offset at or after `from` whose char fails `keep`.
fn skip(s: &str, from: usize, keep: fn(char) -> bool) -> usize {
    s[from..].find(|c| !keep(c)).map_or(s.len(), |i| from + i)
}

/// Whether a sentence ends at `end`, given terminators at `mark..run_end` and closers up to `end`.
fn ends_sentence(line: &str, mark: usize, run_end: usize, end: usize) -> bool {
    // Only a bare full stop can belong to an abbreviation or lose its space.
    let lone_dot = &line[mark..run_end] == "." && run_end == end;
    let before = &line[..mark];
    let rest = &line[end..];
    let next = rest.trim_start();
    if next.len() == rest.len() {
        return lone_dot && lost_space(before, rest);
    }
    let Some(first) = next.chars().next() else {
        // Only white space follows: the end of the line closes the sentence.
        return false;
    };
    let opens = first.is_uppercase() || first.is_ascii_digit() || is_opener(first);
    opens && !(lone_dot && continues_after_dot(before, next))
}

/// "imminent.Later": a full stop glued to a capital ends a sentence when the word before ends
/// in two lower-case letters, so that initials ("U.S.A"), "St.Petersburg" and numbers stay whole.
fn lost_space(before: &str, rest: &str) -> bool {
    let mut last = before.chars().rev();
    let ends_lower =
        last.next().is_some_and(char::is_lowercase) && last.next().is_some_and(char::is_lowercase);
    ends_lower && rest.starts_with(char::is_uppercase) && !continues_after_dot(before, rest)
}

/// Appends `line[start..end]` trimmed of white space, unless nothing is left.
fn push_trimmed(line: &str, base: usize, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &line[start..end];
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let from = base + start + (piece.len() - piece.trim_start().len());
        out.push(Span::new(from, from + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        spans(text).map(|s| &text[s.start..s.end]).collect()
    }

    /// Spans are non-empty, trimmed, ordered, on char boundaries and cover all non-blank text.
    fn assert_well_formed(text: &str) {
        let mut previous_end = 0;
        for span in spans(text) {
            assert!(
                previous_end <= span.start && span.start < span.end,
                "{text:?}"
            );
            assert!(span.end <= text.len(), "{text:?}");
            let piece = &text[span.start..span.end];
            assert_eq!(piece, piece.trim(), "{text:?}");
            assert!(text[previous_end..span.start].trim().is_empty(), "{text:?}");
            previous_end = span.end;
        }
        assert!(text[previous_end..].trim().is_empty(), "{text:?}");
    }

    #[test]
    fn splits_on_terminators_before_capitals_digits_and_quotes() {
        assert_eq!(
            split("Shelling resumed. Was it planned? Yes! 40 died. \"Enough,\" he said."),
            [
                "Shelling resumed.",
                "Was it planned?",
                "Yes!",
                "40 died.",
                "\"Enough,\" he said."
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_inside_the_sentence() {
        assert_eq!(
            split("Mr. Lane met Gen. Okafor on Jan. 12 near the U.S. embassy. Talks ended."),
            [
                "Mr. Lane met Gen. Okafor on Jan. 12 near the U.S. embassy.",
                "Talks ended."
            ]
        );
        assert_eq!(
            split("J. R. Hale spoke for the U.S. Army."),
            ["J. R. Hale spoke for the U.S. Army."]
        );
    }

    #[test]
    fn splits_after_an_acronym_before_a_sentence_starter() {
        assert_eq!(
            split("The envoy flew to the U.S. The next day he left."),
            ["The envoy flew to the U.S.", "The next day he left."]
        );
        assert_eq!(
            split("They took rifles, mortars etc. It was a raid."),
            ["They took rifles, mortars etc.", "It was a raid."]
        );
    }

    #[test]
    fn never_splits_inside_numbers() {
        assert_eq!(
            split("Losses rose to 1,478 vehicles, up 3.2% or 4.5 times. Then fighting eased."),
            [
                "Losses rose to 1,478 vehicles, up 3.2% or 4.5 times.",
                "Then fighting eased."
            ]
        );
    }

    #[test]
    fn splits_after_a_closing_quote() {
        assert_eq!(
            split("He said, “We are ready.” Then he left. (It rained.) She stayed."),
            [
                "He said, “We are ready.”",
                "Then he left.",
                "(It rained.)",
                "She stayed."
            ]
        );
        assert_eq!(
            split("\"Are you sure?\" she asked."),
            ["\"Are you sure?\" she asked."]
        );
    }

    #[test]
    fn splits_where_the_space_after_a_stop_is_missing() {
        assert_eq!(
            split("An offensive was imminent.Later, he said more."),
            ["An offensive was imminent.", "Later, he said more."]
        );
        assert_eq!(
            split("She flew from St.Petersburg to the U.S.A yesterday."),
            ["She flew from St.Petersburg to the U.S.A yesterday."]
        );
    }

    #[test]
    fn ellipsis_splits_only_before_a_capital() {
        assert_eq!(
            split("We waited... and waited… then left."),
            ["We waited... and waited… then left."]
        );
        assert_eq!(
            split("We waited… Then we left."),
            ["We waited…", "Then we left."]
        );
    }

    #[test]
    fn every_newline_ends_a_sentence() {
        assert_eq!(
            split("  A headline without a stop\nFirst paragraph.\r\n\n\tSecond one. Again.  "),
            [
                "A headline without a stop",
                "First paragraph.",
                "Second one.",
                "Again."
            ]
        );
    }

    #[test]
    fn odd_input_gives_well_formed_spans() {
        let long_line = "ab.Cd. ".repeat(10_000) + &"x.".repeat(10_000);
        for text in [
            "",
            "\n\n\n",
            "...",
            "?!? . . .\n!",
            "É. Ü… “Ω.” ‘Я’.",
            "a.B.c.D",
            "Mr.\n",
            "No. 1. No. Yes.",
            "\u{a0}Text.\u{a0}",
            long_line.as_str(),
        ] {
            assert_well_formed(text);
        }
    }
}
