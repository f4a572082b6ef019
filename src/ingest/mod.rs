//! Ingest: turns the paths given on the command line into [`Document`]s.
//!
//! This stage finds the files (walking folders, honouring ignore files), reads and decodes
//! them, and maps each article or record to a `Document` with its id, path, metadata and
//! text. It does not split sentences, look at claims or judge content; it never aborts:
//! anything it cannot read becomes a [`Failure`] and the other files are still read.
//!
//! Text taken from a JSON, JSONL or CSV record keeps its line breaks, and `first_line` is
//! the line where the record starts, so later stages count lines from there.
//!
//! Memory stays bounded on large corpora: [`ingest_with`] hands each document to the next
//! stage as soon as it is read and keeps only what that stage returns, and JSONL files
//! are read in batches of lines, never whole.

mod html;
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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Failure {
    pub path: String,
    pub line: Option<usize>,
    pub reason: String,
}

impl Failure {
    /// Sorts by path, then line. Stable: a file's failures on one line keep their
    /// reading order.
    pub fn sort(list: &mut [Failure]) {
        list.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

/// Everything read from the given paths; `T` is what each document was turned into.
#[derive(Debug)]
pub struct Corpus<T = Document> {
    /// In document order: by id, then path, then line, whatever order the files were
    /// given or found in, so that output does not depend on it.
    pub documents: Vec<T>,
    /// Inputs (files, records) that could not be read; sorted by path, then line.
    pub failures: Vec<Failure>,
    /// Inputs read with a loss, such as invalid UTF-8 decoded lossily; sorted likewise.
    pub warnings: Vec<Failure>,
    /// Inputs with nothing to check (binary or empty files); sorted likewise.
    pub skipped: Vec<Failure>,
    /// Files of other types met in folders, not articles; sorted.
    pub passed_over: Vec<String>,
}

impl<T> Default for Corpus<T> {
    fn default() -> Self {
        Corpus {
            documents: Vec::new(),
            failures: Vec::new(),
            warnings: Vec::new(),
            skipped: Vec::new(),
            passed_over: Vec::new(),
        }
    }
}

/// Reads every article under `paths`: files, folders, or `-` for stdin (JSONL when every
/// non-empty line starts with `{`, else one text document with id `-`).
/// Files inside folders whose path (relative to the folder) matches `exclude` are passed
/// over.
pub fn ingest(paths: &[PathBuf], fields: &FieldMap, exclude: &globset::GlobSet) -> Corpus {
    ingest_with(paths, fields, exclude, |document| document)
}

/// Like [`ingest`], but turns each document into `analyse(document)` as soon as it is
/// read, on the thread that read it; the document itself is then dropped.
pub fn ingest_with<T: Send>(
    paths: &[PathBuf],
    fields: &FieldMap,
    exclude: &globset::GlobSet,
    analyse: impl Fn(Document) -> T + Sync,
) -> Corpus<T> {
    let mut corpus = Corpus::default();
    let sources = walk::sources(paths, exclude, &mut corpus);
    let parsed: Vec<Parsed<T>> = (sources.par_iter())
        .map(|s| parse(s, fields, &analyse))
        .collect();
    let mut documents = Vec::new();
    for p in parsed {
        documents.extend(p.documents);
        corpus.failures.extend(p.failures);
        corpus.warnings.extend(p.warnings);
        corpus.skipped.extend(p.skipped);
    }
    documents.sort_by(|(a, _), (b, _)| a.cmp(b));
    corpus.documents = documents.into_iter().map(|(_, t)| t).collect();
    for list in [
        &mut corpus.failures,
        &mut corpus.warnings,
        &mut corpus.skipped,
    ] {
        Failure::sort(list);
    }
    corpus.passed_over.sort();
    corpus
}

/// A document's place in document order.
type Order = (String, String, usize);

fn order(document: &Document) -> Order {
    (
        document.id.clone(),
        document.path.clone(),
        document.first_line,
    )
}

type Analyse<'a, T> = &'a (dyn Fn(Document) -> T + Sync);

/// What one source yielded.
struct Parsed<'a, T> {
    analyse: Analyse<'a, T>,
    documents: Vec<(Order, T)>,
    failures: Vec<Failure>,
    warnings: Vec<Failure>,
    skipped: Vec<Failure>,
}

impl<'a, T> Parsed<'a, T> {
    fn new(analyse: Analyse<'a, T>) -> Self {
        Parsed {
            analyse,
            documents: Vec::new(),
            failures: Vec::new(),
            warnings: Vec::new(),
            skipped: Vec::new(),
        }
    }

    fn keep(&mut self, document: Document) {
        self.documents
            .push((order(&document), (self.analyse)(document)));
    }

    fn fail(&mut self, source: &Source, line: Option<usize>, reason: impl Into<String>) {
        self.failures.push(source.failure(line, reason));
    }

    fn warn(&mut self, source: &Source, reason: impl Into<String>) {
        self.warnings.push(source.failure(None, reason));
    }

    fn skip(&mut self, source: &Source, reason: impl Into<String>) {
        self.skipped.push(source.failure(None, reason));
    }
}

fn parse<'a, T: Send>(
    source: &Source,
    fields: &FieldMap,
    analyse: Analyse<'a, T>,
) -> Parsed<'a, T> {
    let mut out = Parsed::new(analyse);
    if let (Some(file), Some(Format::Jsonl)) = (&source.file, source.format) {
        match std::fs::File::open(file) {
            Ok(file) => records::jsonl(source, std::io::BufReader::new(file), fields, &mut out),
            Err(err) => out.fail(source, None, err.to_string()),
        }
        return out;
    }
    let Some(text) = read::load(source, &mut out) else {
        return out;
    };
    match source.format.unwrap_or_else(|| Format::sniff(&text)) {
        Format::Text => out.keep(text::plain(source, text)),
        Format::Markdown => text::markdown(source, &text, &mut out),
        Format::Json => records::json(source, &text, fields, &mut out),
        Format::Jsonl => records::jsonl(source, text.as_bytes(), fields, &mut out),
        Format::Csv => records::csv(source, &text, fields, &mut out),
        Format::Html => html::html(source, &text, &mut out),
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
