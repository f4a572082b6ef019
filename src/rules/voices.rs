//! Who made each claim, reduced once per run to what the `speakers` condition compares:
//! the rules ask it of every candidate pair under every rule, and folding case, finding
//! surnames and cutting names out of mentions for each pair would repeat the same work
//! on the same few speakers millions of times.

use crate::model::{Claim, ClaimId};
use crate::pack::spec::SpeakersSpec;
use rustc_hash::FxHashMap;

/// A claim's speaker as the `speakers` condition sees it; strings are interned, so that
/// equal ids mean equal strings.
struct Voice {
    /// The speaker's key (entity, else mention), in ASCII lower case.
    key: u32,
    /// Whether the speaker is a known entity: only then is one key one speaker across
    /// documents.
    resolved: bool,
    document: u32,
    side: Option<u32>,
    mention: u32,
    /// The mention's last word, in ASCII lower case.
    surname: u32,
    /// The proper name that ends the mention ("Sam Torrance"), empty when there is none.
    name: Box<str>,
    /// Whether the mention matches itself by name: the same mention on both sides.
    self_named: bool,
}

/// The voices of a run's claims, indexed like them.
pub struct Voices(Vec<Voice>);

#[derive(Default)]
struct Interner(FxHashMap<String, u32>);

impl Interner {
    fn id(&mut self, text: &str) -> u32 {
        if let Some(&id) = self.0.get(text) {
            return id;
        }
        let id = self.0.len() as u32;
        self.0.insert(text.to_string(), id);
        id
    }
}

impl Voices {
    pub fn new(claims: &[Claim]) -> Voices {
        let mut strings = Interner::default();
        // A mention's name is worked out once, however many claims it speaks.
        let mut names: FxHashMap<u32, (Box<str>, bool)> = FxHashMap::default();
        let voices = claims.iter().map(|c| {
            let speaker = &c.speaker;
            let mention = strings.id(&speaker.mention);
            let (name, self_named) = names
                .entry(mention)
                .or_insert_with(|| {
                    let name = name(&speaker.mention);
                    let self_named = !name.is_empty() && crate::judge::names_match(&name, &name);
                    (name.into(), self_named)
                })
                .clone();
            Voice {
                key: strings.id(&speaker.key().to_ascii_lowercase()),
                resolved: speaker.entity.is_some(),
                document: strings.id(&c.document),
                side: speaker.side.as_deref().map(|s| strings.id(s)),
                mention,
                surname: strings.id(&surname(&speaker.mention).to_ascii_lowercase()),
                name,
                self_named,
            }
        });
        Voices(voices.collect())
    }

    /// Whether the speakers of claims `a` and `b` are as `spec` wants them.
    pub fn fit(&self, spec: SpeakersSpec, a: ClaimId, b: ClaimId) -> bool {
        let (x, y) = (&self.0[a], &self.0[b]);
        match spec {
            SpeakersSpec::Any => true,
            SpeakersSpec::Same => same(x, y),
            SpeakersSpec::Different => !same(x, y),
            SpeakersSpec::DifferentSides => {
                matches!((x.side, y.side), (Some(s), Some(t)) if s != t)
            }
        }
    }
}

/// "The governor" of one article and of another are not known to be one person.
fn same(x: &Voice, y: &Voice) -> bool {
    (x.key == y.key && (x.resolved || x.document == y.document)) || same_name(x, y)
}

/// "Harwick Rovers manager Sam Torrance" and "Torrance": the proper names that end two
/// mentions, when one stands in the other.
fn same_name(x: &Voice, y: &Voice) -> bool {
    if x.surname != y.surname {
        return false;
    }
    if x.mention == y.mention {
        return x.self_named;
    }
    !x.name.is_empty() && !y.name.is_empty() && crate::judge::names_match(&x.name, &y.name)
}

fn surname(mention: &str) -> &str {
    mention.rsplit(' ').next().unwrap_or(mention)
}

/// The capitalised words that end a mention.
fn name(mention: &str) -> String {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let start = words.iter().rposition(|w| !capital(w)).map_or(0, |i| i + 1);
    // A sentence's first word is capitalised whatever it is: "The council".
    let start =
        start.max(usize::from(words.first().is_some_and(|w| {
            matches!(*w, "The" | "A" | "An" | "Its" | "Their" | "Our")
        })));
    words[start.min(words.len())..].join(" ")
}
