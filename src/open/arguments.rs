//! One clause from its verb group and subject: predicate (verb and particle, or copula and
//! complement), agent and theme, modifiers, polarity, figures and dates.

use super::clause::{Clause, Sentence};
use super::complements;
use super::dates::dates;
use super::groups::Group;
use super::modifiers::{context, modifiers};
use super::phrases::{self, Phrase};
use super::quantity::quantities;
use super::subjects::inner_name;
use super::words::*;
use super::Memory;
use crate::model::{Argument, Counted, OpenProposition, Polarity, Voice};
use crate::tag::Pos;
use std::ops::Range;

/// The clause of verb group `g` with its subject, within `span`; what `aside` covers
/// (a reduced relative) is the participle's.
pub(super) fn clause(
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
    // "There were no injuries": "there" stands where a subject would.
    let existential = subject.as_ref().is_some_and(|p| lower[p.head] == "there")
        || (g.span.start > 0 && tags[g.span.start - 1].pos == Pos::EX);
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
    let idiom = super::idioms::read(&tags[g.main].lemma, lower, g.main, limit);
    let (predicate, agent, mut theme, negated_by) = if existential {
        let theme = next.clone()?;
        ("exist".to_string(), None, theme, None)
    } else if let Some((verb, _)) = idiom {
        // "the roof gave way": the subject did what the idiom means.
        (verb.to_string(), None, subject.clone()?, None)
    } else if let Some(adjective) = complement {
        let predicate = complements::predicate(s, adjective);
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
    } else if let Some(preposition) = copula.then(|| whereabouts(s, after, limit)).flatten() {
        // "was in Brussels", "nobody was inside the building": where a thing is, the
        // place a modifier of its own.
        (format!("be {preposition}"), None, subject.clone()?, None)
    } else if copula {
        let noun = next.clone()?;
        // "Attendance was 6,200": a figure is the subject's amount, not a predicate.
        let predicate = match tags[noun.head].pos {
            Pos::CD => "be".to_string(),
            _ => format!("be {}", tags[noun.head].lemma),
        };
        (predicate, None, subject.clone()?, noun.negation.clone())
    } else {
        let verb = tags[g.main].lemma.to_string();
        let predicate = match g.particle {
            Some(p) => format!("{verb} {}", lower[p]),
            None => verb,
        };
        // "sales fell 4 percent": a measure after the verb is its extent; "declined last
        // season" and "started Saturday afternoon" say when, not what.
        let when = |p: &Phrase| {
            let time = crate::lexical::nouns::is_time(&tags[p.head].lemma);
            let first = lower[p.span.start];
            time && (matches!(first, "last" | "next" | "this" | "every")
                || super::dates::is_time_word(first))
        };
        let amount = |p: &Phrase| {
            tags[p.head].pos == Pos::CD && AMOUNTS.contains(&tags[g.main].lemma.as_str())
        };
        // "lost 2-1 to Rovers": a score is no object.
        let score = |p: &Phrase| {
            p.span.clone().all(|i| tags[i].pos == Pos::CD)
                && lower.get(p.span.end) == Some(&"-")
                && tags.get(p.span.end + 1).is_some_and(|t| t.pos == Pos::CD)
        };
        let extent = next.as_ref().is_some_and(|p| {
            MEASURES.contains(&tags[p.head].lemma.as_str()) || when(p) || amount(p) || score(p)
        });
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
            // "will shut their doors": a place that closes or opens its doors closes or
            // opens.
            (Voice::Active, Some(object))
                if tags[object.head].lemma == "door"
                    && matches!(predicate.as_str(), "close" | "shut" | "open" | "reopen") =>
            {
                (predicate, None, subject.clone()?, None)
            }
            (Voice::Active, Some(object)) => match complements::of_object(s, &predicate, &object) {
                // "kept its gates shut": a place whose doors or gates are shut is shut.
                Some((object, adjective))
                    if matches!(lower[object.head], "door" | "doors" | "gate" | "gates") =>
                {
                    let predicate = format!("be {}", tags[adjective].lemma);
                    (predicate, None, subject.clone()?, None)
                }
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
    let object_end = match idiom {
        Some((_, end)) => end.max(after),
        None => next.as_ref().map_or(after, |p| p.span.end),
    };
    // "From January, trams will run …": phrases before the subject modify the clause too.
    let fronted = subject.as_ref().map_or(span.start, |p| p.span.start);
    let mut modifiers = [(span.start, fronted), (object_end.max(after), limit)]
        .into_iter()
        .flat_map(|(from, to)| modifiers(s, from, to))
        .collect::<Vec<_>>();
    let mut agent = agent.map(|p| (s.argument(&p), p));
    if g.voice == Voice::Passive {
        // "was closed by the council": the "by" phrase acts; "by 9 p.m." and "by Friday"
        // say when.
        if let Some(i) = (after..limit).find(|&i| lower[i] == "by") {
            let acts = |p: &Phrase| {
                let head = tags[p.head].lemma.as_str();
                // "9 p.m." is read as "9 p . m .": a letter after a number is a clock's.
                let clock = tags[p.span.start].pos == Pos::CD && head.len() == 1;
                tags[p.head].pos != Pos::CD && !clock && !crate::lexical::nouns::is_time(head)
            };
            agent = (phrases::after(lower, tags, i + 1, limit))
                .filter(acts)
                .map(|p| (s.argument(&p), p));
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
    // What a reduced relative says is the participle's, not this verb's, and so is what
    // a relative set off by commas says ("The building, which dates from 1904, will …").
    let relative = super::relative_aside(|i| lower[i], span.start..g.span.start);
    // "Kessler, 24, scored 19 goals": an age set off by commas counts nothing.
    let apposed = super::subjects::apposition(s, span.start, g.span.start).map(|o| o..g.span.start);
    let outside = |at: &Range<usize>| {
        [&aside, &relative, &apposed]
            .into_iter()
            .all(|r| r.as_ref().is_none_or(|a| !a.contains(&at.start)))
    };
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
            // "the repairs will cost 2.4 million dollars": a sum after "cost" is one.
            if c.measure.is_none() && predicate == "cost" && at.start >= after {
                c.measure = Some(predicate.as_str().into());
            }
            // "carrying 156 passengers": what a vessel carries is all it has aboard;
            // "the budget totals $48.6 billion": all there is.
            c.whole |=
                (predicate == "carry" && c.noun == theme_argument.head) || predicate == "total";
            if c.noun.is_empty() {
                c.noun = c
                    .measure
                    .clone()
                    .unwrap_or_else(|| theme_argument.head.clone());
            }
            c
        })
        .collect::<Vec<_>>();
    // "put the cost of the repairs at 3.9 million": the amount is of the repairs.
    let priced = |c: &Counted| c.measure.as_deref() == Some(theme_argument.head.as_str());
    if crate::lexical::is_price(&theme_argument.head) && quantities.iter().any(priced) {
        let of = modifiers.iter().position(|m| m.preposition == "of");
        if let Some(m) = of.map(|i| modifiers.remove(i)) {
            theme_argument = m.argument;
        }
    }
    // "The quake had a magnitude of 6.4" says what the quake measured.
    let measured = |c: &Counted| c.measure.as_deref() == Some(theme_argument.head.as_str());
    if predicate == "have" && quantities.iter().any(measured) {
        if let Some((a, p)) = agent.take() {
            (theme_argument, theme) = (a, p);
        }
    }
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
            predicate: predicate.into(),
            voice: g.voice,
            tense: g.tense,
            agent,
            theme: Some(theme_argument),
            modifiers,
            modality,
            negation: (!words.is_empty()).then(|| words.join(" ")),
            quantities,
            // "stays closed until September" is closed before, not on, that day; "rose
            // for the first time since 2019" rose after it.
            date: (dated.iter())
                .find(|d| match d.span.start.checked_sub(1).map(|i| lower[i]) {
                    Some("until") => opens_then,
                    Some("since") => false,
                    _ => true,
                })
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
    // "at large", "in full": an adjective alone that ends the clause names a state too.
    let ends = |i: usize| i >= limit || matches!(s.lower[i], "," | "." | ";" | ":");
    if at + 1 < limit && s.ctx.tags[at + 1].pos.is_adjective() && ends(at + 2) {
        let alone = Phrase {
            span: at + 1..at + 2,
            head: at + 1,
            negation: None,
        };
        return Some((preposition, alone));
    }
    let noun = phrases::after(&s.lower, s.ctx.tags, at + 1, limit)?;
    // "in the squad" as "in squad": a determiner is all that may come before the noun.
    let determined = noun.span.len() == 2 && s.lower[noun.span.start] == "the";
    let bare = (noun.span.len() == 1 || determined) && s.ctx.tags[noun.head].pos == Pos::NN;
    bare.then_some((preposition, noun))
}

/// "in Brussels", "inside the building": a preposition of place after a copula, with a
/// noun phrase after it.
fn whereabouts<'a>(s: &Sentence<'a>, at: usize, limit: usize) -> Option<&'a str> {
    let preposition = *s.lower.get(at).filter(|_| at < limit)?;
    let place = matches!(
        preposition,
        "in" | "at" | "inside" | "outside" | "aboard" | "near"
    );
    (place && phrases::after(&s.lower, s.ctx.tags, at + 1, limit).is_some()).then_some(preposition)
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
