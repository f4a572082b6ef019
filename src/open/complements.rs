//! Adjectives that complete a verb other than a copula: "pleaded not guilty" (the
//! subject's state, named with the verb) and "will keep the bakery open" (the object's
//! state, which the clause asserts as if by a copula).

use super::clause::Sentence;
use super::phrases::Phrase;

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
