//! Open propositions, read from a sentence's own words with no pack: for each finite
//! verb group of the reported content, a clause with its predicate (verb lemma and
//! particle, or copula and complement), agent and theme, prepositional modifiers,
//! polarity, modality, tense, quantities and dates. Packs add typed propositions on top;
//! this stage needs none.
//!
//! It works from part-of-speech tags (`crate::tag`), not from a parse: subjects are the
//! noun phrase before a verb group, objects the one after it. It reads one sentence at a
//! time; a [`Memory`] carries what the document has named ("the hospital" after
//! "Harlow General Hospital").

mod clause;
mod complements;
mod dates;
mod groups;
mod modifiers;
mod phrases;
mod quantity;
mod words;

pub use clause::{read, Clause, Context};

use crate::model::Argument;
use rustc_hash::FxHashMap;

/// What a document has named so far.
#[derive(Debug, Default)]
pub struct Memory {
    /// Head lemma → the last proper name with that head: "hospital" → "harlow general
    /// hospital".
    names: FxHashMap<String, String>,
    /// The last named subject, for "he", "she", "it" and "they".
    last: Option<Argument>,
    /// The last subject that can be a person, for "he" and "she": a name, or a person
    /// named inside a subject about something else ("the trial of Gerald Marsh").
    person: Option<Argument>,
}

impl Memory {
    fn remember(&mut self, argument: &Argument, subject: bool) {
        if let Some(entity) = &argument.entity {
            self.names.insert(argument.head.clone(), entity.clone());
            // "Mayor Rosa Whitfield" … "the mayor": a title names its holder.
            let words: Vec<&str> = entity.split(' ').collect();
            if let [title, _, ..] = words.as_slice() {
                self.names.insert(title.to_string(), entity.clone());
            }
        }
        if subject {
            self.last = Some(argument.clone());
            let person =
                argument.entity.is_some() || crate::lexical::nouns::is_person(&argument.head);
            if person {
                self.person = Some(argument.clone());
            }
        }
    }

    /// "the hospital": the entity named earlier with that head, if any.
    fn resolve(&self, argument: &mut Argument) {
        if argument.entity.is_none() {
            argument.entity = self.names.get(&argument.head).cloned();
        }
    }
}

#[cfg(test)]
mod tests;
