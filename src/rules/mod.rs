//! Applies the compiled rules to the claims of a run and says which pairs conflict.
//!
//! Candidate pairs come from an index keyed by the rule's predicate and join arguments
//! (`same`, and `nested` arguments under each containing entity too), never from all
//! pairs of claims. A pair found by several rules is reported once, by the first.

pub mod cases;
mod condition;
mod figure;
pub(crate) mod fingerprint;
mod pairing;
mod twins;
mod voices;

pub use condition::compatible;
pub use pairing::{bucket, claim_keys, Part, HOT_KEY};

use crate::model::{Claim, ClaimId, Conflict};
use crate::pack::spec::RuleKind;
use crate::pack::{CompiledRule, Pack};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RuleStats {
    pub id: String,
    pub pairs_compared: usize,
    pub conflicts: usize,
    /// Keys with so many claims that identical ones were collapsed before pairing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hot_keys: Option<HotKeys>,
}

/// What collapsing hot keys cost a rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// A pair of claims that one rule flags, before the rules are weighed against each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// Index of the rule in the pack.
    pub rule: usize,
    pub claims: [ClaimId; 2],
}

/// What the rules found in one part of the pairing keys.
#[derive(Debug, Clone)]
pub struct Findings {
    pub found: Vec<Finding>,
    /// Per rule, in pack order; conflicts are counted when findings are settled.
    pub stats: Vec<RuleStats>,
}

impl RuleStats {
    /// Adds the counts of the same rule in another part of the keys.
    pub fn add(&mut self, other: &RuleStats) {
        self.pairs_compared += other.pairs_compared;
        self.hot_keys = match (self.hot_keys, other.hot_keys) {
            (Some(a), Some(b)) => Some(HotKeys {
                keys: a.keys + b.keys,
                claims: a.claims + b.claims,
                kept: a.kept + b.kept,
                capped: a.capped + b.capped,
            }),
            (a, b) => a.or(b),
        };
    }
}

/// Candidate pairs one task judges: enough to outweigh handing out the task.
const PAIRS_PER_TASK: usize = 4096;

/// Every conflict between `claims` under the pack's rules, in a deterministic order.
pub fn evaluate(claims: &[Claim], pack: &Pack) -> Outcome {
    settle(claims, pack, find(claims, pack, Part::WHOLE))
}

/// The pairs each rule flags among the pairing keys that `part` owns. Every pair that
/// shares a key is in the part that owns the key, so the parts of a split run together
/// find what one process finds.
pub fn find(claims: &[Claim], pack: &Pack, part: Part) -> Findings {
    let (twins, facts) = rayon::join(
        || twins::Twins::new(claims),
        || condition::Facts::new(claims),
    );
    let mut found = Vec::new();
    let mut stats: Vec<Option<RuleStats>> = vec![None; pack.rules.len()];
    for group in sharing(pack, part) {
        let candidates = pairing::candidates(claims, &twins, &pack.rules[group[0]], pack, part);
        // Pairs are judged on every thread, each pair under every rule of the group while
        // its claims are at hand; `settle` puts the findings in order.
        let chunks = candidates.pairs.par_chunks(PAIRS_PER_TASK);
        found.par_extend(chunks.flat_map_iter(|pairs| {
            let mut flagged = Vec::new();
            for &(a, b) in pairs {
                for &r in &group {
                    let rule = &pack.rules[r];
                    let holds = |a, b| condition::holds(rule, &facts, [a, b], pack);
                    let flag = |a, b| {
                        flagged.push(Finding {
                            rule: r,
                            claims: [a, b],
                        })
                    };
                    judge_pair(rule, &twins, claims, (a, b), holds, flag);
                }
            }
            flagged
        }));
        for &r in &group {
            stats[r] = Some(RuleStats {
                id: pack.rules[r].id.clone(),
                pairs_compared: candidates.compared,
                hot_keys: candidates.hot_keys,
                conflicts: 0,
            });
        }
    }
    let stats = stats
        .into_iter()
        .map(|s| s.expect("every rule is in a group"));
    Findings {
        found,
        stats: stats.collect(),
    }
}

/// The rules in groups that compare the same candidate pairs, in pack order: rules on
/// open propositions with one key signature. In a split run each rule's keys fall in
/// buckets of their own, so there each rule is a group.
fn sharing(pack: &Pack, part: Part) -> Vec<Vec<usize>> {
    let mut groups: Vec<(Option<pairing::OpenKey>, Vec<usize>)> = Vec::new();
    for (r, rule) in pack.rules.iter().enumerate() {
        let signature = pairing::open_key(rule).filter(|_| part == Part::WHOLE);
        match groups
            .iter_mut()
            .find(|(s, _)| s.is_some() && *s == signature)
        {
            Some((_, group)) => group.push(r),
            None => groups.push((signature, vec![r])),
        }
    }
    groups.into_iter().map(|(_, group)| group).collect()
}

/// Flags the pairs among `a`, `b` and their twins for which `holds`.
fn judge_pair(
    rule: &CompiledRule,
    twins: &twins::Twins,
    claims: &[Claim],
    (a, b): (ClaimId, ClaimId),
    mut holds: impl FnMut(ClaimId, ClaimId) -> bool,
    mut flag: impl FnMut(ClaimId, ClaimId),
) {
    if rule.kind == RuleKind::Refutation {
        // The refuted claim is named, not paired by key: it stands for itself.
        if holds(a, b) {
            flag(a, b);
        }
    } else {
        twins.flagged(claims, a, b, holds, flag);
    }
}

/// Turns findings into conflicts. Two sentences conflict once, whichever predicates and
/// rules saw them: under the most severe rule that flags them, the first loaded among
/// equals.
pub fn settle(claims: &[Claim], pack: &Pack, findings: Findings) -> Outcome {
    let Findings {
        mut found,
        mut stats,
    } = findings;
    let mut by_severity: Vec<usize> = (0..pack.rules.len()).collect();
    by_severity.sort_by_key(|&r| std::cmp::Reverse(pack.rules[r].severity));
    let mut rank = vec![0; pack.rules.len()];
    for (position, &r) in by_severity.iter().enumerate() {
        rank[r] = position;
    }
    found.sort_unstable_by_key(|f| (rank[f.rule], f.claims));
    found.dedup();
    // A sentence is known by where it stands: documents may share an id.
    let mut reported: BTreeSet<[(&str, usize, usize); 2]> = BTreeSet::new();
    let mut fingerprints: BTreeSet<String> = BTreeSet::new();
    let mut conflicts = Vec::new();
    for Finding {
        rule: r,
        claims: [a, b],
    } in found
    {
        let sentences = [&claims[a], &claims[b]].map(|c| (&*c.path, c.line, c.column));
        if !reported.insert(sentences) {
            continue;
        }
        let conflict = conflict(&pack.rules[r], claims, a, b, pack);
        // Ids must be unique for baselines: a sentence repeated word for word in one
        // document is one conflict.
        if fingerprints.insert(conflict.id.clone()) {
            stats[r].conflicts += 1;
            conflicts.push(conflict);
        }
    }
    // Reports in corpus order, whichever rule found what.
    conflicts.sort_by_key(|k: &Conflict| {
        let [a, b] = k.claims.map(|i| (&claims[i].document, claims[i].line));
        (a, b, k.rule.clone())
    });
    Outcome { conflicts, stats }
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
        RuleKind::Antonymy => "antonymy",
        RuleKind::Date => "date",
        RuleKind::Semantic => "semantic",
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
        "side" => (claim.speaker.side.as_deref())
            .unwrap_or("unknown side")
            .to_string(),
        "stance" => format!("{:?}", claim.stance).to_lowercase(),
        "polarity" => format!("{:?}", claim.polarity).to_lowercase(),
        "proposition" => claim.proposition.to_string(),
        // The proposition as the claim has it: "not injure(theme=nobody)".
        "statement" if claim.polarity == crate::model::Polarity::Negative => {
            format!("not {}", claim.proposition)
        }
        "statement" => claim.proposition.to_string(),
        "quantity" => figure::figure(claim),
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
    /// For a rule on open propositions: the judge's reason, either way.
    pub judged: Option<String>,
}

/// Every rule's verdict on the pair `a`, `b`.
pub fn explain_pair(a: &Claim, b: &Claim, pack: &Pack) -> Vec<Verdict> {
    let both = [a.clone(), b.clone()];
    let facts = condition::Facts::new(&both);
    pack.rules
        .iter()
        .map(|rule| Verdict {
            rule: rule.id.clone(),
            paired: !pairing::candidates(&both, &twins::Twins::new(&both), rule, pack, Part::WHOLE)
                .pairs
                .is_empty(),
            steps: condition::steps(rule, &facts, [0, 1], pack),
            judged: rule
                .open
                .then(|| match crate::judge::judge(rule, a, b, pack) {
                    Ok(mismatch) => format!("aligned: {mismatch}"),
                    Err(misfit) => misfit.to_string(),
                }),
        })
        .collect()
}

#[cfg(test)]
mod tests;
