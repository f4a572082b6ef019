//! Reduced relatives: "the man arrested on Monday was released", "the buses ordered from
//! the factory will arrive in June", and participles set off by commas: "the ship,
//! carrying 1,850 containers, ran aground". The participle describes the noun before it,
//! and that noun is the subject of the verb after; read word by word, "Monday", "the
//! factory" and nothing would be.

use super::groups::Group;
use super::words::{CLAUSE_PREPOSITIONS, CONJUNCTIONS, REPORTING};
use crate::tag::{Pos, Tagged};
use std::ops::Range;

/// A participle group that describes the noun before it, and the finite group whose
/// subject that noun is: indices into the sentence's groups.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reduced {
    pub participle: usize,
    pub verb: usize,
    /// Set off by commas: "the ship, carrying 1,850 containers, ran aground".
    pub set_off: bool,
}

impl Reduced {
    /// Where the noun phrase the participle describes ends.
    pub fn subject_end(&self, all: &[Group]) -> usize {
        all[self.participle].span.start - usize::from(self.set_off)
    }

    /// The participle's words and what it governs, up to the verb: they describe the
    /// subject and say nothing of the verb's time or figures.
    pub fn aside(&self, all: &[Group]) -> Range<usize> {
        self.subject_end(all)..all[self.verb].span.start
    }
}

/// Every reduced relative among `all`, the groups of one sentence's content.
pub fn reduced(lower: &[&str], tags: &[Tagged], all: &[Group], floor: usize) -> Vec<Reduced> {
    let next_finite = |j: usize| j + 1 < all.len() && all[j + 1].finite;
    let gap = |j: usize| all[j].span.end..all[j + 1].span.start;
    let bare = (0..all.len())
        .filter(|&j| next_finite(j) && describes(lower, tags, &all[j], floor))
        .filter(|&j| governs_only_phrases(lower, tags, gap(j)))
        .map(|j| (j, false));
    let set_off = (0..all.len())
        .filter(|&j| next_finite(j) && between_commas(lower, tags, &all[j], floor))
        .filter(|&j| {
            lower[gap(j).end - 1] == "," && phrase_words(lower, tags, gap(j).start..gap(j).end - 1)
        })
        .map(|j| (j, true));
    let mut found: Vec<Reduced> = (bare.chain(set_off))
        .map(|(j, set_off)| Reduced {
            participle: j,
            verb: j + 1,
            set_off,
        })
        .collect();
    found.sort_by_key(|r| r.participle);
    found
}

/// A lone participle after a noun and a comma: "the ship, carrying", "the plant, built".
fn between_commas(lower: &[&str], tags: &[Tagged], g: &Group, floor: usize) -> bool {
    let main = g.main;
    lone_participle(lower, tags, g, true)
        && main >= floor + 2
        && lower[main - 1] == ","
        && tags[main - 2].pos.is_noun()
}

/// A group that is a participle alone, of a verb that does not report; a past form may
/// be a participle too, and `gerund` lets "-ing" count.
fn lone_participle(lower: &[&str], tags: &[Tagged], g: &Group, gerund: bool) -> bool {
    let main = g.main;
    let participle = match tags[main].pos {
        Pos::VBN => true,
        Pos::VBG => gerund,
        Pos::VBD => crate::tag::can_be_participle(lower[main]),
        _ => false,
    };
    participle && g.span.start == main && !REPORTING.contains(&tags[main].lemma.as_str())
}

/// In content with no finite verb ("The ferry, carrying 610 passengers, docked at
/// Pellmouth, the operator said"), a regular past form after a comma is its verb, and
/// so is the first one between a noun and what it acts on ("The outage affected about
/// 1.2 million customers, the company said").
pub fn lone_past(
    lower: &[&str],
    tags: &[Tagged],
    all: &[Group],
    floor: usize,
    reported: bool,
) -> Option<usize> {
    if all.iter().any(|g| g.finite) {
        return None;
    }
    all.iter().enumerate().rev().find_map(|(j, g)| {
        let main = g.main;
        // "The outage affected about 1.2 million customers": the first verb, right after
        // a noun and before what it acts on, is the clause's own.
        let acts_on = || {
            (lower.get(main + 1)).is_some_and(|w| matches!(*w, "about" | "some" | "nearly"))
                || (tags.get(main + 1))
                    .is_some_and(|t| matches!(t.pos, Pos::DT | Pos::CD | Pos::PRP_S))
        };
        // "denied crimes committed by the army": an agent after "by" makes a participle;
        // "fell by 12 percent" gives an extent.
        let agent_after = lower.get(main + 1) == Some(&"by")
            && tags.get(main + 2).is_some_and(|t| t.pos != Pos::CD);
        let clause_after_cue = reported && !agent_after;
        let after_subject = j == 0
            && main > floor
            && tags[main - 1].pos.is_noun()
            && (clause_after_cue || acts_on());
        let after_comma = main > 0 && lower[main - 1] == ",";
        let lone = g.span.start == main
            && tags[main].pos == Pos::VBN
            && ((lower[main].ends_with("ed") && after_comma)
                || (crate::tag::can_be_past(lower[main]) && after_subject))
            && !REPORTING.contains(&tags[main].lemma.as_str());
        lone.then_some(j)
    })
}

/// The groups among `all` that look like a participle after a noun but are the past
/// tense of the sentence's first clause: "prices increased in May as demand fell", where
/// a conjunction gives the next verb a subject of its own. ("after" and "until" are
/// prepositions too, and leave the participle as it is.)
pub fn past_forms(lower: &[&str], tags: &[Tagged], all: &[Group], floor: usize) -> Vec<usize> {
    let conjunction = |i: usize| CONJUNCTIONS.contains(&lower[i]);
    let first = all.iter().position(|g| g.finite).unwrap_or(all.len());
    (0..first.min(all.len().saturating_sub(1)))
        .filter(|&j| describes(lower, tags, &all[j], floor) && all[j + 1].finite)
        .filter(|&j| (all[j].span.end..all[j + 1].span.start).any(conjunction))
        .collect()
}

/// A lone past participle right after a noun, of a verb that does not report: "the man
/// arrested", "the buses bought" (a past form may be a participle too).
fn describes(lower: &[&str], tags: &[Tagged], g: &Group, floor: usize) -> bool {
    lone_participle(lower, tags, g, false) && g.main > floor && tags[g.main - 1].pos.is_noun()
}

/// Whether the words between a participle and the next verb are prepositional phrases
/// only ("on Monday", "by the ministry", "from the factory in Hexley"): a comma, a
/// conjunction, a pronoun, a clause opener or a new noun phrase after a noun means the
/// next verb has a subject of its own.
fn governs_only_phrases(lower: &[&str], tags: &[Tagged], gap: Range<usize>) -> bool {
    let Some(&first) = gap.clone().next().map(|i| &tags[i].pos) else {
        return false;
    };
    matches!(first, Pos::IN | Pos::TO) && phrase_words(lower, tags, gap)
}

/// Whether the words of `gap` are noun and prepositional phrases only.
fn phrase_words(lower: &[&str], tags: &[Tagged], gap: Range<usize>) -> bool {
    gap.clone().all(|i| {
        let pos = tags[i].pos;
        let opens = lower[i] == "that"
            || CONJUNCTIONS.contains(&lower[i])
            || CLAUSE_PREPOSITIONS.contains(&lower[i])
            || matches!(lower[i], "," | ";" | "and" | "or" | "but");
        // A determiner straight after a noun starts another phrase: "announced on Monday
        // the plant would close".
        let fresh =
            matches!(pos, Pos::DT | Pos::PRP_S) && i > gap.start && tags[i - 1].pos.is_noun();
        !opens && !fresh && !matches!(pos, Pos::PRP | Pos::WDT | Pos::WP | Pos::CC | Pos::MD)
    })
}
