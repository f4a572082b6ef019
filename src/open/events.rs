//! Events named by nouns: "a fuel leak had been detected" says that fuel leaked, "we are
//! not planning any job cuts" that jobs will not be cut, "a fare rise will take effect
//! on October 1" that fares rise then, "there was no closure of the line" that the line
//! did not close. The noun's verb comes from WordNet (`lexical::event_verb`); what it is
//! about is the noun before it ("job cuts") or its "of" phrase ("the closure of the
//! plant"), or "in" after a change ("a rise in fares").

use super::clause::{Clause, Sentence};
use super::phrases::{self, Phrase};
use crate::model::{Argument, Polarity, Tense};
use crate::tag::Pos;

/// Verbs whose object is an event they attest or make happen; [`INTENTIONS`] plan one.
const HOSTS: &[&str] = &[
    "exist",
    "detect",
    "confirm",
    "announce",
    "report",
    "record",
    "suffer",
    "order",
    "approve",
    "stage",
    "face",
    "begin",
    "start",
    "launch",
    "carry out",
    "undergo",
];

/// Verbs whose subject is an event that takes place: "the collapse occurred".
const OCCURRENCES: &[&str] = &["occur", "happen"];

/// Hosts that put the event in the future, unsure; denied, they rule it out.
const INTENTIONS: &[&str] = &["plan", "propose", "expect", "intend", "consider"];

/// Events that change an amount, whose "in" phrase says of what: "a rise in fares".
const CHANGES: &[&str] = &[
    "rise", "fall", "increase", "decrease", "decline", "drop", "grow", "cut", "reduce",
];

/// The clause the event noun of `outer` names, if its verb hosts one.
pub fn named(s: &Sentence, outer: &Clause) -> Option<Clause> {
    let p = &outer.proposition;
    let host = hosted(p.predicate.as_str(), s, outer)?;
    let tags = s.ctx.tags;
    let noun = &tags[host.head];
    if !matches!(noun.pos, Pos::NN | Pos::NNS) {
        return None;
    }
    let verb = crate::lexical::event_verb(&noun.lemma)?;
    // "There were no injuries" denies them of anyone: nobody was injured; so does "no
    // deaths have been reported" ("did not report any deaths" only reports nothing).
    let no_event = outer.theme_phrase.negation.is_some()
        && host.span == outer.theme_phrase.span
        && p.voice == crate::model::Voice::Passive;
    let denied = (p.predicate == "exist" || no_event) && outer.polarity == Polarity::Negative;
    let (theme, argument) = match of_event(s, &host, verb) {
        Some(theme) => (theme.clone(), s.argument(&theme)),
        None if denied => {
            let text = s.argument(&host).text;
            let nobody = Argument {
                head: "nobody".into(),
                entity: None,
                text,
            };
            (host, nobody)
        }
        None => return None,
    };
    let mut event = outer.clone();
    let q = &mut event.proposition;
    q.predicate = verb.into();
    q.agent = None;
    q.theme = Some(argument);
    if INTENTIONS.contains(&p.predicate.as_str()) {
        // "not planning any job cuts" rules them out; "planning job cuts" is no more
        // than a plan.
        q.tense = Tense::Future;
        if outer.polarity == Polarity::Positive {
            q.modality = q.modality.take().or_else(|| Some(p.predicate.to_string()));
        }
    }
    event.theme_phrase = theme;
    event.agent_phrase = None;
    Some(event)
}

/// The phrase of `outer` that names the event: the object of a host, or the subject of
/// a verb of occurring.
fn hosted(predicate: &str, s: &Sentence, outer: &Clause) -> Option<Phrase> {
    let taking =
        predicate == "take" && matches!(s.lower[outer.theme_phrase.head], "place" | "effect");
    if OCCURRENCES.contains(&predicate) && outer.agent_phrase.is_none() {
        return Some(outer.theme_phrase.clone());
    }
    if taking {
        return outer.agent_phrase.clone();
    }
    let light = crate::lexical::is_light(predicate) && predicate != "be";
    let hosts = HOSTS.contains(&predicate) || INTENTIONS.contains(&predicate);
    (hosts || light).then(|| outer.theme_phrase.clone())
}

/// What the event is about: the noun before it ("a fuel leak"), else its "of" phrase, or
/// "in" after a change.
fn of_event(s: &Sentence, event: &Phrase, verb: &str) -> Option<Phrase> {
    let (lower, tags) = (&s.lower, s.ctx.tags);
    let head = event.head;
    if head > event.span.start && matches!(tags[head - 1].pos, Pos::NN | Pos::NNS) {
        return Some(Phrase {
            span: head - 1..head,
            head: head - 1,
            negation: None,
        });
    }
    let preposition = *lower.get(head + 1)?;
    let governs = preposition == "of" || (preposition == "in" && CHANGES.contains(&verb));
    if !governs || head + 2 >= lower.len() {
        return None;
    }
    phrases::after(lower, tags, head + 2, s.ctx.content.end)
}
