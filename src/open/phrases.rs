//! Noun phrases around a verb group: where a phrase starts and ends, its head, the entity
//! it names, and whether a determiner negates it ("no patients", "nobody").

use super::words::SIDES;
use crate::model::{Argument, Text};
use crate::tag::{Pos, Tagged};
use std::ops::Range;

/// Heads that count or share out what follows "of": "most of the patients", "dozens of
/// people". The head is then the noun after "of".
const PARTITIVES: &[&str] = &[
    "most", "part", "half", "some", "all", "many", "none", "dozen", "hundred", "thousand",
    "million", "number", "majority", "rest", "share", "total", "group", "couple", "lot", "each",
    "several", "few", "one", "two", "three", "percent", "%", "per", "round", "series", "wave",
];

/// Heads that only measure the noun before them: "visitor numbers", "rent levels",
/// "attendance figures" are about visitors, rents and attendance.
const MEASURING: &[&str] = &[
    "number", "numbers", "level", "figure", "total", "count", "volume",
];

/// Words that negate the phrase they open.
const NEGATING: &[&str] = &[
    "no", "nobody", "none", "nothing", "neither", "noone", "no-one",
];

/// Pronouns that stand for no particular thing.
const EMPTY: &[&str] = &[
    "this", "that", "these", "those", "what", "which", "who", "there",
];

/// A noun phrase of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    pub span: Range<usize>,
    pub head: usize,
    /// A negating determiner or pronoun: "no", "nobody".
    pub negation: Option<String>,
}

fn in_phrase(pos: Pos) -> bool {
    pos.is_noun()
        || pos.is_adjective()
        || matches!(
            pos,
            Pos::DT | Pos::PDT | Pos::CD | Pos::PRP_S | Pos::POS | Pos::HYPH | Pos::PRP
        )
}

fn is_head(pos: Pos) -> bool {
    pos.is_noun() || matches!(pos, Pos::PRP | Pos::CD)
}

/// The phrase that ends right before `end`, reaching no further back than `floor`.
pub fn before(lower: &[&str], tags: &[Tagged], floor: usize, end: usize) -> Option<Phrase> {
    let mut start = end;
    while start > floor && in_phrase(tags[start - 1].pos) {
        start -= 1;
        // A pronoun is a phrase on its own: "said it", not "said it the plant".
        if tags[start].pos == Pos::PRP {
            break;
        }
        // "At its peak the outage cut": a determiner after a noun opens the phrase.
        let opens = matches!(tags[start].pos, Pos::DT | Pos::PRP_S);
        if opens && start > floor && tags[start - 1].pos.is_noun() {
            break;
        }
    }
    // "more than 10 children", "about 40 people": the words that bound a number.
    let bounding = |i: usize| {
        matches!(
            lower[i],
            "about" | "around" | "nearly" | "almost" | "some" | "roughly" | "over" | "under"
        )
    };
    if start > floor && bounding(start - 1) {
        start -= 1;
    } else if start >= floor + 2
        && matches!(
            (lower[start - 2], lower[start - 1]),
            ("more" | "less" | "fewer", "than") | ("at", "least" | "most") | ("up", "to")
        )
    {
        start -= 2;
    }
    // "the number of patients": reach over "of" to the partitive.
    // "1,400 of its members": so does a number.
    let counts = |i: usize| PARTITIVES.contains(&lower[i]) || tags[i].pos == Pos::CD;
    if start >= floor + 2 && lower[start - 1] == "of" && counts(start - 2) {
        start = before(lower, tags, floor, start - 1).map_or(start, |p| p.span.start);
    }
    // "between the government and the rebels": two phrases joined inside a
    // prepositional phrase are one, so that the preposition is reached.
    if start >= floor + 2 && lower[start - 1] == "and" && in_phrase(tags[start - 2].pos) {
        if let Some(first) = before(lower, tags, floor, start - 1) {
            // "talks between the government": the first phrase has reached over its
            // preposition to the phrase it belongs to, which heads the whole.
            if lower[first.span.start..start - 1].contains(&"between") {
                return Some(Phrase {
                    span: first.span.start..end,
                    ..first
                });
            }
            let opened = first.span.start > floor && tags[first.span.start - 1].pos == Pos::IN;
            if opened {
                start = first.span.start;
            }
        }
    }
    // "the discussion of developments in Ukraine continued": a phrase after a
    // preposition belongs to the phrase before it, whose head heads the whole.
    // "May as demand" is no phrase: "as" opens a clause.
    if start >= floor + 2
        && tags[start - 1].pos == Pos::IN
        && !super::words::CONJUNCTIONS.contains(&lower[start - 1])
        && in_phrase(tags[start - 2].pos)
    {
        if let Some(outer) = before(lower, tags, floor, start - 1) {
            return Some(Phrase {
                span: outer.span.start..end,
                ..outer
            });
        }
    }
    phrase(lower, tags, start..end)
}

/// The phrase that starts at `start`, reaching no further than `limit`.
pub fn after(lower: &[&str], tags: &[Tagged], start: usize, limit: usize) -> Option<Phrase> {
    let mut end = start;
    // "more than 300 people", "about 40": bounding words open the phrase.
    while end < limit
        && matches!(
            lower[end],
            "more" | "less" | "fewer" | "than" | "about" | "only" | "just" | "nearly" | "almost"
        )
    {
        end += 1;
    }
    while end < limit && in_phrase(tags[end].pos) {
        // "job cuts this year": a determiner after a noun opens the next phrase.
        let determiner = matches!(tags[end].pos, Pos::DT | Pos::PRP_S | Pos::PDT)
            || matches!(lower[end], "last" | "next" | "every");
        // "for power - I am": a dash between words ends the phrase; between figures it
        // is a range ("130,000 - 140,000").
        let figure = |i: usize| crate::pack::lexicon::parse_number(lower.get(i)?);
        let range = end > start
            && tags[end - 1].pos == Pos::CD
            && tags.get(end + 1).is_some_and(|t| t.pos == Pos::CD)
            && matches!((figure(end - 1), figure(end + 1)), (Some(a), Some(b)) if b > a);
        // "beat Dunmore Town 2-1 at Eastfield": a score ends the name before it.
        let score = end > start
            && lower.get(end + 1) == Some(&"-")
            && matches!((figure(end), figure(end + 2)), (Some(a), Some(b)) if b <= a && a < 100.0);
        if (lower[end] == "-" && !range) || score {
            break;
        }
        // "the plan it drew up": so does a pronoun, the subject of a clause of its own.
        let pronoun = tags[end].pos == Pos::PRP;
        if end > start && (determiner || pronoun) && tags[end - 1].pos.is_noun() {
            break;
        }
        // "lost power minutes before it ran aground": a span of time before "before",
        // "after", "later" or "ago" says when.
        let when = (lower.get(end + 1))
            .is_some_and(|w| matches!(*w, "before" | "after" | "later" | "earlier" | "ago"));
        let time = |w: &str| crate::lexical::nouns::is_time(w);
        let span_of_time =
            || time(&tags[end].lemma) || lower[end].strip_suffix('s').is_some_and(time);
        if end > start && when && span_of_time() {
            break;
        }
        // "14,000 households east of the river": a side after a noun places it.
        let side = SIDES.contains(&lower[end]) && lower.get(end + 1) == Some(&"of");
        if end > start && side && tags[end - 1].pos.is_noun() {
            break;
        }
        end += 1;
        if tags[end - 1].pos == Pos::PRP {
            break;
        }
    }
    let head = (start..end).rev().find(|&i| is_head(tags[i].pos))?;
    let partitive = PARTITIVES.contains(&tags[head].lemma.as_str()) || tags[head].pos == Pos::CD;
    if end + 1 < limit && lower[end] == "of" && partitive {
        if let Some(rest) = after(lower, tags, end + 1, limit) {
            return Some(Phrase {
                span: start..rest.span.end,
                ..rest
            });
        }
    }
    phrase(lower, tags, start..end)
}

fn phrase(lower: &[&str], tags: &[Tagged], span: Range<usize>) -> Option<Phrase> {
    // "Line 4": a number after a noun names it; the noun heads the phrase.
    let noun = span
        .clone()
        .rev()
        .find(|&i| tags[i].pos.is_noun() || tags[i].pos == Pos::PRP);
    let mut head = noun.or_else(|| span.clone().rev().find(|&i| is_head(tags[i].pos)))?;
    let measured = head > span.start && matches!(tags[head - 1].pos, Pos::NN | Pos::NNS);
    if measured && MEASURING.contains(&tags[head].lemma.as_str()) {
        head -= 1;
    }
    // "Ukraine's general staff": the head is the last noun, the possessor a modifier.
    let negation = span
        .clone()
        .find(|&i| NEGATING.contains(&lower[i]))
        .map(|i| lower[i].to_string());
    Some(Phrase {
        span,
        head,
        negation,
    })
}

/// What identifies a phrase: its head's lemma, and the proper name it holds.
pub fn argument(text: &str, spans: &[(usize, usize)], tags: &[Tagged], p: &Phrase) -> Argument {
    let words = |r: Range<usize>| &text[spans[r.start].0..spans[r.end - 1].1];
    // The run of proper nouns that ends at or just before the head names the thing.
    let mut name_end = p.head + 1;
    while name_end > p.span.start && !tags[name_end - 1].pos.is_proper() {
        name_end -= 1;
    }
    let mut name_start = name_end;
    while name_start > p.span.start && tags[name_start - 1].pos.is_proper() {
        name_start -= 1;
    }
    // "Helicarn's attempt" is an attempt, not a thing of that name.
    let possessor = (name_end..p.head).any(|i| tags[i].pos == Pos::POS);
    let entity = (name_start < name_end && !possessor).then(|| {
        let name: Text = words(name_start..name_end).to_lowercase().into();
        // "Harlow General Hospital" and "Harlow General" name one thing when the head
        // is a common noun after them: keep the name with its head.
        if name_end <= p.head && tags[p.head].pos.is_noun() {
            compact_str::format_compact!("{name} {}", tags[p.head].lemma)
        } else {
            name
        }
    });
    Argument {
        head: tags[p.head].lemma.clone(),
        entity,
        text: words(p.span.clone()).into(),
    }
}

/// A pronoun that names nothing by itself, or names only what context supplies.
pub fn is_empty(lower: &str) -> bool {
    EMPTY.contains(&lower)
}
