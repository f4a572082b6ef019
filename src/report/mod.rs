//! Prints a run: text for people, JSON for programs (the contract in the README), DOT for
//! Graphviz; SARIF, GitHub annotations, JUnit XML and JSON Lines for CI. One printer per
//! format; none of them decides anything.

pub mod dot;
mod github;
pub mod graph_json;
mod html;
mod json;
mod jsonl;
mod junit;
mod markup;
mod sarif;
pub mod svg;
mod text;

use crate::disputes::Dispute;
use crate::ingest::Failure;
use crate::model::{Claim, Polarity};
use crate::pack::Pack;
use crate::rules::Outcome;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Dot,
    Sarif,
    Github,
    Junit,
    Jsonl,
    /// One self-contained page for a browser: disputes, filters and the speaker graph.
    Html,
}

/// How the text report lists findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum By {
    /// One entry per dispute: its positions, counts and strongest pair.
    #[default]
    Dispute,
    /// Every conflict in full, in order.
    Conflict,
}

/// Everything a printer may show.
pub struct Run<'a> {
    pub documents: usize,
    /// Inputs that could not be read.
    pub failures: &'a [Failure],
    pub warnings: &'a [Failure],
    /// Inputs with nothing to check (binary or empty files).
    pub skipped: &'a [Failure],
    pub sentences: usize,
    pub claims: &'a [Claim],
    pub outcome: &'a Outcome,
    /// The conflicts grouped: each of them is in exactly one.
    pub disputes: &'a [Dispute],
    pub by: By,
    pub pack: &'a Pack,
}

impl Run<'_> {
    /// How many sentences carry a claim: a sentence is known by where it stands.
    pub fn sentences_with_claims(&self) -> usize {
        let mut seen: Vec<(&str, usize, usize)> = (self.claims.iter())
            .map(|c| (&*c.path, c.line, c.column))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    }

    /// "13 sentences, 13 with a claim, 27 claims; 29 pairs compared": what the run read,
    /// as the text and HTML summaries say it.
    pub fn counts(&self) -> String {
        format!(
            "{}, {} with a claim, {}; {} compared",
            count(self.sentences, "sentence"),
            self.sentences_with_claims(),
            count(self.claims.len(), "claim"),
            count(self.pairs_compared(), "pair"),
        )
    }

    /// Pairs the rules compared, over all rules.
    pub fn pairs_compared(&self) -> usize {
        self.outcome.stats.iter().map(|s| s.pairs_compared).sum()
    }
}

/// Writes the report in `format` to `out`; the JSON report is written as it is made.
pub fn write(format: Format, run: &Run, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    match format {
        Format::Json => json::write(run, out),
        _ => out.write_all(render(format, run).as_bytes()),
    }
}

/// The report in `format` as text.
pub fn render(format: Format, run: &Run) -> String {
    match format {
        Format::Text => text::render(run),
        Format::Json => {
            let mut out = Vec::new();
            json::write(run, &mut out).expect("writing to memory cannot fail");
            String::from_utf8(out).expect("serde_json writes UTF-8")
        }
        Format::Dot => dot::render(run),
        Format::Sarif => sarif::render(run),
        Format::Github => github::render(run),
        Format::Junit => junit::render(run),
        Format::Jsonl => jsonl::render(run),
        Format::Html => html::render(run),
    }
}

/// "1 conflict", "3 conflicts".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// "controls(holder=russia, place=pokrovsk)", or "not …" for a negative claim.
pub fn proposition_text(claim: &Claim) -> String {
    match claim.polarity {
        Polarity::Positive => claim.proposition.to_string(),
        Polarity::Negative => format!("not {}", claim.proposition),
    }
}

#[cfg(test)]
mod tests;
