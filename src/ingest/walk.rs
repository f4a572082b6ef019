//! Finding what to read: each argument is stdin (`-`), a file, or a folder walked with
//! the `ignore` crate (ignore files honoured, hidden files skipped, links not followed).
//! Every article file found becomes a [`Source`] with the id and path its documents get.

use super::{Corpus, Failure};
use crate::model::Document;
use globset::GlobSet;
use ignore::WalkBuilder;
use std::fs;
use std::path::{Path, PathBuf, MAIN_SEPARATOR};

/// How a source's text is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    Text,
    Markdown,
    Json,
    Jsonl,
    Csv,
    Html,
}

impl Format {
    /// The article format for a file name, by extension (case-insensitive).
    pub(super) fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }

    /// Stdin has no name to go by: JSONL when every non-empty line opens an object.
    pub(super) fn sniff(text: &str) -> Format {
        let mut lines = text.lines().map(str::trim_start).filter(|l| !l.is_empty());
        if lines.all(|l| l.starts_with('{')) {
            Format::Jsonl
        } else {
            Format::Text
        }
    }
}

/// One file, or stdin, to read.
#[derive(Debug)]
pub(super) struct Source {
    /// Where to read from; `None` is stdin.
    pub file: Option<PathBuf>,
    /// The path shown to the user (`-` for stdin).
    pub path: String,
    /// The file's document id; records without one are numbered after it.
    pub id: String,
    /// `None` decides from the content (stdin).
    pub format: Option<Format>,
}

impl Source {
    fn stdin() -> Source {
        Source {
            file: None,
            path: "-".to_string(),
            id: "-".to_string(),
            format: None,
        }
    }

    fn file(path: PathBuf, id: String, format: Format) -> Source {
        Source {
            path: path.display().to_string(),
            file: Some(path),
            id,
            format: Some(format),
        }
    }

    /// A document of this source starting at line 1, to be filled in.
    pub(super) fn document(&self) -> Document {
        Document {
            id: self.id.clone(),
            path: self.path.clone(),
            first_line: 1,
            ..Document::default()
        }
    }

    pub(super) fn failure(&self, line: Option<usize>, reason: impl Into<String>) -> Failure {
        Failure {
            path: self.path.clone(),
            line,
            reason: reason.into(),
        }
    }
}

/// The sources under `roots`, in argument order and by path within a folder. Roots that
/// cannot be read, and files that are not articles, are recorded in `corpus`.
pub(super) fn sources<T>(
    roots: &[PathBuf],
    exclude: &GlobSet,
    corpus: &mut Corpus<T>,
) -> Vec<Source> {
    let mut sources = Vec::new();
    for root in roots {
        if root.as_os_str() == "-" {
            sources.push(Source::stdin());
            continue;
        }
        match fs::metadata(root) {
            Ok(meta) if meta.is_dir() => walk(root, exclude, &mut sources, corpus),
            // Named explicitly, so read it even without a known extension.
            Ok(_) => {
                let format = Format::of(root).unwrap_or(Format::Text);
                sources.push(Source::file(root.clone(), slashed(root), format));
            }
            Err(err) => corpus.failures.push(Failure {
                path: root.display().to_string(),
                line: None,
                reason: err.to_string(),
            }),
        }
    }
    sources
}

fn walk<T>(root: &Path, exclude: &GlobSet, sources: &mut Vec<Source>, corpus: &mut Corpus<T>) {
    let walker = WalkBuilder::new(root)
        .follow_links(false)
        // A corpus folder is rarely a git checkout; its .gitignore still means "skip these".
        .require_git(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                corpus.failures.push(walk_failure(root, err));
                continue;
            }
        };
        let Some(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            continue;
        }
        let path = entry.into_path();
        // Fifos and sockets could block the read; they are not articles anyway.
        let readable = kind.is_file() || kind.is_symlink();
        let id = slashed(path.strip_prefix(root).unwrap_or(&path));
        match Format::of(&path).filter(|_| readable && !exclude.is_match(&id)) {
            Some(format) => sources.push(Source::file(path, id, format)),
            None => corpus.passed_over.push(path.display().to_string()),
        }
    }
}

/// Names the file the walk error is about, when the error says which.
fn walk_failure(root: &Path, err: ignore::Error) -> Failure {
    match err {
        ignore::Error::WithDepth { err, .. } => walk_failure(root, *err),
        ignore::Error::WithPath { path, err } => Failure {
            path: path.display().to_string(),
            line: None,
            reason: reason(&err),
        },
        err => Failure {
            path: root.display().to_string(),
            line: None,
            reason: reason(&err),
        },
    }
}

/// The system's reason, without the path that the failure names already: the walker
/// wraps the system's error in one of its own that repeats it.
fn reason(err: &ignore::Error) -> String {
    let Some(mut io) = err.io_error() else {
        return err.to_string();
    };
    while let Some(inner) = (io.get_ref())
        .and_then(|wrapper| wrapper.source())
        .and_then(|source| source.downcast_ref::<std::io::Error>())
    {
        io = inner;
    }
    io.to_string()
}

/// Ids use `/` on every platform, so they match across machines.
fn slashed(path: &Path) -> String {
    path.to_string_lossy().replace(MAIN_SEPARATOR, "/")
}
