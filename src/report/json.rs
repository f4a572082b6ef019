//! The JSON report: `version`, `summary`, `conflicts` (each with both claims in full) and
//! `claims`. Field names are a contract; `eval/score.py`-style tools read `document` and
//! `sentence` of each conflict's claims.

use super::Run;
use crate::model::{Claim, Conflict, Severity};
use serde::Serialize;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    summary: Summary<'a>,
    conflicts: Each<'a, Conflict>,
    claims: Each<'a, Claim>,
}

/// A list written item by item as the report is written: a corpus's claims are many
/// times its text, and are never held as JSON all at once.
struct Each<'a, T>(&'a Run<'a>, &'a [T]);

impl Serialize for Each<'_, Conflict> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.1.iter().map(|k| conflict_out(self.0, k)))
    }
}

impl Serialize for Each<'_, Claim> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.1.iter().map(claim_out))
    }
}

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

/// Writes the report to `out`.
pub fn write(run: &Run, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let report = Report {
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
            rules: &run.outcome.stats,
        },
        conflicts: Each(run, &run.outcome.conflicts),
        claims: Each(run, run.claims),
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    out.write_all(b"\n")
}
