//! A check split into parts, for corpora larger than one machine: `extract` writes the
//! claims spread over buckets by pairing key, `check --claims` finds the pairs one bucket
//! flags, and `report` settles the findings of every bucket and writes the reports. The
//! rules code is the one `check` runs, so together they report what one `check` reports.

use super::check::{
    ending, extraction, finish, load_pack, outputs, warn_hot_keys, write, write_with,
};
use super::Outcome;
use crate::cli::{CheckArgs, ExtractArgs, FailOn, ReportArgs};
use crate::exchange::{self, ClaimRecord, FindingRecord, InputsRecord, Place, Record};
use crate::ingest::Failure;
use crate::model::Claim;
use crate::pack::Pack;
use crate::report::{self, Run};
use crate::rules::{self, Finding, Findings, Part};
use crate::{config, pack};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub fn extract(args: &ExtractArgs) -> Outcome {
    finish(run_extract(args))
}

/// `check --claims`: the findings of one bucket, as records.
pub fn check_claims(args: &CheckArgs) -> Outcome {
    finish(run_check_claims(args))
}

pub fn report(args: &ReportArgs) -> Outcome {
    finish(run_report(args))
}

fn run_extract(args: &ExtractArgs) -> Result<Outcome, String> {
    let x = extraction(&args.corpus)?;
    let inputs = Record::Inputs(InputsRecord {
        documents: x.corpus.documents.len(),
        sentences: x.corpus.documents.iter().sum(),
        failed: x.corpus.failures.clone(),
        warnings: x.corpus.warnings.clone(),
        skipped: x.corpus.skipped.clone(),
    });
    let claims: Vec<Record> = (x.places().into_iter().zip(x.claims))
        .map(|(place, claim)| {
            let buckets = buckets(&claim, &x.pack, args.buckets);
            Record::Claim(Box::new(ClaimRecord {
                place,
                buckets,
                claim,
            }))
        })
        .collect();
    match &args.out {
        None => save(None, std::iter::once(&inputs).chain(&claims))?,
        Some(dir) => {
            let file = format!("{}.jsonl", args.shard);
            save(Some(&dir.join("inputs").join(&file)), [&inputs])?;
            let mut by_bucket: Vec<Vec<&Record>> = vec![Vec::new(); args.buckets as usize];
            for record in &claims {
                if let Record::Claim(c) = record {
                    c.buckets
                        .iter()
                        .for_each(|&b| by_bucket[b as usize].push(record));
                }
            }
            // Every bucket gets its file, empty or not, so that each bucket's check finds
            // what it was given.
            for (bucket, mine) in by_bucket.into_iter().enumerate() {
                save(
                    Some(&dir.join(format!("bucket={bucket:05}")).join(&file)),
                    mine,
                )?;
            }
        }
    }
    // Inputs that could not be read travel in the inputs record, and make `report` exit
    // 2; a cluster task must not fail over one broken article.
    Ok(Outcome::Clean)
}

/// The buckets a claim must reach: that of each of its pairing keys, or, when no rule
/// pairs it, one chosen by its id (the reports still list it).
fn buckets(claim: &Claim, pack: &Pack, count: u32) -> Vec<u32> {
    let mut found: Vec<u32> = (pack.rules.iter())
        .flat_map(|rule| {
            let keys = rules::claim_keys(claim, rule, pack);
            keys.into_iter()
                .map(|key| rules::bucket(&rule.id, &key, count))
        })
        .collect();
    if found.is_empty() {
        found.push(rules::bucket("", std::slice::from_ref(&claim.id), count));
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// Writes records to a file (its folder made if need be), or to stdout.
fn save<'a>(
    path: Option<&Path>,
    records: impl IntoIterator<Item = &'a Record>,
) -> Result<(), String> {
    if let Some(dir) = path
        .and_then(Path::parent)
        .filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut text = Vec::new();
    exchange::write(&mut text, records).map_err(|e| e.to_string())?;
    write(path, &String::from_utf8_lossy(&text))
}

fn run_check_claims(args: &CheckArgs) -> Result<Outcome, String> {
    let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
    let config = config::load(args.corpus.config.as_deref(), &cwd)?;
    let pack = load_pack(&args.corpus, &config)?;
    if args.corpus.paths.is_empty() {
        return Err("check --claims needs the claim files or folders to read".into());
    }
    let part = args.bucket.unwrap_or(Part::WHOLE);
    let mut claims = BTreeMap::new();
    for record in exchange::read(&args.corpus.paths)? {
        let Record::Claim(c) = record else {
            continue;
        };
        let c = *c;
        let theirs = buckets(&c.claim, &pack, part.count);
        if !theirs.contains(&part.index) {
            return Err(format!(
                "claim {} ({}:{}) belongs to buckets {theirs:?} of {}, not to bucket {}: give check --claims only the claims of its bucket",
                c.claim.id, c.claim.path, c.claim.line, part.count, part.index
            ));
        }
        claims.insert(c.place, c.claim);
    }
    let (places, claims): (Vec<Place>, Vec<Claim>) = claims.into_iter().unzip();
    let findings = rules::find(&claims, &pack, part);
    let mut records = vec![Record::Part(part)];
    records.extend(findings.stats.into_iter().map(Record::Rule));
    records.extend(findings.found.iter().map(|f| {
        Record::Finding(FindingRecord {
            rule: pack.rules[f.rule].id.clone(),
            claims: f.claims.map(|i| places[i].clone()),
        })
    }));
    save(args.output.as_deref(), &records)?;
    Ok(Outcome::Clean)
}

fn run_report(args: &ReportArgs) -> Result<Outcome, String> {
    let outputs = outputs(&args.format, args.output.as_ref())?;
    let packs = &args.packs;
    let pack = pack::load(!packs.no_default_rules, &packs.rules).map_err(|e| e.to_string())?;
    let mut claims = BTreeMap::new();
    let mut inputs = InputsRecord::default();
    for record in exchange::read(&args.claims)? {
        match record {
            Record::Claim(c) => {
                let c = *c;
                claims.insert(c.place, c.claim);
            }
            Record::Inputs(i) => {
                inputs.documents += i.documents;
                inputs.sentences += i.sentences;
                inputs.failed.extend(i.failed);
                inputs.warnings.extend(i.warnings);
                inputs.skipped.extend(i.skipped);
            }
            _ => {}
        }
    }
    for list in [
        &mut inputs.failed,
        &mut inputs.warnings,
        &mut inputs.skipped,
    ] {
        Failure::sort(list);
    }
    let index: BTreeMap<&Place, usize> = claims.keys().zip(0..).collect();
    let findings = findings(&args.conflicts, &pack, &index)?;
    let claims: Vec<Claim> = claims.into_values().collect();
    let outcome = rules::settle(&claims, &pack, findings);
    warn_hot_keys(&outcome.stats);
    let disputes = crate::disputes::group(&outcome.conflicts, &claims, &pack);
    let run = Run {
        documents: inputs.documents,
        failures: &inputs.failed,
        warnings: &inputs.warnings,
        skipped: &inputs.skipped,
        sentences: inputs.sentences,
        claims: &claims,
        outcome: &outcome,
        disputes: &disputes,
        by: args.by,
        pack: &pack,
    };
    for output in &outputs {
        write_with(output.path.as_deref(), |out| {
            report::write(output.format, &run, out)
        })?;
    }
    let fail_on = args.fail_on.unwrap_or(FailOn::Error);
    Ok(ending(
        &outcome,
        claims.len(),
        !inputs.failed.is_empty(),
        fail_on,
    ))
}

/// The findings of every bucket, their claims looked up by place. Each bucket of one
/// split must be there exactly once, or the reports would silently lack its conflicts.
fn findings(
    paths: &[PathBuf],
    pack: &Pack,
    index: &BTreeMap<&Place, usize>,
) -> Result<Findings, String> {
    let rule_index = |id: &str| {
        pack.rules.iter().position(|r| r.id == id).ok_or_else(|| {
            format!("the findings name rule `{id}`, which the loaded packs do not define: give report the extraction's --rules")
        })
    };
    let mut parts = BTreeSet::new();
    let mut found = Findings {
        found: Vec::new(),
        stats: rules::find(&[], pack, Part::WHOLE).stats,
    };
    for record in exchange::read(paths)? {
        match record {
            Record::Part(part) if !parts.insert((part.count, part.index)) => {
                return Err(format!(
                    "the findings of bucket {}/{} are given twice",
                    part.index, part.count
                ));
            }
            Record::Rule(stats) => {
                found.stats[rule_index(&stats.id)?].add(&stats);
            }
            Record::Finding(f) => {
                let place = |p: &Place| {
                    index.get(p).copied().ok_or_else(|| {
                        format!(
                            "a finding names a claim of {} (document {}) that no claims file holds",
                            p.path, p.document
                        )
                    })
                };
                found.found.push(Finding {
                    rule: rule_index(&f.rule)?,
                    claims: [place(&f.claims[0])?, place(&f.claims[1])?],
                });
            }
            _ => {}
        }
    }
    let counts: BTreeSet<u32> = parts.iter().map(|&(count, _)| count).collect();
    match counts.into_iter().collect::<Vec<_>>()[..] {
        [] => Err("no findings: give report the output of check --claims for every bucket".into()),
        [count] if parts.len() == count as usize => Ok(found),
        [count] => {
            let missing: Vec<u32> = (0..count)
                .filter(|i| !parts.contains(&(count, *i)))
                .collect();
            Err(format!(
                "the findings of buckets {missing:?} of {count} are missing"
            ))
        }
        _ => Err("the findings come from splits into different numbers of buckets".into()),
    }
}
