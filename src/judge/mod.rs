//! The alignment judge: whether two open claims speak of the same thing (their
//! predicates, themes, agents, places and days align), and if so the mismatch of a rule's
//! kind that makes both impossible. Every "no" carries its reason, for `explain`.

pub(crate) mod align;
mod figures;
#[cfg(test)]
mod tests;

pub use align::{names_match, ENOUGH};

use crate::extract::StoryTie;
use crate::model::{Claim, Counted, Day, OpenProposition, Polarity, Tense, Text};
use crate::pack::spec::RuleKind;
use crate::pack::{CompiledRule, Pack, Tolerance};
use std::fmt;

/// What makes two aligned claims contradict each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mismatch {
    Polarity,
    Opposites,
    Figures,
    Dates,
    /// States that cannot hold at once, wherever each clause names them.
    States,
    /// One calls fake what the other rests on.
    Discredited,
}

/// Why a pair is no conflict of the kind asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Misfit {
    SameSentence,
    Times,
    /// Each clause is limited to a time, and not the same one.
    Frames,
    Agents(Text, Text),
    Themes(Text, Text),
    Places,
    /// Two modifiers of this preposition name different things.
    Named(String),
    Days,
    LightVerb,
    Little(u32),
    Predicates,
    /// A `semantic` rule's `align` asks for this, and one clause lacks it.
    Unaligned(crate::pack::spec::Align),
    NoMismatch(&'static str),
}

pub type Verdict = Result<Mismatch, Misfit>;

/// What the judge's tests that need no alignment read of one claim, packed small: a
/// pass over millions of candidate pairs reads these rather than the claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gist {
    open: bool,
    positive: bool,
    /// Whether the claim's figure is all there is, when its clause counts it.
    figure: Option<bool>,
    /// The day of an event: of a dated clause without figures, not in the present.
    event_day: Option<Day>,
}

impl Gist {
    pub fn of(claim: &Claim) -> Gist {
        let open = claim.open.as_deref();
        Gist {
            open: open.is_some(),
            positive: claim.polarity == Polarity::Positive,
            figure: open.and_then(|x| counted(claim, x)).map(|p| p.whole),
            event_day: open
                .filter(|x| x.quantities.is_empty() && x.tense != Tense::Present)
                .and_then(|x| x.date),
        }
    }
}

/// The tests of `judge` that need no alignment: each must pass for a mismatch. Most
/// candidate pairs fail one (two claims of one polarity cannot negate each other), so
/// the rules ask this before anything else.
pub fn may_conflict(rule: &CompiledRule, a: Gist, b: Gist) -> bool {
    if !(a.open && b.open) {
        return false;
    }
    let positive = a.positive && b.positive;
    if rule.totals {
        return positive && matches!((a.figure, b.figure), (Some(p), Some(q)) if p || q);
    }
    match rule.kind {
        RuleKind::Negation => a.positive != b.positive,
        RuleKind::Antonymy => a.positive == b.positive,
        RuleKind::SelfContradiction | RuleKind::Semantic => true,
        RuleKind::Numeric => positive && a.figure.is_some() && b.figure.is_some(),
        RuleKind::Date => {
            positive && matches!((a.event_day, b.event_day), (Some(d), Some(e)) if d != e)
        }
        RuleKind::Functional | RuleKind::Refutation => false,
    }
}

/// The judge's verdict on claims `a` and `b` under a rule of `kind`.
pub fn judge(rule: &CompiledRule, a: &Claim, b: &Claim, pack: &Pack) -> Verdict {
    let (kind, tolerance) = (rule.kind, rule.tolerance);
    let (Some(x), Some(y)) = (a.open.as_deref(), b.open.as_deref()) else {
        return Err(Misfit::NoMismatch("not two open propositions"));
    };
    // Two clauses of one sentence are the writer's own contrast, not two sources.
    if a.path == b.path && a.span == b.span {
        return Err(Misfit::SameSentence);
    }
    let story = crate::extract::same_story(a, b);
    if rule.totals {
        return totals(a, b, (x, y), story, tolerance, pack);
    }
    if kind == RuleKind::Semantic {
        return crate::semantic::judge(rule, (a, x), (b, y), story, pack);
    }
    let points = align::aligned(x, y, kind != RuleKind::Date, story, pack)?;
    let (sx, sy) = (pack.senses.of(&x.predicate), pack.senses.of(&y.predicate));
    let same_sense = sx.class == sy.class && sx.flipped == sy.flipped;
    let opposite = sx.class == sy.class && sx.flipped != sy.flipped;
    let both_positive = a.polarity == Polarity::Positive && b.polarity == Polarity::Positive;
    let verdict = |holds: bool, mismatch, why| {
        if holds {
            Ok(mismatch)
        } else {
            Err(Misfit::NoMismatch(why))
        }
    };
    match kind {
        RuleKind::Negation => {
            if !same_sense {
                return Err(Misfit::Predicates);
            }
            verdict(
                a.polarity != b.polarity,
                Mismatch::Polarity,
                "same polarity",
            )
        }
        RuleKind::Antonymy => {
            if !opposite {
                return Err(Misfit::Predicates);
            }
            verdict(
                a.polarity == b.polarity,
                Mismatch::Opposites,
                "opposite predicates, opposite polarities",
            )
        }
        // A speaker contradicts themself by saying no, or by saying the opposite.
        RuleKind::SelfContradiction => match (same_sense, opposite) {
            (true, _) => verdict(
                a.polarity != b.polarity,
                Mismatch::Polarity,
                "same polarity",
            ),
            (_, true) => verdict(
                a.polarity == b.polarity,
                Mismatch::Opposites,
                "opposite predicates, opposite polarities",
            ),
            _ => Err(Misfit::Predicates),
        },
        RuleKind::Numeric => {
            let (Some(p), Some(q)) = (counted(a, x), counted(b, y)) else {
                return Err(Misfit::NoMismatch("not two figures"));
            };
            // Two amounts of one thing ("a profit of 640 million", "profit came in at
            // 410 million") compare whatever verb reports them.
            let one_measure = matches!((&p.measure, &q.measure),
                (Some(m), Some(n)) if crate::lexical::nouns::corefer(m, n));
            // Two reports of one story that count one thing with two verbs of events
            // ("Officers removed 64 dogs", "37 dogs were taken away") give one count,
            // when they share more than enough; a state ("three dogs were dead") or a
            // span of time ("it will be 12 years") counts something else.
            let event = |o: &OpenProposition| !o.predicate.starts_with("be ");
            let one_count = story == StoryTie::TwoReports
                && points > align::ENOUGH
                && event(x)
                && event(y)
                && !crate::lexical::nouns::is_time(&p.noun);
            if !same_sense && !one_measure && !one_count {
                return Err(Misfit::Predicates);
            }
            // Told by two verbs, a total and a smaller figure ("the budget totals $48.6
            // billion", "spending comes to $21.3 billion") may be the whole and a part.
            let (whole, other) = if p.whole { (p, q) } else { (q, p) };
            let part = whole.whole && !other.whole && other.quantity.value < whole.quantity.value;
            if !same_sense && !one_measure && part {
                return Err(Misfit::NoMismatch("a total and what may be a part of it"));
            }
            if !crate::lexical::nouns::corefer(&p.noun, &q.noun) {
                return Err(Misfit::NoMismatch("the figures count different things"));
            }
            verdict(
                both_positive && figures::differ(p, q, tolerance),
                Mismatch::Figures,
                "figures compatible",
            )
        }
        RuleKind::Date => {
            if !same_sense {
                return Err(Misfit::Predicates);
            }
            // A figure on two days is a change; only an event is dated once.
            let events = x.quantities.is_empty() && y.quantities.is_empty();
            let differ = matches!((x.date, y.date), (Some(d), Some(e)) if d != e);
            // "Ukraine is fighting today": what goes on is no event with one day.
            let present = x.tense == Tense::Present || y.tense == Tense::Present;
            verdict(
                both_positive && events && differ && !present,
                Mismatch::Dates,
                "not two days for one event",
            )
        }
        RuleKind::Functional | RuleKind::Refutation | RuleKind::Semantic => {
            Err(Misfit::NoMismatch("not a rule on open propositions"))
        }
    }
}

/// Figures of one story that count one thing, whatever verbs carry them: one beyond a
/// stated whole, or two wholes that differ. Being of one story and counting one thing
/// is what they share; the judge still rules out other times, places and agents.
fn totals(
    a: &Claim,
    b: &Claim,
    (x, y): (&OpenProposition, &OpenProposition),
    story: StoryTie,
    tolerance: Tolerance,
    pack: &Pack,
) -> Verdict {
    // The cheap tests first: most figures of a story are no whole.
    let (Some(p), Some(q)) = (counted(a, x), counted(b, y)) else {
        return Err(Misfit::NoMismatch("not two figures"));
    };
    if !p.whole && !q.whole {
        return Err(Misfit::NoMismatch("no figure is all there is"));
    }
    if story == StoryTie::Apart {
        return Err(Misfit::NoMismatch("not of one story"));
    }
    if crate::lexical::nouns::tie(&p.noun, &q.noun) != Some(crate::lexical::nouns::Tie::Same) {
        return Err(Misfit::NoMismatch("the figures count different things"));
    }
    match align::aligned(x, y, true, story, pack) {
        Ok(_) | Err(Misfit::Little(_) | Misfit::LightVerb) => {}
        Err(misfit) => return Err(misfit),
    }
    let positive = a.polarity == Polarity::Positive && b.polarity == Polarity::Positive;
    let holds = positive && figures::exceed_a_whole(p, q, tolerance);
    if holds {
        Ok(Mismatch::Figures)
    } else {
        Err(Misfit::NoMismatch("no figure beyond a whole"))
    }
}

/// The figure a claim states, with what it counts.
fn counted<'a>(claim: &Claim, open: &'a OpenProposition) -> Option<&'a Counted> {
    let quantity = claim.quantity?;
    open.quantities.iter().find(|q| q.quantity == quantity)
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            Mismatch::Polarity => "one says it is so, the other that it is not",
            Mismatch::Opposites => "predicates of opposite meaning",
            Mismatch::Figures => "figures that cannot both hold",
            Mismatch::Dates => "two days for one event",
            Mismatch::States => "states that cannot hold at once",
            Mismatch::Discredited => "one calls fake what the other rests on",
        })
    }
}

impl fmt::Display for Misfit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Misfit::SameSentence => f.write_str("two clauses of one sentence"),
            Misfit::Times => f.write_str("one speaks of the future, the other not"),
            Misfit::Frames => f.write_str("each is limited to another time"),
            Misfit::Agents(a, b) => write!(f, "agents differ ({a}, {b})"),
            Misfit::Themes(a, b) => write!(f, "themes differ ({a}, {b})"),
            Misfit::Places => f.write_str("places differ"),
            Misfit::Named(p) => write!(f, "what they are {p} differs"),
            Misfit::Days => f.write_str("days differ"),
            Misfit::LightVerb => f.write_str("a light verb, without an agent on both sides"),
            Misfit::Little(points) => write!(
                f,
                "too little in common ({points} of {} points)",
                align::ENOUGH
            ),
            Misfit::Predicates => f.write_str("predicates of different meaning"),
            Misfit::Unaligned(need) => write!(f, "the rule aligns by {need}, which one lacks"),
            Misfit::NoMismatch(why) => f.write_str(why),
        }
    }
}
