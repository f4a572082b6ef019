//! `gainsay check`: every stage in order, the report written, the outcome decided.

use super::Outcome;
use crate::cli::{CheckArgs, FailOn};
use crate::ingest::{self, FieldMap};
use crate::model::Severity;
use crate::report::{self, Run};
use crate::{extract, graph, pack, rules, segment};
use rayon::prelude::*;
use std::io::Write;
use std::path::Path;

pub fn check(args: &CheckArgs) -> Outcome {
    match run_check(args) {
        Ok(outcome) => outcome,
        Err(message) => {
            eprintln!("error: {message}");
            Outcome::Broken
        }
    }
}

fn run_check(args: &CheckArgs) -> Result<Outcome, String> {
    let mut fields = FieldMap::default();
    for mapping in &args.fields {
        let (field, key) = mapping
            .split_once('=')
            .ok_or_else(|| format!("--field {mapping}: expected FIELD=NAME"))?;
        fields.set(field, key)?;
    }
    let pack = pack::load(!args.no_default_rules, &args.rules).map_err(|e| e.to_string())?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .map_err(|e| e.to_string())?;
    let corpus = pool.install(|| ingest::ingest(&args.paths, &fields));
    for failure in &corpus.failures {
        eprintln!("error: {failure}");
    }
    for warning in &corpus.warnings {
        eprintln!("warning: {warning}");
    }
    if args.verbose {
        for path in &corpus.passed_over {
            eprintln!("note: {path}: not an article, passed over");
        }
    }
    if corpus.documents.is_empty() {
        return Err("no readable article in the given paths".into());
    }
    let per_doc: Vec<(usize, Vec<crate::model::Claim>)> = pool.install(|| {
        corpus
            .documents
            .par_iter()
            .map(|doc| {
                let sentences = segment::segment(doc);
                (sentences.len(), extract::extract(doc, &sentences, &pack))
            })
            .collect()
    });
    let sentences = per_doc.iter().map(|(n, _)| n).sum();
    let claims: Vec<_> = per_doc.into_iter().flat_map(|(_, c)| c).collect();
    let outcome = rules::evaluate(&claims, &pack);
    let graph = graph::build(&claims, &outcome.conflicts);
    let run = Run {
        documents: corpus.documents.len(),
        failures: &corpus.failures,
        warnings: &corpus.warnings,
        sentences,
        claims: &claims,
        outcome: &outcome,
        graph: &graph,
        pack: &pack,
    };
    let text = report::render(args.format, &run);
    match args.output.as_deref().filter(|p| *p != Path::new("-")) {
        Some(path) => {
            write_atomically(path, &text).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => match std::io::stdout().write_all(text.as_bytes()) {
            // A reader that stops early (`| head`) is not a failure of the run.
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.to_string()),
            _ => {}
        },
    }
    if outcome.stats.iter().all(|s| s.pairs_compared == 0) {
        eprintln!("error: nothing was compared: no two claims share a rule's pairing key");
        return Ok(Outcome::Broken);
    }
    if !corpus.failures.is_empty() {
        return Ok(Outcome::Broken);
    }
    let gate = match args.fail_on {
        FailOn::Info => Some(Severity::Info),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Error => Some(Severity::Error),
        FailOn::Never => None,
    };
    let failing = gate.is_some_and(|g| outcome.conflicts.iter().any(|c| c.severity >= g));
    Ok(if failing {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}

/// Writes to a temporary file beside `path`, then renames it over `path`, so that a
/// reader never sees half a report. A device or pipe (`/dev/null`, `/dev/stdout`) is
/// written in place: renaming over it would replace it.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return std::fs::write(path, text);
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("not a file name"))?;
    let temp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = std::fs::write(&temp, text).and_then(|()| std::fs::rename(&temp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}
