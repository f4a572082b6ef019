//! The files the parts of a split run exchange, one JSON record per line: claims with
//! their place in corpus order and their buckets (`gainsay extract`), what each extract
//! read (`inputs`), and the findings and rule counts of one bucket (`check --claims`).
//! Every record names its kind in `record`, so any mix of files can be read together.

use crate::ingest::Failure;
use crate::model::Claim;
use crate::rules::{Part, RuleStats};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "record", rename_all = "kebab-case")]
pub enum Record {
    Claim(Box<ClaimRecord>),
    Inputs(InputsRecord),
    /// Which bucket of how many a `check --claims` covered.
    Part(Part),
    Rule(RuleStats),
    Finding(FindingRecord),
}

/// Where a claim stands in the order one process would give it: documents by id, path
/// and first line, then the claim's index within its document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Place {
    pub document: String,
    pub path: String,
    /// The document's first line in its file.
    pub line: usize,
    pub index: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ClaimRecord {
    pub place: Place,
    /// Every bucket that must see the claim: those of its pairing keys, or one chosen by
    /// its id when no rule pairs it.
    pub buckets: Vec<u32>,
    pub claim: Claim,
}

/// What one extraction read.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct InputsRecord {
    pub documents: usize,
    pub sentences: usize,
    pub failed: Vec<Failure>,
    pub warnings: Vec<Failure>,
    pub skipped: Vec<Failure>,
}

/// A pair of claims one rule flags, the claims named by their places.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FindingRecord {
    pub rule: String,
    pub claims: [Place; 2],
}

/// Writes records as JSON Lines.
pub fn write<'a>(
    out: &mut impl Write,
    records: impl IntoIterator<Item = &'a Record>,
) -> std::io::Result<()> {
    for record in records {
        serde_json::to_writer(&mut *out, record)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Every record of the given files, and of the files under the given folders (in name
/// order; names starting with `.` or `_`, such as a cluster's checksums and markers, are
/// passed over). A line that is not a record is an error naming its file and line.
pub fn read(paths: &[PathBuf]) -> Result<Vec<Record>, String> {
    let mut records = Vec::new();
    for path in files(paths)? {
        let open = |p: &Path| -> std::io::Result<Box<dyn BufRead>> {
            if p == Path::new("-") {
                Ok(Box::new(std::io::stdin().lock()))
            } else {
                Ok(Box::new(std::io::BufReader::new(std::fs::File::open(p)?)))
            }
        };
        let reader = open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for (n, line) in reader.lines().enumerate() {
            let line = line.map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let record = serde_json::from_str(&line)
                .map_err(|e| format!("{}:{}: not a gainsay record: {e}", path.display(), n + 1))?;
            records.push(record);
        }
    }
    Ok(records)
}

fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let mut found = Vec::new();
        for entry in ignore::WalkBuilder::new(path)
            .standard_filters(false)
            .build()
        {
            let entry = entry.map_err(|e| e.to_string())?;
            let hidden = entry.file_name().to_string_lossy().starts_with(['.', '_']);
            if entry.file_type().is_some_and(|t| t.is_file()) && !hidden {
                found.push(entry.into_path());
            }
        }
        found.sort();
        files.extend(found);
    }
    Ok(files)
}
