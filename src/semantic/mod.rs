//! Contradictions in other words: two clauses about one thing that share no predicate.
//! Claims pair by what they are about (theme, agent, what they count) and by each
//! opposable state word they hold, wherever the clause holds it, or by what one calls
//! fake and the other rests on; the judge then aligns them as for every open rule and
//! names the mismatch: states that exclude each other, or a discredited source.

mod discredit;
mod terms;

use crate::extract::StoryTie;
use crate::judge::{align, Misfit, Mismatch, Verdict};
use crate::model::{Claim, OpenProposition};
use crate::pack::spec::Align;
use crate::pack::{CompiledRule, Pack};

/// The first word of the keys that pair a discredited source with what discredits it.
pub const DISCREDIT_KEY: &str = "!";

/// The pairing keys of an open claim under a `semantic` rule: each opposable state's
/// class with each of `anchors` (what the clause is about), and what it discredits or
/// rests on.
pub fn keys(
    claim: &Claim,
    open: &OpenProposition,
    anchors: &[String],
    pack: &Pack,
) -> Vec<Vec<String>> {
    let mut classes: Vec<&str> = (terms::opposable(open, &pack.states).into_iter())
        .map(|s| s.class)
        .collect();
    classes.sort_unstable();
    classes.dedup();
    let mut keys: Vec<Vec<String>> = Vec::with_capacity(classes.len() * anchors.len());
    for class in classes {
        let class = format!("~{class}");
        keys.extend(anchors.iter().map(|a| vec![class.clone(), a.clone()]));
    }
    let called_fake = discredit::target(claim).map(str::to_string);
    keys.extend(
        (called_fake.into_iter().chain(discredit::sources(claim)))
            .map(|head| vec![DISCREDIT_KEY.to_string(), head]),
    );
    keys
}

/// Whether a claim calls something fake: on a discrediting key, only such claims and
/// the others are paired, not the others among themselves.
pub fn discredits(claim: &Claim) -> bool {
    discredit::target(claim).is_some()
}

/// The verdict of a `semantic` rule on two open propositions of different sentences.
pub fn judge(
    rule: &CompiledRule,
    (a, x): (&Claim, &OpenProposition),
    (b, y): (&Claim, &OpenProposition),
    story: StoryTie,
    pack: &Pack,
) -> Verdict {
    // A source called fake is contradicted whatever it says, if both tell one story.
    let discredited = discredit::discredits(a, b) || discredit::discredits(b, a);
    if discredited && story != StoryTie::Apart {
        return Ok(Mismatch::Discredited);
    }
    let points = align::aligned(x, y, true, story, pack)?;
    if points < rule.min_score {
        return Err(Misfit::Little(points));
    }
    if let Some(missing) = rule.align.iter().find(|&&need| !both_have(need, x, y)) {
        return Err(Misfit::Unaligned(*missing));
    }
    let negated = a.polarity != b.polarity;
    let theirs = terms::opposable(y, &pack.states);
    let excluded = (terms::opposable(x, &pack.states).into_iter()).any(|s| {
        (theirs.iter()).any(|t| s.class == t.class && (s.flipped != t.flipped) != negated)
    });
    if excluded {
        Ok(Mismatch::States)
    } else {
        Err(Misfit::NoMismatch("no states that exclude each other"))
    }
}

/// Whether both clauses have what a rule's `align` asks for; that it agrees, the
/// alignment has already checked.
fn both_have(need: Align, x: &OpenProposition, y: &OpenProposition) -> bool {
    let has = |o: &OpenProposition| match need {
        Align::Theme => o.theme.is_some(),
        Align::Agent => o.agent.is_some(),
        Align::Place => (o.modifiers.iter()).any(|m| m.role == crate::model::Role::Place),
        Align::Date => o.date.is_some(),
    };
    has(x) && has(y)
}
