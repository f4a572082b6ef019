//! Disputes: conflicts grouped by what they are about and by the two positions taken on
//! it, so that one disagreement repeated sentence by sentence reads as one finding with
//! all its evidence. Every conflict belongs to exactly one dispute.

mod topic;

use crate::model::{Claim, ClaimId, Conflict, Day, Severity};
use crate::pack::Pack;
use crate::rules::fingerprint::Fnv;
use rustc_hash::FxHashMap;
use serde::Serialize;
use topic::{holder, Topic};

/// One disagreement: a topic, two positions, the conflicts between them.
#[derive(Debug, Clone, Serialize)]
pub struct Dispute {
    /// Stable: from the topic and the positions, never from lines or order, so that a
    /// baseline can accept a whole dispute.
    pub id: String,
    pub title: String,
    /// The proposition both sides speak of, with the arguments they agree on.
    pub topic: String,
    pub severity: Severity,
    pub rules: Vec<String>,
    pub positions: [Position; 2],
    /// Indexes into the run's conflicts, in their order.
    pub conflicts: Vec<usize>,
    /// The conflict whose claims state most: the one to read first.
    pub representative: usize,
    pub first: Option<Day>,
    pub last: Option<Day>,
}

impl Dispute {
    /// "2024-02-17", or "2024-02-17 to 2024-03-01": the days its claims speak of.
    pub fn span(&self) -> Option<String> {
        match (self.first?, self.last?) {
            (first, last) if first != last => Some(format!("{first} to {last}")),
            (day, _) => Some(day.to_string()),
        }
    }
}

/// Who holds one side of a dispute and what they say.
#[derive(Debug, Clone, Serialize)]
pub struct Position {
    /// The side, or the speaker when no side is known.
    pub holder: String,
    /// "yes", "no", or what they say instead ("agent=russia").
    pub says: String,
    /// Everyone who said it, in order of first appearance.
    pub speakers: Vec<String>,
    /// Each claim once, in corpus order.
    pub claims: Vec<ClaimId>,
}

/// Groups `conflicts` into disputes, the largest first (then in order of first conflict).
pub fn group(conflicts: &[Conflict], claims: &[Claim], pack: &Pack) -> Vec<Dispute> {
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    let mut disputes: Vec<Dispute> = Vec::new();
    for (n, conflict) in conflicts.iter().enumerate() {
        let [a, b] = conflict.claims.map(|i| &claims[i]);
        let topic = Topic::of(a, b, pack);
        let mut sides = [
            (holder(a), topic.position(a), conflict.claims[0]),
            (holder(b), topic.position(b), conflict.claims[1]),
        ];
        sides.sort_by(|x, y| (x.0, &x.1).cmp(&(y.0, &y.1)));
        let key = format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
            topic.text, sides[0].0, sides[0].1, sides[1].0, sides[1].1
        );
        let at = *index.entry(key).or_insert_with_key(|key| {
            disputes.push(open(key, &topic.text, &sides, conflict.severity, n));
            disputes.len() - 1
        });
        let dispute = &mut disputes[at];
        dispute.conflicts.push(n);
        dispute.severity = dispute.severity.max(conflict.severity);
        if !dispute.rules.contains(&conflict.rule) {
            dispute.rules.push(conflict.rule.clone());
        }
        for (position, (_, _, claim)) in dispute.positions.iter_mut().zip(sides) {
            add(position, claim, &claims[claim]);
        }
        for day in [a.day, b.day].into_iter().flatten() {
            dispute.first = Some(dispute.first.map_or(day, |d| d.min(day)));
            dispute.last = Some(dispute.last.map_or(day, |d| d.max(day)));
        }
    }
    for dispute in &mut disputes {
        dispute.representative = representative(&dispute.conflicts, conflicts, claims);
        for position in &mut dispute.positions {
            position.claims.sort_unstable();
            position.claims.dedup();
        }
    }
    disputes.sort_by_key(|d| (std::cmp::Reverse(d.conflicts.len()), d.conflicts[0]));
    disputes
}

fn open(
    key: &str,
    topic: &str,
    sides: &[(&str, String, ClaimId); 2],
    severity: Severity,
    first: usize,
) -> Dispute {
    let mut hash = Fnv::default();
    hash.write(key);
    let position = |(holder, says, _): &(&str, String, ClaimId)| Position {
        holder: holder.to_string(),
        says: says.clone(),
        speakers: Vec::new(),
        claims: Vec::new(),
    };
    let [x, y] = sides.each_ref().map(position);
    Dispute {
        id: format!("{:016x}", hash.finish()),
        title: format!(
            "{topic}: {} says {}, {} says {}",
            x.holder, x.says, y.holder, y.says
        ),
        topic: topic.to_string(),
        severity,
        rules: Vec::new(),
        positions: [x, y],
        conflicts: Vec::new(),
        representative: first,
        first: None,
        last: None,
    }
}

fn add(position: &mut Position, id: ClaimId, claim: &Claim) {
    position.claims.push(id);
    let speaker = claim.speaker.key();
    if !position.speakers.iter().any(|s| s == speaker) {
        position.speakers.push(speaker.to_string());
    }
}

/// The conflict to show for a dispute: the one whose claims state most (arguments,
/// figures), then whose speakers are named rather than narrated, then the shorter
/// sentences, then the first.
fn representative(members: &[usize], conflicts: &[Conflict], claims: &[Claim]) -> usize {
    let weight = |n: &usize| {
        let pair = conflicts[*n].claims.map(|i| &claims[i]);
        let stated: usize = (pair.iter())
            .map(|c| c.proposition.args.len() + usize::from(c.quantity.is_some()))
            .sum();
        let named = pair.iter().filter(|c| !c.narrated).count();
        let length: usize = pair.iter().map(|c| c.sentence.len()).sum();
        (
            std::cmp::Reverse(stated),
            std::cmp::Reverse(named),
            length,
            *n,
        )
    };
    members.iter().copied().min_by_key(weight).unwrap_or(0)
}

#[cfg(test)]
mod tests;
