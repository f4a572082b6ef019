//! Adjectives that complete a verb: after a copula, the state it names with what the
//! adjective governs ("is ready to talk"); "pleaded not guilty" (the subject's state,
//! named with the verb) and "will keep the bakery open" (the object's state, which the
//! clause asserts as if by a copula).

use super::clause::Sentence;
use super::phrases::{self, Phrase};
use super::words::{GOVERNED_BY_ADJECTIVES, LOOSE_INFINITIVES};
use crate::tag::Pos;

/// Verbs whose object an adjective after it describes: "kept the bakery open", "declared
/// the vote invalid", "found the building unsafe".
const OBJECT_COMPLEMENTS: &[&str] = &[
    "keep", "leave", "declare", "find", "rule", "deem", "consider",
];

/// An adjective right after the verb group, perhaps after "not", that no noun follows:
/// "pleaded guilty", "tested positive", "fell ill". Its index and the negation.
pub(super) fn of_subject(
    s: &Sentence,
    after: usize,
    limit: usize,
) -> Option<(usize, Option<String>)> {
    let (tags, lower) = (s.ctx.tags, &s.lower);
    let negated = lower.get(after) == Some(&"not");
    let at = after + usize::from(negated);
    let attributive = tags
        .get(at + 1)
        .is_some_and(|t| t.pos.is_noun() || t.pos.is_adjective());
    (at < limit && tags[at].pos.is_adjective() && !attributive)
        .then(|| (at, negated.then(|| "not".to_string())))
}

/// The object without the adjective that ends it, and the adjective, when the verb is
/// one whose object an adjective describes: "keep [its bakery] open".
pub(super) fn of_object(s: &Sentence, verb: &str, object: &Phrase) -> Option<(Phrase, usize)> {
    let tags = s.ctx.tags;
    let last = object.span.end.checked_sub(1)?;
    let describes =
        OBJECT_COMPLEMENTS.contains(&verb) && last > object.head && tags[last].pos.is_adjective();
    describes.then(|| {
        let mut object = object.clone();
        object.span.end = last;
        (object, last)
    })
}

/// The predicate a copula and its adjective make, with what the adjective takes along:
/// "be fit", "be ready to join" ("ready to join NATO" and "ready to talk" are two claims;
/// the infinitive is a clause of its own, beyond this one's span), "be interested in
/// talk" (what the adjective governs is part of the state).
pub(super) fn predicate(s: &Sentence, adjective: usize) -> String {
    let (tags, lower) = (s.ctx.tags, &s.lower);
    let word = tags[adjective].lemma.as_str();
    // "fit to play" is fit all the same.
    let infinitive = (adjective + 2 < lower.len() && lower[adjective + 1] == "to")
        .then(|| &tags[adjective + 2])
        .filter(|t| t.pos == Pos::VB && !LOOSE_INFINITIVES.contains(&t.lemma.as_str()));
    let governed = || {
        let at = adjective + 2;
        let preposition = *lower.get(adjective + 1)?;
        // "open for the weekend market", "closed for repairs": after a place's state
        // "for" gives a purpose, not part of the state.
        let purpose = preposition == "for" && matches!(word, "open" | "closed" | "shut");
        if !GOVERNED_BY_ADJECTIVES.contains(&preposition) || purpose || at >= lower.len() {
            return None;
        }
        let head = match tags[at].pos {
            Pos::VBG => at,
            _ => phrases::after(lower, tags, at, lower.len())?.head,
        };
        Some(format!("be {word} {preposition} {}", tags[head].lemma))
    };
    match infinitive {
        Some(verb) => format!("be {word} to {}", verb.lemma),
        None => governed().unwrap_or_else(|| format!("be {word}")),
    }
}
