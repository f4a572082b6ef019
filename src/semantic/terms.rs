//! The words of a clause that say what state its thing is in, wherever the clause puts
//! them: in the predicate ("is in custody", "stayed closed", "fell"), or in a phrase
//! after it ("has fallen behind schedule", "ran through the night").

use crate::lexical::{Sense, Senses};
use crate::model::OpenProposition;
use std::borrow::Cow;

/// Each state word or phrase of `open` with a sense that has an opposite.
pub fn opposable<'a>(
    open: &'a OpenProposition,
    senses: &'a Senses,
) -> impl Iterator<Item = Sense<'a>> + 'a {
    states(open).filter_map(|term| senses.opposable(&term))
}

/// The predicate, and each modifier as preposition and head when it names no one:
/// "behind schedule", "in custody", "at large".
fn states(open: &OpenProposition) -> impl Iterator<Item = Cow<'_, str>> {
    let phrases = (open.modifiers.iter())
        .filter(|m| m.argument.entity.is_none())
        .map(|m| Cow::Owned(format!("{} {}", m.preposition, m.argument.head)));
    std::iter::once(Cow::Borrowed(open.predicate.as_str())).chain(phrases)
}
