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

mod arguments;
mod clause;
mod complements;
mod dates;
mod events;
mod groups;
mod idioms;
mod modifiers;
mod objects;
mod phrases;
mod quantity;
mod relatives;
mod subjects;
mod words;

pub use clause::{read, Clause, Context};
pub use quantity::is_number_word;

use crate::model::{Argument, Text};
use rustc_hash::FxHashMap;

/// What a document has named so far.
#[derive(Debug, Default)]
pub struct Memory {
    /// Head lemma → the last proper name with that head: "hospital" → "harlow general
    /// hospital".
    names: FxHashMap<Text, Text>,
    /// The last named subject, for "he", "she", "it" and "they".
    last: Option<Argument>,
    /// The last subject that can be a person, for "he" and "she": a name, or a person
    /// named inside a subject about something else ("the trial of Gerald Marsh").
    person: Option<Argument>,
    /// The last organisation named, for "the company" or "the club" after "Marlow Foods
    /// said" or "Harwick Rovers won".
    organisation: Option<Argument>,
}

impl Memory {
    fn remember(&mut self, argument: &Argument, subject: bool) {
        self.remember_organisation(argument);
        if let Some(entity) = &argument.entity {
            self.names.insert(argument.head.clone(), entity.clone());
            // "Mayor Rosa Whitfield" … "the mayor": a title names its holder.
            let words: Vec<&str> = entity.split(' ').collect();
            if let [title, _, ..] = words.as_slice() {
                self.names.insert((*title).into(), entity.clone());
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

    fn remember_organisation(&mut self, argument: &Argument) {
        if argument
            .entity
            .as_deref()
            .is_some_and(names_an_organisation)
        {
            self.organisation = Some(argument.clone());
        }
    }

    /// The organisation a speaker such as "The company" or "the club" stands for, as
    /// first written.
    pub fn organisation_for(&self, mention: &str) -> Option<String> {
        let (the, noun) = mention.split_once(' ')?;
        let noun = noun.to_lowercase();
        let described =
            the.eq_ignore_ascii_case("the") && words::ORGANISATIONS.contains(&noun.as_str());
        described.then(|| self.organisation_of_kind(&noun).map(|o| o.text.to_string()))?
    }

    /// The last organisation named, if "the `kind`" can refer to it: "Marlow Foods" may
    /// be "the company", but "Orchard Lane School" is no council.
    fn organisation_of_kind(&self, kind: &str) -> Option<&Argument> {
        let o = self.organisation.as_ref()?;
        // Its name's last word, and the noun it was last called by ("the school").
        let last = o.entity.as_deref().and_then(|e| e.rsplit(' ').next());
        let other_kind = [last, Some(o.head.as_str())]
            .into_iter()
            .flatten()
            .any(|w| w != kind && words::ORGANISATIONS.contains(&w));
        // "the council" is "Calder Council", never "the Riverside footbridge".
        let unnamed_institution = words::INSTITUTIONS.contains(&kind) && last != Some(kind);
        (!other_kind && !unnamed_institution).then_some(o)
    }

    /// "the hospital": the entity named earlier with that head, if any; "the company":
    /// the last organisation named.
    fn resolve(&self, argument: &mut Argument) {
        if argument.entity.is_some() {
            return;
        }
        argument.entity = self.names.get(&argument.head).cloned();
        // Asked of every argument: the word list first, and no allocation.
        let text = &argument.text;
        let described = words::ORGANISATIONS.contains(&argument.head.as_str())
            && text
                .get(..4)
                .is_some_and(|the| the.eq_ignore_ascii_case("the "))
            && text.split_whitespace().count() == 2;
        if argument.entity.is_none() && described {
            argument.entity =
                (self.organisation_of_kind(&argument.head)).and_then(|o| o.entity.clone());
        }
    }
}

/// A relative clause set off by commas within `range` of a sentence's lower-case words:
/// ", which dates from 1904,". What it says is its own, not the main clause's.
pub fn relative_aside<'a>(
    lower: impl Fn(usize) -> &'a str,
    range: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let opens = (range.start..range.end.saturating_sub(1)).find(|&i| {
        lower(i) == "," && matches!(lower(i + 1), "which" | "who" | "whose" | "where")
    })?;
    let closes = (opens + 1..range.end).find(|&i| lower(i) == ",")?;
    Some(opens..closes + 1)
}

/// Whether a name ends in a common noun that is no person: "Marlow Foods", "Harwick
/// Rovers", "Harlow General Hospital", not "Dana Okafor" or "Jean Harlow".
fn names_an_organisation(name: &str) -> bool {
    use crate::lexical::nouns::{is_person, known};
    let Some((_, last)) = name.rsplit_once(' ') else {
        return false;
    };
    let singular = last.strip_suffix('s').filter(|s| known(s)).unwrap_or(last);
    known(singular) && !is_person(singular)
}

#[cfg(test)]
mod tests;
