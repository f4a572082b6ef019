//! Subjects: the noun phrase a verb group is about, reached over a relative pronoun, an
//! infinitive or a conjunction ("the trial of Gerald Marsh, who pleaded", "Helicarn's
//! attempt to recover the stage", "all 142 passengers and six crew"), and the word that
//! makes a clause subordinate.

use super::clause::Sentence;
use super::groups::Group;
use super::phrases::{self, Phrase};
use super::words::*;
use crate::tag::Pos;

/// A noun phrase joined by "and" before a subject.
pub(super) enum Conjunct {
    /// "all 142 passengers and six crew": a subject of its own.
    Apart(Phrase),
    /// "the people of Crimea and Sevastopol": "and" joins inside the phrase, which is
    /// the whole subject.
    Within(Phrase),
}

pub(super) fn conjunct(s: &Sentence, subject: &Phrase, floor: usize) -> Option<Conjunct> {
    let (at, tags) = (subject.span.start, s.ctx.tags);
    let joins = at >= floor + 2 && matches!(s.lower[at - 1], "and" | "or" | "nor");
    if !joins || tags[at - 2].pos == Pos::POS {
        return None;
    }
    let first =
        phrases::before(&s.lower, tags, floor, at - 1).filter(|p| tags[p.head].pos.is_noun())?;
    // "No deaths or serious injuries": "or" joins two subjects only under a denial.
    if s.lower[at - 1] != "and" && first.negation.is_none() {
        return None;
    }
    // "Work continued in the tunnels on Monday and output was never halted": a phrase
    // after a preposition belongs to the clause before; "and" starts a new one.
    if first.span.start > floor && tags[first.span.start - 1].pos == Pos::IN {
        return None;
    }
    if (first.span.clone()).any(|i| matches!(tags[i].pos, Pos::IN | Pos::TO)) {
        let whole = Phrase {
            span: first.span.start..subject.span.end,
            ..first
        };
        return Some(Conjunct::Within(whole));
    }
    Some(Conjunct::Apart(first))
}

/// The word that makes the clause starting at `start` subordinate, if one does.
pub(super) fn subordinator(s: &Sentence, start: usize) -> Option<String> {
    // "Residents asked why the barrier had not been raised": an indirect question
    // asserts nothing.
    let asked = start >= 2
        && matches!(
            s.lower[start - 1],
            "why" | "whether" | "how" | "when" | "where"
        )
        && matches!(
            s.ctx.tags[start - 2].lemma.as_str(),
            "ask" | "wonder" | "query"
        );
    if asked {
        return Some("question".to_string());
    }
    // The word test allocates only on a match: this runs for every clause.
    let one = start
        .checked_sub(1)
        .and_then(|i| s.has(i..start, SUBORDINATORS));
    one.or_else(|| {
        let i = start.checked_sub(2)?;
        s.has(i..start, SUBORDINATORS).filter(|w| w.contains(' '))
    })
}

/// The noun phrase before a group, or the one a relative pronoun stands for; and the
/// subject a verb joined after it shares ("the trial of Gerald Marsh, who pleaded not
/// guilty, opened": Marsh pleaded, the trial opened).
pub(super) fn subject_of(s: &Sentence, g: &Group, floor: usize) -> Option<(Phrase, Phrase)> {
    let tags = s.ctx.tags;
    let at = g.span.start;
    if at > floor && matches!(s.lower[at - 1], "who" | "which" | "that") {
        let mut end = at - 1;
        if end > floor && s.lower[end - 1] == "," {
            end -= 1;
        }
        let phrase = phrases::before(&s.lower, tags, floor, end)?;
        // "the trial of Gerald Marsh, who pleaded …": "who" is the person named last.
        let who = (s.lower[at - 1] == "who")
            .then(|| inner_name(s, &phrase))
            .flatten();
        return Some((who.unwrap_or_else(|| phrase.clone()), phrase));
    }
    // "Kessler, 24, scored", "Dorsey, the former manager, denied": a short phrase set
    // off by commas describes the subject before it.
    if let Some(open) = apposition(s, floor, at) {
        let phrase = phrases::before(&s.lower, tags, floor, open)?;
        return Some((phrase.clone(), phrase));
    }
    let mut phrase = phrases::before(&s.lower, tags, floor, at)?;
    // "… in the tunnels on Monday and output was never halted": what a preposition of
    // the clause before opened ends at "and"; the subject is what follows.
    let opened = phrase.span.start > floor && tags[phrase.span.start - 1].pos == Pos::IN;
    let and = (phrase.span.clone()).rev().find(|&i| s.lower[i] == "and");
    if let Some(and) = and.filter(|&i| opened && i + 1 < at) {
        phrase = phrases::before(&s.lower, tags, and + 1, at)?;
    }
    let phrase = reduced_relative(s, floor, &phrase).unwrap_or(phrase);
    Some((phrase.clone(), phrase))
}

/// "Samples taken on Tuesday afternoon tested positive": the noun a participle
/// describes, before it and the phrases that complete it, is the subject, not the
/// participle's last noun.
fn reduced_relative(s: &Sentence, floor: usize, phrase: &Phrase) -> Option<Phrase> {
    let tags = s.ctx.tags;
    // "Samples taken Tuesday afternoon": the participle may sit inside the phrase.
    let inside = (phrase.span.start + 1..phrase.span.end)
        .find(|&j| tags[j].pos == Pos::VBN && tags[j - 1].pos.is_noun());
    if let Some(j) = inside {
        return phrases::before(&s.lower, tags, floor, j);
    }
    let mut start = phrase.span.start;
    for _ in 0..3 {
        // The participle may have been read as a verb group of its own, which the
        // clause's floor follows: the noun before it is still reached.
        if start < 2 || start + 1 < floor {
            return None;
        }
        let pos = tags[start - 1].pos;
        if pos == Pos::VBN && tags[start - 2].pos.is_noun() {
            return phrases::before(&s.lower, tags, floor.min(start - 2), start - 1);
        }
        if start <= floor + 1 {
            return None;
        }
        if pos != Pos::IN {
            return None;
        }
        start = phrases::before(&s.lower, tags, floor, start - 1)?
            .span
            .start;
    }
    None
}

/// Where the commas open that set off a short phrase right before token `at`, with no
/// verb or conjunction in it and a noun before them: ", 24," or ", the former manager,".
pub(super) fn apposition(s: &Sentence, floor: usize, at: usize) -> Option<usize> {
    if at < floor + 4 || s.lower[at - 1] != "," {
        return None;
    }
    let open = (floor..at - 1).rev().take(7).find(|&i| s.lower[i] == ",")?;
    let tags = s.ctx.tags;
    let aside = open + 1..at - 1;
    let describes = !aside.is_empty()
        && aside.clone().all(|i| {
            let pos = tags[i].pos;
            (pos.is_noun()
                || pos.is_adjective()
                || matches!(pos, Pos::DT | Pos::CD | Pos::POS | Pos::PRP_S))
                && !matches!(s.lower[i], "and" | "or" | "but")
        });
    let named = open > floor && tags[open - 1].pos.is_noun();
    (describes && named).then_some(open)
}

/// "Helicarn's attempt to recover the stage succeeded": the subject is the noun the
/// infinitive completes, not the infinitive's object.
pub(super) fn over_infinitive(
    s: &Sentence,
    all: &[Group],
    k: usize,
    subject: &Phrase,
) -> Option<Phrase> {
    let infinitive = &all[k.checked_sub(1)?];
    let to = (infinitive.span.start..infinitive.span.end)
        .find(|&i| s.lower[i] == "to")
        .or_else(|| infinitive.span.start.checked_sub(1))?;
    let completes = !infinitive.finite
        && s.lower[to] == "to"
        && infinitive.span.end == subject.span.start
        && to > 0
        && s.ctx.tags[to - 1].pos.is_noun();
    if !completes {
        return None;
    }
    let floor = k
        .checked_sub(2)
        .map_or(s.ctx.content.start, |p| all[p].span.end);
    let outer = phrases::before(&s.lower, s.ctx.tags, floor, to)?;
    Some(Phrase {
        span: outer.span.start..subject.span.end,
        ..outer
    })
}

/// The name that ends a phrase whose head is something else: "Gerald Marsh" of "the
/// trial of Gerald Marsh".
pub(super) fn inner_name(s: &Sentence, p: &Phrase) -> Option<Phrase> {
    let tags = s.ctx.tags;
    let end = p.span.end;
    if tags[p.head].pos.is_proper() || !tags[end - 1].pos.is_proper() {
        return None;
    }
    let start = (p.span.start..end)
        .rev()
        .take_while(|&i| tags[i].pos.is_proper())
        .last()?;
    Some(Phrase {
        span: start..end,
        head: end - 1,
        negation: None,
    })
}
