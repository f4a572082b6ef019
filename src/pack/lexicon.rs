//! The compiled word lists of the loaded packs: sides, entities, group nouns, cues,
//! negations. Its one job at run time is lookup: which mentions and cues a sentence holds.

use super::phrases::PhraseTable;
use super::spec::RoleSpec;
use super::spec::{EntityKind, PackSpec, SlotType};
use crate::model::{Day, Stance, Token};
use crate::segment::tokenize;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;

/// An entity id that stands for "several entities share this name".
const AMBIGUOUS: &str = "";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MentionKind {
    Side,
    Group,
    Person,
    Org,
    Place,
    Facility,
    Event,
    Number,
    /// "we", "our": the speaker's own side.
    SelfRef,
    /// "he", "she": the last person named before.
    Pronoun,
}

impl MentionKind {
    pub fn fits(self, slot: SlotType) -> bool {
        matches!(
            (self, slot),
            (MentionKind::Side | MentionKind::SelfRef, SlotType::Side)
                | (MentionKind::Group, SlotType::Group | SlotType::Side)
                | (MentionKind::Person, SlotType::Person)
                | (MentionKind::Org, SlotType::Org)
                | (MentionKind::Place, SlotType::Place)
                | (MentionKind::Facility, SlotType::Facility)
                | (MentionKind::Event, SlotType::Event)
                | (MentionKind::Number, SlotType::Number)
        )
    }

    /// Whether a mention of this kind can be the one who speaks.
    pub fn can_speak(self) -> bool {
        matches!(
            self,
            MentionKind::Side
                | MentionKind::Group
                | MentionKind::Person
                | MentionKind::Org
                | MentionKind::Pronoun
        )
    }
}

/// A stretch of tokens `[start, end)` that names something the packs know.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
    /// Entity id, side id (for sides and groups), or the number.
    pub value: String,
    pub side: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    pub side: Option<String>,
    pub part_of: Option<String>,
}

/// Who holds a title, and when.
#[derive(Debug, Clone)]
struct Holder {
    entity: String,
    side: Option<String>,
    role: RoleSpec,
}

#[derive(Debug, Clone, Default)]
pub struct Side {
    pub opposes: Vec<String>,
    pub codes: Vec<String>,
    pub color: Option<String>,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    pub sides: BTreeMap<String, Side>,
    pub entities: BTreeMap<String, Entity>,
    names: PhraseTable<(MentionKind, String, Option<String>)>,
    /// Titles with their holders over time.
    titles: PhraseTable<Vec<Holder>>,
    /// Stem → stem of opposite meaning, both ways.
    pub antonyms: FxHashMap<String, String>,
    demonyms: FxHashMap<String, String>,
    /// First words of every name and title, and the demonyms: a token outside this set
    /// opens no name, title or group, which spares most tokens three lookups.
    openers: FxHashSet<String>,
    group_nouns: FxHashSet<String>,
    cues: PhraseTable<Stance>,
    negations: FxHashSet<String>,
    modals: FxHashSet<String>,
    partial: PhraseTable<()>,
    references: FxHashSet<String>,
}

/// A reporting verb found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    pub stance: Stance,
    pub stem: String,
}

fn lower(t: &Token) -> &str {
    &t.lower
}

fn stem(t: &Token) -> &str {
    &t.stem
}

impl Lexicon {
    /// Adds one pack's word lists; later packs extend earlier ones.
    pub fn add(&mut self, spec: &PackSpec) {
        let words = |text: &str| -> Vec<String> {
            tokenize(text).into_iter().map(|t| t.lower.into()).collect()
        };
        let stems = |text: &str| -> Vec<String> {
            tokenize(text).into_iter().map(|t| t.stem.into()).collect()
        };
        for (id, side) in &spec.sides {
            let entry = self.sides.entry(id.clone()).or_default();
            entry.opposes.extend(side.opposes.iter().cloned());
            entry.codes.extend(side.codes.iter().cloned());
            entry.color = side.color.clone().or(entry.color.take());
            for name in side.names.iter().chain(std::iter::once(id)) {
                let payload = (MentionKind::Side, id.clone(), Some(id.clone()));
                self.names.insert(words(name), payload);
            }
            for demonym in &side.demonyms {
                self.demonyms.insert(demonym.to_lowercase(), id.clone());
            }
        }
        for e in &spec.entities {
            let kind = mention_kind(e.kind);
            for alias in e.aliases.iter().chain(std::iter::once(&e.name)) {
                self.add_name(words(alias), (kind, e.id.clone(), e.side.clone()));
            }
            for role in &e.roles {
                let held = Holder {
                    entity: e.id.clone(),
                    side: e.side.clone(),
                    role: role.clone(),
                };
                let title = words(&role.title);
                match self.titles.exact_mut(&title) {
                    Some(phrase) => phrase.payload.push(held),
                    None => self.titles.insert(title, vec![held]),
                }
            }
            let entity = Entity {
                name: e.name.clone(),
                kind: e.kind,
                side: e.side.clone(),
                part_of: e.part_of.clone(),
            };
            self.entities.insert(e.id.clone(), entity);
        }
        self.group_nouns
            .extend(spec.group_nouns.iter().map(|n| n.to_lowercase()));
        let cues = &spec.cues;
        for (list, stance) in [
            (&cues.asserts, Stance::Asserts),
            (&cues.denies, Stance::Denies),
            (&cues.concedes, Stance::Concedes),
            (&cues.hedges, Stance::Hedges),
        ] {
            for cue in list {
                self.cues.insert(stems(cue), stance);
            }
        }
        self.negations
            .extend(spec.negations.iter().map(|n| n.to_lowercase()));
        self.modals
            .extend(spec.modals.iter().map(|n| n.to_lowercase()));
        for p in &spec.partial {
            self.partial.insert(words(p), ());
        }
        // "the assertion" names the noun; the article would match any "the".
        for r in &spec.references {
            self.references.extend(stems(r).pop());
        }
        for [a, b] in &spec.antonyms {
            let (a, b) = (stems(a).join(" "), stems(b).join(" "));
            self.antonyms.insert(a.clone(), b.clone());
            self.antonyms.insert(b, a);
        }
        let firsts = self.names.first_words().chain(self.titles.first_words());
        let openers = firsts.chain(self.demonyms.keys().map(String::as_str));
        self.openers = openers.map(String::from).collect();
    }

    /// A name that two entities share ("Kovalenko") names neither: it stays a mention of
    /// its kind with no entity or side, so it never joins two people's claims.
    fn add_name(&mut self, words: Vec<String>, payload: (MentionKind, String, Option<String>)) {
        match self.names.exact(&words).map(|p| p.payload.1.clone()) {
            None => self.names.insert(words, payload),
            Some(known) if known == payload.1 || known == AMBIGUOUS => {}
            Some(_) => {
                self.names.remove(&words);
                self.names
                    .insert(words, (payload.0, AMBIGUOUS.to_string(), None));
            }
        }
    }

    /// Whether a mention is a name that several entities share.
    pub fn is_ambiguous(mention: &Mention) -> bool {
        mention.value == AMBIGUOUS
    }

    /// Names, groups, numbers and pronouns in a sentence, left to right, not overlapping.
    pub fn mentions(&self, tokens: &[Token], day: Option<Day>) -> Vec<Mention> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let mention = self
                .opened(tokens, i, day)
                .or_else(|| self.own_group(tokens, i))
                .or_else(|| plain_mention(tokens, i));
            match mention {
                Some(m) => {
                    i = m.end;
                    found.push(m);
                }
                None => i += 1,
            }
        }
        found
    }

    /// A name, title or group that starts at `at`. Most tokens open none, which one
    /// lookup tells.
    fn opened(&self, tokens: &[Token], at: usize, day: Option<Day>) -> Option<Mention> {
        if !self.openers.contains(tokens[at].lower.as_str()) {
            return None;
        }
        self.named(tokens, at)
            .or_else(|| self.titled(tokens, at, day))
            .or_else(|| self.group(tokens, at))
    }

    fn named(&self, tokens: &[Token], at: usize) -> Option<Mention> {
        let phrase = self.names.longest(tokens, at, lower)?;
        let (kind, value, side) = phrase.payload.clone();
        let mut end = at + phrase.words.len();
        // "Ukraine's armed forces": a side's possessive before a group noun is a group.
        if kind == MentionKind::Side && tokens.get(end).is_some_and(|t| t.lower == "'s") {
            if let Some(noun_end) = self.group_noun_end(tokens, end + 1) {
                end = noun_end;
                return Some(Mention {
                    start: at,
                    end,
                    kind: MentionKind::Group,
                    value,
                    side,
                });
            }
        }
        Some(Mention {
            start: at,
            end,
            kind,
            value,
            side,
        })
    }

    /// "the defence minister": whoever held the post on `day`; nobody when that is
    /// unknown and several held it.
    fn titled(&self, tokens: &[Token], at: usize, day: Option<Day>) -> Option<Mention> {
        let phrase = self.titles.longest(tokens, at, lower)?;
        let holders = &phrase.payload;
        let in_post = |r: &RoleSpec| match day {
            Some(d) => r.from.is_none_or(|f| f <= d) && r.to.is_none_or(|t| d <= t),
            None => holders.len() == 1,
        };
        let holder = holders.iter().find(|h| in_post(&h.role))?;
        Some(Mention {
            start: at,
            end: at + phrase.words.len(),
            kind: MentionKind::Person,
            value: holder.entity.clone(),
            side: holder.side.clone(),
        })
    }

    /// "Ukrainian officials", "Russian armed forces": a demonym, up to two words, a group
    /// noun. A demonym alone ("under Russian control") stands for its side.
    fn group(&self, tokens: &[Token], at: usize) -> Option<Mention> {
        let side = self.demonyms.get(tokens[at].lower.as_str())?;
        let (end, kind) = match self.group_noun_end(tokens, at + 1) {
            // "Ukrainian academics and military bloggers": one group of one side.
            Some(end) if tokens.get(end).is_some_and(|t| t.lower == "and") => (
                self.group_noun_end(tokens, end + 1).unwrap_or(end),
                MentionKind::Group,
            ),
            Some(end) => (end, MentionKind::Group),
            None => (at + 1, MentionKind::Side),
        };
        Some(Mention {
            start: at,
            end,
            kind,
            value: side.clone(),
            side: Some(side.clone()),
        })
    }

    /// "its army", "their forces", "our troops": the speaker's own side.
    fn own_group(&self, tokens: &[Token], at: usize) -> Option<Mention> {
        if !matches!(tokens[at].lower.as_str(), "its" | "their" | "our") {
            return None;
        }
        let end = self.group_noun_end(tokens, at + 1)?;
        let value = tokens[at].lower.to_string();
        Some(Mention {
            start: at,
            end,
            kind: MentionKind::SelfRef,
            value,
            side: None,
        })
    }

    /// The end of the last group noun among the next three words: "military *bloggers*".
    fn group_noun_end(&self, tokens: &[Token], from: usize) -> Option<usize> {
        (from..tokens.len().min(from + 3))
            .take_while(|&j| {
                tokens[j].is_word() && !matches!(tokens[j].lower.as_str(), "and" | "or")
            })
            .filter(|&j| self.group_nouns.contains(tokens[j].lower.as_str()))
            .last()
            .map(|j| j + 1)
    }

    /// Reporting verbs in a sentence, left to right.
    pub fn cues(&self, tokens: &[Token]) -> Vec<Cue> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.cues.longest(tokens, i, stem) {
                Some(p) => {
                    found.push(Cue {
                        start: i,
                        end: i + p.words.len(),
                        stance: p.payload,
                        stem: p.words.join(" "),
                    });
                    i += p.words.len();
                }
                None => i += 1,
            }
        }
        found
    }

    /// A negation word, or a contraction ending in one ("don't", "isn't").
    pub fn is_negation(&self, token: &Token) -> bool {
        self.negations.contains(token.lower.as_str())
            || (token.lower.ends_with("n't") && self.negations.contains("n't"))
    }

    pub fn is_modal(&self, token: &Token) -> bool {
        self.modals.contains(token.lower.as_str())
    }

    pub fn is_reference(&self, token: &Token) -> bool {
        self.references.contains(token.stem.as_str())
    }

    /// Whether a partial phrase ("most of") ends right at token `at`.
    pub fn partial_before(&self, tokens: &[Token], at: usize) -> bool {
        let article = at > 0 && matches!(tokens[at - 1].lower.as_str(), "the" | "a" | "an");
        let at = if article { at - 1 } else { at };
        (at.saturating_sub(3)..at).any(|s| {
            self.partial
                .longest(tokens, s, lower)
                .is_some_and(|p| s + p.words.len() == at)
        })
    }

    /// The side a record's `side` field names: a side id, code or name.
    pub fn side_named(&self, text: &str) -> Option<String> {
        let wanted = text.trim().to_lowercase();
        self.sides
            .iter()
            .find(|(id, side)| {
                id.to_lowercase() == wanted || side.codes.iter().any(|c| c.to_lowercase() == wanted)
            })
            .map(|(id, _)| id.clone())
            .or_else(|| {
                let tokens = tokenize(text);
                let m = self.named(&tokens, 0)?;
                (m.end == tokens.len()).then_some(m.side).flatten()
            })
    }

    /// The entity and every entity that contains it, innermost first.
    pub fn ancestors<'a>(&'a self, id: &'a str) -> Vec<&'a str> {
        let mut chain = vec![id];
        while let Some(parent) = self
            .entities
            .get(*chain.last().unwrap_or(&id))
            .and_then(|e| e.part_of.as_deref())
        {
            if chain.contains(&parent) || chain.len() > 16 {
                break;
            }
            chain.push(parent);
        }
        chain
    }

    /// A human name for an entity or side id.
    pub fn display<'a>(&'a self, id: &'a str) -> &'a str {
        self.entities.get(id).map_or(id, |e| e.name.as_str())
    }
}

fn mention_kind(kind: EntityKind) -> MentionKind {
    match kind {
        EntityKind::Person => MentionKind::Person,
        EntityKind::Group => MentionKind::Group,
        EntityKind::Org => MentionKind::Org,
        EntityKind::Place => MentionKind::Place,
        EntityKind::Facility => MentionKind::Facility,
        EntityKind::Event => MentionKind::Event,
    }
}

/// Numbers and pronouns, which need no lexicon.
fn plain_mention(tokens: &[Token], at: usize) -> Option<Mention> {
    let t = &tokens[at];
    let kind = match t.lower.as_str() {
        "we" | "our" | "us" | "ours" => MentionKind::SelfRef,
        "he" | "she" => MentionKind::Pronoun,
        s if s.starts_with(|c: char| c.is_ascii_digit()) && parse_number(s).is_some() => {
            MentionKind::Number
        }
        _ => return None,
    };
    let value = match kind {
        MentionKind::Number => parse_number(&t.lower)?.to_string(),
        _ => t.lower.to_string(),
    };
    Some(Mention {
        start: at,
        end: at + 1,
        kind,
        value,
        side: None,
    })
}

/// "1,478" → 1478, "4.5" → 4.5.
pub fn parse_number(text: &str) -> Option<f64> {
    text.replace(',', "").parse().ok()
}
