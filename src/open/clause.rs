//! One clause per finite verb group: its arguments, modifiers and qualifiers.

use super::complements;
use super::dates::dates;
use super::events;
use super::groups::{groups, Group};
use super::modifiers::{context, modifiers};
use super::phrases::{self, Phrase};
use super::quantity::quantities;
use super::relatives::{past_forms, reduced};
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
    fn has(&self, range: Range<usize>, words: &[&str]) -> Option<String> {
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
    // "Marlow Foods said …": who speaks is named too, for "the company" after.
    if let Some(speaker) = ctx.speaker.as_ref().filter(|_| ctx.cue.is_some()) {
        memory.remember_organisation(speaker);
    }
    let mut all = groups(&s.lower, ctx.tags, ctx.content.clone());
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
            if let Some(described) = phrases::before(&s.lower, ctx.tags, floor_of(k), g.span.start)
            {
                let passive = Group {
                    voice: Voice::Passive,
                    tense: crate::model::Tense::Past,
                    ..g.clone()
                };
                let span = described.span.start..r.aside(&all).end;
                clauses.extend(clause(&s, &passive, Some(described), span, None, memory));
            }
            continue;
        }
        if !g.finite {
            continue;
        }
        let relative = relatives.iter().find(|r| r.verb == k);
        let floor = floor_of(relative.map_or(k, |r| r.participle));
        let limit = all.get(k + 1).map_or(ctx.content.end, |n| n.span.start);
        let found = match relative {
            Some(r) => phrases::before(&s.lower, ctx.tags, floor, all[r.participle].span.start)
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
            Some(Conjunct::Apart(first)) => (Some(first), subject),
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
                    second.proposition.predicate = format!("be {}", tags[a + 2].lemma);
                    clauses.push(clause);
                    clauses.push(second);
                } else {
                    // "detected a fuel leak": the event the noun names is a claim too.
                    let event = events::named(&s, &clause);
                    clauses.push(clause);
                    clauses.extend(event);
                }
            }
        }
    }
    clauses
}

/// A noun phrase joined by "and" before a subject.
enum Conjunct {
    /// "all 142 passengers and six crew": a subject of its own.
    Apart(Phrase),
    /// "the people of Crimea and Sevastopol": "and" joins inside the phrase, which is
    /// the whole subject.
    Within(Phrase),
}

fn conjunct(s: &Sentence, subject: &Phrase, floor: usize) -> Option<Conjunct> {
    let (at, tags) = (subject.span.start, s.ctx.tags);
    if at < floor + 2 || s.lower[at - 1] != "and" || tags[at - 2].pos == Pos::POS {
        return None;
    }
    let first =
        phrases::before(&s.lower, tags, floor, at - 1).filter(|p| tags[p.head].pos.is_noun())?;
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
fn subordinator(s: &Sentence, start: usize) -> Option<String> {
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
fn subject_of(s: &Sentence, g: &Group, floor: usize) -> Option<(Phrase, Phrase)> {
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
    let phrase = phrases::before(&s.lower, tags, floor, at)?;
    Some((phrase.clone(), phrase))
}

/// "Helicarn's attempt to recover the stage succeeded": the subject is the noun the
/// infinitive completes, not the infinitive's object.
fn over_infinitive(s: &Sentence, all: &[Group], k: usize, subject: &Phrase) -> Option<Phrase> {
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
fn inner_name(s: &Sentence, p: &Phrase) -> Option<Phrase> {
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

fn clause(
    s: &Sentence,
    g: &Group,
    subject: Option<Phrase>,
    span: Range<usize>,
    aside: Option<Range<usize>>,
    memory: &mut Memory,
) -> Option<Clause> {
    let tags = s.ctx.tags;
    let lower = &s.lower;
    let limit = span.end;
    let after = g.span.end;
    let existential = subject.as_ref().is_some_and(|p| lower[p.head] == "there");
    let copula = g.is_copula(tags);
    // What follows the verb: an object, or a copula's complement.
    let next = phrases::after(lower, tags, after, limit);
    let complement = (copula && !existential)
        .then(|| {
            // "stayed closed", "remains open": a participle after a copula other than
            // "be" describes.
            let describes = after < limit
                && (tags[after].pos.is_adjective()
                    || (tags[after].pos == Pos::VBN && tags[g.main].lemma != "be"));
            describes.then_some(after)
        })
        .flatten();
    let (predicate, agent, theme, negated_by) = if existential {
        let theme = next.clone()?;
        ("exist".to_string(), None, theme, None)
    } else if let Some(adjective) = complement {
        let word = tags[adjective].lemma.as_str();
        // "ready to join NATO" and "ready to talk" are two claims: the verb after the
        // adjective is part of what it says; "fit to play" is fit all the same.
        // The infinitive is a clause of its own, beyond this one's span.
        let infinitive = (adjective + 2 < lower.len() && lower[adjective + 1] == "to")
            .then(|| &tags[adjective + 2])
            .filter(|t| t.pos == Pos::VB && !LOOSE_INFINITIVES.contains(&t.lemma.as_str()));
        // "interested in talks" and "interested in trade": so is what the adjective governs.
        let governed = || {
            let at = adjective + 2;
            let preposition = *lower.get(adjective + 1)?;
            if !GOVERNED_BY_ADJECTIVES.contains(&preposition) || at >= lower.len() {
                return None;
            }
            let head = match tags[at].pos {
                Pos::VBG => at,
                _ => phrases::after(lower, tags, at, lower.len())?.head,
            };
            Some(format!("be {word} {preposition} {}", tags[head].lemma))
        };
        let predicate = match infinitive {
            Some(verb) => format!("be {word} to {}", verb.lemma),
            None => governed().unwrap_or_else(|| format!("be {word}")),
        };
        (predicate, None, subject.clone()?, None)
    } else if let Some((preposition, noun)) =
        copula.then(|| state_phrase(s, after, limit)).flatten()
    {
        // "is under control", "was in danger": a state named by a prepositional phrase.
        let head = tags[noun.head].lemma.to_string();
        (
            format!("be {preposition} {head}"),
            None,
            subject.clone()?,
            None,
        )
    } else if copula {
        let noun = next.clone()?;
        let word = tags[noun.head].lemma.to_string();
        (
            format!("be {word}"),
            None,
            subject.clone()?,
            noun.negation.clone(),
        )
    } else {
        let verb = tags[g.main].lemma.to_string();
        let predicate = match g.particle {
            Some(p) => format!("{verb} {}", lower[p]),
            None => verb,
        };
        // "sales fell 4 percent": a measure after the verb is its extent; "declined last
        // season" says when, not what.
        let when = |p: &Phrase| {
            matches!(lower[p.span.start], "last" | "next" | "this" | "every")
                && crate::lexical::nouns::is_time(&tags[p.head].lemma)
        };
        let extent = next
            .as_ref()
            .is_some_and(|p| MEASURES.contains(&tags[p.head].lemma.as_str()) || when(p));
        let of_subject = (g.particle.is_none() && g.voice == Voice::Active)
            .then(|| complements::of_subject(s, after, limit))
            .flatten();
        match (g.voice, next.clone().filter(|_| !extent)) {
            (Voice::Passive, _) => (predicate, None, subject.clone()?, None),
            (Voice::Active, _) if of_subject.is_some() => {
                let (adjective, negation) = of_subject?;
                let predicate = format!("{predicate} {}", tags[adjective].lemma);
                (predicate, None, subject.clone()?, negation)
            }
            (Voice::Active, Some(object)) => match complements::of_object(s, &predicate, &object) {
                Some((object, adjective)) => {
                    let predicate = format!("be {}", tags[adjective].lemma);
                    (predicate, subject.clone(), object, None)
                }
                None => (predicate, subject.clone(), object, None),
            },
            // "know how many …", "warned that …": the content is the clause after the
            // verb; only a verb that nothing but modifiers follow is about its subject.
            // "failed when it toppled": after a verb that frames nothing, "when" and
            // "where" open a time or place, and the verb is about its subject.
            (Voice::Active, None)
                if after < limit
                    && CLAUSE_OPENERS.contains(&lower[after])
                    && (!matches!(lower[after], "when" | "where")
                        || crate::lexical::is_framing(&predicate)) =>
            {
                return None
            }
            // "the war that Russia started": the theme stands before the relative
            // pronoun, out of reach.
            (Voice::Active, None) if object_relative(s, subject.as_ref()) => return None,
            (Voice::Active, None) => (predicate, None, subject.clone()?, None),
        }
    };
    let object_end = next.as_ref().map_or(after, |p| p.span.end);
    // "From January, trams will run …": phrases before the subject modify the clause too.
    let fronted = subject.as_ref().map_or(span.start, |p| p.span.start);
    let mut modifiers = [(span.start, fronted), (object_end.max(after), limit)]
        .into_iter()
        .flat_map(|(from, to)| modifiers(s, from, to))
        .collect::<Vec<_>>();
    let mut agent = agent.map(|p| (s.argument(&p), p));
    if g.voice == Voice::Passive {
        // "was closed by the council": the "by" phrase acts.
        if let Some(i) = (after..limit).find(|&i| lower[i] == "by") {
            agent = phrases::after(lower, tags, i + 1, limit).map(|p| (s.argument(&p), p));
        }
    }
    let mut theme_argument = s.argument(&theme);
    // "the town of Kessan": a place noun with a name after "of" is that place.
    let named_after = modifiers
        .first()
        .filter(|m| m.preposition == "of" && m.argument.entity.is_some());
    if let Some(m) = named_after.filter(|_| PLACE_NOUNS.contains(&theme_argument.head.as_str())) {
        theme_argument.entity = m.argument.entity.clone();
    }
    let no_theme =
        NO_THEME.contains(&theme_argument.head.as_str()) || tags[theme.head].pos == Pos::CD;
    if no_theme || !resolve(s, &mut theme_argument, &theme, memory) {
        return None;
    }
    if let Some((a, p)) = agent.as_mut() {
        if !resolve(s, a, p, memory) {
            agent = None;
        }
    }
    // Negation: the verb group's, and a negating determiner of the phrases ("no
    // patients were infected", "nobody was hurt").
    let subject_negation = subject.as_ref().and_then(|p| p.negation.clone());
    let object_negation = next.as_ref().and_then(|p| p.negation.clone());
    let negations = [
        g.negation.clone(),
        subject_negation,
        object_negation.filter(|_| negated_by.is_none()),
        negated_by,
    ];
    let mut words: Vec<String> = negations.into_iter().flatten().collect();
    // "will not open until November 15" opens on November 15.
    let opens_then = g.negation.is_some() && modifiers.iter().any(|m| m.preposition == "until");
    if opens_then {
        words.clear();
    }
    let polarity = if words.len() % 2 == 1 {
        Polarity::Negative
    } else {
        Polarity::Positive
    };
    // What a reduced relative says is the participle's, not this verb's.
    let outside = |at: &Range<usize>| aside.as_ref().is_none_or(|a| !a.contains(&at.start));
    let mut dated = dates(lower, span.clone(), s.ctx.published, g.tense);
    dated.retain(|d| outside(&d.span));
    let taken: Vec<Range<usize>> = dated.iter().map(|d| d.span.clone()).collect();
    let quantities = quantities(lower, tags, span.clone(), &taken)
        .into_iter()
        .filter(|(at, _)| outside(at))
        .map(|(at, mut c)| {
            // "profit came in at 410 million euros", "put the cost at …": an amount
            // after "at" is one of the theme.
            if c.measure.is_none() && at.start > 0 && lower[at.start - 1] == "at" {
                c.measure = Some(theme_argument.head.clone());
            }
            // "carrying 156 passengers": what a vessel carries is all it has aboard.
            c.whole |= predicate == "carry" && c.noun == theme_argument.head;
            if c.noun.is_empty() {
                c.noun = c
                    .measure
                    .clone()
                    .unwrap_or_else(|| theme_argument.head.clone());
            }
            c
        })
        .collect();
    for m in &mut modifiers {
        memory.resolve(&mut m.argument);
    }
    let modality = g.modality.clone().or_else(|| s.has(span.clone(), HEDGES));
    memory.remember(&theme_argument, subject.as_ref() == Some(&theme));
    // "The trial of Gerald Marsh opened … He pleaded": "he" is Marsh, not the trial.
    if let Some(name) = subject.as_ref().and_then(|p| inner_name(s, p)) {
        memory.person = Some(s.argument(&name));
    }
    if let Some((a, _)) = &agent {
        memory.remember(a, true);
    }
    let context = context(s, &span, g, &predicate, &theme_argument);
    let (agent, agent_phrase) = agent.unzip();
    Some(Clause {
        proposition: OpenProposition {
            context,
            predicate,
            voice: g.voice,
            tense: g.tense,
            agent,
            theme: Some(theme_argument),
            modifiers,
            modality,
            negation: (!words.is_empty()).then(|| words.join(" ")),
            quantities,
            // "stays closed until September" is closed before, not on, that day.
            date: (dated.iter())
                .find(|d| opens_then || d.span.start == 0 || lower[d.span.start - 1] != "until")
                .map(|d| d.day),
            cumulative: s.has(span.clone(), TOTALS).is_some(),
            phase: s.has(span.clone(), PHASES),
        },
        polarity,
        span,
        agent_phrase,
        theme_phrase: theme,
    })
}

/// "under control", "in danger", "out of service": a preposition and a bare noun after a
/// copula, the state it names.
fn state_phrase<'a>(s: &Sentence<'a>, at: usize, limit: usize) -> Option<(&'a str, Phrase)> {
    let preposition = *s.lower.get(at).filter(|_| at < limit)?;
    if !STATES.contains(&preposition) {
        return None;
    }
    let noun = phrases::after(&s.lower, s.ctx.tags, at + 1, limit)?;
    let bare = noun.span.len() == 1 && s.ctx.tags[noun.head].pos == Pos::NN;
    bare.then_some((preposition, noun))
}

/// Whether a subject follows a relative pronoun: "the war that Russia started".
fn object_relative(s: &Sentence, subject: Option<&Phrase>) -> bool {
    // "said that sales fell": the "that" before the reported words opens them.
    subject.is_some_and(|p| {
        p.span.start > s.ctx.content.start
            && matches!(s.lower[p.span.start - 1], "that" | "which" | "whom")
    })
}

/// Makes pronouns and "the hospital" stand for what they refer to. False when the
/// phrase refers to nothing the clause can be paired by ("this", an unresolved "it").
fn resolve(s: &Sentence, argument: &mut Argument, p: &Phrase, memory: &Memory) -> bool {
    let word = s.lower[p.head];
    if s.ctx.tags[p.head].pos != Pos::PRP {
        memory.resolve(argument);
        return !phrases::is_empty(word);
    }
    let referent = match word {
        "we" | "i" | "us" | "me" => s.ctx.speaker.clone(),
        // "Ferris denied that he had resigned": in reported words the speaker first.
        "he" | "she" | "it" | "they" | "him" | "her" | "them" if s.ctx.cue.is_some() => {
            s.ctx.speaker.clone().or_else(|| memory.last.clone())
        }
        // "It is not difficult to foresee": an "it" outside reported words is mostly
        // no thing at all.
        "he" | "she" | "him" | "her" => (memory.person.clone())
            .or_else(|| memory.last.clone())
            .or_else(|| s.ctx.speaker.clone()),
        "they" | "them" => memory.last.clone().or_else(|| s.ctx.speaker.clone()),
        _ => None,
    };
    match referent {
        Some(r) => {
            *argument = r;
            true
        }
        None => false,
    }
}
