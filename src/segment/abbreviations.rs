//! Abbreviations: words after which a full stop followed by a space and a capital usually
//! does not end the sentence ("Gen. Petrov", "the U.S. Army"), unless the next word is one
//! that typically opens a sentence ("in the U.S. The next day").

/// Titles before a name: always followed by more of the sentence.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Maj", "Sgt", "Capt", "Brig", "Adm",
    "Gov", "Sen", "Rep",
];

/// Always followed by more of the sentence too: saints and streets, months, Latin
/// shorthands.
const NEVER_FINAL: &[&str] = &[
    "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "vs", "e.g", "i.e", "approx",
];

/// Whether a word is a title that stands before a name with a full stop ("Dr.", "Sen.").
pub fn is_title(word: &str) -> bool {
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// Often inside a sentence but also at its end ("shares of Acme Inc.", "guns, etc.").
const SOMETIMES_FINAL: &[&str] = &["Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "etc"];

/// Words that commonly open a sentence in news prose; after an ambiguous abbreviation they
/// signal that a new sentence has begun.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Their",
    "Our",
    "But",
    "And",
    "Yet",
    "So",
    "Still",
    "However",
    "Meanwhile",
    "Moreover",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "Since",
    "Some",
    "Many",
    "Most",
    "According",
    "Earlier",
    "Later",
    "Last",
    "Next",
];

/// Abbreviations are short; a longer run of letters and dots cannot be one, and the cap keeps
/// the backward scan bounded on pathological input.
const LONGEST: usize = 16;

/// Whether a full stop right after `before` leaves the sentence open, given `next`, the text
/// that follows the stop (after any white space).
pub(super) fn continues_after_dot(before: &str, next: &str) -> bool {
    let word = trailing_word(before);
    // "Lt.Gen" is looked up by its last part too.
    let last = word.rsplit('.').next().unwrap_or(word);
    let never_final = |w: &str| TITLES.contains(&w) || NEVER_FINAL.contains(&w);
    if never_final(word) || never_final(last) {
        return true;
    }
    if last == "No" {
        // "No. 5" is a number sign; "No. The ..." is an answer.
        return next.starts_with(|c: char| c.is_ascii_digit());
    }
    if SOMETIMES_FINAL.contains(&last) || is_initials(word) {
        return !starts_sentence(next);
    }
    false
}

/// The letters, digits and dots at the end of `s` ("U.S" in "in the U.S"), or "" when that
/// run is longer than any abbreviation.
fn trailing_word(s: &str) -> &str {
    let mut start = s.len();
    for (taken, (i, c)) in s.char_indices().rev().enumerate() {
        if !(c.is_alphanumeric() || c == '.') {
            break;
        }
        if taken == LONGEST {
            return "";
        }
        start = i;
    }
    &s[start..]
}

/// Single letters joined by dots ("U.S", "p.m") or one capital initial ("J").
fn is_initials(word: &str) -> bool {
    let mut letters = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => letters += 1,
            _ => return false,
        }
    }
    letters > 1 || word.starts_with(char::is_uppercase)
}

fn starts_sentence(next: &str) -> bool {
    let end = next
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(next.len());
    SENTENCE_STARTERS.contains(&&next[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_months_never_end_a_sentence() {
        assert!(continues_after_dot("met Gen", "The"));
        assert!(continues_after_dot("on Sept", "11"));
        assert!(continues_after_dot("said Lt.Gen", "Petrov"));
    }

    #[test]
    fn initials_end_a_sentence_only_before_a_starter() {
        assert!(continues_after_dot("the U.S", "Army said"));
        assert!(!continues_after_dot("the U.S", "The next day"));
        assert!(continues_after_dot("Michael J", "Fox"));
        assert!(!continues_after_dot("in Plan b", "Then"));
    }

    #[test]
    fn number_sign_needs_a_digit() {
        assert!(continues_after_dot("ranked No", "5 in"));
        assert!(!continues_after_dot("No", "The answer"));
    }

    #[test]
    fn ordinary_and_overlong_words_end_a_sentence() {
        assert!(!continues_after_dot("in 2024", "Officials"));
        assert!(!continues_after_dot("the", "Next"));
        assert!(!continues_after_dot("A.B.C.D.E.F.G.H.I.J", "Kyiv"));
    }
}
