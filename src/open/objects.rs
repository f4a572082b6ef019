//! Objects joined by "and": "the trade includes Jonah Prewitt and a first-round pick"
//! says that the trade includes each, and a source that denies either contradicts it.

use super::clause::{Clause, Sentence};
use super::phrases;
use crate::model::Voice;

/// The clause again with the noun phrase that "and" joins to its object as its theme,
/// if there is one and no verb follows it ("closed the plant and workers went home"
/// joins two clauses, not two objects). Each keeps only the figures of its own object.
pub(super) fn joined(
    s: &Sentence,
    clause: &mut Clause,
    verb_end: usize,
    limit: usize,
) -> Option<Clause> {
    let object = &clause.theme_phrase;
    if clause.proposition.voice != Voice::Active || object.span.start < verb_end {
        return None;
    }
    let and = object.span.end;
    if and + 1 >= limit || s.lower[and] != "and" {
        return None;
    }
    let tags = s.ctx.tags;
    let next = phrases::after(&s.lower, tags, and + 1, limit)?;
    let verb_after = tags.get(next.span.end).is_some_and(|t| t.pos.is_verb());
    if !tags[next.head].pos.is_noun() || verb_after {
        return None;
    }
    let (first, other) = (
        tags[object.head].lemma.as_str(),
        tags[next.head].lemma.as_str(),
    );
    let mut second = clause.clone();
    if first != other {
        second.proposition.quantities.retain(|q| q.noun != first);
        clause.proposition.quantities.retain(|q| q.noun != other);
    }
    second.proposition.theme = Some(s.argument(&next));
    second.theme_phrase = next;
    Some(second)
}
