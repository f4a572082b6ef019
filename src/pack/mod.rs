//! Loads rule packs: the built-in ones compiled into the binary and the user's files.
//!
//! Two types per concept, as the user writes it (`spec`) and as it runs (compiled here):
//! patterns are parsed once, word lists become lookup tables, rules get their windows and
//! tolerances parsed. Every error names the file, and the line and column where known.
//! Loading never looks at the corpus; evaluating rules is the `rules` stage's job.

pub mod lexicon;
pub mod pattern;
pub mod spec;

use crate::model::{Polarity, Severity};
use lexicon::Lexicon;
use pattern::Pattern;
use spec::{
    ContextValue, PackSpec, PatternSpec, RuleKind, RuleTests, SlotType, SpeakersSpec, Unless,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The packs in `rules/`, compiled in: `(file name, YAML)`.
pub const BUILTIN: &[(&str, &str)] = &[
    ("news.yaml", include_str!("../../rules/news.yaml")),
    (
        "war-in-ukraine.yaml",
        include_str!("../../rules/war-in-ukraine.yaml"),
    ),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    pub origin: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.origin)?;
        if let Some(line) = self.line {
            write!(f, ":{line}:{}", self.column.unwrap_or(1))?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for PackError {}

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
    pub same: Vec<String>,
    pub nested: Vec<String>,
    pub differ: Option<String>,
    pub speakers: SpeakersSpec,
    pub within_days: Option<i64>,
    pub tolerance: Tolerance,
    pub unless: Vec<Unless>,
    pub tests: RuleTests,
    pub origin: String,
}

/// Everything the loaded packs know, ready to run.
#[derive(Default)]
pub struct Pack {
    pub lexicon: Lexicon,
    pub predicates: Vec<Predicate>,
    pub rules: Vec<CompiledRule>,
}

/// Loads the built-in packs (unless `builtin` is false) and every `.yaml`/`.yml` file in
/// `paths` (files, or folders read in name order).
pub fn load(builtin: bool, paths: &[PathBuf]) -> Result<Pack, PackError> {
    let mut loader = Loader::default();
    if builtin {
        for (name, _) in BUILTIN {
            loader.visit(Source::Builtin(name))?;
        }
    }
    for path in paths {
        for file in yaml_files(path)? {
            loader.visit(Source::File(file))?;
        }
    }
    let mut pack = Pack::default();
    for (origin, text, spec) in &loader.loaded {
        pack.lexicon.add(spec);
        compile_predicates(&mut pack, spec, origin, text)?;
    }
    for (origin, text, spec) in &loader.loaded {
        compile_rules(&mut pack, spec, origin, text)?;
    }
    Ok(pack)
}

#[derive(Clone, PartialEq)]
enum Source<'a> {
    Builtin(&'a str),
    File(PathBuf),
}

#[derive(Default)]
struct Loader {
    loaded: Vec<(String, String, PackSpec)>,
    /// Origins being loaded, to catch `use:` cycles.
    stack: Vec<String>,
}

impl Loader {
    fn visit(&mut self, source: Source) -> Result<(), PackError> {
        let (origin, text) = match &source {
            Source::Builtin(name) => {
                let text = BUILTIN.iter().find(|(n, _)| n == name).map(|(_, t)| *t);
                let text = text.ok_or_else(|| error(name, None, "no such built-in pack"))?;
                (format!("<built-in>/{name}"), text.to_string())
            }
            Source::File(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| error(&path.display().to_string(), None, &e.to_string()))?;
                (path.display().to_string(), text)
            }
        };
        if self.loaded.iter().any(|(o, _, _)| *o == origin) {
            return Ok(());
        }
        if self.stack.contains(&origin) {
            let chain = [self.stack.as_slice(), std::slice::from_ref(&origin)]
                .concat()
                .join(" → ");
            return Err(error(&origin, None, &format!("`use:` cycle: {chain}")));
        }
        let spec: PackSpec = serde_yaml::from_str(&text).map_err(|e| {
            let loc = e.location();
            PackError {
                origin: origin.clone(),
                line: loc.as_ref().map(|l| l.line()),
                column: loc.as_ref().map(|l| l.column()),
                message: without_location(e.to_string()),
            }
        })?;
        if spec.version != 1 {
            return Err(located(
                &origin,
                &text,
                "version",
                "only `version: 1` is supported",
            ));
        }
        self.stack.push(origin.clone());
        for used in &spec.uses {
            let next = match &source {
                Source::Builtin(_) => Source::Builtin(
                    BUILTIN
                        .iter()
                        .find(|(n, _)| n == used)
                        .map_or(used.as_str(), |(n, _)| n),
                ),
                Source::File(path) => {
                    Source::File(path.parent().unwrap_or(Path::new(".")).join(used))
                }
            };
            self.visit(next)?;
        }
        self.stack.pop();
        self.loaded.push((origin, text, spec));
        Ok(())
    }
}

fn yaml_files(path: &Path) -> Result<Vec<PathBuf>, PackError> {
    let origin = path.display().to_string();
    if !path.is_dir() {
        if !path.exists() {
            return Err(error(&origin, None, "no such file or folder"));
        }
        return Ok(vec![path.to_path_buf()]);
    }
    let entries = std::fs::read_dir(path).map_err(|e| error(&origin, None, &e.to_string()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    files.sort();
    Ok(files)
}

fn compile_predicates(
    pack: &mut Pack,
    spec: &PackSpec,
    origin: &str,
    text: &str,
) -> Result<(), PackError> {
    for p in &spec.predicates {
        if pack.predicates.iter().any(|q| q.id == p.id) {
            return Err(located(
                origin,
                text,
                &p.id,
                &format!("predicate `{}` is defined twice", p.id),
            ));
        }
        let mut patterns = Vec::new();
        for ps in &p.patterns {
            let (source, polarity, set) = match ps {
                PatternSpec::Plain(s) => (s.as_str(), Polarity::Positive, BTreeMap::new()),
                PatternSpec::Detailed(d) => {
                    let polarity = match d.polarity {
                        spec::PolaritySpec::Positive => Polarity::Positive,
                        spec::PolaritySpec::Negative => Polarity::Negative,
                    };
                    (d.pattern.as_str(), polarity, d.set.clone())
                }
            };
            let pattern = Pattern::compile(source)
                .map_err(|m| located(origin, text, source, &format!("pattern `{source}`: {m}")))?;
            let slots: Vec<&str> = pattern
                .slots()
                .chain(set.keys().map(String::as_str))
                .collect();
            if let Some(bad) = slots.iter().find(|s| !p.args.contains_key(**s)) {
                let msg = format!("pattern `{source}` uses slot `{bad}`, which predicate `{}` does not declare in `args`", p.id);
                return Err(located(origin, text, source, &msg));
            }
            patterns.push(CompiledPattern {
                pattern,
                polarity,
                set,
            });
        }
        pack.predicates.push(Predicate {
            id: p.id.clone(),
            args: p.args.clone(),
            patterns,
        });
    }
    Ok(())
}

fn compile_rules(
    pack: &mut Pack,
    spec: &PackSpec,
    origin: &str,
    text: &str,
) -> Result<(), PackError> {
    for r in &spec.rules {
        let fail = |msg: String| located(origin, text, &r.id, &msg);
        if pack.rules.iter().any(|q| q.id == r.id) {
            return Err(fail(format!("rule `{}` is defined twice", r.id)));
        }
        let args: BTreeSet<&str> = match &r.pair.predicate {
            Some(id) => match pack.predicates.iter().find(|p| &p.id == id) {
                Some(p) => p.args.keys().map(String::as_str).collect(),
                None => {
                    return Err(fail(format!(
                        "rule `{}` names predicate `{id}`, which no loaded pack defines",
                        r.id
                    )))
                }
            },
            // Without a predicate a rule pairs claims with the same whole proposition.
            None if matches!(
                r.kind,
                RuleKind::Refutation | RuleKind::Negation | RuleKind::SelfContradiction
            ) =>
            {
                BTreeSet::new()
            }
            None => return Err(fail(format!("rule `{}` needs `pair.predicate`", r.id))),
        };
        let named = r
            .pair
            .same
            .iter()
            .chain(&r.pair.nested)
            .chain(&r.pair.differ);
        if let Some(bad) = named.clone().find(|a| !args.contains(a.as_str())) {
            return Err(fail(format!(
                "rule `{}` names argument `{bad}`, which its predicate does not have",
                r.id
            )));
        }
        if r.kind == RuleKind::Functional && r.pair.differ.is_none() {
            return Err(fail(format!(
                "rule `{}` is functional and needs `pair.differ`",
                r.id
            )));
        }
        let within_days = r
            .pair
            .within
            .as_deref()
            .map(parse_days)
            .transpose()
            .map_err(fail)?;
        let tolerance = r
            .pair
            .tolerance
            .as_deref()
            .map(parse_tolerance)
            .transpose()
            .map_err(fail)?;
        let speakers = match r.kind {
            RuleKind::SelfContradiction => SpeakersSpec::Same,
            _ => r.pair.speakers,
        };
        pack.rules.push(CompiledRule {
            id: r.id.clone(),
            kind: r.kind,
            severity: r.severity,
            message: r.message.clone(),
            predicate: r.pair.predicate.clone(),
            same: r.pair.same.clone(),
            nested: r.pair.nested.clone(),
            differ: r.pair.differ.clone(),
            speakers,
            within_days,
            tolerance: tolerance.unwrap_or(Tolerance::Relative(0.0)),
            unless: r.unless.clone(),
            tests: r.tests.clone(),
            origin: origin.to_string(),
        });
    }
    Ok(())
}

/// `14d`, `2w`, `1y` → days.
fn parse_days(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let (number, unit) = text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    );
    let n: i64 = number
        .parse()
        .map_err(|_| format!("`within: {text}` needs a number and a unit, as `14d`"))?;
    match unit {
        "d" => Ok(n),
        "w" => Ok(n * 7),
        "m" => Ok(n * 30),
        "y" => Ok(n * 365),
        _ => Err(format!("`within: {text}`: the unit is d, w, m or y")),
    }
}

/// `10%` → relative, `50` → absolute.
fn parse_tolerance(text: &str) -> Result<Tolerance, String> {
    let bad = || format!("`tolerance: {text}` is a number, or a percentage as `10%`");
    match text.trim().strip_suffix('%') {
        Some(p) => p
            .trim()
            .parse::<f64>()
            .map(|p| Tolerance::Relative(p / 100.0))
            .map_err(|_| bad()),
        None => text
            .trim()
            .parse::<f64>()
            .map(Tolerance::Absolute)
            .map_err(|_| bad()),
    }
}

/// serde_yaml ends its messages with "at line L column C", which the error already
/// carries in front.
fn without_location(message: String) -> String {
    match message.rsplit_once(" at line ") {
        Some((head, tail)) if tail.contains(" column ") => head.to_string(),
        _ => message,
    }
}

fn error(origin: &str, line: Option<usize>, message: &str) -> PackError {
    PackError {
        origin: origin.to_string(),
        line,
        column: None,
        message: message.to_string(),
    }
}

/// An error placed at the first line of the pack that holds `needle` as a whole word.
fn located(origin: &str, text: &str, needle: &str, message: &str) -> PackError {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let whole = |line: &str, at: usize| {
        !line[..at].ends_with(is_word) && !line[at + needle.len()..].starts_with(is_word)
    };
    let place = text.lines().enumerate().find_map(|(i, line)| {
        let at = line
            .match_indices(needle)
            .map(|(at, _)| at)
            .find(|&at| whole(line, at))?;
        Some((i + 1, at + 1))
    });
    PackError {
        origin: origin.to_string(),
        line: place.map(|p| p.0),
        column: place.map(|p| p.1),
        message: message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(yaml: &str) -> Result<Pack, PackError> {
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
        let yaml = "version: 1\npack: x\npredicates:\n  - id: p\n    args: { place: [place] }\n    patterns: [\"took {town}\"]\n";
        let err = load_text(yaml).err().unwrap();
        assert!(err.message.contains("town"), "{err}");
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
        let err = load(false, &[dir.path().join("a.yaml")]).err().unwrap();
        assert!(err.message.contains("cycle"), "{err}");
    }

    #[test]
    fn windows_and_tolerances_parse() {
        assert_eq!(parse_days("14d"), Ok(14));
        assert_eq!(parse_days("2w"), Ok(14));
        assert!(parse_days("soon").is_err());
        assert_eq!(parse_tolerance("10%"), Ok(Tolerance::Relative(0.1)));
        assert_eq!(parse_tolerance("5"), Ok(Tolerance::Absolute(5.0)));
    }
}
