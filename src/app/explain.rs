//! `gainsay explain`: how one or two sentences are read, and for two, why each rule
//! flags them or not.

use super::{load_pack, Outcome};
use crate::cli::{ExplainArgs, PackArgs};
use crate::ingest::{self, FieldMap};
use crate::model::{Argument, Claim, Document, OpenProposition};
use crate::pack::Pack;
use crate::report::proposition_text;
use crate::{extract, rules, segment};
use std::path::PathBuf;

pub fn explain(args: &ExplainArgs) -> Outcome {
    let packs = PackArgs {
        paths: args.packs.rules.clone(),
        no_default_rules: args.packs.no_default_rules,
    };
    let pack = match load_pack(&packs) {
        Ok(pack) => pack,
        Err(outcome) => return outcome,
    };
    let mut chosen: Vec<Vec<Claim>> = Vec::new();
    for input in &args.inputs {
        match read(input) {
            Ok((docs, line)) => {
                chosen.push(docs.iter().flat_map(|d| show(d, line, &pack)).collect())
            }
            Err(message) => {
                eprintln!("error: {message}");
                return Outcome::Broken;
            }
        }
    }
    if let [a, b] = chosen.as_slice() {
        for (x, y) in a.iter().flat_map(|x| b.iter().map(move |y| (x, y))) {
            show_pair(x, y, &pack);
        }
    }
    Outcome::Clean
}

/// A sentence given as text, or the documents of `FILE:LINE` with the line.
fn read(input: &str) -> Result<(Vec<Document>, Option<usize>), String> {
    let location = input.rsplit_once(':').and_then(|(file, line)| {
        let path = PathBuf::from(file);
        Some((path.clone(), line.parse::<usize>().ok()?)).filter(|_| path.is_file())
    });
    let Some((path, line)) = location else {
        let doc = Document {
            id: "<text>".into(),
            path: "<text>".into(),
            first_line: 1,
            text: input.to_string(),
            ..Document::default()
        };
        return Ok((vec![doc], None));
    };
    let corpus = ingest::ingest(&[path], &FieldMap::default(), &globset::GlobSet::empty());
    if let Some(failure) = corpus.failures.first() {
        return Err(failure.to_string());
    }
    Ok((corpus.documents, Some(line)))
}

/// Prints the trace of the document's sentences (those at `line` only, when given) and
/// returns their claims.
fn show(doc: &Document, line: Option<usize>, pack: &Pack) -> Vec<Claim> {
    let (claims, traces) = extract::trace(doc, segment::segment(doc), pack);
    let mut shown = Vec::new();
    for t in traces.iter().filter(|t| line.is_none_or(|l| t.line == l)) {
        println!("{}:{}: {}", doc.id, t.line, t.sentence);
        println!("  tags      {}", t.tags);
        for (words, what) in &t.mentions {
            println!("  mention   {words:?}: {what}");
        }
        let side = t.speaker.side.as_deref().unwrap_or("unknown side");
        println!("  speaker   {} ({side}), from {}", t.speaker.key(), t.how);
        let cue = t.cue.as_deref().unwrap_or("none");
        println!("  cue       {cue}; stance {:?}", t.stance);
        println!("  content   {:?}", t.content);
        for claim in &claims[t.claims.clone()] {
            let flags = [
                ("hedged", claim.hedged),
                ("partial", claim.partial),
                ("narrated", claim.narrated),
                ("reported", claim.reported),
            ];
            let flags: Vec<&str> = flags
                .iter()
                .filter(|(_, on)| *on)
                .map(|(name, _)| *name)
                .collect();
            println!(
                "  claim     {} [{}] by pattern `{}`",
                proposition_text(claim),
                flags.join(", "),
                claim.pattern
            );
            if let Some(open) = &claim.open {
                println!("  open      {}", open_text(open));
            }
            shown.push(claim.clone());
        }
        if t.claims.is_empty() {
            println!("  claim     none: no clause with a verb and a theme in the content");
        }
        println!();
    }
    shown
}

fn show_pair(a: &Claim, b: &Claim, pack: &Pack) {
    println!("pair: {} × {}", proposition_text(a), proposition_text(b));
    for verdict in rules::explain_pair(a, b, pack) {
        if !verdict.paired {
            // What the judge would say all the same tells a rule author whether pairing
            // or judging is what misses.
            let judged = (verdict.judged.as_ref())
                .map(|j| format!("; if paired: {j}"))
                .unwrap_or_default();
            println!(
                "  {:<32} not paired: predicate or join arguments differ{judged}",
                verdict.rule
            );
            continue;
        }
        let steps: Vec<String> = verdict
            .steps
            .iter()
            .map(|(name, held)| format!("{name} {}", if *held { "yes" } else { "NO" }))
            .collect();
        let flagged = verdict.steps.iter().all(|(_, held)| *held);
        let judged = verdict
            .judged
            .map(|j| format!(" ({j})"))
            .unwrap_or_default();
        println!(
            "  {:<32} {}{judged} → {}",
            verdict.rule,
            steps.join("; "),
            if flagged { "CONFLICT" } else { "no conflict" }
        );
    }
    println!();
}

/// Every part of an open proposition, for reading how a clause was understood.
fn open_text(open: &OpenProposition) -> String {
    let mut parts = vec![
        format!("predicate {:?}", open.predicate),
        format!("{:?} {:?}", open.voice, open.tense).to_lowercase(),
    ];
    let argument = |a: &Argument| match &a.entity {
        Some(e) => format!("{:?} (head {}, entity {e})", a.text, a.head),
        None => format!("{:?} (head {})", a.text, a.head),
    };
    if let Some(a) = &open.agent {
        parts.push(format!("agent {}", argument(a)));
    }
    if let Some(t) = &open.theme {
        parts.push(format!("theme {}", argument(t)));
    }
    for m in &open.modifiers {
        let role = format!("{:?}", m.role).to_lowercase();
        parts.push(format!(
            "{role} {} {}",
            m.preposition,
            argument(&m.argument)
        ));
    }
    if let Some(n) = &open.negation {
        parts.push(format!("negated by {n:?}"));
    }
    if let Some(m) = &open.modality {
        parts.push(format!("modality {m:?}"));
    }
    for q in &open.quantities {
        let upper = q
            .quantity
            .upper
            .map(|u| format!("-{u}"))
            .unwrap_or_default();
        let bound = format!("{:?}", q.quantity.bound).to_lowercase();
        let whole = if q.whole { ", all there is" } else { "" };
        let of = (q.measure.as_ref())
            .map(|m| format!(" of {m}"))
            .unwrap_or_default();
        parts.push(format!(
            "number {}{upper} {}{of} ({bound}{whole})",
            q.quantity.value, q.noun
        ));
    }
    if let Some(d) = open.date {
        parts.push(format!("date {d}"));
    }
    if open.cumulative {
        parts.push("running total".into());
    }
    parts.join("; ")
}
