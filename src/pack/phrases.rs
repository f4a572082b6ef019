//! A table of phrases (sequences of token forms) keyed by their first token, longest
//! first, for a left-to-right scan of a sentence's tokens.

use crate::model::Token;
use rustc_hash::FxHashMap;

/// A phrase of lowercase tokens and what it stands for.
#[derive(Debug, Clone)]
pub struct Phrase<T> {
    pub words: Vec<String>,
    pub payload: T,
}

/// Phrases keyed by their first word, longest first, for a left-to-right scan.
#[derive(Debug)]
pub struct PhraseTable<T> {
    by_first: FxHashMap<String, Vec<Phrase<T>>>,
}

impl<T> Default for PhraseTable<T> {
    fn default() -> Self {
        PhraseTable {
            by_first: FxHashMap::default(),
        }
    }
}

impl<T> PhraseTable<T> {
    pub fn insert(&mut self, words: Vec<String>, payload: T) {
        let Some(first) = words.first().cloned() else {
            return;
        };
        let list = self.by_first.entry(first).or_default();
        list.push(Phrase { words, payload });
        list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
    }

    /// The longest phrase starting at `at`, comparing `key(token)` with its words.
    pub fn longest<'a>(
        &'a self,
        tokens: &[Token],
        at: usize,
        key: fn(&Token) -> &str,
    ) -> Option<&'a Phrase<T>> {
        let first = key(tokens.get(at)?);
        self.by_first.get(first)?.iter().find(|p| {
            p.words
                .iter()
                .enumerate()
                .all(|(i, w)| tokens.get(at + i).is_some_and(|t| key(t) == w))
        })
    }

    /// The words that start a phrase.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    /// The phrase with exactly these words.
    pub fn exact(&self, words: &[String]) -> Option<&Phrase<T>> {
        self.by_first
            .get(words.first()?)?
            .iter()
            .find(|p| p.words == words)
    }

    pub fn exact_mut(&mut self, words: &[String]) -> Option<&mut Phrase<T>> {
        let list = self.by_first.get_mut(words.first()?)?;
        list.iter_mut().find(|p| p.words == words)
    }

    pub fn remove(&mut self, words: &[String]) {
        if let Some(list) = words.first().and_then(|w| self.by_first.get_mut(w)) {
            list.retain(|p| p.words != words);
        }
    }
}
