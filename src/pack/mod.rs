//! Loads rule packs: the built-in ones compiled into the binary and the user's files.
//!
//! Two types per concept, as the user writes it (`spec`) and as it runs (compiled here):
//! patterns are parsed once, word lists become lookup tables, rules get their windows and
//! tolerances parsed. Every error names the file, and the line and column where known.
//! Loading never looks at the corpus; evaluating rules is the `rules` stage's job.

mod compile;
mod error;
pub mod lexicon;
mod loader;
pub mod pattern;
mod phrases;
pub mod spec;
mod triggers;
mod validate;

pub use error::{PackError, PackErrors};

use crate::model::{Polarity, Severity};
use lexicon::Lexicon;
use loader::{yaml_files, Loader, Source};
use pattern::Pattern;
use spec::{ContextValue, PackSpec, RuleKind, RuleTests, SlotType, SpeakersSpec, Unless};
use std::collections::BTreeMap;
use std::path::PathBuf;
use triggers::Triggers;

/// The packs in `rules/`, compiled in: `(file name, YAML)`.
pub const BUILTIN: &[(&str, &str)] = &[
    ("news.yaml", include_str!("../../rules/news.yaml")),
    (
        "war-in-ukraine.yaml",
        include_str!("../../rules/war-in-ukraine.yaml"),
    ),
];

pub struct CompiledPattern {
    pub pattern: Pattern,
    pub polarity: Polarity,
    pub set: BTreeMap<String, ContextValue>,
}

pub struct Predicate {
    pub id: String,
    pub args: BTreeMap<String, Vec<SlotType>>,
    pub patterns: Vec<CompiledPattern>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    Relative(f64),
    Absolute(f64),
}

pub struct CompiledRule {
    pub id: String,
    pub kind: RuleKind,
    pub severity: Severity,
    pub message: String,
    pub predicate: Option<String>,
    /// Pairs open propositions (`predicate: open`) rather than a pack's typed ones.
    pub open: bool,
    pub same: Vec<String>,
    pub nested: Vec<String>,
    pub differ: Option<String>,
    pub speakers: SpeakersSpec,
    pub within_days: Option<i64>,
    pub tolerance: Tolerance,
    /// Figures pair within a story by what they count (`figures: totals`).
    pub totals: bool,
    /// For `semantic` rules: the points of alignment a pair must reach.
    pub min_score: u32,
    /// For `semantic` rules: what both clauses must have, and agree on.
    pub align: Vec<spec::Align>,
    pub unless: Vec<Unless>,
    pub tests: RuleTests,
    pub origin: String,
}

/// Everything the loaded packs know, ready to run.
#[derive(Default)]
pub struct Pack {
    pub lexicon: Lexicon,
    pub predicates: Vec<Predicate>,
    /// Which of the predicates' patterns a sentence may match.
    pub triggers: Triggers,
    pub rules: Vec<CompiledRule>,
    /// Which predicates mean the same or the opposite: WordNet's classes with the packs'
    /// `antonyms` added.
    pub senses: crate::lexical::Senses,
    /// The same with the packs' `exclusive` states as opposites too: what `semantic`
    /// rules compare.
    pub states: crate::lexical::Senses,
}

/// The JSON Schema of a pack file, generated from the spec types: their doc comments
/// become its descriptions.
pub fn schema() -> String {
    let schema = schemars::schema_for!(spec::PackSpec);
    serde_json::to_string_pretty(&schema).expect("a schema is plain JSON")
}

/// Loads the built-in packs (unless `builtin` is false) and every `.yaml`/`.yml` file in
/// `paths` (files, or folders read in name order). Returns every error found.
pub fn load(builtin: bool, paths: &[PathBuf]) -> Result<Pack, PackErrors> {
    let mut loader = Loader::new(paths);
    let mut errors = Vec::new();
    let builtin_sources = BUILTIN
        .iter()
        .filter(|_| builtin)
        .map(|(name, _)| Ok(Source::Builtin(name)));
    let files = paths.iter().flat_map(|path| match yaml_files(path) {
        Ok(files) => files.into_iter().map(|f| Ok(Source::File(f))).collect(),
        Err(e) => vec![Err(e)],
    });
    for source in builtin_sources.chain(files) {
        if let Err(e) = source.and_then(|s| loader.visit(s)) {
            errors.push(e);
        }
    }
    let mut pack = Pack::default();
    // Word lists first: a pattern of one pack may use another pack's antonyms.
    for (_, _, spec) in &loader.loaded {
        pack.lexicon.add(spec);
    }
    validate::knowledge(&loader.loaded, &pack.lexicon, &mut errors);
    let pairs = |list: fn(&PackSpec) -> &Vec<[String; 2]>| -> Vec<(String, String)> {
        (loader.loaded.iter())
            .flat_map(|(_, _, spec)| list(spec))
            .map(|[a, b]| (crate::tag::base_form(a), crate::tag::base_form(b)))
            .collect()
    };
    // Exclusive states join the opposites only where `semantic` rules look for them, so
    // that "operate" is not "open" to a negation rule.
    let (antonyms, exclusive) = (pairs(|s| &s.antonyms), pairs(|s| &s.exclusive));
    (pack.senses, pack.states) =
        crate::lexical::Senses::with_exclusive(&antonyms, &exclusive, &pairs(|s| &s.synonyms));
    for (origin, text, spec) in &loader.loaded {
        compile::predicates(&mut pack, spec, origin, text, &mut errors);
    }
    pack.triggers = Triggers::new(&pack.predicates);
    let mut rule_ids = std::collections::BTreeSet::new();
    for (origin, text, spec) in &loader.loaded {
        compile::rules(&mut pack, spec, origin, text, &mut rule_ids, &mut errors);
    }
    if errors.is_empty() {
        Ok(pack)
    } else {
        Err(PackErrors(errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(yaml: &str) -> Result<Pack, PackError> {
        load_all(yaml).map_err(|mut e| e.0.remove(0))
    }

    fn load_all(yaml: &str) -> Result<Pack, PackErrors> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.yaml");
        std::fs::write(&path, yaml).unwrap();
        load(false, &[path])
    }

    #[test]
    fn builtin_packs_load() {
        let pack = load(true, &[]).unwrap();
        assert!(pack.rules.len() >= 5);
        assert!(pack.lexicon.sides.contains_key("russia"));
    }

    #[test]
    fn unknown_key_is_located() {
        let err = load_text("version: 1\npack: x\nsidez: {}\n").err().unwrap();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("sidez"), "{err}");
    }

    #[test]
    fn undefined_predicate_is_an_error() {
        let yaml = "version: 1\npack: x\nrules:\n  - id: r\n    kind: negation\n    message: m\n    pair: { predicate: nope }\n";
        let err = load_text(yaml).err().unwrap();
        assert!(err.message.contains("nope"), "{err}");
        assert_eq!(err.line, Some(4));
    }

    #[test]
    fn undeclared_slot_is_an_error() {
        let yaml = "version: 1\npack: x\nentities: [{ id: t, name: Town, kind: place }]\npredicates:\n  - id: p\n    args: { place: [place] }\n    patterns: [\"took {town}\"]\n";
        let err = load_text(yaml).err().unwrap();
        assert!(err.message.contains("`town`"), "{err}");
        assert_eq!(err.line, Some(7));
    }

    #[test]
    fn a_slot_nothing_can_fill_is_an_error() {
        let yaml = "version: 1\npack: x\npredicates:\n  - id: p\n    args: { place: [place] }\n    patterns: [\"took {place}\"]\n";
        let err = load_text(yaml).err().unwrap();
        assert!(err.message.contains("cannot match"), "{err}");
    }

    #[test]
    fn every_error_is_reported() {
        let yaml = "version: 1\npack: x\nentities:\n  - { id: a, name: A, kind: place, side: north }\n  - { id: a, name: B, kind: place, part_of: nowhere }\n";
        let errors = load_all(yaml).err().unwrap().0;
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 3, "{text:?}");
    }

    #[test]
    fn use_cycle_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.yaml"),
            "version: 1\npack: a\nuse: [b.yaml]\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("b.yaml"),
            "version: 1\npack: b\nuse: [a.yaml]\n",
        )
        .unwrap();
        let err = load(false, &[dir.path().join("a.yaml")])
            .err()
            .unwrap()
            .0
            .remove(0);
        assert!(err.message.contains("cycle"), "{err}");
    }
}
