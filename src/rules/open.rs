//! How a rule compares two open propositions: first whether they are about the same
//! thing (aligned), then the mismatch of the rule's kind.
//!
//! Aligned means: not one in the future and the other not; the same agent when
//! both name one; the same named theme when both name one; a shared place when both name
//! one; the same day when both date their event (but for `date` rules, whose point is
//! that the days differ).

use super::condition::compatible;
use crate::model::{Claim, OpenProposition, Polarity, Role, Tense};
use crate::pack::spec::RuleKind;
use crate::pack::{CompiledRule, Pack};

/// Content words a clause may have and still pair, by predicate and theme alone, with a
/// clause that has none.
const BRIEF: usize = 2;

/// Whether the rule's kind of mismatch holds between two open claims.
pub fn holds(rule: &CompiledRule, a: &Claim, b: &Claim, pack: &Pack) -> bool {
    let (Some(x), Some(y)) = (a.open.as_deref(), b.open.as_deref()) else {
        return false;
    };
    // Two clauses of one sentence are the writer's own contrast, not two sources.
    let same_sentence = a.path == b.path && a.span == b.span;
    if same_sentence || !aligned(x, y, rule.kind != RuleKind::Date, pack) {
        return false;
    }
    let (sx, sy) = (pack.senses.of(&x.predicate), pack.senses.of(&y.predicate));
    let both_positive = a.polarity == Polarity::Positive && b.polarity == Polarity::Positive;
    match rule.kind {
        RuleKind::Negation | RuleKind::SelfContradiction => {
            sx.flipped == sy.flipped && a.polarity != b.polarity
        }
        RuleKind::Antonymy => sx.flipped != sy.flipped && a.polarity == b.polarity,
        RuleKind::Numeric => match (a.quantity, b.quantity) {
            (Some(p), Some(q)) => {
                both_positive && sx.flipped == sy.flipped && !compatible(p, q, rule.tolerance)
            }
            _ => false,
        },
        RuleKind::Date => match (x.date, y.date) {
            // A figure on two days is a change; only an event is dated once.
            (Some(d), Some(e)) => {
                d != e
                    && both_positive
                    && sx.flipped == sy.flipped
                    && x.quantities.is_empty()
                    && y.quantities.is_empty()
            }
            _ => false,
        },
        RuleKind::Functional | RuleKind::Refutation => false,
    }
}

fn aligned(x: &OpenProposition, y: &OpenProposition, same_day: bool, pack: &Pack) -> bool {
    // What will be is not contradicted by what was or is: "prices will fall" and
    // "prices continue to rise" speak of two times.
    let apart = (x.tense == Tense::Future) != (y.tense == Tense::Future);
    let agents = match (&x.agent, &y.agent) {
        (Some(p), Some(q)) => p.key().eq_ignore_ascii_case(q.key()) || p.head == q.head,
        _ => true,
    };
    let themes = match (x.theme.as_ref(), y.theme.as_ref()) {
        (Some(p), Some(q)) => match (&p.entity, &q.entity) {
            (Some(e), Some(f)) => names_match(e, f),
            _ => true,
        },
        _ => true,
    };
    let places = |o: &OpenProposition| -> Vec<String> {
        (o.modifiers.iter())
            .filter(|m| m.role == Role::Place)
            .flat_map(|m| {
                pack.lexicon
                    .ancestors(m.argument.key())
                    .into_iter()
                    .map(str::to_string)
            })
            .collect()
    };
    let named = |o: &OpenProposition| o.modifiers.iter().any(|m| m.role == Role::Place);
    let place = !(named(x) && named(y)) || {
        let (px, py) = (places(x), places(y));
        px.iter().any(|p| py.contains(p))
    };
    let day = !same_day || x.date.is_none() || y.date.is_none() || x.date == y.date;
    // "make a decision", "have a question": a light verb says little, so both clauses
    // must name the same agent.
    let light = |o: &OpenProposition| {
        o.voice == crate::model::Voice::Active && crate::lexical::is_light(&o.predicate)
    };
    let light = light(x) || light(y);
    let agents = agents && (!light || (x.agent.is_some() && y.agent.is_some()));
    // The rest of the clauses: unless one says no more than predicate and theme and the
    // other little more, they must share a word of it ("the war" of one speech and of
    // another are not one).
    let shared = x.context.iter().any(|w| y.context.binary_search(w).is_ok());
    let brief = |o: &OpenProposition| o.context.len() <= BRIEF;
    let said_little = (x.context.is_empty() && brief(y)) || (y.context.is_empty() && brief(x));
    let context = said_little || shared;
    !apart && agents && themes && place && day && context
}

/// Whether two names can name one thing: one's words stand together in the other's
/// ("Mbeki" and "Leon Mbeki", "Marlow" and "Marlow Foods"), case aside.
pub fn names_match(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> { s.split_whitespace().map(str::to_lowercase).collect() };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && long.windows(short.len()).any(|w| w == short.as_slice())
}

#[cfg(test)]
mod tests {
    use super::names_match;

    #[test]
    fn a_surname_names_the_person() {
        assert!(names_match("leon mbeki", "Mbeki"));
        assert!(names_match("Marlow Foods", "marlow"));
        assert!(!names_match("John Smith", "Jane Smith"));
        assert!(!names_match("", "x"));
    }
}
