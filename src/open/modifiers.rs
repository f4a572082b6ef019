//! What a clause says beside its predicate and theme: prepositional phrases with their
//! roles, and the content words that tell whether two clauses speak of one thing.

use super::clause::Sentence;
use super::groups::Group;
use super::phrases;
use super::words::*;
use crate::lexical::nouns::is_time;
use crate::model::{Argument, Modifier, Role, Text};
use crate::tag::Pos;
use std::ops::Range;

/// Prepositional phrases from `from` to `limit`, with their roles.
pub(super) fn modifiers(s: &Sentence, from: usize, limit: usize) -> Vec<Modifier> {
    let tags = s.ctx.tags;
    let mut found = Vec::new();
    let mut i = from;
    while i < limit {
        let role = PREPOSITIONS
            .iter()
            .find(|(p, _)| *p == s.lower[i])
            .map(|&(_, r)| r);
        let is_preposition = tags[i].pos == Pos::IN || tags[i].pos == Pos::TO;
        if !is_preposition && role.is_none() {
            i += 1;
            continue;
        }
        let start = if matches!(s.lower[i], "because" | "due") {
            i + 2
        } else {
            i + 1
        };
        match phrases::after(&s.lower, tags, start.min(limit), limit) {
            Some(p) => {
                let argument = s.argument(&p);
                // "north of Aldermoor": the side of a place is a place of its own.
                let side = (s.lower[i] == "of" && i > 0 && SIDES.contains(&s.lower[i - 1]))
                    .then(|| s.lower[i - 1]);
                let role = side.map_or(role, |_| Some(Role::Place));
                // A place is a name: "in the morning" is no place, and "in May" a time.
                let role = match role.unwrap_or(Role::Other) {
                    Role::Place if argument.entity.is_none() => Role::Other,
                    Role::Place if is_time(&argument.head) => Role::Time,
                    r => r,
                };
                let preposition = match side {
                    Some(side) => compact_str::format_compact!("{side} of"),
                    None => s.lower[i].into(),
                };
                found.push(Modifier {
                    role,
                    preposition,
                    argument,
                });
                i = p.span.end;
            }
            None => i += 1,
        }
    }
    found
}

/// The content words of a clause beside its predicate and theme, which tell whether two
/// clauses with one predicate and theme speak of the same thing.
pub(super) fn context(
    s: &Sentence,
    span: &Range<usize>,
    g: &Group,
    predicate: &str,
    theme: &Argument,
) -> Vec<Text> {
    let tags = s.ctx.tags;
    let mut words: Vec<Text> = span
        .clone()
        .filter(|&i| !g.span.contains(&i))
        .filter(|&i| {
            let pos = tags[i].pos;
            pos.is_noun()
                || pos.is_adjective()
                || (pos.is_verb() && !COPULAS_AND_AUXILIARIES.contains(&tags[i].lemma.as_str()))
        })
        // "for the quarter", "in the three months": times are compared as days.
        .filter(|&i| !(tags[i].pos.is_noun() && crate::lexical::nouns::is_time(&tags[i].lemma)))
        .map(|i| tags[i].lemma.clone())
        .filter(|w| {
            *w != theme.head
                && !predicate.split(' ').any(|p| p == w)
                && !NO_THEME.contains(&w.as_str())
                && !super::dates::is_time_word(w)
        })
        .collect();
    words.sort();
    words.dedup();
    words
}
