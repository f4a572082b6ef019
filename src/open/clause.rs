//! One clause per finite verb group of a sentence's content, left to right: subjects
//! found (`subjects`), each clause read (`arguments`), and what the sentence adds (reduced
//! relatives, joined subjects and adjectives, events named by nouns).

use super::arguments::clause;
use super::events;
use super::groups::{groups, Group};
use super::objects;
use super::phrases::{self, Phrase};
use super::relatives::{lone_past, past_forms, reduced};
use super::subjects::{conjunct, over_infinitive, subject_of, subordinator, Conjunct};
use super::words::*;
use super::Memory;
use crate::model::{Argument, Day, OpenProposition, Polarity, Token, Voice};
use crate::tag::{Pos, Tagged};
use std::ops::Range;

/// What the reader needs of a sentence.
pub struct Context<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub tags: &'a [Tagged],
    /// The tokens that carry what the speaker says.
    pub content: Range<usize>,
    pub published: Option<Day>,
    /// Whom "we" and "I" stand for.
    pub speaker: Option<Argument>,
    /// The reporting verb the content depends on, if any: "reported revenue of …" is
    /// read with the verb when the content has no verb of its own.
    pub cue: Option<Range<usize>>,
}

/// One clause read from a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub proposition: OpenProposition,
    pub polarity: Polarity,
    /// Tokens from the clause's subject to its end.
    pub span: Range<usize>,
    /// Where its agent and theme stand, for the events they may name.
    pub(super) agent_phrase: Option<Phrase>,
    pub(super) theme_phrase: Phrase,
}

/// A sentence as the reader sees it: its context and the tokens' lower-case words.
pub(super) struct Sentence<'a> {
    pub(super) ctx: &'a Context<'a>,
    pub(super) lower: Vec<&'a str>,
    spans: Vec<(usize, usize)>,
}

impl Sentence<'_> {
    pub(super) fn argument(&self, p: &Phrase) -> Argument {
        phrases::argument(self.ctx.text, &self.spans, self.ctx.tags, p)
    }

    /// The first of `words` (one word, or two joined by a space) that stands in `range`.
    pub(super) fn has(&self, range: Range<usize>, words: &[&str]) -> Option<String> {
        let at = |i: usize, w: &str| {
            // Most words differ in their first letter: a byte compare rules them out.
            let word = self.lower[i];
            word.as_bytes().first() == w.as_bytes().first()
                && match w.split_once(' ') {
                    None => word == w,
                    Some((a, b)) => i + 1 < range.end && word == a && self.lower[i + 1] == b,
                }
        };
        range
            .clone()
            .find_map(|i| words.iter().find(|w| at(i, w)).map(|w| w.to_string()))
    }
}

/// The clauses of a sentence's content, left to right.
pub fn read(ctx: &Context, memory: &mut Memory) -> Vec<Clause> {
    let tokens = ctx.tokens;
    let s = Sentence {
        ctx,
        lower: tokens.iter().map(|t| t.lower.as_str()).collect(),
        spans: tokens.iter().map(|t| (t.span.start, t.span.end)).collect(),
    };
    // "Marlow Foods said …": who speaks is named too, for "the company" after; "council
    // documents show …" names no one.
    let named = |a: &&Argument| {
        let words = a.text.split_whitespace();
        let mut name = words.skip_while(|w| w.eq_ignore_ascii_case("the"));
        name.all(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    if let Some(speaker) = ctx
        .speaker
        .as_ref()
        .filter(|_| ctx.cue.is_some())
        .filter(named)
    {
        memory.remember_organisation(speaker);
    }
    let mut all = groups(&s.lower, ctx.tags, ctx.content.clone());
    // "Rangers denied receiving any bids": a gerund that opens what is said is its verb.
    let opens_with_gerund = ctx.cue.is_some()
        && ctx.content.start < tokens.len()
        && ctx.tags[ctx.content.start].pos == Pos::VBG;
    if opens_with_gerund && !all.iter().any(|g| g.finite) {
        if let Some(g) = all
            .first_mut()
            .filter(|g| g.span.start == ctx.content.start)
        {
            g.finite = true;
            g.tense = crate::model::Tense::Past;
        }
    }
    // "said profits fell by 12 percent": what follows a reporting verb is a clause, so
    // its past form after the subject is its verb, whatever comes after.
    let reported = ctx.cue.as_ref().is_some_and(|c| c.end <= ctx.content.start);
    if let Some(j) = lone_past(&s.lower, ctx.tags, &all, ctx.content.start, reported) {
        all[j].finite = true;
        all[j].tense = crate::model::Tense::Past;
    }
    if !all.iter().any(|g| g.finite) {
        if let Some(cue) = ctx.cue.clone().filter(|c| c.end <= ctx.content.start) {
            all = groups(&s.lower, ctx.tags, cue.start..ctx.content.end);
        }
    }
    let condition = s.has(0..tokens.len(), CONDITIONS);
    let relatives = reduced(&s.lower, ctx.tags, &all, ctx.content.start);
    for j in past_forms(&s.lower, ctx.tags, &all, ctx.content.start) {
        all[j].finite = true;
        all[j].tense = crate::model::Tense::Past;
    }
    let mut clauses = Vec::new();
    let mut reported: Option<String> = None;
    let mut previous_subject: Option<Phrase> = None;
    for (k, g) in all.iter().enumerate() {
        let floor_of = |k: usize| {
            k.checked_sub(1)
                .map_or(ctx.content.start, |p| all[p].span.end)
        };
        // "the man arrested on Monday": the participle says what befell the noun before it.
        if let Some(r) = relatives.iter().find(|r| r.participle == k) {
            let end = r.subject_end(&all);
            if let Some(described) = phrases::before(&s.lower, ctx.tags, floor_of(k), end) {
                // "carrying 1,850 containers" acts at the verb's time; "arrested" befell.
                let (voice, tense) = match ctx.tags[g.main].pos {
                    Pos::VBG => (Voice::Active, all[r.verb].tense),
                    _ => (Voice::Passive, crate::model::Tense::Past),
                };
                let participle = Group {
                    voice,
                    tense,
                    ..g.clone()
                };
                let span = described.span.start..r.aside(&all).end;
                clauses.extend(clause(&s, &participle, Some(described), span, None, memory));
            }
            continue;
        }
        if !g.finite {
            continue;
        }
        let relative = relatives.iter().find(|r| r.verb == k);
        let floor = floor_of(relative.map_or(k, |r| r.participle));
        let limit = all.get(k + 1).map_or(ctx.content.end, |n| {
            // "passed the bill on April 22, and the two chambers must now agree": the
            // next verb's subject after "and" or "but" is its own, figures and all.
            let own = (g.span.end..n.span.start)
                .rev()
                .find(|&i| matches!(s.lower[i], "and" | "but" | ";"))
                .filter(|&i| {
                    let subject = phrases::before(&s.lower, ctx.tags, i + 1, n.span.start);
                    n.finite && subject.is_some_and(|p| p.span.start == i + 1)
                });
            own.unwrap_or(n.span.start)
        });
        let found = match relative {
            Some(r) => phrases::before(&s.lower, ctx.tags, floor, r.subject_end(&all))
                .map(|p| (p.clone(), p)),
            None => subject_of(&s, g, floor),
        };
        let aside = relative.map(|r| r.aside(&all));
        let (subject, shared) = match found {
            Some((subject, shared)) => {
                let subject = over_infinitive(&s, &all, k, &subject).unwrap_or(subject);
                (Some(subject), Some(shared))
            }
            None => {
                // "closed the plant and fired 30 workers": a shared subject.
                let joined =
                    g.span.start > floor && matches!(s.lower[g.span.start - 1], "and" | ",");
                let subject = joined.then(|| previous_subject.clone()).flatten();
                (subject.clone(), subject)
            }
        };
        previous_subject = shared;
        let lemma = ctx.tags[g.main].lemma.as_str();
        if REPORTING.contains(&lemma) && all.get(k + 1).is_some_and(|n| n.finite) {
            // "the rebels claimed the town had fallen": a view reported, not asserted.
            reported = Some(format!("reported: {lemma}"));
            continue;
        }
        // "All 142 passengers and six crew were evacuated": each noun phrase joined
        // to the subject is a subject too.
        let (apart, subject) = match subject.as_ref().and_then(|p| conjunct(&s, p, floor)) {
            // "No deaths or injuries": the denial holds of each.
            Some(Conjunct::Apart(first)) => {
                let mut subject = subject;
                if let Some(p) = subject.as_mut().filter(|p| p.negation.is_none()) {
                    p.negation.clone_from(&first.negation);
                }
                (Some(first), subject)
            }
            Some(Conjunct::Within(whole)) => (None, Some(whole)),
            None => (None, subject),
        };
        for subject in apart.into_iter().map(Some).chain([subject]) {
            let start = subject.as_ref().map_or(g.span.start, |p| p.span.start);
            // "From January, trams will run …": a phrase set off before the subject belongs
            // to the clause.
            let fronted = start > floor + 1
                && s.lower[start - 1] == ","
                && matches!(ctx.tags[floor].pos, Pos::IN | Pos::TO);
            let from = if fronted { floor } else { start };
            if let Some(clause) = clause(&s, g, subject, from..limit, aside.clone(), memory) {
                let mut clause = clause;
                // "said the plant would close": in reported speech "would" is a future.
                if ctx.cue.is_some() && clause.proposition.modality.as_deref() == Some("would") {
                    clause.proposition.modality = None;
                    clause.proposition.tense = crate::model::Tense::Future;
                }
                // "halted on Tuesday as staff began a strike": what happens as another
                // thing happens happens on its day.
                let verb_before = all[..k].iter().rev().find(|g| g.finite);
                let from = verb_before.map_or(start, |g| g.span.end);
                let meanwhile = (from..start).any(|i| {
                    matches!(s.lower[i], "as" | "while")
                        && !(i > 0 && matches!(s.lower[i - 1], "such" | "well" | "as"))
                });
                if meanwhile && clause.proposition.date.is_none() {
                    let before: Option<&Clause> = clauses.last();
                    clause.proposition.date = before.and_then(|c| c.proposition.date);
                }
                let subordinate = subordinator(&s, start);
                let modality = &mut clause.proposition.modality;
                *modality = (modality.take().or(reported.clone()))
                    .or(subordinate)
                    .or(condition.clone());
                // "free and fair": each adjective of a copula is a claim.
                let (a, tags) = (g.span.end, ctx.tags);
                let coordinated = clause.proposition.predicate.starts_with("be ")
                    && a + 2 < limit
                    && tags[a].pos.is_adjective()
                    && matches!(s.lower[a + 1], "and" | "or" | ",")
                    && tags[a + 2].pos.is_adjective();
                if coordinated {
                    let mut second = clause.clone();
                    second.proposition.predicate =
                        compact_str::format_compact!("be {}", tags[a + 2].lemma);
                    clauses.push(clause);
                    clauses.push(second);
                } else {
                    // "detected a fuel leak": the event the noun names is a claim too.
                    let event = events::named(&s, &clause);
                    let joined = objects::joined(&s, &mut clause, g.span.end, limit);
                    clauses.push(clause);
                    clauses.extend(event);
                    clauses.extend(joined);
                }
            }
        }
    }
    clauses
}
