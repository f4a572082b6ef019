//! Applies the compiled rules to the claims of a run and says which pairs conflict.
//!
//! Candidate pairs come from an index keyed by the rule's predicate and join arguments
//! (`same`, and `nested` arguments under each containing entity too), never from all
//! pairs of claims. A pair found by several rules is reported once, by the first.

pub mod cases;
mod condition;
mod fingerprint;

use crate::model::{referenced, Claim, ClaimId, Conflict};
use crate::pack::spec::RuleKind;
use crate::pack::{CompiledRule, Pack};
use rustc_hash::FxHashSet;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Serialize)]
pub struct RuleStats {
    pub id: String,
    pub pairs_compared: usize,
    pub conflicts: usize,
    /// Keys with so many claims that identical ones were collapsed before pairing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hot_keys: Option<HotKeys>,
}

/// What collapsing hot keys cost a rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct HotKeys {
    /// Keys with more than [`HOT_KEY`] claims.
    pub keys: usize,
    /// Their claims.
    pub claims: usize,
    /// The claims left to pair once identical ones were collapsed and the rest capped.
    pub kept: usize,
    /// Keys that still had more than [`HOT_KEY`] distinct claims: the claims beyond were
    /// not paired, and conflicts among them may be missed.
    pub capped: usize,
}

pub struct Outcome {
    pub conflicts: Vec<Conflict>,
    pub stats: Vec<RuleStats>,
}

/// Every conflict between `claims` under the pack's rules, in a deterministic order.
pub fn evaluate(claims: &[Claim], pack: &Pack) -> Outcome {
    // Two sentences conflict once, whichever predicates and rules saw it: under the most
    // severe rule that flags them, the first loaded among equals.
    // A sentence is known by where it stands: documents may share an id.
    let mut reported: BTreeSet<[(&str, usize, usize); 2]> = BTreeSet::new();
    let mut fingerprints: BTreeSet<String> = BTreeSet::new();
    let mut conflicts = Vec::new();
    let mut stats = Vec::new();
    let mut by_severity: Vec<&CompiledRule> = pack.rules.iter().collect();
    by_severity.sort_by_key(|r| std::cmp::Reverse(r.severity));
    for rule in by_severity {
        let (pairs, hot_keys) = candidate_pairs(claims, rule, pack);
        let mut found = 0;
        for &(a, b) in &pairs {
            let sentences = [&claims[a], &claims[b]].map(|c| (c.path.as_str(), c.line, c.column));
            if reported.contains(&sentences)
                || !condition::holds(rule, &claims[a], &claims[b], pack)
            {
                continue;
            }
            let conflict = conflict(rule, claims, a, b, pack);
            reported.insert(sentences);
            // Ids must be unique for baselines: a sentence repeated word for word in one
            // document is one conflict.
            if fingerprints.insert(conflict.id.clone()) {
                found += 1;
                conflicts.push(conflict);
            }
        }
        stats.push(RuleStats {
            id: rule.id.clone(),
            pairs_compared: pairs.len(),
            hot_keys,
            conflicts: found,
        });
    }
    // Statistics in load order; reports in corpus order, whichever rule found what.
    stats.sort_by_key(|s: &RuleStats| pack.rules.iter().position(|r| r.id == s.id));
    conflicts.sort_by_key(|k: &Conflict| {
        let [a, b] = k.claims.map(|i| (&claims[i].document, claims[i].line));
        (a, b, k.rule.clone())
    });
    Outcome { conflicts, stats }
}

/// Pairs `(earlier, later)` of claims that share the rule's pairing key, sorted and each
/// once, and what collapsing hot keys cost, if any was hot.
fn candidate_pairs(
    claims: &[Claim],
    rule: &CompiledRule,
    pack: &Pack,
) -> (Vec<(ClaimId, ClaimId)>, Option<HotKeys>) {
    if rule.kind == RuleKind::Refutation {
        let wanted =
            |c: &Claim| (rule.predicate.as_ref()).is_none_or(|p| *p == c.proposition.predicate);
        let mut pairs: Vec<_> = (0..claims.len())
            .filter(|&b| wanted(&claims[b]))
            .filter_map(|b| referenced(claims, b).map(|a| (a, b)))
            .collect();
        pairs.sort_unstable();
        return (pairs, None);
    }
    let mut index: BTreeMap<Vec<String>, Vec<ClaimId>> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        match rule.predicate.as_deref() {
            None => index
                .entry(vec![claim.proposition.to_string()])
                .or_default()
                .push(i),
            Some(p) if p == claim.proposition.predicate => {
                for key in keys(claim, rule, pack) {
                    index.entry(key).or_default().push(i);
                }
            }
            Some(_) => {}
        }
    }
    let mut pairs = Vec::new();
    let mut hot: Option<HotKeys> = None;
    for bucket in index.values_mut() {
        if bucket.len() > HOT_KEY {
            let hot = hot.get_or_insert_default();
            hot.keys += 1;
            hot.claims += bucket.len();
            hot.capped += usize::from(collapse(bucket, claims));
            hot.kept += bucket.len();
        }
        for (n, &a) in bucket.iter().enumerate() {
            for &b in &bucket[n + 1..] {
                pairs.push((a.min(b), a.max(b)));
            }
        }
    }
    // A pair may share several keys (nested arguments); a sort beats a tree of pairs.
    pairs.sort_unstable();
    pairs.dedup();
    (pairs, hot)
}

/// Claims on one key beyond which identical claims are collapsed before pairing.
pub const HOT_KEY: usize = 1_000;

/// A key with very many claims (one proposition repeated through a corpus) would make a
/// quadratic loop: claims that agree in speaker, side, polarity and day are kept once.
/// Conflicts between the kept claims stand for the rest. The bucket stays in order.
/// Returns whether distinct claims had to be dropped as well.
fn collapse(bucket: &mut Vec<ClaimId>, claims: &[Claim]) -> bool {
    let mut seen = FxHashSet::default();
    bucket.retain(|&i| {
        let c = &claims[i];
        seen.insert((
            c.speaker.key(),
            c.speaker.side.as_deref(),
            c.polarity,
            c.day,
        ))
    });
    let capped = bucket.len() > HOT_KEY;
    if capped {
        cap(bucket, claims);
    }
    capped
}

/// Keeps [`HOT_KEY`] of the bucket's claims, taking them in turn from each (side,
/// polarity), so that a lone dissenting claim is never the one dropped; within each,
/// the first of the corpus order. The bucket stays in order.
fn cap(bucket: &mut Vec<ClaimId>, claims: &[Claim]) {
    let mut groups: BTreeMap<_, Vec<ClaimId>> = BTreeMap::new();
    for &i in bucket.iter() {
        let c = &claims[i];
        groups
            .entry((c.speaker.side.as_deref(), c.polarity))
            .or_default()
            .push(i);
    }
    let mut kept = Vec::with_capacity(HOT_KEY);
    for round in 0.. {
        for group in groups.values() {
            if kept.len() == HOT_KEY {
                kept.sort_unstable();
                *bucket = kept;
                return;
            }
            kept.extend(group.get(round));
        }
    }
}

/// The pairing keys of a claim: its `same` values, and each containing entity of its
/// `nested` values. No key when a join argument is missing.
fn keys(claim: &Claim, rule: &CompiledRule, pack: &Pack) -> Vec<Vec<String>> {
    let args = &claim.proposition.args;
    let mut keys: Vec<Vec<String>> = vec![Vec::new()];
    for name in &rule.same {
        let Some(value) = args.get(name) else {
            return Vec::new();
        };
        keys.iter_mut().for_each(|k| k.push(value.clone()));
    }
    for name in &rule.nested {
        let Some(value) = args.get(name) else {
            return Vec::new();
        };
        let chain = pack.lexicon.ancestors(value);
        keys = keys
            .into_iter()
            .flat_map(|k| {
                chain
                    .iter()
                    .map(move |v| [k.as_slice(), &[v.to_string()]].concat())
            })
            .collect();
    }
    keys
}

fn conflict(
    rule: &CompiledRule,
    claims: &[Claim],
    a: ClaimId,
    b: ClaimId,
    pack: &Pack,
) -> Conflict {
    let (ca, cb) = (&claims[a], &claims[b]);
    Conflict {
        id: fingerprint::of(rule, ca, cb),
        rule: rule.id.clone(),
        kind: kind_name(rule.kind).to_string(),
        severity: rule.severity,
        message: render(&rule.message, ca, cb, pack),
        claims: [a, b],
    }
}

pub fn kind_name(kind: RuleKind) -> &'static str {
    match kind {
        RuleKind::Negation => "negation",
        RuleKind::Functional => "functional",
        RuleKind::Numeric => "numeric",
        RuleKind::SelfContradiction => "self",
        RuleKind::Refutation => "refutation",
    }
}

/// Fills `{a.speaker}`, `{b.side}`, `{a.place}` … in a rule message.
fn render(template: &str, a: &Claim, b: &Claim, pack: &Pack) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let field = &rest[open + 1..open + close];
        match field.split_once('.') {
            Some(("a", name)) => out.push_str(&field_value(a, name, pack)),
            Some(("b", name)) => out.push_str(&field_value(b, name, pack)),
            _ => out.push_str(&rest[open..=open + close]),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

fn field_value(claim: &Claim, name: &str, pack: &Pack) -> String {
    match name {
        "speaker" => claim.speaker.key().to_string(),
        "side" => claim
            .speaker
            .side
            .clone()
            .unwrap_or_else(|| "unknown side".into()),
        "stance" => format!("{:?}", claim.stance).to_lowercase(),
        "polarity" => format!("{:?}", claim.polarity).to_lowercase(),
        "proposition" => claim.proposition.to_string(),
        "quantity" => claim
            .quantity
            .map(|q| q.value.to_string())
            .unwrap_or_default(),
        arg => claim
            .proposition
            .args
            .get(arg)
            .map(|v| pack.lexicon.display(v).to_string())
            .unwrap_or_else(|| format!("{{{arg}?}}")),
    }
}

/// Why a rule does or does not flag a pair of claims, for `gainsay explain`.
pub struct Verdict {
    pub rule: String,
    /// Whether the two claims share the rule's pairing key at all.
    pub paired: bool,
    pub steps: [(&'static str, bool); 4],
}

/// Every rule's verdict on the pair `a`, `b`.
pub fn explain_pair(a: &Claim, b: &Claim, pack: &Pack) -> Vec<Verdict> {
    let both = [a.clone(), b.clone()];
    pack.rules
        .iter()
        .map(|rule| Verdict {
            rule: rule.id.clone(),
            paired: !candidate_pairs(&both, rule, pack).0.is_empty(),
            steps: condition::steps(rule, a, b, pack),
        })
        .collect()
}

#[cfg(test)]
mod tests;
