//! Whether a candidate pair really conflicts under one rule: speakers, time window,
//! `unless` exemptions, then the check of the rule's kind.

use super::voices::Voices;
use crate::judge::Gist;
use crate::model::{Bound, Claim, ClaimId, Polarity, Quantity, Stance};
use crate::pack::spec::{RuleKind, Unless};
use crate::pack::{CompiledRule, Pack, Tolerance};

type Check = fn(&CompiledRule, &Claim, &Claim, &Pack) -> bool;

/// The name of the first condition, on speakers, which reads the claims' voices.
const SPEAKERS: &str = "speakers";

/// The conditions after the speakers, in the order checked, cheapest first.
const CHECKS: [(&str, Check); 3] = [
    ("within the time window", |r, a, b, _| {
        within(r.within_days, r.kind == RuleKind::Date, a, b)
    }),
    ("no `unless` exemption", |r, a, b, _| {
        !exempt(&r.unless, a, b)
    }),
    ("the rule's kind", kind_holds),
];

/// What the conditions read of a run's claims: the claims themselves, and what the most
/// asked conditions need of each, worked out once and kept dense.
pub struct Facts<'a> {
    pub claims: &'a [Claim],
    voices: Voices,
    gists: Vec<Gist>,
}

impl<'a> Facts<'a> {
    pub fn new(claims: &'a [Claim]) -> Facts<'a> {
        let (voices, gists) = rayon::join(
            || Voices::new(claims),
            || claims.iter().map(Gist::of).collect(),
        );
        Facts {
            claims,
            voices,
            gists,
        }
    }
}

/// Whether claims `a` and `b` conflict under `rule`; stops at the first condition that
/// fails, after the judge's cheapest tests, which rule out most pairs.
pub fn holds(rule: &CompiledRule, facts: &Facts, [a, b]: [ClaimId; 2], pack: &Pack) -> bool {
    let Facts {
        claims,
        voices,
        gists,
    } = facts;
    (!rule.open || crate::judge::may_conflict(rule, gists[a], gists[b]))
        && voices.fit(rule.speakers, a, b)
        && (CHECKS.iter()).all(|(_, check)| check(rule, &claims[a], &claims[b], pack))
}

/// Each condition of a rule and whether it holds for the pair, for `gainsay explain`.
pub fn steps(
    rule: &CompiledRule,
    Facts { claims, voices, .. }: &Facts,
    [a, b]: [ClaimId; 2],
    pack: &Pack,
) -> [(&'static str, bool); 4] {
    let [within, unless, kind] =
        CHECKS.map(|(name, check)| (name, check(rule, &claims[a], &claims[b], pack)));
    [
        (SPEAKERS, voices.fit(rule.speakers, a, b)),
        within,
        unless,
        kind,
    ]
}

/// Claims without a date are taken to be about the same time. A rule on dates compares
/// what the claims date an event to: in two reports of one story, the years they read
/// ("joined in 2024", "joined in 2023") are what they dispute, not two times.
fn within(days: Option<i64>, on_dates: bool, a: &Claim, b: &Claim) -> bool {
    // A claim's day is the first of January only when it was read from a year.
    let year = |c: &Claim| {
        let day = c.day.filter(|d| d.month() == 1 && d.day() == 1);
        day.is_some() && c.open.as_ref().and_then(|o| o.date) == day
    };
    let one_story = || crate::extract::same_story(a, b) != crate::extract::StoryTie::Apart;
    if on_dates && year(a) && year(b) && one_story() {
        return true;
    }
    match (days, a.day, b.day) {
        (Some(limit), Some(x), Some(y)) => (x - y).get_days().abs() as i64 <= limit,
        _ => true,
    }
}

fn exempt(unless: &[Unless], a: &Claim, b: &Claim) -> bool {
    let total = |c: &Claim| c.open.as_ref().is_some_and(|o| o.cumulative);
    unless.iter().any(|u| {
        if *u == Unless::Cumulative {
            return total(a) != total(b);
        }
        [a, b].iter().any(|c| match u {
            Unless::Hedged => c.hedged,
            Unless::Question => c.stance == Stance::Questions,
            Unless::Partial => c.partial,
            Unless::Narrated => c.narrated,
            Unless::Reported => c.reported,
            Unless::Ambiguous => c.speaker.ambiguous,
            Unless::Cumulative => false,
        })
    })
}

fn kind_holds(rule: &CompiledRule, a: &Claim, b: &Claim, pack: &Pack) -> bool {
    if rule.open {
        return crate::judge::judge(rule, a, b, pack).is_ok();
    }
    match rule.kind {
        RuleKind::Negation | RuleKind::SelfContradiction => {
            a.polarity != b.polarity && nesting_fits(rule, a, b, pack)
        }
        RuleKind::Functional => {
            let differ = rule.differ.as_deref().unwrap_or_default();
            let (x, y) = (
                a.proposition.args.get(differ),
                b.proposition.args.get(differ),
            );
            a.polarity == Polarity::Positive
                && b.polarity == Polarity::Positive
                && matches!((x, y), (Some(x), Some(y)) if x != y)
                && contained(rule, a, b, pack)
        }
        RuleKind::Numeric => match (a.quantity, b.quantity) {
            (Some(x), Some(y)) => {
                a.polarity == b.polarity
                    && !compatible(x, y, rule.tolerance)
                    && contained(rule, a, b, pack)
            }
            _ => false,
        },
        RuleKind::Refutation => a.polarity != b.polarity,
        RuleKind::Antonymy | RuleKind::Date | RuleKind::Semantic => false,
    }
}

/// For `nested` arguments outside negation: one value contains the other (two sites of
/// one city are neighbours, not the same place).
fn contained(rule: &CompiledRule, a: &Claim, b: &Claim, pack: &Pack) -> bool {
    rule.nested.iter().all(
        |arg| match (a.proposition.args.get(arg), b.proposition.args.get(arg)) {
            (Some(x), Some(y)) => {
                pack.lexicon.ancestors(x).contains(&y) || pack.lexicon.ancestors(y).contains(&x)
            }
            _ => false,
        },
    )
}

/// "No fighting in the city" is contradicted by fighting in a part of it, not by fighting
/// in the region around it: the negative claim must be about the same or a wider place.
fn nesting_fits(rule: &CompiledRule, a: &Claim, b: &Claim, pack: &Pack) -> bool {
    let (negative, positive) = if a.polarity == Polarity::Negative {
        (a, b)
    } else {
        (b, a)
    };
    rule.nested.iter().all(|arg| {
        match (
            negative.proposition.args.get(arg),
            positive.proposition.args.get(arg),
        ) {
            (Some(wide), Some(narrow)) => pack.lexicon.ancestors(narrow).contains(&wide),
            _ => false,
        }
    })
}

/// Whether two bounded numbers can both be true, allowing the rule's tolerance.
pub fn compatible(x: Quantity, y: Quantity, tolerance: Tolerance) -> bool {
    let (lo1, hi1) = range(x, tolerance);
    let (lo2, hi2) = range(y, tolerance);
    lo1 <= hi2 && lo2 <= hi1
}

fn range(q: Quantity, tolerance: Tolerance) -> (f64, f64) {
    let slack = match tolerance {
        Tolerance::Relative(r) => q.value * r,
        Tolerance::Absolute(a) => a,
    };
    let v = q.value;
    if let Some(top) = q.upper {
        return (v - slack, top + slack);
    }
    match q.bound {
        Bound::Exact => (v - slack, v + slack),
        Bound::About => (v * 0.9 - slack, v * 1.1 + slack),
        Bound::AtLeast => (v - slack, f64::INFINITY),
        Bound::AtMost => (0.0, v + slack),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, bound: Bound) -> Quantity {
        Quantity {
            value,
            bound,
            upper: None,
        }
    }

    #[test]
    fn numbers_respect_bounds_and_tolerance() {
        let none = Tolerance::Relative(0.0);
        assert!(!compatible(
            q(40.0, Bound::Exact),
            q(12.0, Bound::Exact),
            none
        ));
        assert!(compatible(
            q(40.0, Bound::Exact),
            q(42.0, Bound::Exact),
            Tolerance::Relative(0.1)
        ));
        assert!(compatible(
            q(300.0, Bound::AtLeast),
            q(410.0, Bound::Exact),
            none
        ));
        assert!(!compatible(
            q(300.0, Bound::AtMost),
            q(410.0, Bound::Exact),
            none
        ));
        assert!(compatible(
            q(100.0, Bound::About),
            q(95.0, Bound::Exact),
            none
        ));
    }
}
