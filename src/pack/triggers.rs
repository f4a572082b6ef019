//! Which patterns can match a sentence, told from its stems alone before any matching.
//! A pattern's required words must all be in the sentence (each through the first stem of
//! one of its alternatives), so one lookup per token rules out most patterns, and a
//! sentence that holds no trigger of any pattern costs no matching at all.

use super::Predicate;
use crate::model::Token;
use rustc_hash::FxHashMap;

/// The patterns of every predicate, numbered in predicate order, indexed by trigger stem.
#[derive(Debug, Default)]
pub struct Triggers {
    /// Stem → the patterns it serves, each with the bit of the required word it satisfies.
    by_stem: FxHashMap<String, Vec<(usize, u64)>>,
    /// Per pattern, the bits of all its required words; zero when it has none.
    required: Vec<u64>,
    /// Where each predicate's patterns start in the numbering.
    offsets: Vec<usize>,
}

/// The patterns one sentence may match.
pub struct Possible<'a> {
    triggers: &'a Triggers,
    found: Vec<u64>,
}

impl Triggers {
    pub fn new(predicates: &[Predicate]) -> Self {
        let mut triggers = Triggers::default();
        for predicate in predicates {
            triggers.offsets.push(triggers.required.len());
            for compiled in &predicate.patterns {
                let index = triggers.required.len();
                let mut required = 0;
                for (bit, stems) in compiled.pattern.required_words().enumerate() {
                    let bit = 1 << bit;
                    required |= bit;
                    for stem in stems {
                        let served = triggers.by_stem.entry(stem.to_string()).or_default();
                        served.push((index, bit));
                    }
                }
                triggers.required.push(required);
            }
        }
        triggers.offsets.push(triggers.required.len());
        triggers
    }

    pub fn possible(&self, tokens: &[Token]) -> Possible<'_> {
        let mut found = vec![0; self.required.len()];
        for token in tokens {
            for &(pattern, bit) in self.by_stem.get(token.stem.as_str()).into_iter().flatten() {
                found[pattern] |= bit;
            }
        }
        Possible {
            triggers: self,
            found,
        }
    }
}

impl Possible<'_> {
    /// Whether the `index`-th predicate's `nth` pattern may match.
    pub fn allows(&self, predicate: usize, nth: usize) -> bool {
        let pattern = self.triggers.offsets[predicate] + nth;
        self.found[pattern] == self.triggers.required[pattern]
    }

    /// Whether any pattern at all may match.
    pub fn any(&self) -> bool {
        self.found
            .iter()
            .zip(&self.triggers.required)
            .any(|(found, required)| found == required)
    }
}

#[cfg(test)]
mod tests {
    use crate::segment::tokenize;

    fn pack(patterns: &[&str]) -> crate::pack::Pack {
        let dir = tempfile::tempdir().unwrap();
        let list = patterns
            .iter()
            .map(|p| format!("\"{p}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let yaml = format!(
            "version: 1\npack: t\nentities: [{{ id: town, name: Town, kind: place }}]\n\
             predicates:\n  - id: p\n    args: {{ place: [place] }}\n    patterns: [{list}]\n"
        );
        std::fs::write(dir.path().join("t.yaml"), yaml).unwrap();
        crate::pack::load(false, &[dir.path().to_path_buf()]).unwrap()
    }

    fn allowed(pack: &crate::pack::Pack, sentence: &str) -> Vec<bool> {
        let tokens = tokenize(sentence);
        let possible = pack.triggers.possible(&tokens);
        (0..pack.predicates[0].patterns.len())
            .map(|nth| possible.allows(0, nth))
            .collect()
    }

    #[test]
    fn every_required_word_must_be_present() {
        let pack = pack(&["(seized|took) ... {place} [fully] (today|yesterday)"]);
        assert_eq!(allowed(&pack, "They seized Town today."), [true]);
        assert_eq!(allowed(&pack, "They took Town yesterday."), [true]);
        assert_eq!(allowed(&pack, "They seized Town."), [false]);
        assert_eq!(allowed(&pack, "Town was quiet today."), [false]);
    }

    #[test]
    fn stems_match_inflections_and_patterns_without_words_always_may() {
        let pack = pack(&["(seize) {place}", "{place}"]);
        assert_eq!(allowed(&pack, "Seizing Town."), [true, true]);
        let possible_none = pack.triggers.possible(&tokenize("Nothing here."));
        assert!(!possible_none.allows(0, 0));
        assert!(possible_none.any());
    }
}
