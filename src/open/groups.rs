//! Verb groups: the auxiliaries, adverbs and main verb of a clause ("had not been
//! infected", "plans to close", "turned down"), with what they say of voice, tense,
//! negation and modality.

use crate::model::{Tense, Voice};
use crate::tag::{Pos, Tagged};
use std::ops::Range;

/// Verbs that take another verb with "to" and pass the clause on to it, with what they
/// make of it: `None` keeps the assertion ("continued to rise"; "agreed to buy" is a
/// commitment made, asserted as such).
const CATENATIVES: &[(&str, Option<&str>)] = &[
    ("continue", None),
    ("begin", None),
    ("start", None),
    ("manage", None),
    ("use", None),
    ("plan", None),
    ("expect", Some("expect")),
    ("hope", Some("hope")),
    ("want", Some("want")),
    ("intend", None),
    ("aim", Some("aim")),
    ("threaten", Some("threaten")),
    ("seek", Some("seek")),
    ("try", Some("try")),
    ("agree", None),
    ("promise", None),
    ("pledge", None),
    ("vow", None),
    ("decide", None),
    ("propose", Some("propose")),
    ("offer", Some("offer")),
    ("need", Some("need")),
    ("have", Some("have to")),
    ("go", Some("going to")),
    ("seem", Some("seem")),
    ("appear", Some("appear")),
    ("fail", None),
    ("refuse", None),
    ("decline", None),
    ("cease", None),
    ("set", None),
    ("due", None),
    ("schedule", None),
    ("stop", None),
];

/// Verbs that put what they schedule in the future: "is set to open", "is due to
/// start", "is scheduled for June 15".
const SCHEDULING: &[&str] = &["set", "due", "schedule"];

/// Catenatives whose clause is denied: "failed to reach", "refused to sign".
const NEGATING: &[&str] = &["fail", "refuse", "decline", "cease", "stop"];

/// Verbs that link a subject to a complement: "was fit", "remained closed".
pub const COPULAS: &[&str] = &["be", "remain", "stay", "seem", "appear", "become", "look"];

/// A verb group of a clause.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The group's tokens, adverbs and particle included.
    pub span: Range<usize>,
    /// The main verb.
    pub main: usize,
    pub particle: Option<usize>,
    /// Carries tense: a clause of its own, not a participle or infinitive.
    pub finite: bool,
    pub voice: Voice,
    pub tense: Tense,
    pub negation: Option<String>,
    pub modality: Option<String>,
}

impl Group {
    /// The main verb is a copula with no participle after it: "was fit", "is a fake".
    pub fn is_copula(&self, tags: &[Tagged]) -> bool {
        self.voice == Voice::Active && COPULAS.contains(&tags[self.main].lemma.as_str())
    }
}

fn is_verb(tags: &[Tagged], i: usize) -> bool {
    tags[i].pos.is_verb() || tags[i].pos == Pos::MD
}

fn is_adverb(lower: &[&str], tags: &[Tagged], i: usize) -> bool {
    tags[i].pos == Pos::RB
        || matches!(lower[i], "not" | "never" | "n't")
        // "Sales more than doubled".
        || (lower[i] == "than" && i > 0 && matches!(lower[i - 1], "more" | "less"))
        || (matches!(lower[i], "more" | "less") && lower.get(i + 1) == Some(&"than"))
}

/// Every verb group within `range`, left to right.
pub fn groups(lower: &[&str], tags: &[Tagged], range: Range<usize>) -> Vec<Group> {
    let mut found = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if !is_verb(tags, i) {
            i += 1;
            continue;
        }
        let mut group = group_at(lower, tags, i, range.end);
        // "never landed", "still holds": adverbs just before the verb are the group's.
        let floor = found.last().map_or(range.start, |g: &Group| g.span.end);
        let mut start = group.span.start;
        while start > floor && is_adverb(lower, tags, start - 1) {
            start -= 1;
        }
        if start < group.span.start {
            let negation = negation_in(lower, start..group.span.end, false);
            let extra = negation_in(lower, start..group.span.start, false).is_some();
            if extra {
                group.negation = negation;
            }
            group.span.start = start;
        }
        i = group.span.end.max(i + 1);
        // "stayed closed": a participle after a copula other than "be" describes the
        // subject; it heads no group of its own.
        let main = tags[group.main].lemma.as_str();
        if main != "be" && COPULAS.contains(&main) && tags.get(i).is_some_and(|t| t.pos == Pos::VBN)
        {
            i += 1;
        }
        found.push(group);
    }
    found
}

fn group_at(lower: &[&str], tags: &[Tagged], start: usize, end: usize) -> Group {
    let mut verbs = vec![start];
    let mut modality = None;
    let mut negating = false;
    let mut j = start + 1;
    loop {
        // Adverbs between verbs belong to the group: "had not yet been".
        let mut k = j;
        while k < end && is_adverb(lower, tags, k) {
            k += 1;
        }
        if k < end && is_verb(tags, k) && auxiliary_before(tags, *verbs.last().unwrap_or(&start)) {
            verbs.push(k);
            j = k + 1;
            continue;
        }
        // "plans to close": the clause passes to the second verb.
        let last = tags[*verbs.last().unwrap_or(&start)].lemma.as_str();
        let catenative = CATENATIVES.iter().find(|(v, _)| *v == last);
        if let Some((verb, weakens)) = catenative {
            if k + 1 < end && lower[k] == "to" && tags[k + 1].pos == Pos::VB {
                modality = modality.or(weakens.map(str::to_string));
                negating ^= NEGATING.contains(verb);
                verbs.push(k + 1);
                j = k + 2;
                continue;
            }
        }
        break;
    }
    let main = *verbs.last().unwrap_or(&start);
    // "opened up the borders", "shut down the plant": a particle WordNet knows with
    // the verb, whatever the tagger made of it.
    // "scale back mining", "called off the strike": a word that is mostly a particle,
    // right after the verb and before what it acts on, is one, whatever WordNet lacks.
    let before_object = |i: usize| {
        i + 1 < end && matches!(tags[i + 1].pos, Pos::DT | Pos::NN | Pos::NNS | Pos::PRP_S)
    };
    let phrasal = main + 1 < end
        && (crate::lexical::is_phrasal(&tags[main].lemma, lower[main + 1])
            || (matches!(lower[main + 1], "back" | "off" | "out") && before_object(main + 1)));
    // Adverbs right after the verb ("was not fit", "rose sharply") are the group's too.
    let mut tail = main + 1;
    while !phrasal && tail < end && is_adverb(lower, tags, tail) {
        tail += 1;
    }
    let particle = (tail < end && (phrasal || tags[tail].pos == Pos::RP)).then_some(tail);
    let span_end = particle.map_or(tail, |p| p + 1);
    let span = start..span_end;
    let auxiliaries = &verbs[..verbs.len() - 1];
    let passive = tags[main].pos == Pos::VBN
        && auxiliaries.last().is_some_and(|&a| {
            matches!(tags[a].lemma.as_str(), "be" | "get") && lower[a] != "having"
        });
    let first = tags[start].pos;
    let finite = first.is_finite()
        || (first == Pos::VB && start > 0 && matches!(lower[start - 1], "do" | "did" | "does"));
    let modal = verbs
        .iter()
        .find(|&&v| tags[v].pos == Pos::MD)
        .map(|&v| tags[v].lemma.as_str());
    let tense = match modal {
        Some("will" | "shall") => Tense::Future,
        _ if verbs.windows(2).any(|w| lower[w[0]] == "going") => Tense::Future,
        _ if verbs
            .iter()
            .any(|&v| v != main && SCHEDULING.contains(&tags[v].lemma.as_str())) =>
        {
            Tense::Future
        }
        _ if passive && SCHEDULING.contains(&tags[main].lemma.as_str()) => Tense::Future,
        // "plans to scale back mining": what a speaker means to do is their word on what
        // will be, as "will" is.
        _ if verbs
            .iter()
            .any(|&v| v != main && matches!(tags[v].lemma.as_str(), "plan" | "intend")) =>
        {
            Tense::Future
        }
        _ if matches!(first, Pos::VBD) => Tense::Past,
        _ => Tense::Present,
    };
    if let Some(m) = modal.filter(|m| !matches!(*m, "will" | "shall" | "do")) {
        modality = Some(m.to_string());
    }
    // "is fighting not for power but for the country": a "not" after the verb and
    // before a preposition denies the phrase, not the verb ("is not in custody" is a
    // copula's own).
    let phrase_not = (main + 1..span.end).find(|&i| {
        lower[i] == "not"
            && tags[main].lemma != "be"
            && tags
                .get(i + 1)
                .is_some_and(|t| matches!(t.pos, Pos::IN | Pos::TO))
    });
    let negation = negation_in(lower, span.start..phrase_not.unwrap_or(span.end), negating);
    Group {
        span,
        main,
        particle,
        finite,
        voice: if passive {
            Voice::Passive
        } else {
            Voice::Active
        },
        tense,
        negation,
        modality,
    }
}

/// Whether the verb at `i` can be followed by another verb of the same group.
fn auxiliary_before(tags: &[Tagged], i: usize) -> bool {
    tags[i].pos == Pos::MD || matches!(tags[i].lemma.as_str(), "be" | "have" | "do" | "get")
}

/// The negating words of a group; an even number cancels out.
fn negation_in(lower: &[&str], span: Range<usize>, negating: bool) -> Option<String> {
    let words: Vec<&str> = span
        .clone()
        // "not only … but also" adds; it does not deny.
        .filter(|&i| {
            !(lower[i] == "not" && matches!(lower.get(i + 1), Some(&("only" | "just" | "merely"))))
        })
        .filter(|&i| {
            matches!(lower[i], "not" | "never" | "n't")
                || (lower[i].ends_with("n't"))
                || (lower[i] == "longer" && i > 0 && lower[i - 1] == "no")
        })
        .map(|i| lower[i])
        .collect();
    let count = words.len() + usize::from(negating);
    (count % 2 == 1).then(|| {
        if words.is_empty() {
            "failed to".to_string()
        } else {
            words.join(" ")
        }
    })
}
