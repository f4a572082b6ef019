//! Base forms in the manner of WordNet's morphy: an irregular form is looked up, a
//! regular one has its ending replaced until WordNet knows the result as a base form of
//! the same part of speech.

use super::pos::Pos;
use super::tables::{Bases, Tables};
use compact_str::CompactString;

/// Endings of plural nouns and what replaces them, tried in order.
const NOUN_ENDINGS: &[(&str, &str)] = &[
    ("ies", "y"),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("s", ""),
];

/// Endings of inflected verbs.
const VERB_ENDINGS: &[(&str, &str)] = &[
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ied", "y"),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    // Strong participles WordNet's exceptions lack: "retaken", "overtaken", "beaten".
    ("en", "e"),
    ("en", ""),
];

/// Endings of comparatives and superlatives.
const ADJECTIVE_ENDINGS: &[(&str, &str)] = &[
    ("ier", "y"),
    ("iest", "y"),
    ("er", ""),
    ("est", ""),
    ("er", "e"),
    ("est", "e"),
];

/// The base form of a lower-case word with tag `pos`.
pub fn lemma(tables: &Tables, lower: &str, pos: Pos) -> CompactString {
    let (part, endings) = match pos {
        Pos::NNS | Pos::NNPS => (Bases::NOUN, NOUN_ENDINGS),
        Pos::VBD | Pos::VBG | Pos::VBN | Pos::VBZ | Pos::VBP => (Bases::VERB, VERB_ENDINGS),
        Pos::JJR | Pos::JJS => (Bases::ADJECTIVE, ADJECTIVE_ENDINGS),
        Pos::MD => return modal(lower).into(),
        _ if pos.is_verb() => return verb_contraction(lower).unwrap_or(lower).into(),
        _ => return lower.into(),
    };
    if let Some(base) = verb_contraction(lower).filter(|_| part == Bases::VERB) {
        return base.into();
    }
    if let Some(base) = tables.irregular.get(&(lower, part)) {
        return (*base).into();
    }
    let known = |w: &str| tables.bases.get(w).is_some_and(|b| b.has(part));
    // A present form other than the third person is the base form ("engineers assess").
    // A plural WordNet also lists as a noun of its own ("profits", "talks", "stalls") is
    // still the plural of its singular, so that "a profit" and "profits" are one thing.
    let plural = part == Bases::NOUN;
    if !plural && known(lower) && (part != Bases::VERB || pos == Pos::VBP) {
        return lower.into();
    }
    let mut candidate = String::with_capacity(lower.len() + 2);
    for (ending, by) in endings {
        let Some(stem) = lower.strip_suffix(ending) else {
            continue;
        };
        candidate.clear();
        candidate.push_str(stem);
        candidate.push_str(by);
        if known(&candidate) {
            return candidate.as_str().into();
        }
        // "stopped", "planning": a doubled consonant before the ending.
        let bytes = stem.as_bytes();
        let doubled = bytes.len() > 2
            && bytes[bytes.len() - 1].is_ascii_alphabetic()
            && bytes[bytes.len() - 1] == bytes[bytes.len() - 2];
        if by.is_empty() && doubled {
            let single = &stem[..stem.len() - 1];
            if known(single) {
                return single.into();
            }
        }
    }
    if plural && known(lower) {
        return lower.into();
    }
    // Unknown to WordNet: the commonest ending is the best guess.
    let guess = match part {
        Bases::NOUN => lower.strip_suffix('s').filter(|s| !s.ends_with('s')),
        Bases::VERB => (lower.strip_suffix("ing"))
            .or_else(|| lower.strip_suffix("ed"))
            .or_else(|| lower.strip_suffix('s')),
        _ => None,
    };
    guess.filter(|g| g.len() > 2).unwrap_or(lower).into()
}

/// "'s", "'re", "n't" and friends: the verb they stand for.
fn verb_contraction(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "'s" | "'re" | "'m" | "am" | "is" | "are" | "was" | "were" | "been" | "being" => "be",
        "'ve" => "have",
        "'d" => "would",
        "'ll" | "wo" => "will",
        "ca" => "can",
        _ => return None,
    })
}

fn modal(lower: &str) -> &str {
    verb_contraction(lower).unwrap_or(lower)
}
