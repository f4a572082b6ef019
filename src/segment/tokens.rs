//! Tokens of a sentence: words (keeping inner apostrophes and hyphens), numbers (keeping
//! thousands separators and decimals), the possessive `'s`, and single punctuation marks.
//! Each token carries its span, a folded lower-case form and, for words, a Snowball stem.

use super::forms;
use crate::model::{Span, Token};

/// The longest word, in bytes; a longer run of letters (a scraped blob, a hash) is cut
/// into words of this size, so that folding and stemming one stay cheap.
const MAX_WORD: usize = 64;

/// The tokens of `text[span]`, in order, made as they are asked for.
pub(super) fn tokens(text: &str, span: Span) -> impl Iterator<Item = Token> + '_ {
    let sentence = &text[span.start..span.end];
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        // Spaces, the commonest thing between tokens, need no decoding.
        while sentence.as_bytes().get(pos) == Some(&b' ') {
            pos += 1;
        }
        let first = sentence[pos..].chars().next()?;
        let start = pos;
        pos = token_end(sentence, pos, first);
        if !first.is_whitespace() {
            return Some(make_token(&sentence[start..pos], span.start + start));
        }
    })
}

/// The tokens of `text[span]`, in order.
pub(super) fn tokenize(text: &str, span: Span) -> Vec<Token> {
    tokens(text, span).collect()
}

/// End of the token that starts at `start` with the char `first`.
fn token_end(s: &str, start: usize, first: char) -> usize {
    let after = start + first.len_utf8();
    if first.is_alphanumeric() {
        word_end(s, after, first)
    } else if is_apostrophe(first) && is_possessive_s(&s[after..]) {
        after + 1
    } else {
        after
    }
}

/// Extends a word or number from `end`, where the last char taken was `prev`.
fn word_end(s: &str, mut end: usize, mut prev: char) -> usize {
    let start = end - prev.len_utf8();
    let bytes = s.as_bytes();
    loop {
        // ASCII letters and digits, the bulk of news text, need no decoding.
        while end - start < MAX_WORD && bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            prev = char::from(bytes[end]);
            end += 1;
        }
        if end - start >= MAX_WORD {
            return end;
        }
        // Most words end at a space or a mark that joins nothing: no need to decode it.
        if bytes
            .get(end)
            .is_some_and(|&b| b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b',' | b':'))
        {
            return end;
        }
        let rest = &s[end..];
        let mut chars = rest.chars();
        let Some(c) = chars.next() else {
            return end;
        };
        if c.is_alphanumeric() {
            prev = c;
            end += c.len_utf8();
            continue;
        }
        let Some(next) = chars.next() else {
            return end;
        };
        if !joins(prev, c, next, &rest[c.len_utf8()..]) {
            return end;
        }
        prev = next;
        end += c.len_utf8() + next.len_utf8();
    }
}

/// Whether `mark`, between `prev` and `next` (which starts `after_mark`), keeps one token whole.
fn joins(prev: char, mark: char, next: char, after_mark: &str) -> bool {
    match mark {
        // "don't" stays whole; "Russia's" gives "Russia" and "'s".
        '\'' | '’' => next.is_alphabetic() && !is_possessive_s(after_mark),
        // "so-called", "F-16", "24-year-old"; but "2022-2023" is a range of two numbers.
        '-' | '\u{2010}' | '\u{2011}' => {
            next.is_alphanumeric() && !(prev.is_ascii_digit() && next.is_ascii_digit())
        }
        '.' => prev.is_ascii_digit() && next.is_ascii_digit(),
        ',' => prev.is_ascii_digit() && is_thousands_group(after_mark),
        // "14:05", "9:30": a time of day is one token, not two numbers.
        ':' => prev.is_ascii_digit() && is_minutes(after_mark),
        _ => false,
    }
}

/// Two digits that end a number: the minutes of a time of day.
fn is_minutes(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2
        && b[..2].iter().all(u8::is_ascii_digit)
        && !b.get(2).is_some_and(u8::is_ascii_digit)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// An `s` that ends the word: what follows an apostrophe in a possessive or "it's".
fn is_possessive_s(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('s' | 'S')) && !chars.next().is_some_and(char::is_alphanumeric)
}

/// Exactly three digits: the group after a thousands separator ("1,478", not "1,2").
fn is_thousands_group(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.len() >= 3
        && bytes[..3].iter().all(u8::is_ascii_digit)
        && !bytes.get(3).is_some_and(u8::is_ascii_digit)
}

fn make_token(surface: &str, start: usize) -> Token {
    let (lower, stem) = forms::forms(surface);
    Token {
        span: Span::new(start, start + surface.len()),
        lower,
        stem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use compact_str::CompactString;

    fn tokens(text: &str) -> Vec<Token> {
        tokenize(text, Span::new(0, text.len()))
    }

    fn lowers(text: &str) -> Vec<CompactString> {
        tokens(text).into_iter().map(|t| t.lower).collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        assert_eq!(
            lowers("Russia's non-military, so-called aid doesn't help O'Neill's F-16 plan."),
            [
                "russia",
                "'s",
                "non-military",
                ",",
                "so-called",
                "aid",
                "doesn't",
                "help",
                "o'neill",
                "'s",
                "f-16",
                "plan",
                "."
            ]
        );
    }

    #[test]
    fn numbers_keep_separators_but_ranges_split() {
        assert_eq!(
            lowers("About 1,478 died; 4.5 or 3.2% of 130,000–140,000 in 2022-2023, i.e. 1,2."),
            [
                "about", "1,478", "died", ";", "4.5", "or", "3.2", "%", "of", "130,000", "-",
                "140,000", "in", "2022", "-", "2023", ",", "i", ".", "e", ".", "1", ",", "2", "."
            ]
        );
    }

    #[test]
    fn a_time_of_day_is_one_token() {
        assert_eq!(
            lowers("It left at 14:05, not 9:3; the ratio was 3:100."),
            [
                "it", "left", "at", "14:05", ",", "not", "9", ":", "3", ";", "the", "ratio", "was",
                "3", ":", "100", "."
            ]
        );
    }

    #[test]
    fn typographic_quotes_and_dashes_fold_to_ascii() {
        assert_eq!(
            lowers("“Kyiv’s” forces — ‘ready’"),
            ["\"", "kyiv", "'s", "\"", "forces", "-", "'", "ready", "'"]
        );
    }

    #[test]
    fn spans_slice_back_to_the_text() {
        let text = "  Ünal’s   “unit” seized 1,200 rifles…  ";
        let found: Vec<&str> = tokens(text)
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        assert_eq!(
            found,
            ["Ünal", "’s", "“", "unit", "”", "seized", "1,200", "rifles", "…"]
        );
    }

    #[test]
    fn words_are_stemmed_and_the_rest_is_not() {
        let stems: Vec<CompactString> = tokens("seized seizes Seizing 4.5 'S ?")
            .into_iter()
            .map(|t| t.stem)
            .collect();
        assert_eq!(stems, ["seiz", "seiz", "seiz", "4.5", "'s", "?"]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "'",
            "’s",
            "-",
            "1,",
            "1,23",
            "a-",
            "é\u{301}",
            "🙂🙂",
            "'s's",
        ] {
            for token in tokens(text) {
                assert!(!token.lower.is_empty() && token.span.end <= text.len());
            }
        }
    }
}
