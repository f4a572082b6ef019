//! Types shared by the pipeline stages. Each stage owns its logic; these are only the
//! values that flow from one stage to the next.

mod args;

pub use args::Args;

use compact_str::CompactString;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A calendar day; claims are compared in days, never in hours.
pub type Day = jiff::civil::Date;

/// One article, whatever format it came from.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The record's `id`, or the file path relative to the root that was given.
    pub id: String,
    /// Where the document came from, as the user can open it (file path or `-`).
    pub path: String,
    /// Line of `path` at which `text` starts (front matter and JSONL records shift it).
    pub first_line: usize,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<Day>,
    /// Who speaks when a sentence names nobody: a press release speaks for its author.
    pub speaker: Option<String>,
    /// The default speaker's side, as written in the input (resolved later against the packs).
    pub side: Option<String>,
    pub text: String,
}

/// A half-open byte range into a document's text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A word or punctuation mark of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the document text.
    pub span: Span,
    /// Lower-cased surface form, typographic quotes and dashes folded to ASCII.
    pub lower: CompactString,
    /// Snowball (English) stem of `lower`; equal to `lower` for punctuation and numbers.
    pub stem: CompactString,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.lower.chars().next().is_some_and(char::is_alphanumeric)
    }
}

/// One sentence of a document, with its tokens.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte range in the document text, trimmed of surrounding white space.
    pub span: Span,
    /// 1-based line and column (in characters) of the sentence start within the source file.
    pub line: usize,
    pub column: usize,
    pub tokens: Vec<Token>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    Asserts,
    Denies,
    Concedes,
    Hedges,
    Questions,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Polarity {
    Positive,
    Negative,
}

impl Polarity {
    pub fn flip(self) -> Self {
        match self {
            Polarity::Positive => Polarity::Negative,
            Polarity::Negative => Polarity::Positive,
        }
    }
}

/// Who made a claim.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Speaker {
    /// The words of the text (or the document's default speaker).
    pub mention: Text,
    /// The resolved entity or group id, when the packs know it.
    pub entity: Option<Text>,
    /// The side id from the packs, when known.
    pub side: Option<Text>,
    /// A name several entities share ("Kovalenko"): who it is, is unknown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ambiguous: bool,
}

impl Speaker {
    /// The name used in reports: the resolved entity's name if any, else the mention.
    pub fn key(&self) -> &str {
        self.entity.as_deref().unwrap_or(&self.mention)
    }
}

/// A predicate applied to typed arguments, e.g. `controls(holder=russia, place=pokrovsk)`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Proposition {
    pub predicate: String,
    /// Slot name to normalised value (entity id, side id, or number as written).
    pub args: Args,
}

impl std::fmt::Display for Proposition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Pieces written as they are: reports print every claim's proposition.
        f.write_str(&self.predicate)?;
        f.write_str("(")?;
        for (i, (k, v)) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(k)?;
            f.write_str("=")?;
            f.write_str(v)?;
        }
        f.write_str(")")
    }
}

/// A number found in a claim, with the words that bound it ("about", "more than").
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: f64,
    pub bound: Bound,
    /// The top of a range ("between 10 and 20", "10 to 20"): `value` is its bottom.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    Exact,
    About,
    AtLeast,
    AtMost,
}

/// Index of a claim in the run's claim list; also its node in the claim graph.
pub type ClaimId = usize;

/// Who asserted what, where.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id: document id, sentence start and predicate.
    pub id: String,
    /// Shared by the claims of one document.
    pub document: Arc<str>,
    pub path: Arc<str>,
    pub line: usize,
    pub column: usize,
    pub span: Span,
    /// Shared by the claims of one sentence.
    pub sentence: Arc<str>,
    pub speaker: Speaker,
    pub cue: Option<String>,
    pub stance: Stance,
    pub proposition: Proposition,
    pub polarity: Polarity,
    /// Modal or reported ("may", "reportedly"): weaker than an assertion.
    pub hedged: bool,
    /// Only part of the argument is meant ("most of Pokrovsk").
    pub partial: bool,
    /// Nobody is named, in the sentence or the document: the outlet's own voice, which
    /// also carries what others said without saying who.
    pub narrated: bool,
    /// The speaker is of another side than the document: it only reports what they said.
    pub reported: bool,
    pub quantity: Option<Quantity>,
    /// When the claim is about: an explicit year in the sentence, else the publication day.
    pub day: Option<Day>,
    /// Which pattern of which pack produced the proposition.
    pub pattern: String,
    /// The earlier claim this one refutes or confirms by reference ("refuted the assertion").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refers_to: Option<String>,
    /// The clause as read from the sentence itself, with no pack: every asserted clause
    /// has one, and pack predicates add a typed proposition on top.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<Box<OpenProposition>>,
    /// The rare words of the names the document speaks of, hashed: two claims whose
    /// documents share two are likely of one story.
    /// Shared by the claims of one document.
    #[serde(default, skip_serializing_if = "no_story")]
    pub story: Arc<[u32]>,
}

fn no_story(story: &Arc<[u32]>) -> bool {
    story.is_empty()
}

/// The short strings of open propositions and speakers (lemmas, heads, phrases, names):
/// kept inline up to 24 bytes, so that the millions of them in a large corpus are not as
/// many allocations.
pub type Text = compact_str::CompactString;

/// A clause read from its words: predicate, arguments, polarity, modality, quantities
/// and dates. `Claim::proposition` holds its pairing form (predicate and argument keys).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenProposition {
    /// Verb lemma with its particle ("turn down"), or "be" and the complement ("be fit").
    pub predicate: Text,
    pub voice: Voice,
    pub tense: Tense,
    /// Who acts: the active subject, or the passive's "by" phrase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<Argument>,
    /// What the clause is about: the object, or the subject of a passive, copula or
    /// intransitive verb.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Argument>,
    /// Prepositional phrases: place, time, cause, instrument or other, with the preposition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modifiers: Vec<Modifier>,
    /// What weakens the assertion: a modal ("may"), an intention ("plans to"), a hedge
    /// ("reportedly"), a condition ("if") or a view only reported ("rebels claimed").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<String>,
    /// The words that negate the clause, when it is negated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negation: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quantities: Vec<Counted>,
    /// The day the clause dates its event to, absolute or relative to publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Day>,
    /// The stage the clause is limited to ("at first", "initially", "for now").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<String>,
    /// A running total ("so far", "in total"): compared only with other totals.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cumulative: bool,
    /// The clause's other content words (lemmas), beside predicate and theme: two
    /// clauses that both have some must share one to be about the same thing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Voice {
    Active,
    Passive,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tense {
    Past,
    Present,
    Future,
}

/// A noun phrase reduced to what identifies it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Argument {
    /// Lemma of the head word: "patient", "hospital".
    pub head: Text,
    /// The entity it names or refers back to: a pack id, or a proper name in lower case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<Text>,
    /// The phrase as written.
    pub text: Text,
}

impl Argument {
    /// What pairs the argument: the entity when known, else the head.
    pub fn key(&self) -> &str {
        self.entity.as_deref().unwrap_or(&self.head)
    }

    /// The word claims are paired by: the last word of the entity ("Leon Mbeki", and
    /// "the striker" once resolved to him, pair as "mbeki"), else the head.
    pub fn pair_head(&self) -> &str {
        (self.entity.as_deref())
            .and_then(|e| e.rsplit(' ').next())
            .unwrap_or(&self.head)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Modifier {
    pub role: Role,
    pub preposition: Text,
    pub argument: Argument,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Place,
    Time,
    Cause,
    Instrument,
    Other,
}

/// A number with what it counts: "12 patients", "5 percent", "$3 million".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Counted {
    #[serde(flatten)]
    pub quantity: Quantity,
    /// Lemma of what is counted or measured: "patient", "percent", "dollar".
    pub noun: Text,
    /// What an amount is an amount of, when the words say: "rain" in "80 millimetres of
    /// rain", "profit" in "a profit of 640 million euros" or "profit came in at …".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Text>,
    /// The figure is all there is of what it counts: "all 142 passengers", "carrying 156
    /// passengers", "1,850 containers on board".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub whole: bool,
}

/// The claim that `claims[i]` refers to: the nearest earlier claim of its document with
/// the `refers_to` id. Documents may share an id, and so may their claims: the search
/// stays within the document.
pub fn referenced(claims: &[Claim], i: ClaimId) -> Option<ClaimId> {
    let claim = &claims[i];
    let target = claim.refers_to.as_deref()?;
    let back = (claims[..i].iter().rev())
        .take_while(|c| c.document == claim.document && c.path == claim.path)
        .position(|c| c.id == target)?;
    Some(i - 1 - back)
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// Two claims that a rule says cannot both hold.
#[derive(Debug, Clone, Serialize)]
pub struct Conflict {
    /// Fingerprint from rule, speakers and normalised proposition; no line numbers.
    pub id: String,
    pub rule: String,
    pub kind: String,
    pub severity: Severity,
    pub message: String,
    pub claims: [ClaimId; 2],
}
