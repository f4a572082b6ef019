//! The test cases written beside each rule: sentence pairs it must flag (`flags`) and
//! must not flag (`passes`). The two sentences make one short document, so that a
//! refutation can point back at the sentence before it.

use super::{condition, pairing, Part};
use crate::model::Document;
use crate::pack::{CompiledRule, Pack};
use crate::{extract, segment};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    Flag,
    Pass,
    /// A known gap: should be flagged some day; never a failure.
    Todo,
}

#[derive(Debug, Clone)]
pub struct CaseResult {
    pub rule: String,
    pub expect: Expect,
    pub sentences: [String; 2],
    pub flagged: bool,
}

impl CaseResult {
    pub fn ok(&self) -> bool {
        match self.expect {
            Expect::Flag => self.flagged,
            Expect::Pass => !self.flagged,
            Expect::Todo => true,
        }
    }
}

/// Runs every case of the given rules.
pub fn run(rules: &[&CompiledRule], pack: &Pack) -> Vec<CaseResult> {
    let mut results = Vec::new();
    for rule in rules {
        let t = &rule.tests;
        let cases = (t.flags.iter().map(|c| (Expect::Flag, c)))
            .chain(t.passes.iter().map(|c| (Expect::Pass, c)))
            .chain(t.todo.iter().map(|c| (Expect::Todo, c)));
        for (expect, pair) in cases {
            results.push(CaseResult {
                rule: rule.id.clone(),
                expect,
                sentences: pair.clone(),
                flagged: flags(rule, pair, pack),
            });
        }
    }
    results
}

/// Whether `rule` finds a conflict between the two sentences.
pub fn flags(rule: &CompiledRule, pair: &[String; 2], pack: &Pack) -> bool {
    let text = format!("{}\n{}", pair[0].trim(), pair[1].trim());
    let doc = Document {
        id: "case".into(),
        path: "case".into(),
        first_line: 1,
        text,
        ..Document::default()
    };
    let claims = extract::extract(&doc, segment::segment(&doc), pack);
    let twins = super::twins::Twins::new(&claims);
    let facts = condition::Facts::new(&claims);
    pairing::candidates(&claims, &twins, rule, pack, Part::WHOLE)
        .pairs
        .into_iter()
        .any(|(a, b)| {
            claims[a].line != claims[b].line && condition::holds(rule, &facts, [a, b], pack)
        })
}
