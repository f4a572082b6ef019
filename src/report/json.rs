//! The JSON report: `version`, `summary`, `conflicts` (each with both claims in full),
//! `disputes` (the conflicts grouped, by id) and `claims`. Field names are a contract; `eval/score.py`-style tools read `document` and
//! `sentence` of each conflict's claims.

use super::Run;
use crate::model::{Claim, Conflict, Severity};
use rayon::prelude::*;
use serde::Serialize;
use std::io::Write;

/// The report up to its claims, which [`write`] adds in batches.
#[derive(Serialize)]
struct Head<'a> {
    version: u32,
    summary: Summary<'a>,
    conflicts: Conflicts<'a>,
    disputes: Vec<DisputeOut<'a>>,
}

/// A dispute, its conflicts and claims named by their ids.
#[derive(Serialize)]
struct DisputeOut<'a> {
    id: &'a str,
    title: &'a str,
    topic: &'a str,
    severity: Severity,
    rules: &'a [String],
    conflicts: Vec<&'a str>,
    /// The conflict to read first: the one whose claims state most.
    representative: &'a str,
    first: Option<crate::model::Day>,
    last: Option<crate::model::Day>,
    positions: Vec<PositionOut<'a>>,
}

#[derive(Serialize)]
struct PositionOut<'a> {
    holder: &'a str,
    says: &'a str,
    speakers: &'a [String],
    claims: Vec<&'a str>,
}

fn dispute_out<'a>(run: &Run<'a>, d: &'a crate::disputes::Dispute) -> DisputeOut<'a> {
    let conflict_id = |n: usize| run.outcome.conflicts[n].id.as_str();
    DisputeOut {
        id: &d.id,
        title: &d.title,
        topic: &d.topic,
        severity: d.severity,
        rules: &d.rules,
        conflicts: d.conflicts.iter().map(|&n| conflict_id(n)).collect(),
        representative: conflict_id(d.representative),
        first: d.first,
        last: d.last,
        positions: (d.positions.iter())
            .map(|p| PositionOut {
                holder: &p.holder,
                says: &p.says,
                speakers: &p.speakers,
                claims: p
                    .claims
                    .iter()
                    .map(|&i| run.claims[i].id.as_str())
                    .collect(),
            })
            .collect(),
    }
}

struct Conflicts<'a>(&'a Run<'a>);

impl Serialize for Conflicts<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let run = self.0;
        serializer.collect_seq(run.outcome.conflicts.iter().map(|k| conflict_out(run, k)))
    }
}

/// Claims made into JSON at once: a corpus's claims are many times its text, and are
/// never held as JSON all at once, but a batch keeps every thread busy.
const CLAIMS_PER_BATCH: usize = 1 << 14;
const CLAIMS_PER_TASK: usize = 256;

#[derive(Serialize)]
struct Summary<'a> {
    documents: usize,
    /// Inputs with nothing to check, and why.
    skipped: Vec<Input<'a>>,
    /// Inputs that could not be read, and why.
    failed: Vec<Input<'a>>,
    warnings: Vec<Input<'a>>,
    sentences: usize,
    /// Sentences that carry at least one claim.
    sentences_with_claims: usize,
    claims: usize,
    conflicts: usize,
    disputes: usize,
    rules: &'a [crate::rules::RuleStats],
}

#[derive(Serialize)]
struct Input<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    reason: &'a str,
}

/// A conflict with both claims in full; also one line of the JSON Lines report.
#[derive(Serialize)]
pub(super) struct ConflictOut<'a> {
    id: &'a str,
    rule: &'a str,
    kind: &'a str,
    severity: Severity,
    message: &'a str,
    claims: [ClaimOut<'a>; 2],
}

#[derive(Serialize)]
pub(super) struct ClaimOut<'a> {
    id: &'a str,
    document: &'a str,
    path: &'a str,
    line: usize,
    sentence: &'a str,
    speaker: &'a str,
    side: Option<&'a str>,
    stance: crate::model::Stance,
    proposition: String,
    polarity: crate::model::Polarity,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    hedged: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    refers_to: Option<&'a str>,
    /// The clause as read from its words: predicate, arguments, polarity words,
    /// modality, quantities, date.
    #[serde(skip_serializing_if = "Option::is_none")]
    open: Option<&'a crate::model::OpenProposition>,
}

fn inputs(list: &[crate::ingest::Failure]) -> Vec<Input<'_>> {
    list.iter()
        .map(|f| Input {
            path: &f.path,
            line: f.line,
            reason: &f.reason,
        })
        .collect()
}

fn claim_out(c: &Claim) -> ClaimOut<'_> {
    ClaimOut {
        id: &c.id,
        document: &c.document,
        path: &c.path,
        line: c.line,
        sentence: &c.sentence,
        speaker: c.speaker.key(),
        side: c.speaker.side.as_deref(),
        stance: c.stance,
        proposition: c.proposition.to_string(),
        polarity: c.polarity,
        hedged: c.hedged,
        refers_to: c.refers_to.as_deref(),
        open: c.open.as_deref(),
    }
}

pub(super) fn conflict_out<'a>(run: &Run<'a>, k: &'a Conflict) -> ConflictOut<'a> {
    ConflictOut {
        id: &k.id,
        rule: &k.rule,
        kind: &k.kind,
        severity: k.severity,
        message: &k.message,
        claims: k.claims.map(|i| claim_out(&run.claims[i])),
    }
}

/// Writes the report to `out`, byte for byte what `serde_json::to_writer_pretty` writes
/// for the whole report, the claims serialised on every thread.
pub fn write(run: &Run, out: &mut dyn Write) -> std::io::Result<()> {
    let head = Head {
        version: 1,
        summary: Summary {
            documents: run.documents,
            skipped: inputs(run.skipped),
            failed: inputs(run.failures),
            warnings: inputs(run.warnings),
            sentences: run.sentences,
            sentences_with_claims: run.sentences_with_claims(),
            claims: run.claims.len(),
            conflicts: run.outcome.conflicts.len(),
            disputes: run.disputes.len(),
            rules: &run.outcome.stats,
        },
        conflicts: Conflicts(run),
        disputes: run.disputes.iter().map(|d| dispute_out(run, d)).collect(),
    };
    let mut text = serde_json::to_vec_pretty(&head)?;
    // The head's closing "\n}" gives way to the claims.
    text.truncate(text.len() - 2);
    out.write_all(&text)?;
    if run.claims.is_empty() {
        return out.write_all(b",\n  \"claims\": []\n}\n");
    }
    out.write_all(b",\n  \"claims\": [")?;
    for (n, batch) in run.claims.chunks(CLAIMS_PER_BATCH).enumerate() {
        let parts: Vec<Vec<u8>> = (batch.par_chunks(CLAIMS_PER_TASK))
            .map(pretty_items)
            .collect::<Result<_, _>>()?;
        for (m, part) in parts.iter().enumerate() {
            // Each part starts with the comma that separates it from the one before.
            let first = n == 0 && m == 0;
            out.write_all(&part[usize::from(first)..])?;
        }
    }
    out.write_all(b"\n  ]\n}\n")
}

/// Claims as items of the report's `claims` array, each after ",\n" and indented
/// two levels deep, as the pretty printer writes them there.
fn pretty_items(claims: &[Claim]) -> std::io::Result<Vec<u8>> {
    let mut items = Vec::with_capacity(claims.len() * 1024);
    let mut one = Vec::with_capacity(2048);
    for claim in claims {
        one.clear();
        serde_json::to_writer_pretty(&mut one, &claim_out(claim))?;
        items.extend_from_slice(b",\n    ");
        for (i, line) in one.split(|&b| b == b'\n').enumerate() {
            if i > 0 {
                items.extend_from_slice(b"\n    ");
            }
            items.extend_from_slice(line);
        }
    }
    Ok(items)
}
