//! The text report: per dispute its positions, who holds them and its strongest pair;
//! or (`--by conflict`) per conflict the rule, both claims with document:line, speaker
//! and side, the whole sentences, and why the rule fired. Then a summary.

use super::{count, proposition_text, By, Run};
use crate::disputes::Dispute;
use crate::model::{Claim, Conflict};
use std::fmt::Write;

pub fn render(run: &Run) -> String {
    let mut out = String::new();
    match run.by {
        By::Dispute => run.disputes.iter().for_each(|d| dispute(&mut out, run, d)),
        By::Conflict => (run.outcome.conflicts.iter()).for_each(|k| conflict(&mut out, run, k)),
    }
    let findings = match run.by {
        By::Dispute => format!(
            "{} ({})",
            count(run.disputes.len(), "dispute"),
            count(run.outcome.conflicts.len(), "conflict")
        ),
        By::Conflict => count(run.outcome.conflicts.len(), "conflict"),
    };
    let documents = count(run.documents, "document");
    let _ = write!(out, "{findings} in {documents} ({})", run.counts());
    if !run.skipped.is_empty() {
        let skipped = count(run.skipped.len(), "input");
        let _ = write!(out, "; {skipped} skipped (binary or empty)");
    }
    if !run.failures.is_empty() {
        let _ = write!(
            out,
            "; {} could not be read",
            count(run.failures.len(), "input")
        );
    }
    out.push('\n');
    out
}

/// A dispute: its title and id, how much evidence each position has, then its strongest
/// pair as a conflict is printed.
fn dispute(out: &mut String, run: &Run, d: &Dispute) {
    let severity = format!("{:?}", d.severity).to_lowercase();
    let shown = &run.outcome.conflicts[d.representative];
    let _ = writeln!(out, "{severity}[{}]: {}", d.rules.join(", "), shown.message);
    let _ = writeln!(out, "  = dispute {}: {}", d.id, d.title);
    let span = d.span().map(|s| format!(", {s}")).unwrap_or_default();
    let _ = writeln!(out, "  = {}{span}", count(d.conflicts.len(), "conflict"));
    for p in &d.positions {
        let claims = count(p.claims.len(), "claim");
        let speakers = p.speakers.join(", ");
        let _ = writeln!(
            out,
            "  = {} says {}: {speakers} ({claims})",
            p.holder, p.says
        );
    }
    pair(out, run, shown);
}

fn conflict(out: &mut String, run: &Run, k: &Conflict) {
    let severity = format!("{:?}", k.severity).to_lowercase();
    let _ = writeln!(out, "{severity}[{}]: {}", k.rule, k.message);
    pair(out, run, k);
}

/// Both claims of a conflict and why the rule fired.
fn pair(out: &mut String, run: &Run, k: &Conflict) {
    for &i in &k.claims {
        claim(out, &run.claims[i]);
    }
    let [a, b] = k.claims.map(|i| &run.claims[i]);
    let _ = writeln!(
        out,
        "  = why: {} rule; {} vs {}\n",
        k.kind,
        proposition_text(a),
        proposition_text(b)
    );
}

fn claim(out: &mut String, c: &Claim) {
    let side = c.speaker.side.as_deref().unwrap_or("unknown side");
    let stance = format!("{:?}", c.stance).to_lowercase();
    let _ = writeln!(
        out,
        "  --> {}:{}  {} ({side}) {stance}: {}",
        c.document,
        c.line,
        c.speaker.key(),
        proposition_text(c)
    );
    let _ = writeln!(out, "      | {}", one_line(&c.sentence));
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
