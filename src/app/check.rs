//! `gainsay check` and `gainsay baseline`: every stage in order, the configuration and
//! baseline applied, the reports written, the outcome decided.

use super::stats::Stats;
use super::Outcome;
use crate::baseline;
use crate::cli::{BaselineArgs, CheckArgs, CorpusArgs, FailOn, OutputSpec};
use crate::config::{self, Config};
use crate::exchange::Place;
use crate::ingest::{self, Corpus, FieldMap};
use crate::model::{Claim, ClaimId, Severity};
use crate::pack::{self, Pack};
use crate::report::{self, Format, Run};
use crate::{disputes, extract, rules, segment};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

pub fn check(args: &CheckArgs) -> Outcome {
    if args.claims {
        return super::split::check_claims(args);
    }
    finish(run_check(args))
}

pub fn baseline(args: &BaselineArgs) -> Outcome {
    finish(run_baseline(args))
}

pub(super) fn finish(result: Result<Outcome, String>) -> Outcome {
    result.unwrap_or_else(|message| {
        eprintln!("error: {message}");
        Outcome::Broken
    })
}

/// A run of the pipeline up to the conflicts.
pub(super) struct Analysis {
    pub extracted: Extraction,
    pub outcome: rules::Outcome,
}

fn run_check(args: &CheckArgs) -> Result<Outcome, String> {
    let started = Instant::now();
    let outputs = outputs(&args.format, args.output.as_ref())?;
    let mut a = analyse(&args.corpus)?;
    let reporting = Instant::now();
    let baseline_file = args
        .baseline
        .clone()
        .or(a.extracted.config.baseline.clone());
    let pack = &a.extracted.pack;
    let mut disputes = disputes::group(&a.outcome.conflicts, &a.extracted.claims, pack);
    if let Some(path) = &baseline_file {
        let accepted = baseline::read(path)?;
        let mut dispute_of = vec![""; a.outcome.conflicts.len()];
        for d in &disputes {
            d.conflicts.iter().for_each(|&n| dispute_of[n] = &d.id);
        }
        let applied = baseline::apply(
            &accepted,
            &mut a.outcome.conflicts,
            &dispute_of,
            jiff::Zoned::now().date(),
        );
        report_baseline(path, &applied, args.corpus.quiet);
        disputes = disputes::group(&a.outcome.conflicts, &a.extracted.claims, pack);
    }
    let run = Run {
        documents: a.extracted.corpus.documents.len(),
        failures: &a.extracted.corpus.failures,
        warnings: &a.extracted.corpus.warnings,
        skipped: &a.extracted.corpus.skipped,
        sentences: a.extracted.corpus.documents.iter().sum(),
        claims: &a.extracted.claims,
        outcome: &a.outcome,
        disputes: &disputes,
        by: args.by,
        pack: &a.extracted.pack,
    };
    for output in &outputs {
        a.extracted.pool.install(|| {
            write_with(output.path.as_deref(), |out| {
                report::write(output.format, &run, out)
            })
        })?;
    }
    if args.stats {
        a.extracted.stats.reports = reporting.elapsed();
        eprint!(
            "{}",
            a.extracted.stats.render(
                started.elapsed(),
                a.extracted.pool.current_num_threads(),
                a.extracted.claims.len()
            )
        );
    }
    let fail_on = args
        .fail_on
        .or(a.extracted.config.fail_on)
        .unwrap_or(FailOn::Error);
    let ended = ending(
        &a.outcome,
        a.extracted.claims.len(),
        !a.extracted.corpus.failures.is_empty(),
        fail_on,
    );
    // The process ends here: freeing a corpus's claims one by one would only cost time.
    std::mem::forget(a);
    Ok(ended)
}

/// How a run ends: broken when an input could not be read or nothing was compared,
/// findings when a conflict reaches `fail_on`, clean otherwise.
pub(super) fn ending(
    outcome: &rules::Outcome,
    claims: usize,
    failed: bool,
    fail_on: FailOn,
) -> Outcome {
    if let Some(broken) = broken(outcome, claims, failed) {
        return broken;
    }
    let gate = match fail_on {
        FailOn::Info => Some(Severity::Info),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Error => Some(Severity::Error),
        FailOn::Never => None,
    };
    let failing = gate.is_some_and(|g| outcome.conflicts.iter().any(|c| c.severity >= g));
    if failing {
        Outcome::Findings
    } else {
        Outcome::Clean
    }
}

fn run_baseline(args: &BaselineArgs) -> Result<Outcome, String> {
    let a = analyse(&args.corpus)?;
    let (conflicts, claims) = (&a.outcome.conflicts, &a.extracted.claims);
    let (reason, expires) = (args.reason.as_deref(), args.expires);
    let accepted = if args.disputes {
        let disputes = disputes::group(conflicts, claims, &a.extracted.pack);
        baseline::of_disputes(&disputes, reason, expires)
    } else {
        baseline::of(conflicts, claims, reason, expires)
    };
    let mut text = serde_json::to_string_pretty(&accepted).map_err(|e| e.to_string())?;
    text.push('\n');
    write(Some(&args.output), &text)?;
    if !args.corpus.quiet {
        eprintln!(
            "wrote {} entries to {}",
            accepted.entries.len(),
            args.output.display()
        );
    }
    let failed = !a.extracted.corpus.failures.is_empty();
    Ok(broken(&a.outcome, a.extracted.claims.len(), failed).unwrap_or(Outcome::Clean))
}

/// Exit 2 when an input could not be read or the corpus held no claim at all; claims
/// that no rule could pair are a clean run with nothing to report.
fn broken(outcome: &rules::Outcome, claims: usize, failed: bool) -> Option<Outcome> {
    if claims == 0 {
        eprintln!("error: nothing to compare: no claim was found in the corpus");
        return Some(Outcome::Broken);
    }
    let pairs: usize = outcome.stats.iter().map(|s| s.pairs_compared).sum();
    if outcome.conflicts.is_empty() {
        eprintln!("compared {pairs} pairs of {claims} claims, no conflict");
    }
    failed.then_some(Outcome::Broken)
}

/// The reports to write: each `--format`, the one without a file going to `--output` or
/// stdout. Two reports cannot share stdout.
pub(super) fn outputs(
    formats: &[OutputSpec],
    output: Option<&PathBuf>,
) -> Result<Vec<OutputSpec>, String> {
    let mut outputs = formats.to_vec();
    if outputs.is_empty() {
        outputs.push(OutputSpec {
            format: Format::Text,
            path: None,
        });
    }
    let unnamed = outputs.iter().filter(|o| o.path.is_none()).count();
    if unnamed > 1 {
        return Err("only one --format may go to stdout (or --output); give the others a file: --format json=report.json".into());
    }
    for o in outputs.iter_mut().filter(|o| o.path.is_none()) {
        o.path = output.cloned();
    }
    Ok(outputs)
}

pub(super) fn analyse(args: &CorpusArgs) -> Result<Analysis, String> {
    let mut extracted = extraction(args)?;
    if extracted.corpus.documents.is_empty() {
        return Err("no readable article in the given paths".into());
    }
    let evaluating = Instant::now();
    let outcome = extracted
        .pool
        .install(|| rules::evaluate(&extracted.claims, &extracted.pack));
    extracted.stats.rules = evaluating.elapsed();
    warn_hot_keys(&outcome.stats);
    Ok(Analysis { extracted, outcome })
}

/// A run of the pipeline up to the claims.
pub(super) struct Extraction {
    pub config: Config,
    pub pack: Pack,
    /// Each document reduced to its number of sentences.
    pub corpus: Corpus<usize>,
    pub claims: Vec<Claim>,
    /// For each document with claims, its first claim and the line its text starts at.
    starts: Vec<(ClaimId, usize)>,
    pub stats: Stats,
    /// The threads every stage runs on (`--jobs`).
    pub pool: rayon::ThreadPool,
}

pub(super) fn extraction(args: &CorpusArgs) -> Result<Extraction, String> {
    let config = config::load(
        args.config.as_deref(),
        &std::env::current_dir().map_err(|e| e.to_string())?,
    )?;
    let paths: Vec<PathBuf> = if args.paths.is_empty() {
        config.paths.clone()
    } else {
        args.paths.clone()
    };
    if paths.is_empty() {
        return Err("no articles to check: give PATHS, or `paths:` in gainsay.yaml".into());
    }
    let fields = field_map(&config, args)?;
    let exclude = globs(config.exclude.iter().chain(&args.exclude))?;
    let mut stats = Stats::default();
    let loading = Instant::now();
    let pack = load_pack(args, &config)?;
    stats.packs = loading.elapsed();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .map_err(|e| e.to_string())?;
    // Each document is segmented and its claims extracted as soon as it is read; only
    // the claims (with their sentences) are kept, so memory grows with claims, not bytes.
    let progress = progress(args.quiet);
    let streaming = Instant::now();
    let corpus = pool.install(|| {
        ingest::ingest_with(&paths, &fields, &exclude, |doc| {
            let (sentences, claims) = stats.extracting(doc.text.len(), || {
                let mut sentences = 0;
                let read = segment::segment(&doc).inspect(|_| sentences += 1);
                let claims = extract::extract(&doc, read, &pack);
                (sentences, claims)
            });
            progress.inc(1);
            (sentences, doc.first_line, claims)
        })
    });
    stats.streamed = streaming.elapsed();
    progress.finish_and_clear();
    for failure in &corpus.failures {
        eprintln!("error: {failure}");
    }
    if !args.quiet {
        corpus
            .warnings
            .iter()
            .for_each(|w| eprintln!("warning: {w}"));
        corpus
            .skipped
            .iter()
            .for_each(|s| eprintln!("skipped: {s}"));
    }
    if args.verbose {
        corpus
            .passed_over
            .iter()
            .for_each(|p| eprintln!("note: {p}: not an article, or excluded; passed over"));
    }
    let (mut claims, mut starts) = (Vec::new(), Vec::new());
    let corpus = Corpus {
        documents: (corpus.documents.into_iter())
            .map(|(sentences, line, extracted)| {
                if !extracted.is_empty() {
                    starts.push((claims.len(), line));
                }
                claims.extend(extracted);
                sentences
            })
            .collect(),
        failures: corpus.failures,
        warnings: corpus.warnings,
        skipped: corpus.skipped,
        passed_over: corpus.passed_over,
    };
    Ok(Extraction {
        config,
        pack,
        corpus,
        claims,
        starts,
        stats,
        pool,
    })
}

impl Extraction {
    /// Where each claim stands, in corpus order: worked out only for the runs that write
    /// claims out, as it repeats each claim's document and path.
    pub fn places(&self) -> Vec<Place> {
        let ends = (self.starts.iter().skip(1).map(|&(first, _)| first))
            .chain(std::iter::once(self.claims.len()));
        (self.starts.iter().zip(ends))
            .flat_map(|(&(first, line), end)| {
                (self.claims[first..end].iter().enumerate()).map(move |(index, c)| Place {
                    document: c.document.to_string(),
                    path: c.path.to_string(),
                    line,
                    index,
                })
            })
            .collect()
    }
}

/// The packs a corpus command loads: built-in (unless turned off) and `--rules`, with
/// the configuration's severities.
pub(super) fn load_pack(args: &CorpusArgs, config: &Config) -> Result<Pack, String> {
    let rule_paths: Vec<PathBuf> = (config.rules.iter().chain(&args.packs.rules))
        .cloned()
        .collect();
    let mut pack = pack::load(
        !(args.packs.no_default_rules || config.no_default_rules),
        &rule_paths,
    )
    .map_err(|e| e.to_string())?;
    override_severities(&mut pack, config)?;
    Ok(pack)
}

/// Says which rules met hot keys, and whether claims were dropped beyond the cap.
pub(super) fn warn_hot_keys(stats: &[rules::RuleStats]) {
    for stats in stats {
        let Some(hot) = stats.hot_keys else {
            continue;
        };
        eprintln!(
            "warning: rule {}: {} pairing keys had so many claims ({} in all) that identical ones (same speaker, side, polarity and day) were collapsed to {} before pairing",
            stats.id, hot.keys, hot.claims, hot.kept
        );
        if hot.capped > 0 {
            eprintln!(
                "warning: rule {}: {} pairing keys still had more than {} distinct claims and were capped; conflicts among the claims beyond may be missed",
                stats.id, hot.capped, rules::HOT_KEY
            );
        }
    }
}

fn field_map(config: &Config, args: &CorpusArgs) -> Result<FieldMap, String> {
    let mut fields = FieldMap::default();
    for (field, key) in &config.fields {
        fields.set(field, key)?;
    }
    for mapping in &args.fields {
        let (field, key) = mapping
            .split_once('=')
            .ok_or_else(|| format!("--field {mapping}: expected FIELD=NAME"))?;
        fields.set(field, key)?;
    }
    Ok(fields)
}

fn globs<'a>(patterns: impl Iterator<Item = &'a String>) -> Result<globset::GlobSet, String> {
    let mut set = globset::GlobSetBuilder::new();
    for p in patterns {
        set.add(globset::Glob::new(p).map_err(|e| format!("exclude `{p}`: {e}"))?);
    }
    set.build().map_err(|e| e.to_string())
}

/// `severity:` of the configuration, over the rules' own.
fn override_severities(pack: &mut Pack, config: &Config) -> Result<(), String> {
    for (id, severity) in &config.severity {
        let rule = pack.rules.iter_mut().find(|r| &r.id == id).ok_or_else(|| {
            format!("configuration: `severity:` names rule `{id}`, which no loaded pack defines")
        })?;
        rule.severity = *severity;
    }
    Ok(())
}

/// A progress counter on stderr for runs a person watches; nothing in pipes and CI logs.
/// Documents are counted as they are read: how many there are is known only at the end.
fn progress(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) = ProgressStyle::with_template("{spinner} {pos} documents {elapsed}") {
        bar.set_style(style);
    }
    bar
}

fn report_baseline(path: &Path, applied: &baseline::Applied, quiet: bool) {
    for entry in &applied.stale {
        eprintln!(
            "stale: {}: baseline entry {} ({}) matches no conflict any more",
            path.display(),
            entry.id,
            entry.rule
        );
    }
    for entry in &applied.expired {
        eprintln!(
            "expired: {}: baseline entry {} ({}) expired; its conflict is reported again",
            path.display(),
            entry.id,
            entry.rule
        );
    }
    if !quiet {
        eprintln!(
            "baseline {}: {} conflicts accepted",
            path.display(),
            applied.suppressed
        );
    }
}

/// Writes a report to its file (atomically) or to stdout.
pub(super) fn write(path: Option<&Path>, text: &str) -> Result<(), String> {
    write_with(path, |out| out.write_all(text.as_bytes()))
}

/// Writes what `fill` writes to a file (atomically) or to stdout, through a buffer.
pub(super) fn write_with(
    path: Option<&Path>,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), String> {
    match path.filter(|p| *p != Path::new("-")) {
        Some(path) => write_atomically(path, fill).map_err(|e| format!("{}: {e}", path.display())),
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            match fill(&mut out).and_then(|()| out.flush()) {
                // A reader that stops early (`| head`) is not a failure of the run.
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
                _ => Ok(()),
            }
        }
    }
}

/// Writes to a temporary file beside `path`, then renames it over `path`, so that a
/// reader never sees half a report. A device or pipe (`/dev/null`, `/dev/stdout`) is
/// written in place: renaming over it would replace it.
fn write_atomically(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        let mut out = std::io::BufWriter::new(std::fs::OpenOptions::new().write(true).open(path)?);
        fill(&mut out)?;
        return out.flush();
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
    let written = std::fs::File::create(&temp).and_then(|file| {
        let mut out = std::io::BufWriter::new(file);
        fill(&mut out)?;
        out.flush()
    });
    let result = written.and_then(|()| std::fs::rename(&temp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}
