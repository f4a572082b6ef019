//! The tagger's tables, compiled into the binary and parsed once on first use:
//! candidate tags per word (most frequent first), tags guessed from suffixes, WordNet's
//! base forms and irregular inflections, and the context rules. `scripts/gen-lexical`
//! writes them; `data/NOTICE` says where they come from.

use super::pos::Pos;
use super::rules::Phase;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A word's candidate tags: the most frequent one, and all of them as a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidates {
    pub first: Pos,
    pub all: u64,
}

impl Candidates {
    pub fn one(pos: Pos) -> Self {
        Candidates {
            first: pos,
            all: pos.bit(),
        }
    }

    pub fn of(tags: &[Pos]) -> Self {
        Candidates {
            first: tags[0],
            all: tags.iter().fold(0, |set, t| set | t.bit()),
        }
    }

    pub fn has(self, pos: Pos) -> bool {
        self.all & pos.bit() != 0
    }
}

/// Which parts of speech WordNet knows a base form as.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Bases(u8);

impl Bases {
    pub const NOUN: u8 = 1;
    pub const VERB: u8 = 2;
    pub const ADJECTIVE: u8 = 4;
    pub const ADVERB: u8 = 8;

    pub fn has(self, part: u8) -> bool {
        self.0 & part != 0
    }
}

pub struct Tables {
    pub lexicon: FxHashMap<&'static str, Candidates>,
    pub suffixes: FxHashMap<&'static str, Pos>,
    pub bases: FxHashMap<&'static str, Bases>,
    /// (inflected form, part) → base form: "took" → "take".
    pub irregular: FxHashMap<(&'static str, u8), &'static str>,
    /// The four phases of context rules, each keyed by the tag a rule rewrites.
    pub rules: [Phase; 4],
}

/// The tables, parsed on first use. A malformed table is a build defect, caught by the
/// tests, so parsing panics rather than returning an error.
pub fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        lexicon: rows(include_str!("data/lexicon.tsv"))
            .map(|[word, tags]| {
                let tags: Vec<Pos> = tags.split(' ').map(tag).collect();
                (word, Candidates::of(&tags))
            })
            .collect(),
        suffixes: rows(include_str!("data/suffixes.tsv"))
            .map(|[suffix, pos]| (suffix, tag(pos)))
            .collect(),
        bases: rows(include_str!("data/lemmas.tsv"))
            .map(|[lemma, flags]| (lemma, bases(flags)))
            .collect(),
        irregular: rows(include_str!("data/exceptions.tsv"))
            .map(|[form, part, lemma]| ((form, bases(part).0), lemma))
            .collect(),
        rules: super::rules::parse(include_str!("data/rules.tsv")),
    })
}

/// The tab-separated fields of each line, comment lines left out.
pub fn rows<const N: usize>(text: &'static str) -> impl Iterator<Item = [&'static str; N]> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let mut fields = line.split('\t');
            std::array::from_fn(|_| fields.next().unwrap_or_else(|| panic!("short row: {line}")))
        })
}

pub fn tag(name: &str) -> Pos {
    Pos::parse(name).unwrap_or_else(|| panic!("unknown tag in a table: {name}"))
}

fn bases(flags: &str) -> Bases {
    Bases(flags.bytes().fold(0, |set, f| {
        set | match f {
            b'n' => Bases::NOUN,
            b'v' => Bases::VERB,
            b'a' => Bases::ADJECTIVE,
            b'r' => Bases::ADVERB,
            _ => panic!("unknown part of speech in a table: {flags}"),
        }
    }))
}
