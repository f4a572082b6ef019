//! Baselines: conflicts a team has accepted, by fingerprint, so that CI reports only new
//! ones; or whole disputes, by their id, so that a disagreement once reviewed stays quiet
//! however many sentences repeat it. An entry may carry a reason and an expiry day; an
//! expired entry no longer hides its conflicts. Entries that match nothing are stale.

use crate::disputes::Dispute;
use crate::model::{Claim, Conflict, Day};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The conflict's fingerprint, or the dispute's id when `dispute` is set.
    pub id: String,
    /// The entry accepts a whole dispute: each of its conflicts, today's and later ones.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dispute: bool,
    /// The rule, or for a dispute its rules joined by ", ".
    pub rule: String,
    /// Who disagrees, and where: for people reading the file.
    pub claims: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<Day>,
}

/// A baseline of every conflict of a run.
pub fn of(
    conflicts: &[Conflict],
    claims: &[Claim],
    reason: Option<&str>,
    expires: Option<Day>,
) -> Baseline {
    let entries = conflicts
        .iter()
        .map(|k| Entry {
            id: k.id.clone(),
            dispute: false,
            rule: k.rule.clone(),
            claims: k.claims.iter().map(|&i| describe(&claims[i])).collect(),
            reason: reason.map(String::from),
            expires,
        })
        .collect();
    Baseline {
        version: 1,
        entries,
    }
}

/// A baseline of every dispute of a run: one entry per dispute, naming its positions.
pub fn of_disputes(disputes: &[Dispute], reason: Option<&str>, expires: Option<Day>) -> Baseline {
    let entries = disputes
        .iter()
        .map(|d| Entry {
            id: d.id.clone(),
            dispute: true,
            rule: d.rules.join(", "),
            claims: (d.positions.iter())
                .map(|p| format!("{} says {}: {}", p.holder, p.says, p.speakers.join(", ")))
                .collect(),
            reason: reason.map(String::from),
            expires,
        })
        .collect();
    Baseline {
        version: 1,
        entries,
    }
}

fn describe(c: &Claim) -> String {
    let side = c.speaker.side.as_deref().unwrap_or("unknown side");
    format!(
        "{} ({side}) in {}: {}",
        c.speaker.key(),
        c.document,
        c.sentence.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

pub fn read(path: &Path) -> Result<Baseline, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let baseline: Baseline = serde_json::from_str(&text)
        .map_err(|e| format!("{}:{}:{}: {e}", path.display(), e.line(), e.column()))?;
    if baseline.version != 1 {
        return Err(format!(
            "{}: only baseline version 1 is known",
            path.display()
        ));
    }
    Ok(baseline)
}

/// What a baseline did to a run.
#[derive(Debug, Default)]
pub struct Applied {
    pub suppressed: usize,
    /// Entries that match no conflict of this run.
    pub stale: Vec<Entry>,
    /// Entries past their expiry day: their conflicts are reported again.
    pub expired: Vec<Entry>,
}

/// Removes the conflicts the baseline accepts (and has not let expire on `today`);
/// `dispute_of` holds the dispute id of each conflict.
pub fn apply(
    baseline: &Baseline,
    conflicts: &mut Vec<Conflict>,
    dispute_of: &[&str],
    today: Day,
) -> Applied {
    let found: BTreeSet<&str> = conflicts.iter().map(|k| k.id.as_str()).collect();
    let disputes: BTreeSet<&str> = dispute_of.iter().copied().collect();
    let mut applied = Applied::default();
    let mut accepted = BTreeSet::new();
    for entry in &baseline.entries {
        let known = if entry.dispute { &disputes } else { &found };
        if !known.contains(entry.id.as_str()) {
            applied.stale.push(entry.clone());
        } else if entry.expires.is_some_and(|day| day < today) {
            applied.expired.push(entry.clone());
        } else {
            accepted.insert(entry.id.clone());
        }
    }
    let before = conflicts.len();
    let mut dispute = dispute_of.iter();
    conflicts.retain(|k| {
        let of = dispute.next().copied().unwrap_or_default();
        !accepted.contains(&k.id) && !accepted.contains(of)
    });
    applied.suppressed = before - conflicts.len();
    applied
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Severity;

    fn conflict(id: &str) -> Conflict {
        Conflict {
            id: id.into(),
            rule: "r".into(),
            kind: "negation".into(),
            severity: Severity::Error,
            message: String::new(),
            claims: [0, 1],
        }
    }

    fn entry(id: &str, expires: Option<&str>) -> Entry {
        Entry {
            id: id.into(),
            dispute: false,
            rule: "r".into(),
            claims: vec![],
            reason: None,
            expires: expires.map(|d| d.parse().unwrap()),
        }
    }

    /// Conflicts a, b (of dispute d1) and new (of d2) under `baseline`: the ids left and
    /// what the baseline did.
    fn applied_to(baseline: &Baseline) -> (Vec<String>, Applied) {
        let mut conflicts = vec![conflict("a"), conflict("b"), conflict("new")];
        let of = ["d1", "d1", "d2"];
        let applied = apply(baseline, &mut conflicts, &of, "2025-06-01".parse().unwrap());
        (conflicts.into_iter().map(|k| k.id).collect(), applied)
    }

    #[test]
    fn accepted_hidden_stale_listed_expired_shown() {
        let baseline = Baseline {
            version: 1,
            entries: vec![
                entry("a", None),
                entry("gone", None),
                entry("b", Some("2024-01-01")),
            ],
        };
        let (left, applied) = applied_to(&baseline);
        assert_eq!(left, ["b", "new"]);
        assert_eq!(applied.suppressed, 1);
        assert_eq!(applied.stale[0].id, "gone");
        assert_eq!(applied.expired[0].id, "b");
    }

    #[test]
    fn a_dispute_entry_accepts_each_of_its_conflicts() {
        let mut whole = entry("d1", None);
        whole.dispute = true;
        let baseline = Baseline {
            version: 1,
            entries: vec![whole, entry("d2", None)],
        };
        let (left, applied) = applied_to(&baseline);
        assert_eq!(left, ["new"], "a conflict entry never matches a dispute id");
        assert_eq!(applied.suppressed, 2);
        assert_eq!(applied.stale[0].id, "d2");
    }
}
