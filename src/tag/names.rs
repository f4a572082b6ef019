//! Names the context rules miss: a capitalised word that opens a sentence before a
//! name, and names that end in a number ("Line 4", "Terminal 2", "Flight 370").

use super::Pos;

/// "Harlow General Hospital": a capitalised word opening the sentence joins the name after it.
pub(super) fn opening(tags: &mut [Pos], surface: &[&str]) {
    let capital = |i: usize| surface[i].starts_with(|c: char| c.is_uppercase());
    if tags.len() > 1
        && capital(0)
        && tags[1].is_proper()
        && (tags[0].is_noun() || tags[0].is_adjective())
    {
        tags[0] = Pos::NNP;
    }
}

/// "Line 4 did not open", "the new Line 4 tram": a capitalised noun and a whole number
/// after it are one name, whatever the rules made of them; the number counts nothing.
/// Not a date ("March 3"), nor a number that counts what follows ("Sales 4 percent").
pub(super) fn numbered(tags: &mut [Pos], lower: &[&str], surface: &[&str]) {
    for i in 0..tags.len().saturating_sub(1) {
        let capital = surface[i].starts_with(|c: char| c.is_ascii_uppercase());
        let noun = matches!(tags[i], Pos::NN | Pos::NNP);
        let number = (1..=4).contains(&lower[i + 1].len())
            && lower[i + 1].bytes().all(|b| b.is_ascii_digit());
        // "beat Dunmore Town 2-1": a score follows the name; it does not end it.
        let counts = (tags.get(i + 2)).is_some_and(|&p| matches!(p, Pos::NNS | Pos::NNPS))
            || lower
                .get(i + 2)
                .is_some_and(|w| matches!(*w, "%" | "percent" | "per" | "-"));
        if capital && noun && number && !counts && !crate::lexical::nouns::is_time(lower[i]) {
            tags[i] = Pos::NNP;
            tags[i + 1] = Pos::NNP;
        }
    }
}
