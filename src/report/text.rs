//! The text report: per conflict the rule, both claims with document:line, speaker and
//! side, the whole sentences, and why the rule fired; then a summary.

use super::{proposition_text, Run};
use crate::model::Claim;
use std::fmt::Write;

pub fn render(run: &Run) -> String {
    let mut out = String::new();
    for conflict in &run.outcome.conflicts {
        let severity = format!("{:?}", conflict.severity).to_lowercase();
        let _ = writeln!(out, "{severity}[{}]: {}", conflict.rule, conflict.message);
        for &i in &conflict.claims {
            claim(&mut out, &run.claims[i]);
        }
        let [a, b] = conflict.claims.map(|i| &run.claims[i]);
        let _ = writeln!(
            out,
            "  = why: {} rule; {} vs {}\n",
            conflict.kind,
            proposition_text(a),
            proposition_text(b)
        );
    }
    let _ = write!(
        out,
        "{} in {} ({}, {} with a claim, {}; {} compared)",
        count(run.outcome.conflicts.len(), "conflict"),
        count(run.documents, "document"),
        count(run.sentences, "sentence"),
        run.sentences_with_claims(),
        count(run.claims.len(), "claim"),
        count(run.pairs_compared(), "pair"),
    );
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

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
