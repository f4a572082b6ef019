//! Whether two open propositions speak of the same thing. Some differences rule it out:
//! one in the future and the other not, two named agents, themes, places or days that
//! differ (days but for `date` rules, whose point is that they differ). Otherwise what
//! they share is counted in points, and they must reach [`ENOUGH`].

use super::Misfit;
use crate::lexical::nouns::{can_name, corefer, tie, Tie};
use crate::model::{Argument, OpenProposition, Role, Tense, Voice};
use crate::pack::Pack;

/// Points two clauses must share to be about one thing: a theme and one more thing, or
/// a named theme.
pub const ENOUGH: u32 = 3;

/// Content words a clause may have and still count as saying little.
const BRIEF: usize = 2;

/// The points two propositions share, or why they cannot speak of one thing.
pub fn aligned(
    x: &OpenProposition,
    y: &OpenProposition,
    same_day: bool,
    pack: &Pack,
) -> Result<u32, Misfit> {
    // What will be is not contradicted by what was or is: "prices will fall" and
    // "prices continue to rise" speak of two times.
    if (x.tense == Tense::Future) != (y.tense == Tense::Future) {
        return Err(Misfit::Times);
    }
    let mut points = themes(x.theme.as_ref(), y.theme.as_ref())?;
    points += agents(x, y)?;
    points += places(x, y, pack)?;
    match (x.date, y.date) {
        (Some(d), Some(e)) if d == e => points += 1,
        (Some(_), Some(_)) if same_day => return Err(Misfit::Days),
        _ => {}
    }
    let counts =
        |o: &OpenProposition, noun: &str| o.quantities.iter().any(|q| corefer(&q.noun, noun));
    if x.quantities.iter().any(|q| counts(y, &q.noun)) {
        points += 1;
    }
    let shared = x
        .context
        .iter()
        .filter(|w| y.context.binary_search(w).is_ok());
    points += shared.take(2).count() as u32;
    // A clause that says no more than predicate and theme cannot share more.
    let brief = |o: &OpenProposition| o.context.len() <= BRIEF;
    if (x.context.is_empty() && brief(y)) || (y.context.is_empty() && brief(x)) {
        points += 1;
    }
    if points < ENOUGH {
        return Err(Misfit::Little(points));
    }
    Ok(points)
}

/// A named theme on both sides is the strongest tie; two common nouns must be able to
/// name one thing (a shared sense counts more than "the election" being a kind of "the
/// vote"); a name and a common noun may be one ("Dorsey", "the former manager") but
/// prove nothing, and an act or a state ("the candidacy") names no one.
fn themes(p: Option<&Argument>, q: Option<&Argument>) -> Result<u32, Misfit> {
    let (Some(p), Some(q)) = (p, q) else {
        return Ok(0);
    };
    let differ = || Misfit::Themes(p.text.clone(), q.text.clone());
    if p.pair_head() == q.pair_head() && (p.entity.is_none() || q.entity.is_none()) {
        return Ok(2);
    }
    match (&p.entity, &q.entity) {
        (Some(e), Some(f)) if names_match(e, f) => Ok(3),
        (Some(_), Some(_)) => Err(differ()),
        (None, None) => match tie(&p.head, &q.head) {
            Some(Tie::Same) => Ok(2),
            Some(Tie::Kind) => Ok(1),
            None => Err(differ()),
        },
        (Some(_), None) if can_name(&q.head) => Ok(0),
        (None, Some(_)) if can_name(&p.head) => Ok(0),
        _ => Err(differ()),
    }
}

fn agents(x: &OpenProposition, y: &OpenProposition) -> Result<u32, Misfit> {
    // "make a decision", "have a question": a light verb says little, so both clauses
    // must name the same agent.
    let light =
        |o: &OpenProposition| o.voice == Voice::Active && crate::lexical::is_light(&o.predicate);
    let (p, q) = match (&x.agent, &y.agent) {
        (Some(p), Some(q)) => (p, q),
        _ if light(x) || light(y) => return Err(Misfit::LightVerb),
        _ => return Ok(0),
    };
    if p.key().eq_ignore_ascii_case(q.key()) || p.head == q.head {
        Ok(if p.entity.is_some() { 2 } else { 1 })
    } else {
        Err(Misfit::Agents(p.text.clone(), q.text.clone()))
    }
}

fn places(x: &OpenProposition, y: &OpenProposition, pack: &Pack) -> Result<u32, Misfit> {
    fn named<'a>(o: &'a OpenProposition, pack: &'a Pack) -> Vec<&'a str> {
        (o.modifiers.iter())
            .filter(|m| m.role == Role::Place)
            .flat_map(|m| pack.lexicon.ancestors(m.argument.key()))
            .collect()
    }
    let (px, py) = (named(x, pack), named(y, pack));
    match (
        px.is_empty() || py.is_empty(),
        px.iter().any(|p| py.contains(p)),
    ) {
        (true, _) => Ok(0),
        (false, true) => Ok(1),
        (false, false) => Err(Misfit::Places),
    }
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
