//! The folded and stemmed forms of a token. News reuses a small vocabulary, and folding
//! and Snowball (English) stemming are the costliest steps of tokenisation, so each thread
//! remembers the forms of the surfaces it has seen. Forms are compact strings: the short
//! words of news text are stored inline, so making a token allocates nothing.

use compact_str::CompactString;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

/// Distinct surfaces remembered per thread before starting afresh; bounds memory on odd input.
const MEMO_CAPACITY: usize = 100_000;

/// A token's lower-case form and its stem.
pub(super) type Forms = (CompactString, CompactString);

thread_local! {
    static MEMO: RefCell<FxHashMap<CompactString, Forms>> = RefCell::new(FxHashMap::default());
}

/// The lower-case form and stem of a token's surface text.
pub(super) fn forms(surface: &str) -> Forms {
    MEMO.with_borrow_mut(|memo| {
        if let Some(forms) = memo.get(surface) {
            return forms.clone();
        }
        let forms = compute(surface);
        if memo.len() >= MEMO_CAPACITY {
            memo.clear();
        }
        memo.insert(surface.into(), forms.clone());
        forms
    })
}

fn compute(surface: &str) -> Forms {
    let mut lower = CompactString::with_capacity(surface.len());
    for c in surface.chars() {
        fold(c, &mut lower);
    }
    // Only words are stemmed; numbers, "'s" and punctuation stay as they are.
    let is_word = lower.starts_with(char::is_alphanumeric) && lower.contains(char::is_alphabetic);
    let stem = if is_word {
        english_stemmer().stem(&lower).into()
    } else {
        lower.clone()
    };
    (lower, stem)
}

/// Lower-cases `c` onto `out`, folding typographic quotes and dashes to ASCII.
fn fold(c: char, out: &mut CompactString) {
    match c {
        '‘' | '’' | '‚' | '‛' => out.push('\''),
        '“' | '”' | '„' | '‟' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        _ => out.extend(c.to_lowercase()),
    }
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
        assert_eq!(forms("seized").1, "seiz");
        assert_eq!(forms("seizes").1, forms("seizing").1);
        assert_eq!(forms("Seized"), ("seized".into(), "seiz".into()));
        assert_eq!(forms("seized").1, "seiz");
    }

    #[test]
    fn typography_folds_and_only_words_are_stemmed() {
        assert_eq!(forms("Don’t").0, "don't");
        assert_eq!(forms("1,478"), ("1,478".into(), "1,478".into()));
        assert_eq!(forms("—").0, "-");
    }
}
