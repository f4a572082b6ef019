//! Tagging, the stage between segmentation and extraction: a part-of-speech tag and a base
//! form (lemma) for every token of a sentence. A Brill-style tagger: each word's most
//! frequent tag from a lexicon (a guess from its suffix when the lexicon lacks it), then
//! context rules that rewrite tags from their neighbours, then a few fix-ups for errors
//! that matter to clause reading (a capitalised word opening a sentence is not a name,
//! "says" is a verb, "that" after a verb opens a clause).
//!
//! It reads one sentence at a time and keeps no state. It does not parse: clauses and
//! their arguments are read from the tags by `crate::open`.

mod fix_ups;
mod lemma;
mod names;
mod pos;
mod rules;
mod tables;

pub use pos::Pos;
pub use tables::rows as tables_rows;

use crate::model::Token;
use compact_str::CompactString;
use tables::{tables, Candidates, Tables};

/// A token's tag and base form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    pub pos: Pos,
    /// Lower-case base form: "infected" → "infect", "patients" → "patient".
    pub lemma: CompactString,
}

/// Tags the tokens of one sentence; `text` is the text their spans point into.
pub fn tag(tokens: &[Token], text: &str) -> Vec<Tagged> {
    let tables = tables();
    let surface: Vec<&str> = tokens
        .iter()
        .map(|t| &text[t.span.start..t.span.end])
        .collect();
    // "didn't" is tagged and lemmatised as "did"; the negation stays with the token.
    let lower: Vec<&str> = tokens.iter().map(|t| without_not(&t.lower)).collect();
    let candidates: Vec<Candidates> = (0..tokens.len())
        .map(|i| unigram(tables, lower[i], surface[i], opens(&lower, i)))
        .collect();
    let mut tags: Vec<Pos> = candidates.iter().map(|c| c.first).collect();
    let mut view = rules::View {
        tags: &mut tags,
        lower: &lower,
        surface: &surface,
        candidates: &candidates,
    };
    rules::apply(&tables.rules, &mut view);
    fix_ups::apply(&mut tags, &lower, &surface, &candidates);
    names::opening(&mut tags, &surface);
    names::numbered(&mut tags, &lower, &surface);
    tags.iter()
        .zip(&lower)
        .map(|(&pos, &word)| Tagged {
            pos,
            lemma: lemma::lemma(tables, word, pos),
        })
        .collect()
}

/// Whether a lower-case word is only ever a name: the tagger's lexicon has it as nothing
/// else, or not at all ("okafor", but not "president" or "security").
pub fn is_only_a_name(lower: &str) -> bool {
    let names = Pos::NNP.bit() | Pos::NNPS.bit();
    (tables().lexicon.get(lower)).is_none_or(|c| c.all & !names == 0)
}

/// Whether a word can be a past participle: "bought", "arrested", not "took".
pub fn can_be_participle(lower: &str) -> bool {
    (tables().lexicon.get(lower)).map_or(lower.ends_with("ed"), |c| c.has(Pos::VBN))
}

/// Whether a word can be a past tense: "arrested", "won", "took", not "taken".
pub fn can_be_past(lower: &str) -> bool {
    lower.ends_with("ed") || (tables().lexicon.get(lower)).is_some_and(|c| c.has(Pos::VBD))
}

/// The base form of a word or phrase written alone: "opened" → "open".
pub fn base_form(text: &str) -> String {
    let tokens = crate::segment::tokenize(text);
    let tagged = tag(&tokens, text);
    let lemmas: Vec<&str> = tagged.iter().map(|t| t.lemma.as_str()).collect();
    lemmas.join(" ")
}

/// A word with its "n't" taken off: "didn't" → "did", "won't" → "will".
pub fn without_not(lower: &str) -> &str {
    match lower {
        "can't" | "cannot" => "can",
        "won't" => "will",
        "shan't" => "shall",
        "n't" => lower,
        _ => lower.strip_suffix("n't").unwrap_or(lower),
    }
}

/// Whether token `i` opens the sentence or a quotation: a capital there says nothing.
pub(super) fn opens(lower: &[&str], i: usize) -> bool {
    i == 0 || matches!(lower[i - 1], "\"" | "'" | ":" | "(" | "-")
}

/// The candidate tags of one token, before context is read.
fn unigram(tables: &Tables, lower: &str, surface: &str, opening: bool) -> Candidates {
    let first = lower.chars().next().unwrap_or(' ');
    if first.is_ascii_digit() {
        return Candidates::one(Pos::CD);
    }
    if !first.is_alphanumeric() && !lower.starts_with('\'') {
        return Candidates::one(punctuation(lower));
    }
    let capital = surface.starts_with(|c: char| c.is_uppercase());
    if let Some(&known) = tables.lexicon.get(lower) {
        return known;
    }
    // A capitalised word the lexicon lacks is a name, unless it merely opens the
    // sentence and WordNet knows it as a common word.
    let common = tables.bases.contains_key(lower);
    if capital && names_and_describes(tables, lower) {
        return Candidates::one(Pos::JJ);
    }
    if capital && !(opening && common) {
        // "Ukrainians", "Olympians": the plural of a word WordNet knows names a people;
        // opening a sentence, "Engineers" is only a plural.
        let singular = lower
            .strip_suffix('s')
            .filter(|s| tables.bases.contains_key(s));
        match (singular, opening) {
            (None, _) => return Candidates::one(Pos::NNP),
            (Some(_), false) => return Candidates::one(Pos::NNPS),
            (Some(_), true) => {}
        }
    }
    // "fit-to-play", "long-awaited": the last part tells.
    let last = lower.rsplit('-').next().unwrap_or(lower);
    if last != lower {
        if let Some(&known) = tables.lexicon.get(last) {
            return known;
        }
    }
    // "shrank", "flew": a verb's irregular form WordNet lists, and the lexicon lacks.
    if tables.irregular.contains_key(&(last, tables::Bases::VERB)) {
        return Candidates::of(&[Pos::VBD, Pos::VBN]);
    }
    match suffix_guess(tables, last) {
        Some(Pos::NNS) => Candidates::of(&[Pos::NNS, Pos::VBZ]),
        Some(Pos::VBN) => Candidates::of(&[Pos::VBN, Pos::VBD]),
        Some(pos) => Candidates::one(pos),
        None => Candidates::of(&[Pos::NN, Pos::VBP, Pos::VB]),
    }
}

/// "Bristow-based", "US-led", "Kremlin-backed": a name joined to a participle describes;
/// it names nothing.
pub(super) fn names_and_describes(tables: &Tables, lower: &str) -> bool {
    lower
        .rsplit_once('-')
        .and_then(|(_, last)| tables.lexicon.get(last))
        .is_some_and(|c| c.has(Pos::VBN))
}

/// Whether the tagger's lexicon has the word as a verb's base form: "sign", "account".
pub fn is_verb(lower: &str) -> bool {
    (tables().lexicon.get(lower)).is_some_and(|c| c.has(Pos::VB))
}

/// Whether the tagger's lexicon reads the word first as an adjective: "average", not
/// "wheat" (a noun that may describe).
pub fn describes_first(lower: &str) -> bool {
    (tables().lexicon.get(lower)).is_some_and(|c| c.first.is_adjective())
}

/// The tag of the longest known ending of four letters down to one.
fn suffix_guess(tables: &Tables, word: &str) -> Option<Pos> {
    let starts = word.char_indices().map(|(i, _)| i).collect::<Vec<_>>();
    (1..=4.min(starts.len().saturating_sub(1)))
        .rev()
        .find_map(|n| {
            tables
                .suffixes
                .get(&word[starts[starts.len() - n]..])
                .copied()
        })
}

fn punctuation(lower: &str) -> Pos {
    match lower {
        "." | "!" | "?" => Pos::STOP,
        "," => Pos::COMMA,
        ":" | ";" | "..." | "…" | "--" => Pos::COLON,
        "-" => Pos::HYPH,
        "(" | "[" | "{" => Pos::LRB,
        ")" | "]" | "}" => Pos::RRB,
        "\"" | "'" => Pos::QUOTE,
        "%" => Pos::NN,
        _ => Pos::SYM,
    }
}

#[cfg(test)]
mod tests;
