//! Turns pack specs into what runs: patterns parsed against the antonyms of every loaded
//! pack, rules with their predicate and arguments checked and their windows and
//! tolerances parsed. Errors are collected, not stopped at, so one run shows them all.

use super::error::{located, located_nth, PackError};
use super::pattern::Pattern;
use super::spec::{self, FiguresSpec, PackSpec, PatternSpec, RuleKind, RuleSpec, SpeakersSpec};
use super::{CompiledPattern, CompiledRule, Pack, Predicate, Tolerance};
use crate::model::Polarity;
use std::collections::{BTreeMap, BTreeSet};

pub fn predicates(
    pack: &mut Pack,
    spec: &PackSpec,
    origin: &str,
    text: &str,
    errors: &mut Vec<PackError>,
) {
    for (n, p) in spec.predicates.iter().enumerate() {
        if pack.predicates.iter().any(|q| q.id == p.id) {
            let nth = spec.predicates[..n].iter().filter(|q| q.id == p.id).count();
            errors.push(defined_twice("predicate", &p.id, nth, origin, text));
            continue;
        }
        let mut patterns = Vec::new();
        for ps in &p.patterns {
            let (source, polarity, set) = match ps {
                PatternSpec::Plain(s) => (s.as_str(), Polarity::Positive, BTreeMap::new()),
                PatternSpec::Detailed(d) => {
                    let polarity = match d.polarity {
                        spec::PolaritySpec::Positive => Polarity::Positive,
                        spec::PolaritySpec::Negative => Polarity::Negative,
                    };
                    (d.pattern.as_str(), polarity, d.set.clone())
                }
            };
            let pattern = match Pattern::compile(source, &pack.lexicon.antonyms) {
                Ok(pattern) => pattern,
                Err(m) => {
                    errors.push(located(
                        origin,
                        text,
                        source,
                        &format!("pattern `{}`: {m}", shortened(source)),
                    ));
                    continue;
                }
            };
            let slots: Vec<&str> = pattern
                .slots()
                .chain(set.keys().map(String::as_str))
                .collect();
            if let Some(bad) = slots.iter().find(|s| !p.args.contains_key(**s)) {
                let msg = format!("pattern `{source}` uses slot `{bad}`, which predicate `{}` does not declare in `args`", p.id);
                errors.push(located(origin, text, source, &msg));
                continue;
            }
            patterns.push(CompiledPattern {
                pattern,
                polarity,
                set,
            });
        }
        pack.predicates.push(Predicate {
            id: p.id.clone(),
            args: p.args.clone(),
            patterns,
        });
    }
}

/// The predicate name that stands for every open proposition.
pub const OPEN: &str = "open";

/// What `same:` may name in a rule on open propositions.
const OPEN_ARGS: &[&str] = &["agent", "theme", "place"];

pub fn rules(
    pack: &mut Pack,
    spec: &PackSpec,
    origin: &str,
    text: &str,
    seen: &mut BTreeSet<String>,
    errors: &mut Vec<PackError>,
) {
    for (n, r) in spec.rules.iter().enumerate() {
        // Ids seen so far, compiled or not: a second definition is a duplicate even when
        // the first one failed.
        if !seen.insert(r.id.clone()) {
            let nth = spec.rules[..n].iter().filter(|q| q.id == r.id).count();
            errors.push(defined_twice("rule", &r.id, nth, origin, text));
            continue;
        }
        match rule(pack, r, origin, text) {
            Ok(compiled) => pack.rules.push(compiled),
            Err(e) => errors.push(e),
        }
    }
}

fn rule(pack: &Pack, r: &RuleSpec, origin: &str, text: &str) -> Result<CompiledRule, PackError> {
    {
        let fail = |msg: String| located(origin, text, &r.id, &msg);
        let open = r.pair.predicate.as_deref() == Some(OPEN);
        let args: BTreeSet<&str> = match &r.pair.predicate {
            Some(_) if open => OPEN_ARGS.iter().copied().collect(),
            _ if matches!(
                r.kind,
                RuleKind::Antonymy | RuleKind::Date | RuleKind::Semantic
            ) =>
            {
                return Err(fail(format!(
                    "rule `{}` compares open propositions and needs `pair.predicate: open`",
                    r.id
                )))
            }
            Some(id) => match pack.predicates.iter().find(|p| &p.id == id) {
                Some(p) => p.args.keys().map(String::as_str).collect(),
                None => {
                    return Err(fail(format!(
                        "rule `{}` names predicate `{id}`, which no loaded pack defines",
                        r.id
                    )))
                }
            },
            // Without a predicate a rule pairs claims with the same whole proposition.
            None if matches!(
                r.kind,
                RuleKind::Refutation | RuleKind::Negation | RuleKind::SelfContradiction
            ) =>
            {
                BTreeSet::new()
            }
            None => return Err(fail(format!("rule `{}` needs `pair.predicate`", r.id))),
        };
        let named = r
            .pair
            .same
            .iter()
            .chain(&r.pair.nested)
            .chain(&r.pair.differ);
        if let Some(bad) = named.clone().find(|a| !args.contains(a.as_str())) {
            return Err(fail(format!(
                "rule `{}` names argument `{bad}`, which its predicate does not have",
                r.id
            )));
        }
        if r.kind == RuleKind::Functional && r.pair.differ.is_none() {
            return Err(fail(format!(
                "rule `{}` is functional and needs `pair.differ`",
                r.id
            )));
        }
        let within_days = r
            .pair
            .within
            .as_deref()
            .map(parse_days)
            .transpose()
            .map_err(fail)?;
        let tolerance = r
            .pair
            .tolerance
            .as_deref()
            .map(parse_tolerance)
            .transpose()
            .map_err(fail)?;
        let totals = r.pair.figures == FiguresSpec::Totals;
        if totals && !(open && r.kind == RuleKind::Numeric) {
            return Err(fail(format!(
                "rule `{}`: `figures: totals` is for numeric rules on `predicate: open`",
                r.id
            )));
        }
        let semantic = r.kind == RuleKind::Semantic;
        if !semantic && (r.pair.min_score.is_some() || !r.pair.align.is_empty()) {
            return Err(fail(format!(
                "rule `{}`: `min_score` and `align` are for `semantic` rules",
                r.id
            )));
        }
        let speakers = match r.kind {
            RuleKind::SelfContradiction => SpeakersSpec::Same,
            _ => r.pair.speakers,
        };
        Ok(CompiledRule {
            id: r.id.clone(),
            kind: r.kind,
            severity: r.severity,
            message: r.message.clone(),
            predicate: r.pair.predicate.clone().filter(|_| !open),
            open,
            same: r.pair.same.clone(),
            nested: r.pair.nested.clone(),
            differ: r.pair.differ.clone(),
            speakers,
            within_days,
            tolerance: tolerance.unwrap_or(Tolerance::Relative(0.0)),
            totals,
            min_score: r.pair.min_score.unwrap_or(crate::judge::ENOUGH),
            align: r.pair.align.clone(),
            unless: r.unless.clone(),
            tests: r.tests.clone(),
            origin: origin.to_string(),
        })
    }
}

/// A second definition of an id, placed at the `nth` definition of it in this file.
fn defined_twice(what: &str, id: &str, nth: usize, origin: &str, text: &str) -> PackError {
    let message = format!("{what} `{id}` is defined twice");
    located_nth(origin, text, &format!("id: {id}"), nth, &message)
}

/// A pattern as quoted in an error: its first 60 characters.
fn shortened(source: &str) -> String {
    match source.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &source[..at]),
        None => source.to_string(),
    }
}

/// `14d`, `2w`, `1y` → days.
fn parse_days(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let (number, unit) = text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    );
    let n: i64 = number
        .parse()
        .map_err(|_| format!("`within: {text}` needs a number and a unit, as `14d`"))?;
    match unit {
        "d" => Ok(n),
        "w" => Ok(n * 7),
        "m" => Ok(n * 30),
        "y" => Ok(n * 365),
        _ => Err(format!("`within: {text}`: the unit is d, w, m or y")),
    }
}

/// `10%` → relative, `50` → absolute.
fn parse_tolerance(text: &str) -> Result<Tolerance, String> {
    let bad = || format!("`tolerance: {text}` is a number, or a percentage as `10%`");
    match text.trim().strip_suffix('%') {
        Some(p) => p
            .trim()
            .parse::<f64>()
            .map(|p| Tolerance::Relative(p / 100.0))
            .map_err(|_| bad()),
        None => text
            .trim()
            .parse::<f64>()
            .map(Tolerance::Absolute)
            .map_err(|_| bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_and_tolerances_parse() {
        assert_eq!(parse_days("14d"), Ok(14));
        assert_eq!(parse_days("2w"), Ok(14));
        assert!(parse_days("soon").is_err());
        assert_eq!(parse_tolerance("10%"), Ok(Tolerance::Relative(0.1)));
        assert_eq!(parse_tolerance("5"), Ok(Tolerance::Absolute(5.0)));
    }
}
