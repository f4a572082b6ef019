//! Whether two open propositions speak of the same thing. Some differences rule it out:
//! one in the future and the other not, two named agents, themes, places or days that
//! differ (days but for `date` rules, whose point is that they differ). Otherwise what
//! they share is counted in points, and they must reach [`ENOUGH`].

use super::Misfit;
use crate::extract::StoryTie;
use crate::lexical::nouns::{can_name, corefer, is_time, tie, Tie};
use crate::model::{Argument, OpenProposition, Role, Tense, Voice};
use crate::pack::Pack;
use std::borrow::Cow;

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
    story: StoryTie,
    pack: &Pack,
) -> Result<u32, Misfit> {
    // What will be is not contradicted by what was or is: "prices will fall" and
    // "prices continue to rise" speak of two times. A price is one whenever it is told:
    // "the repairs will cost 2.4 million", "the firm put their cost at 3.9 million".
    let priced = |o: &OpenProposition| {
        (o.quantities.iter()).any(|q| q.measure.as_deref().is_some_and(crate::lexical::is_price))
    };
    let timeless = priced(x) && priced(y);
    // "will stay closed until June" holds from now on: it meets "is open" today.
    let lasting = |o: &OpenProposition| {
        o.tense == Tense::Future
            && o.predicate.starts_with("be ")
            && (o.modifiers.iter()).any(|m| m.preposition == "until")
    };
    let now = |o: &OpenProposition| o.tense == Tense::Present;
    let meets = (lasting(x) && now(y)) || (lasting(y) && now(x));
    if (x.tense == Tense::Future) != (y.tense == Tense::Future) && !timeless && !meets {
        return Err(Misfit::Times);
    }
    let mut points = themes(x, y, story == StoryTie::TwoReports)?;
    points += agents(x, y)?;
    points += places(x, y, pack)?;
    modifiers(x, y)?;
    if same_day && frames_differ(x, y) {
        return Err(Misfit::Frames);
    }
    match (x.date, y.date) {
        (Some(d), Some(e)) if d == e => points += 1,
        (Some(_), Some(_)) if same_day => return Err(Misfit::Days),
        _ => {}
    }
    // What a figure counts ties two clauses, unless it is their theme, counted already.
    fn uncounted(o: &OpenProposition) -> impl Iterator<Item = &str> {
        let theme = o.theme.as_ref().map(|t| t.head.as_str());
        (o.quantities.iter())
            .map(|q| q.noun.as_str())
            .filter(move |&noun| Some(noun) != theme)
    }
    if uncounted(x).any(|q| uncounted(y).any(|r| corefer(q, r))) {
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
    // One report, or two that name the same rare names, most likely tell of one event.
    if story != StoryTie::Apart {
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
fn themes(x: &OpenProposition, y: &OpenProposition, two_reports: bool) -> Result<u32, Misfit> {
    let (Some(p), Some(q)) = (x.theme.as_ref(), y.theme.as_ref()) else {
        return Ok(0);
    };
    let differ = || Misfit::Themes(p.text.clone(), q.text.clone());
    // "that number is not growing", "these terrible numbers grow": a figure that does not
    // say what it counts points back into its own report, and names nothing to compare.
    if bare_figure(p) || bare_figure(q) {
        return Err(differ());
    }
    // "the bridge" may be one bridge; "children", "a war" or "12 people" are any; "no
    // ballots" denies every one.
    let definite = |a: &Argument| a.entity.is_some() || is_definite(&a.text);
    let denies_all = |a: &Argument| {
        a.text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("no"))
    };
    // Two reports of one story: "the ward" of one is what the other introduced as "a new
    // ward", and "14 soldiers were killed" and "60 soldiers died" count the same dead.
    let counted = |o: &OpenProposition, a: &Argument| o.quantities.iter().any(|c| c.noun == a.head);
    let told_as_one =
        two_reports && (definite(p) || definite(q) || (counted(x, p) && counted(y, q)));
    let same = if (definite(p) && definite(q)) || denies_all(p) || denies_all(q) || told_as_one {
        2
    } else {
        1
    };
    // "Nobody was injured" denies it of the "two workers" too.
    let nobody = |a: &Argument| matches!(a.head.as_str(), "nobody" | "none" | "no one");
    if (nobody(p) && q.entity.is_none()) || (nobody(q) && p.entity.is_none()) {
        return Ok(2);
    }
    // "the oat harvest" and "rye yields", "the bus strike" and "the rail strike": two
    // things of one kind, told apart by the nouns before their heads.
    if p.entity.is_none() && q.entity.is_none() && corefer(&p.head, &q.head) {
        if let (Some(a), Some(b)) = (modifier(&p.text), modifier(&q.text)) {
            if !a.eq_ignore_ascii_case(b) && !corefer(&a.to_lowercase(), &b.to_lowercase()) {
                return Err(differ());
            }
        }
    }
    if p.pair_head() == q.pair_head() && (p.entity.is_none() || q.entity.is_none()) {
        return Ok(same);
    }
    match (&p.entity, &q.entity) {
        (Some(e), Some(f)) if names_match(e, f) => Ok(3),
        (Some(_), Some(_)) => Err(differ()),
        (None, None) => match tie(&p.head, &q.head) {
            Some(Tie::Same) => Ok(same),
            // "The walkout" of one report is the "strike" the other tells of.
            Some(Tie::Kind) if told_as_one => Ok(2),
            Some(Tie::Kind) => Ok(1),
            None => Err(differ()),
        },
        (Some(_), None) if can_name(&q.head) => Ok(0),
        (None, Some(_)) if can_name(&p.head) => Ok(0),
        _ => Err(differ()),
    }
}

/// The noun right before a phrase's head, when it tells the thing apart from others of
/// its kind: "oat" in "the oat harvest in Callow", "bus" in "the bus strike"; not a
/// determiner, a number or an adjective ("the 86 musicians", "the average rent").
fn modifier(text: &str) -> Option<&str> {
    const NOT: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
        "my", "your", "no", "any", "some", "all", "every", "each", "both", "many", "few", "more",
        "most", "less", "several", "other", "another", "same", "such", "only", "about", "nearly",
        "around", "than", "least", "new", "total", "first", "last",
    ];
    const ENDS: &[&str] = &[
        "in", "of", "at", "for", "on", "from", "with", "to", "by", "near", "per", "across", "over",
        "after", "under", "against", "between", "since", "during", "than", "who", "which", "that",
    ];
    let words: Vec<&str> = (text.split(|c: char| c.is_whitespace() || c == ','))
        .filter(|w| !w.is_empty())
        .take_while(|w| !ENDS.contains(w))
        .collect();
    let [.., before, _head] = words[..] else {
        return None;
    };
    // A noun, not a word that describes ("average", "final-round"): WordNet knows it as
    // a noun and the tagger's lexicon reads it first as one.
    let plain = before.chars().all(|c| c.is_ascii_alphabetic());
    let lower = before.to_ascii_lowercase();
    let noun = crate::lexical::nouns::known(&lower) && !crate::tag::describes_first(&lower);
    let word = plain && noun && !NOT.iter().any(|n| n.eq_ignore_ascii_case(before));
    (word && !crate::open::is_number_word(before)).then_some(before)
}

/// A figure named without what it counts: "that number", "these terrible numbers",
/// "the total" (not "the number of patients", "the death toll").
fn bare_figure(a: &Argument) -> bool {
    const FIGURES: &[&str] = &["number", "figure", "total", "level", "amount", "count"];
    let words = a.text.split_whitespace().count();
    FIGURES.contains(&a.head.as_str())
        && words <= 3
        && !a.text.contains(" of ")
        && is_definite(&a.text)
}

/// Whether a phrase picks out what it names: a definite or possessive determiner.
fn is_definite(text: &str) -> bool {
    const DEFINITE: &[&str] = &[
        "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    ];
    let first = text.split_whitespace().next().unwrap_or_default();
    DEFINITE.iter().any(|d| first.eq_ignore_ascii_case(d)) || text.contains("'s ")
}

/// Two modifiers of one preposition that name different things ("a war against
/// Poland", "a war against Ukraine"; "a member of NATO", "a member of the EU").
fn modifiers(x: &OpenProposition, y: &OpenProposition) -> Result<(), Misfit> {
    fn named(o: &OpenProposition) -> Vec<(&str, &str)> {
        (o.modifiers.iter())
            .filter(|m| m.role != Role::Place && m.role != Role::Time)
            .filter_map(|m| Some((m.preposition.as_str(), m.argument.entity.as_deref()?)))
            .collect()
    }
    let (nx, ny) = (named(x), named(y));
    for (preposition, name) in &nx {
        let others: Vec<&str> = ny
            .iter()
            .filter(|(p, _)| p == preposition)
            .map(|(_, n)| *n)
            .collect();
        if !others.is_empty() && !others.iter().any(|n| names_match(n, name)) {
            return Err(Misfit::Named(preposition.to_string()));
        }
    }
    Ok(())
}

/// Two clauses each limited to a time, and not the same one: "at first" and "from
/// January", "in the spring" and "by the end of the year".
fn frames_differ(x: &OpenProposition, y: &OpenProposition) -> bool {
    fn frames(o: &OpenProposition) -> Vec<(&str, &str)> {
        // A named time or a year; "for six years" is a length, not a time.
        let named = |a: &Argument| {
            (a.entity.is_some() && is_time(&a.head))
                || (a.head.len() == 4 && a.head.bytes().all(|b| b.is_ascii_digit()))
        };
        // "until September" reaches over every earlier time, so it sets no frame apart.
        let times = (o.modifiers.iter())
            .filter(|m| named(&m.argument) && m.preposition != "until")
            .map(|m| (m.preposition.as_str(), m.argument.key()));
        times.chain(o.phase.as_deref().map(|p| ("", p))).collect()
    }
    // "throughout Monday" holds "on Monday afternoon": times within which a thing
    // happens are one when one's name holds the other's.
    let within = |p: &str| matches!(p, "on" | "in" | "at" | "during" | "throughout" | "over");
    let same = |(p, a): &(&str, &str), (q, b): &(&str, &str)| {
        (p == q || (within(p) && within(q))) && (a == b || names_match(a, b))
    };
    let (fx, fy) = (frames(x), frames(y));
    !fx.is_empty() && !fy.is_empty() && !fx.iter().any(|f| fy.iter().any(|g| same(f, g)))
}

fn agents(x: &OpenProposition, y: &OpenProposition) -> Result<u32, Misfit> {
    // "make a decision", "have a question": a light verb says little, so both clauses
    // must name the same agent.
    let light =
        |o: &OpenProposition| o.voice == Voice::Active && crate::lexical::is_light(&o.predicate);
    // "brought 80 millimetres of rain", "had 4,000 containers on board": an amount of a
    // named thing, or all there is of one, says what the light verb does not.
    // "Attendance was 6,200": a copula's figure is the amount of its theme.
    let amount_of_theme = |o: &OpenProposition, q: &crate::model::Counted| {
        o.predicate == "be" && o.theme.as_ref().is_some_and(|t| t.head == q.noun)
    };
    let measured = (x.quantities.iter()).any(|q| {
        (y.quantities.iter()).any(|r| {
            (q.measure.is_some() && q.measure == r.measure)
                || ((q.whole || r.whole) && q.noun == r.noun)
                || (amount_of_theme(x, q) && amount_of_theme(y, r) && q.noun == r.noun)
        })
    });
    let (p, q) = match (&x.agent, &y.agent) {
        (Some(p), Some(q)) => (p, q),
        _ if (light(x) || light(y)) && !measured => return Err(Misfit::LightVerb),
        _ => return Ok(0),
    };
    if let (Some(e), Some(f)) = (&p.entity, &q.entity) {
        if names_match(e, f) {
            return Ok(2);
        }
    }
    if p.key().eq_ignore_ascii_case(q.key()) || p.head == q.head {
        return Ok(if p.entity.is_some() { 2 } else { 1 });
    }
    // "the fire" and "the blaze": two common nouns that can name one thing, each picked
    // out, may be one agent.
    let picked = |a: &Argument| a.entity.is_none() && is_definite(&a.text);
    if picked(p) && picked(q) && corefer(&p.head, &q.head) {
        return Ok(1);
    }
    // As for themes: "the company" may be "Marlow", but proves nothing; after a light
    // verb it says too little to be anyone.
    let described = |a: &Argument| {
        (measured || (!light(x) && !light(y))) && is_definite(&a.text) && can_name(&a.head)
    };
    match (&p.entity, &q.entity) {
        (Some(_), None) if described(q) => Ok(0),
        (None, Some(_)) if described(p) => Ok(0),
        _ => Err(Misfit::Agents(p.text.clone(), q.text.clone())),
    }
}

fn places(x: &OpenProposition, y: &OpenProposition, pack: &Pack) -> Result<u32, Misfit> {
    // "The oat harvest in Callow County fell", "In Hensford County the oat harvest
    // fell": a name inside the theme places it as a modifier would.
    // "North of Aldermoor" and "south of Aldermoor" are two places, each in Aldermoor.
    fn named<'a>(o: &'a OpenProposition, pack: &'a Pack) -> Vec<Cow<'a, str>> {
        let sides = (o.modifiers.iter()).filter_map(|m| {
            let side = m.preposition.strip_suffix(" of")?;
            Some(Cow::Owned(format!("{side} of {}", m.argument.key())))
        });
        (o.modifiers.iter())
            .filter(|m| m.role == Role::Place && !m.preposition.ends_with(" of"))
            .flat_map(|m| pack.lexicon.ancestors(m.argument.key()))
            .map(Cow::Borrowed)
            .chain(
                o.theme
                    .iter()
                    .flat_map(|t| qualifiers(&t.text))
                    .map(Cow::Owned),
            )
            .chain(sides)
            .collect()
    }
    let (px, py) = (named(x, pack), named(y, pack));
    match (
        px.is_empty() || py.is_empty(),
        // "at Corbeck" and "in the Corbeck blast" name one place.
        px.iter()
            .any(|p| py.iter().any(|q| p == q || names_match(p, q))),
    ) {
        (true, _) => Ok(0),
        (false, true) => Ok(1),
        (false, false) => Err(Misfit::Places),
    }
}

/// The names a phrase places its head by, after "in", "at" or "near": "Callow County" in
/// "the oat harvest in Callow County", "Ravensholm" in "orders at the Ravensholm mill".
fn qualifiers(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capital = |w: &&&str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let mut found = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if !matches!(*w, "in" | "at" | "near") {
            continue;
        }
        let from = (i + 1 + usize::from(words.get(i + 1) == Some(&"the"))).min(words.len());
        let run: Vec<&str> = words[from..].iter().take_while(capital).copied().collect();
        if !run.is_empty() {
            let name = run.join(" ");
            let name = name.trim_end_matches(|c: char| !c.is_alphanumeric());
            found.push(name.strip_suffix("'s").unwrap_or(name).to_string());
        }
    }
    found
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
    fn names_inside_a_phrase_place_it() {
        assert_eq!(
            super::qualifiers("Orders at Aldwyn's plant in Sallowby, which makes"),
            ["Aldwyn", "Sallowby"]
        );
        assert_eq!(
            super::qualifiers("The oat harvest in Callow County"),
            ["Callow County"]
        );
        assert!(super::qualifiers("the number of patients in hospital").is_empty());
    }

    #[test]
    fn a_surname_names_the_person() {
        assert!(names_match("leon mbeki", "Mbeki"));
        assert!(names_match("Marlow Foods", "marlow"));
        assert!(!names_match("John Smith", "Jane Smith"));
        assert!(!names_match("", "x"));
    }
}
