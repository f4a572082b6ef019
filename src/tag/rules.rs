//! Context rules of a Brill-style tagger: a token's tag is rewritten when the tags or
//! words around it match, and only to one of the word's own candidate tags. The rules run
//! in four phases, each left to right; for each token the first rule that fires wins.

use super::pos::Pos;
use super::tables::{rows, tag, Candidates};

/// What a condition reads of a token.
#[derive(Debug, Clone, PartialEq)]
enum Test {
    /// One of these tags.
    Tags(u64),
    /// One of these lower-case forms.
    Lower(Vec<&'static str>),
    /// One of these surface forms, case kept.
    Surface(Vec<&'static str>),
    /// Matches one of these globs (`?` one char, `*` any run), on the tag name, the
    /// lower-case form or the surface form.
    Glob(Field, Vec<&'static str>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Field {
    Tag,
    Lower,
    Surface,
}

/// A test on the tokens at offsets `from..=to` from the current one: any may pass.
#[derive(Debug, Clone, PartialEq)]
struct Condition {
    from: i32,
    to: i32,
    test: Test,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    conditions: Vec<Condition>,
    to: Pos,
}

/// What a rule sees of a sentence.
pub struct View<'a> {
    pub tags: &'a mut [Pos],
    pub lower: &'a [&'a str],
    pub surface: &'a [&'a str],
    pub candidates: &'a [Candidates],
}

/// One phase's rules, indexed by the tag they rewrite.
pub type Phase = Vec<Vec<Rule>>;

/// Runs the four phases over a sentence's tags.
pub fn apply(phases: &[Phase; 4], view: &mut View) {
    for phase in phases {
        for i in 0..view.tags.len() {
            let rules = &phase[view.tags[i].index()];
            let fired = rules.iter().find(|r| {
                view.candidates[i].has(r.to) && r.conditions.iter().all(|c| c.holds(view, i))
            });
            if let Some(rule) = fired {
                view.tags[i] = rule.to;
            }
        }
    }
}

impl Condition {
    fn holds(&self, view: &View, at: usize) -> bool {
        (self.from..=self.to).any(|offset| {
            let Some(j) = at.checked_add_signed(offset as isize) else {
                return false;
            };
            if j >= view.tags.len() {
                return false;
            }
            match &self.test {
                Test::Tags(set) => set & view.tags[j].bit() != 0,
                Test::Lower(words) => words.contains(&view.lower[j]),
                Test::Surface(words) => words.contains(&view.surface[j]),
                Test::Glob(field, globs) => {
                    let value = match field {
                        Field::Tag => view.tags[j].as_str(),
                        Field::Lower => view.lower[j],
                        Field::Surface => view.surface[j],
                    };
                    globs.iter().any(|g| glob(g.as_bytes(), value.as_bytes()))
                }
            }
        })
    }
}

/// `phase<TAB>from<TAB>to<TAB>field@D=A|B & field@L..H=C`, phases 1 to 4.
pub fn parse(text: &'static str) -> [Phase; 4] {
    let mut phases: [Phase; 4] = std::array::from_fn(|_| vec![Vec::new(); Pos::COUNT]);
    for [phase, from, to, conditions] in rows(text) {
        let phase: usize = phase.parse().expect("a rule's phase is 1 to 4");
        let rule = Rule {
            conditions: conditions.split(" & ").map(condition).collect(),
            to: tag(to),
        };
        phases[phase - 1][tag(from).index()].push(rule);
    }
    phases
}

fn condition(text: &'static str) -> Condition {
    fn bad<T>(text: &str) -> T {
        panic!("malformed rule condition: {text}")
    }
    let (field, rest) = text.split_once('@').unwrap_or_else(|| bad(text));
    let (offsets, values) = rest.split_once(['=', '~']).unwrap_or_else(|| bad(text));
    let is_glob = rest.as_bytes()[offsets.len()] == b'~';
    let offset = |s: &str| s.parse::<i32>().unwrap_or_else(|_| bad(text));
    let (from, to) = match offsets.split_once("..") {
        Some((lo, hi)) => (offset(lo), offset(hi)),
        None => (offset(offsets), offset(offsets)),
    };
    let values: Vec<&'static str> = values.split('|').collect();
    let test = match field {
        _ if is_glob => Test::Glob(
            match field {
                "pos" => Field::Tag,
                "normal" => Field::Lower,
                "value" => Field::Surface,
                _ => bad(text),
            },
            values,
        ),
        // A tag no table assigns ("ZZZ" in the source tables) matches nothing.
        "pos" => Test::Tags(
            (values.iter().filter_map(|v| Pos::parse(v))).fold(0, |set, t| set | t.bit()),
        ),
        "normal" => Test::Lower(values),
        "value" => Test::Surface(values),
        _ => bad(text),
    };
    Condition { from, to, test }
}

/// `?` matches one byte, `*` any run of bytes; everything else itself.
fn glob(pattern: &[u8], text: &[u8]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some((b'*', rest)) => (0..=text.len()).any(|n| glob(rest, &text[n..])),
        Some((b'?', rest)) => !text.is_empty() && glob(rest, &text[1..]),
        Some((c, rest)) => text.first() == Some(c) && glob(rest, &text[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::glob;

    #[test]
    fn globs_match_single_chars_and_runs() {
        assert!(glob(b"*??ing", b"rising"));
        assert!(!glob(b"*??ing", b"ing"));
        assert!(glob(b"?", b","));
        assert!(!glob(b"?", b"NN"));
        assert!(glob(b"U?S?", b"U.S."));
    }
}
