//! Segmentation, the first stage: cuts a document's text into sentences and each sentence
//! into tokens with lower-cased and stemmed forms, keeping byte spans and source positions
//! so later stages can quote and point back at the text.
//!
//! It works from punctuation, line breaks and a few English heuristics (abbreviations,
//! initials, sentence-opening words). It does not tag parts of speech, detect the language,
//! or join a sentence that the input broke across lines: every newline ends a sentence.

mod abbreviations;
mod forms;
mod sentences;
mod tokens;

pub use abbreviations::is_title;

use crate::model::{Document, Sentence, Span, Token};

/// The most tokens a sentence may have. Longer stretches (a page with no full stop,
/// scraped navigation) are cut into pieces of this size, so that the work on a sentence
/// stays bounded whatever the input.
pub const MAX_TOKENS: usize = 256;

/// Splits `doc.text` into sentences, in text order, each with its tokens. Sentences are
/// made as they are asked for, so a document is never held tokenised all at once.
pub fn segment(doc: &Document) -> impl Iterator<Item = Sentence> + '_ {
    let text = doc.text.as_str();
    let mut position = Position::new(doc.first_line);
    sentences::spans(text)
        .flat_map(move |span| pieces(text, span))
        .map(move |(span, tokens)| {
            let (line, column) = position.advance(text, span.start);
            Sentence {
                span,
                line,
                column,
                tokens,
            }
        })
}

/// The sentence at `span` with its tokens, or pieces of at most [`MAX_TOKENS`] tokens
/// when it is longer, each spanning its own tokens.
fn pieces(text: &str, span: Span) -> impl Iterator<Item = (Span, Vec<Token>)> + '_ {
    let mut tokens = tokens::tokens(text, span).peekable();
    let mut first = true;
    std::iter::from_fn(move || {
        // News text averages well over four bytes a token: one allocation mostly suffices.
        let mut piece = Vec::with_capacity((span.len() / 4 + 1).min(MAX_TOKENS));
        piece.extend(tokens.by_ref().take(MAX_TOKENS));
        let (head, tail) = (piece.first()?.span, piece.last()?.span);
        let whole = std::mem::take(&mut first) && tokens.peek().is_none();
        let span = if whole {
            span
        } else {
            Span::new(head.start, tail.end)
        };
        Some((span, piece))
    })
}

/// Tokens of a phrase (a pack's word, name or pattern), cut and stemmed exactly as
/// sentence text is, so that the two compare equal.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokens::tokenize(text, Span::new(0, text.len()))
}

/// Line and column of an offset that only moves forward, so each byte is read once.
struct Position {
    offset: usize,
    line: usize,
    column: usize,
}

impl Position {
    fn new(first_line: usize) -> Self {
        Position {
            offset: 0,
            line: first_line,
            column: 1,
        }
    }

    /// Moves to byte offset `to` (a char boundary at or after the last one) and reports
    /// its line and its column in chars.
    fn advance(&mut self, text: &str, to: usize) -> (usize, usize) {
        for &byte in &text.as_bytes()[self.offset..to] {
            if byte == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if !is_utf8_continuation(byte) {
                self.column += 1;
            }
        }
        self.offset = to;
        (self.line, self.column)
    }
}

/// Every char has exactly one byte that is not a continuation byte: counting those counts chars.
fn is_utf8_continuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(first_line: usize, text: &str) -> Document {
        Document {
            first_line,
            text: text.to_string(),
            ..Document::default()
        }
    }

    #[test]
    fn an_endless_sentence_is_cut_into_bounded_pieces() {
        let text = "word ".repeat(MAX_TOKENS * 2 + 10);
        let doc = Document {
            text: text.clone(),
            first_line: 1,
            ..Document::default()
        };
        let pieces: Vec<Sentence> = segment(&doc).collect();
        assert_eq!(pieces.len(), 3);
        assert!(pieces.iter().all(|s| s.tokens.len() <= MAX_TOKENS));
        assert_eq!(
            pieces[1].span.start,
            pieces[0].tokens.last().unwrap().span.end + 1
        );
        assert!(pieces
            .iter()
            .all(|s| text[s.span.start..s.span.end].starts_with("word")));
    }

    #[test]
    fn empty_and_blank_text_give_no_sentences() {
        assert_eq!(segment(&doc(1, "")).count(), 0);
        assert_eq!(segment(&doc(1, " \n\t\n  ")).count(), 0);
    }

    #[test]
    fn line_and_column_count_newlines_and_chars() {
        let d = doc(3, "Alpha one. Beta two.\n\nÉté three. Gamma.");
        let found: Vec<_> = segment(&d)
            .map(|s| (&d.text[s.span.start..s.span.end], s.line, s.column))
            .collect();
        assert_eq!(
            found,
            [
                ("Alpha one.", 3, 1),
                ("Beta two.", 3, 12),
                ("Été three.", 5, 1),
                ("Gamma.", 5, 12),
            ]
        );
    }

    #[test]
    fn tokens_lie_inside_their_sentence() {
        let d = doc(
            1,
            "The envoy’s “plan” failed. Talks resume on Jan. 9, officials said.",
        );
        for sentence in segment(&d) {
            assert!(!sentence.tokens.is_empty());
            for token in &sentence.tokens {
                assert!(sentence.span.contains(token.span));
            }
        }
    }
}
