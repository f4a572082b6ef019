//! Propositions from the packs' predicate patterns, with polarity (negation in the
//! clause), hedging (modal words), partial scope ("most of") and bounded numbers.

use crate::model::{Bound, Polarity, Proposition, Quantity, Token};
use crate::pack::lexicon::{Lexicon, Mention, MentionKind};
use crate::pack::spec::{ContextValue, SlotType};
use crate::pack::{CompiledPattern, Pack, Predicate};
use std::ops::Range;

/// Tokens before a match that can still negate or hedge it: "did *not* seize".
const LOOK_BACK: usize = 6;

/// Words that end the clause a negation can reach back through.
const CLAUSE_BREAKS: &[&str] = &[",", ";", ":", "but", "while", "although", "and", "-"];

pub struct Found {
    pub proposition: Proposition,
    pub polarity: Polarity,
    pub hedged: bool,
    pub partial: bool,
    pub quantity: Option<Quantity>,
    pub pattern: String,
}

/// What the matcher needs to know of the one who speaks.
pub struct Context<'a> {
    pub tokens: &'a [Token],
    pub mentions: &'a [Mention],
    pub content: Range<usize>,
    pub speaker_side: Option<&'a str>,
}

/// Each predicate's first matching pattern in the content of a sentence.
pub fn propositions(ctx: &Context, pack: &Pack) -> Vec<Found> {
    let possible = pack.triggers.possible(ctx.tokens);
    // Most sentences hold no trigger of any pattern: they are done with here.
    if !possible.any() {
        return Vec::new();
    }
    pack.predicates
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let patterns = p.patterns.iter().enumerate();
            let allowed = patterns.filter(|&(nth, _)| possible.allows(i, nth));
            first_match(ctx, allowed.map(|(_, cp)| cp), p, &pack.lexicon)
        })
        .collect()
}

fn first_match<'p>(
    ctx: &Context,
    mut possible: impl Iterator<Item = &'p CompiledPattern>,
    predicate: &Predicate,
    lexicon: &Lexicon,
) -> Option<Found> {
    let accepts = |slot: &str, m: &Mention| {
        predicate
            .args
            .get(slot)
            .is_some_and(|types| types.iter().any(|&t| m.kind.fits(t)))
    };
    let tokens = &ctx.tokens[..ctx.content.end];
    possible.find_map(|cp| {
        let hit = cp
            .pattern
            .find(tokens, ctx.content.start, ctx.mentions, &accepts)?;
        let mut args = crate::model::Args::default();
        let mut partial = false;
        let mut quantity = None;
        for (slot, index) in &hit.slots {
            let m = &ctx.mentions[*index];
            let as_side = predicate.args[*slot].contains(&SlotType::Side);
            let value = match m.kind {
                _ if Lexicon::is_ambiguous(m) => return None,
                MentionKind::SelfRef => ctx.speaker_side?.to_string(),
                _ if as_side => m.side.clone()?,
                _ => m.value.clone(),
            };
            partial |= lexicon.partial_before(tokens, m.start);
            if m.kind == MentionKind::Number {
                quantity = Some(Quantity {
                    value: m.value.parse().ok()?,
                    bound: bound_before(tokens, m.start),
                    upper: None,
                });
            }
            args.insert(slot, &value);
        }
        for (slot, from) in &cp.set {
            let side = ctx.speaker_side?;
            let value = match from {
                ContextValue::Speaker => side.to_string(),
                ContextValue::Opponent => lexicon.sides.get(side)?.opposes.first()?.clone(),
            };
            args.insert_absent(slot, &value);
        }
        let free = (hit.start..hit.end).filter(|t| !hit.fixed.contains(t));
        let scope = clause_before(tokens, hit.start).chain(free);
        // Negations cancel in pairs: "not a day goes by without shelling" is shelling.
        let (mut negations, mut hedged) = (0, false);
        for t in scope {
            negations += usize::from(lexicon.is_negation(&tokens[t]));
            hedged |= lexicon.is_modal(&tokens[t]);
        }
        // "If the talks resume, the front will calm": the clause after a condition is
        // as conditional as the condition.
        hedged |= after_condition(tokens, hit.start);
        let negated = negations % 2 == 1;
        let polarity = if negated ^ hit.flipped {
            cp.polarity.flip()
        } else {
            cp.polarity
        };
        Some(Found {
            proposition: Proposition {
                predicate: predicate.id.clone(),
                args,
            },
            polarity,
            hedged,
            partial,
            quantity,
            pattern: cp.pattern.source.clone(),
        })
    })
}

/// Up to [`LOOK_BACK`] tokens before `start`, stopping at a clause break.
fn clause_before(tokens: &[Token], start: usize) -> impl Iterator<Item = usize> + '_ {
    (start.saturating_sub(LOOK_BACK)..start)
        .rev()
        .take_while(|&t| !CLAUSE_BREAKS.contains(&tokens[t].lower.as_str()))
}

/// Whether `start` stands in the clause right after an "if" or "unless" clause: "if X,
/// [start …]". A "but" or ";" in between ends the condition's reach.
fn after_condition(tokens: &[Token], start: usize) -> bool {
    let mut commas = 0;
    for t in tokens[..start].iter().rev() {
        match t.lower.as_str() {
            "," => commas += 1,
            "if" | "unless" => return commas == 1,
            ";" | "but" | ":" => return false,
            _ => {}
        }
    }
    false
}

/// "more than 300", "nearly 1,300", "about 40".
fn bound_before(tokens: &[Token], at: usize) -> Bound {
    let word = |back: usize| {
        at.checked_sub(back)
            .map_or("", |i| tokens[i].lower.as_str())
    };
    match (word(2), word(1)) {
        ("more" | "greater", "than") | ("at", "least") | (_, "over" | "exceeding") => {
            Bound::AtLeast
        }
        ("less" | "fewer", "than") | ("up", "to") | ("at", "most") | (_, "under") => Bound::AtMost,
        (
            _,
            "about" | "around" | "roughly" | "approximately" | "some" | "estimated" | "nearly"
            | "almost",
        ) => Bound::About,
        _ => Bound::Exact,
    }
}
