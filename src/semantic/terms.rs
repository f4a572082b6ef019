//! The words of a clause that say what state its thing is in, wherever the clause puts
//! them: in the predicate ("is in custody", "stayed closed", "fell"), or in a phrase
//! after it ("has fallen behind schedule", "ran through the night").

use crate::lexical::{Sense, Senses};
use crate::model::OpenProposition;

/// The senses of the predicate and of each modifier, as preposition and head when it
/// names no one ("behind schedule", "in custody", "at large"), that have an opposite.
pub fn opposable<'s>(open: &OpenProposition, senses: &'s Senses) -> Vec<Sense<'s>> {
    let mut found: Vec<Sense<'s>> = senses.opposable(&open.predicate).into_iter().collect();
    // One buffer for every phrase: this runs for each claim and each judged pair.
    let mut phrase = String::new();
    for m in (open.modifiers.iter()).filter(|m| m.argument.entity.is_none()) {
        phrase.clear();
        phrase.push_str(&m.preposition);
        phrase.push(' ');
        phrase.push_str(&m.argument.head);
        found.extend(senses.opposable(&phrase));
    }
    found
}
