//! The token-pattern language of predicate patterns.
//!
//! `word` matches a token with the same stem; `{slot}` a mention the slot accepts (an
//! article before it is skipped); `(a|b c)` one of the alternatives; `[a|b]` the same, or
//! nothing; `...` a gap of up to [`GAP`] tokens inside the clause. Matching memoises
//! failed states, so its cost is bounded by pattern length × tokens × gap, whatever
//! the pattern.

use super::lexicon::Mention;
use crate::model::Token;
use crate::segment::tokenize;
use rustc_hash::{FxHashMap, FxHashSet};

/// The most tokens `...` skips.
pub const GAP: usize = 8;

/// Limits that keep a pattern from a pull request cheap to match on every sentence.
const MAX_SOURCE: usize = 1_000;
const MAX_ELEMENTS: usize = 40;

/// Determiners a slot may skip before its mention: "seized *the* city".
const ARTICLES: &[&str] = &["the", "a", "an", "its", "their", "his", "her"];

/// Tokens a gap never crosses: they close the clause.
const CLAUSE_END: &[&str] = &[".", ";", ":", "?", "!", "\""];

#[derive(Debug, Clone, PartialEq)]
enum Element {
    /// Alternatives, each a sequence of stems; `optional` allows none. `flips[i]` marks
    /// an alternative added as the antonym of a written one.
    Words {
        alternatives: Vec<Vec<String>>,
        flips: Vec<bool>,
        optional: bool,
    },
    Slot(String),
    Gap,
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub source: String,
    elements: Vec<Element>,
}

/// A successful match: which mention fills each slot, and which tokens the pattern's
/// required words matched.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PatternMatch<'p> {
    pub start: usize,
    pub end: usize,
    pub slots: Vec<(&'p str, usize)>,
    /// Tokens matched by required words: a "no" the pattern asks for is not a negation of
    /// the claim, a "not" in a gap or an optional word is.
    pub fixed: Vec<usize>,
    /// An odd number of words matched through their antonyms.
    pub flipped: bool,
}

impl Pattern {
    /// Parses a pattern; each required word also matches its antonym (from the packs'
    /// `antonyms`), which flips the claim's polarity.
    pub fn compile(source: &str, antonyms: &FxHashMap<String, String>) -> Result<Self, String> {
        if source.len() > MAX_SOURCE {
            return Err(format!(
                "a pattern may be {MAX_SOURCE} bytes long at most; split it into several patterns"
            ));
        }
        let mut elements = parse(source)?;
        if elements.len() > MAX_ELEMENTS {
            return Err(format!(
                "a pattern may have {MAX_ELEMENTS} parts at most; split it into several patterns"
            ));
        }
        for element in &mut elements {
            if let Element::Words {
                alternatives,
                flips,
                optional: false,
            } = element
            {
                let opposites: Vec<Vec<String>> = alternatives
                    .iter()
                    .filter_map(|alt| antonyms.get(&alt.join(" ")))
                    .map(|a| a.split(' ').map(String::from).collect())
                    .filter(|a| !alternatives.contains(a))
                    .collect();
                flips.extend(opposites.iter().map(|_| true));
                alternatives.extend(opposites);
            }
        }
        if !elements.iter().any(|e| {
            matches!(
                e,
                Element::Words {
                    optional: false,
                    ..
                } | Element::Slot(_)
            )
        }) {
            return Err("a pattern needs at least one word or slot that is not optional".into());
        }
        Ok(Pattern {
            source: source.to_string(),
            elements,
        })
    }

    /// For each word that must match, the first stems of its alternatives: a sentence
    /// that lacks all of them cannot match the pattern.
    pub fn required_words(&self) -> impl Iterator<Item = impl Iterator<Item = &str>> {
        self.elements.iter().filter_map(|e| match e {
            Element::Words {
                alternatives,
                optional: false,
                ..
            } => Some(
                alternatives
                    .iter()
                    .filter_map(|a| a.first())
                    .map(String::as_str),
            ),
            _ => None,
        })
    }

    /// Slot names in order of appearance.
    pub fn slots(&self) -> impl Iterator<Item = &str> {
        self.elements.iter().filter_map(|e| match e {
            Element::Slot(s) => Some(s.as_str()),
            _ => None,
        })
    }

    /// The tightest match in `tokens[from..]` (fewest tokens, then leftmost), so that a
    /// gap does not reach into a neighbouring clause when a closer start fits.
    /// `accepts(slot, mention)` says whether a mention may fill a slot.
    pub fn find(
        &self,
        tokens: &[Token],
        from: usize,
        mentions: &[Mention],
        accepts: &dyn Fn(&str, &Mention) -> bool,
    ) -> Option<PatternMatch<'_>> {
        let mut matcher = Matcher {
            elements: &self.elements,
            tokens,
            mentions,
            accepts,
            failed: FxHashSet::default(),
            slots: Vec::new(),
            fixed: Vec::new(),
            flips: 0,
        };
        let mut best: Option<PatternMatch> = None;
        for start in from..tokens.len() {
            let Some(end) = matcher.go(0, start) else {
                continue;
            };
            let found = PatternMatch {
                start,
                end,
                slots: std::mem::take(&mut matcher.slots),
                fixed: std::mem::take(&mut matcher.fixed),
                flipped: matcher.flips % 2 == 1,
            };
            // A success leaves its flips counted; the next start begins afresh.
            matcher.flips = 0;
            if best
                .as_ref()
                .is_none_or(|b| found.end - found.start < b.end - b.start)
            {
                best = Some(found);
            }
        }
        best
    }
}

/// Matching state: `'p` is the pattern's lifetime, `'s` the sentence's.
struct Matcher<'p, 's> {
    elements: &'p [Element],
    tokens: &'s [Token],
    mentions: &'s [Mention],
    accepts: &'s dyn Fn(&str, &Mention) -> bool,
    /// Elements (after the first) that failed at a token.
    failed: FxHashSet<(usize, usize)>,
    slots: Vec<(&'p str, usize)>,
    fixed: Vec<usize>,
    flips: usize,
}

impl<'p> Matcher<'p, '_> {
    /// Matches elements from `e` at token `t`; returns the end token on success.
    fn go(&mut self, e: usize, t: usize) -> Option<usize> {
        let Some(element) = self.elements.get(e) else {
            return Some(t);
        };
        // Each start is tried once, so only later elements are worth remembering.
        let remembered = e > 0;
        if remembered && self.failed.contains(&(e, t)) {
            return None;
        }
        let found = match element {
            Element::Words {
                alternatives,
                flips,
                optional,
            } => self.words(e, t, alternatives, flips, *optional),
            Element::Slot(name) => self.slot(e, t, name),
            Element::Gap => self.gap(e, t),
        };
        if found.is_none() && remembered {
            self.failed.insert((e, t));
        }
        found
    }

    fn words(
        &mut self,
        e: usize,
        t: usize,
        alts: &[Vec<String>],
        flips: &[bool],
        optional: bool,
    ) -> Option<usize> {
        for (alt, &flip) in alts.iter().zip(flips) {
            let fits = alt
                .iter()
                .enumerate()
                .all(|(i, stem)| self.tokens.get(t + i).is_some_and(|tok| tok.stem == stem));
            if fits {
                let before = self.fixed.len();
                if !optional {
                    self.fixed.extend(t..t + alt.len());
                }
                self.flips += usize::from(flip);
                if let Some(end) = self.go(e + 1, t + alt.len()) {
                    return Some(end);
                }
                self.flips -= usize::from(flip);
                self.fixed.truncate(before);
            }
        }
        if optional {
            return self.go(e + 1, t);
        }
        None
    }

    fn slot(&mut self, e: usize, t: usize, name: &'p str) -> Option<usize> {
        let skip = self
            .tokens
            .get(t)
            .is_some_and(|tok| ARTICLES.contains(&tok.lower.as_str()));
        for start in t..=t + usize::from(skip) {
            for (i, m) in self.mentions.iter().enumerate() {
                if m.start != start || !(self.accepts)(name, m) {
                    continue;
                }
                self.slots.push((name, i));
                if let Some(end) = self.go(e + 1, m.end) {
                    return Some(end);
                }
                self.slots.pop();
            }
        }
        None
    }

    fn gap(&mut self, e: usize, t: usize) -> Option<usize> {
        for skipped in 0..=GAP {
            let end = t + skipped;
            if end > self.tokens.len() {
                break;
            }
            if skipped > 0 && CLAUSE_END.contains(&self.tokens[end - 1].lower.as_str()) {
                break;
            }
            if let Some(found) = self.go(e + 1, end) {
                return Some(found);
            }
        }
        None
    }
}

fn parse(source: &str) -> Result<Vec<Element>, String> {
    let mut elements = Vec::new();
    let mut rest = source.trim();
    while !rest.is_empty() {
        let (element, tail) = if let Some(tail) = rest.strip_prefix("...") {
            (Element::Gap, tail)
        } else if rest.starts_with('{') {
            let close = rest.find('}').ok_or("unclosed `{`")?;
            let name = rest[1..close].trim();
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            {
                return Err(format!("`{{{name}}}` is not a slot name"));
            }
            (Element::Slot(name.to_string()), &rest[close + 1..])
        } else if rest.starts_with('(') || rest.starts_with('[') {
            let (open, close) = if rest.starts_with('(') {
                ('(', ')')
            } else {
                ('[', ']')
            };
            let end = rest.find(close).ok_or(format!("unclosed `{open}`"))?;
            let inner = &rest[1..end];
            if inner.contains(['(', '[', '{']) || inner.contains("...") {
                return Err(format!(
                    "`{open}…{close}` holds only words separated by `|`"
                ));
            }
            let alternatives = inner.split('|').map(stems).collect::<Result<Vec<_>, _>>()?;
            let optional = open == '[';
            (
                Element::Words {
                    flips: vec![false; alternatives.len()],
                    alternatives,
                    optional,
                },
                &rest[end + 1..],
            )
        } else if rest.starts_with([')', ']', '}', '|']) {
            return Err(format!("unexpected `{}`", &rest[..1]));
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || "([{)]}|".contains(c))
                .unwrap_or(rest.len());
            let end = rest[..end].find("...").unwrap_or(end);
            let word = &rest[..end];
            (
                Element::Words {
                    alternatives: vec![stems(word)?],
                    flips: vec![false],
                    optional: false,
                },
                &rest[end..],
            )
        };
        elements.push(element);
        rest = tail.trim_start();
    }
    Ok(elements)
}

fn stems(words: &str) -> Result<Vec<String>, String> {
    let stems: Vec<String> = tokenize(words).into_iter().map(|t| t.stem.into()).collect();
    if stems.is_empty() {
        return Err("an empty alternative never matches".into());
    }
    Ok(stems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::lexicon::MentionKind;

    fn mention(start: usize, end: usize) -> Mention {
        Mention {
            start,
            end,
            kind: MentionKind::Place,
            value: "x".into(),
            side: None,
        }
    }

    /// The match borrows slot names from its pattern, which a test keeps to its end.
    fn run(pattern: &str, text: &str, mentions: &[Mention]) -> Option<PatternMatch<'static>> {
        let p = Box::leak(Box::new(
            Pattern::compile(pattern, &FxHashMap::default()).unwrap(),
        ));
        let tokens = tokenize(text);
        p.find(&tokens, 0, mentions, &|_, _| true)
    }

    #[test]
    fn words_match_by_stem() {
        assert!(run("seize control", "they seized control", &[]).is_some());
        assert!(run("seize control", "they seized the control", &[]).is_none());
    }

    #[test]
    fn alternatives_optionals_and_gaps() {
        let m = [mention(5, 6)];
        let hit = run(
            "[had|has] (seized|captured) ... {place}",
            "forces had captured the city X",
            &m,
        )
        .unwrap();
        assert_eq!(
            (hit.start, hit.end),
            (2, 6),
            "an optional word is left out of the tightest match"
        );
        assert_eq!(hit.fixed, vec![2]);
        assert_eq!(hit.slots, vec![("place", 0)]);
    }

    #[test]
    fn an_antonym_matches_and_flips() {
        let antonyms = FxHashMap::from_iter([("open".to_string(), "block".to_string())]);
        let p = Pattern::compile("corridor ... opened", &antonyms).unwrap();
        let tokens = tokenize("the corridor was blocked");
        let hit = p.find(&tokens, 0, &[], &|_, _| true).unwrap();
        assert!(hit.flipped);
        let tokens = tokenize("the corridor was opened");
        assert!(!p.find(&tokens, 0, &[], &|_, _| true).unwrap().flipped);
    }

    #[test]
    fn the_tightest_match_wins() {
        let m = [mention(0, 1), mention(4, 5)];
        let hit = run("{place} ... shelled", "X , near the Y shelled", &m).unwrap();
        assert_eq!(hit.slots, vec![("place", 1)]);
    }

    #[test]
    fn slot_skips_an_article() {
        let m = [mention(2, 3)];
        assert!(run("took {place}", "took the X", &m).is_some());
    }

    #[test]
    fn gap_stops_at_clause_end() {
        let m = [mention(4, 5)];
        assert!(run("took ... {place}", "took it ; then X", &m).is_none());
    }

    #[test]
    fn bad_patterns_are_errors() {
        let huge = "(a|b) ... ".repeat(30) + "{place}";
        for bad in [
            "(a|b",
            "{}",
            "[x]",
            "a ) b",
            "(a (b))",
            "{place",
            huge.as_str(),
        ] {
            assert!(
                Pattern::compile(bad, &FxHashMap::default()).is_err(),
                "{bad}"
            );
        }
    }
}
