//! Ingest: turns the paths given on the command line into [`Document`]s.
//!
//! This stage finds the files (walking folders, honouring ignore files), reads and decodes
//! them, and maps each article or record to a `Document` with its id, path, metadata and
//! text. It does not split sentences, look at claims or judge content; it never aborts:
//! anything it cannot read becomes a [`Failure`] and the other files are still read.
//!
//! Text taken from a JSON, JSONL or CSV record keeps its line breaks, and `first_line` is
//! the line where the record starts, so later stages count lines from there.

mod read;
mod records;
#[cfg(test)]
mod tests;
mod text;
mod walk;

use crate::model::{Day, Document};
use rayon::prelude::*;
use std::fmt;
use std::path::PathBuf;
use walk::{Format, Source};

/// Which record field feeds which Document field; each is a list of candidate column/key
/// names tried in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldMap {
    pub id: Vec<String>,
    pub title: Vec<String>,
    pub text: Vec<String>,
    pub date: Vec<String>,
    pub outlet: Vec<String>,
    pub speaker: Vec<String>,
    pub side: Vec<String>,
}

const FIELD_NAMES: &str = "id, title, text, date, outlet, speaker, side";

impl Default for FieldMap {
    fn default() -> Self {
        let names = |keys: &[&str]| keys.iter().map(|k| k.to_string()).collect();
        FieldMap {
            id: names(&["id", "link", "url"]),
            title: names(&["title", "headline"]),
            text: names(&["text", "body", "content", "claim"]),
            date: names(&["date", "published", "published_at"]),
            outlet: names(&["outlet", "source"]),
            speaker: names(&["speaker", "author"]),
            side: names(&["side"]),
        }
    }
}

impl FieldMap {
    /// Makes `key` the only candidate for `field` (a user override such as `text=body`).
    pub fn set(&mut self, field: &str, key: &str) -> Result<(), String> {
        if key.trim().is_empty() {
            return Err(format!("empty key for field `{field}`"));
        }
        let candidates = match field {
            "id" => &mut self.id,
            "title" => &mut self.title,
            "text" => &mut self.text,
            "date" => &mut self.date,
            "outlet" => &mut self.outlet,
            "speaker" => &mut self.speaker,
            "side" => &mut self.side,
            _ => {
                return Err(format!(
                    "unknown field `{field}`; expected one of: {FIELD_NAMES}"
                ))
            }
        };
        *candidates = vec![key.to_string()];
        Ok(())
    }
}

/// A document, record or file that could not be read (or was read with a warning).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub path: String,
    pub line: Option<usize>,
    pub reason: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

/// Everything read from the given paths.
#[derive(Debug, Default)]
pub struct Corpus {
    /// In argument order; within a folder by path, then by record order.
    pub documents: Vec<Document>,
    /// Inputs (files, records) that could not be read; sorted by path, then line.
    pub failures: Vec<Failure>,
    /// Inputs read with a loss, such as invalid UTF-8 decoded lossily; sorted likewise.
    pub warnings: Vec<Failure>,
    /// Files of other types met in folders, not articles; sorted.
    pub passed_over: Vec<String>,
}

/// Reads every article under `paths`: files, folders, or `-` for stdin (JSONL when every
/// non-empty line starts with `{`, else one text document with id `-`).
/// Files inside folders whose path (relative to the folder) matches `exclude` are passed
/// over.
pub fn ingest(paths: &[PathBuf], fields: &FieldMap, exclude: &globset::GlobSet) -> Corpus {
    let mut corpus = Corpus::default();
    let sources = walk::sources(paths, exclude, &mut corpus);
    // `collect` keeps the input order, so the output does not depend on thread scheduling.
    let parsed: Vec<Parsed> = sources.par_iter().map(|s| parse(s, fields)).collect();
    for p in parsed {
        corpus.documents.extend(p.documents);
        corpus.failures.extend(p.failures);
        corpus.warnings.extend(p.warnings);
    }
    // Stable sort: a file's failures on the same line keep their reading order.
    for list in [&mut corpus.failures, &mut corpus.warnings] {
        list.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    }
    corpus.passed_over.sort();
    corpus
}

/// What one source yielded.
#[derive(Debug, Default)]
struct Parsed {
    documents: Vec<Document>,
    failures: Vec<Failure>,
    warnings: Vec<Failure>,
}

impl Parsed {
    fn fail(&mut self, source: &Source, line: Option<usize>, reason: impl Into<String>) {
        self.failures.push(source.failure(line, reason));
    }

    fn warn(&mut self, source: &Source, reason: impl Into<String>) {
        self.warnings.push(source.failure(None, reason));
    }
}

fn parse(source: &Source, fields: &FieldMap) -> Parsed {
    let mut out = Parsed::default();
    let Some(text) = read::load(source, &mut out) else {
        return out;
    };
    match source.format.unwrap_or_else(|| Format::sniff(&text)) {
        Format::Text => out.documents.push(text::plain(source, text)),
        Format::Markdown => text::markdown(source, &text, &mut out),
        Format::Json => records::json(source, &text, fields, &mut out),
        Format::Jsonl => records::jsonl(source, &text, fields, &mut out),
        Format::Csv => records::csv(source, &text, fields, &mut out),
    }
    out
}

/// A metadata value, trimmed; `None` when blank.
fn meta(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// The day of a date or timestamp (`2024-03-01T09:00Z` too); `None` if it is not one.
fn day(value: &str) -> Option<Day> {
    value.trim().get(..10)?.parse().ok()
}

/// Parser messages end with "at line L column C", counted within the parsed snippet; the
/// failure carries the file's line, so only the column is kept.
fn at_column(message: String, column: usize) -> String {
    match message.rsplit_once(" at line ") {
        Some((head, _)) => format!("{head} at column {column}"),
        None => message,
    }
}
