//! Snowball (English) stems. News reuses a small vocabulary and stemming is the costliest
//! step of tokenisation, so each thread remembers the stems it has computed.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

/// Distinct words remembered per thread before starting afresh; bounds memory on odd input.
const MEMO_CAPACITY: usize = 100_000;

thread_local! {
    static MEMO: RefCell<FxHashMap<String, String>> = RefCell::new(FxHashMap::default());
}

/// The stem of `word`, which must already be lower-case.
pub(super) fn stem(word: &str) -> String {
    MEMO.with_borrow_mut(|memo| {
        if let Some(stem) = memo.get(word) {
            return stem.clone();
        }
        let stem = english_stemmer().stem(word).into_owned();
        if memo.len() >= MEMO_CAPACITY {
            memo.clear();
        }
        memo.insert(word.to_owned(), stem.clone());
        stem
    })
}

/// The stemmer holds no state, so one instance serves every thread.
fn english_stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem_and_repeats_agree() {
        assert_eq!(stem("seized"), "seiz");
        assert_eq!(stem("seizes"), stem("seizing"));
        assert_eq!(stem("seized"), "seiz");
    }
}
