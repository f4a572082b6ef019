//! What a user writes: the YAML shape of a rule pack. Strict on purpose: an unknown key
//! is an error with its line and column, never silently ignored.

use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

/// One YAML file: knowledge (sides, entities, cues, predicates) and rules.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PackSpec {
    /// Format version of the pack; only `1` exists.
    pub version: u32,
    /// Pack name, used in reports.
    pub pack: String,
    /// Other packs to load first, relative to this file.
    #[serde(default, rename = "use")]
    pub uses: Vec<String>,
    /// Parties to a dispute, keyed by id.
    #[serde(default)]
    pub sides: BTreeMap<String, SideSpec>,
    /// People, places, groups and facilities with their aliases.
    #[serde(default)]
    pub entities: Vec<EntitySpec>,
    /// Nouns that make a group speaker after a demonym: "Ukrainian *officials*".
    #[serde(default)]
    pub group_nouns: Vec<String>,
    /// Reporting verbs by stance.
    #[serde(default)]
    pub cues: CueSpec,
    /// Words that negate a clause ("not", "never").
    #[serde(default)]
    pub negations: Vec<String>,
    /// Words that make a claim hedged ("may", "reportedly").
    #[serde(default)]
    pub modals: Vec<String>,
    /// Phrases that make a claim partial when they stand before its argument ("most of").
    #[serde(default)]
    pub partial: Vec<String>,
    /// Nouns that point back at an earlier claim ("the assertion", "the report").
    #[serde(default)]
    pub references: Vec<String>,
    /// Word pairs of opposite meaning: a pattern word also matches its antonym, with the
    /// claim's polarity flipped (`[opened, blocked]`).
    #[serde(default)]
    pub antonyms: Vec<[String; 2]>,
    /// Word pairs of like meaning for open propositions, beyond WordNet's: claims whose
    /// predicates are synonyms pair as one (`[killed, died]`).
    #[serde(default)]
    pub synonyms: Vec<[String; 2]>,
    /// States that cannot hold of one thing at once, though no dictionary calls them
    /// opposites (`[in custody, at large]`, `[on schedule, delayed]`): `semantic` rules
    /// find them anywhere in two clauses (predicate, complement, state phrase).
    #[serde(default)]
    pub exclusive: Vec<[String; 2]>,
    #[serde(default)]
    pub predicates: Vec<PredicateSpec>,
    #[serde(default)]
    pub rules: Vec<RuleSpec>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SideSpec {
    /// Names that stand for the side itself: countries, capitals, governments.
    #[serde(default)]
    pub names: Vec<String>,
    /// Adjectives that make a group of the side with a group noun: "Russian".
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// Codes used in input records' `side` field (RU, UA).
    #[serde(default)]
    pub codes: Vec<String>,
    /// The sides this one is opposed to; `opponent` in a pattern means these.
    #[serde(default)]
    pub opposes: Vec<String>,
    /// Fill colour in graph exports.
    pub color: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    Person,
    Group,
    Org,
    Place,
    Facility,
    Event,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EntitySpec {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: EntityKind,
    pub side: Option<String>,
    /// The entity that contains this one (a plant in a city, a city in a region).
    pub part_of: Option<String>,
    /// Titles the entity holds for a time: "the defence minister" means whoever held the
    /// post on the day of the claim.
    #[serde(default)]
    pub roles: Vec<RoleSpec>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleSpec {
    /// The title as written, without an article: `defence minister`.
    pub title: String,
    /// First day in post, `YYYY-MM-DD`; open when absent.
    #[schemars(with = "Option<String>")]
    pub from: Option<crate::model::Day>,
    /// Last day in post; open when absent.
    #[schemars(with = "Option<String>")]
    pub to: Option<crate::model::Day>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CueSpec {
    #[serde(default)]
    pub asserts: Vec<String>,
    #[serde(default)]
    pub denies: Vec<String>,
    #[serde(default)]
    pub concedes: Vec<String>,
    #[serde(default)]
    pub hedges: Vec<String>,
}

/// Which kinds of mention a slot accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SlotType {
    Side,
    Group,
    Person,
    Org,
    Place,
    Facility,
    Event,
    Number,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PredicateSpec {
    pub id: String,
    /// Slot name to the mention types it accepts. Slots typed `side` hold side ids.
    #[serde(default)]
    pub args: BTreeMap<String, Vec<SlotType>>,
    pub patterns: Vec<PatternSpec>,
}

/// A token pattern, either as a bare string or with options.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum PatternSpec {
    Plain(String),
    Detailed(DetailedPattern),
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DetailedPattern {
    #[serde(rename = "match")]
    pub pattern: String,
    /// `negative` when the words themselves deny the predicate ("no fighting in {place}").
    #[serde(default)]
    pub polarity: PolaritySpec,
    /// Slots filled from context: `speaker` (the speaker's side) or `opponent`.
    #[serde(default)]
    pub set: BTreeMap<String, ContextValue>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PolaritySpec {
    #[default]
    Positive,
    Negative,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ContextValue {
    /// The side of whoever makes the claim.
    Speaker,
    /// The side the speaker's side opposes.
    Opponent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RuleKind {
    /// The same proposition with opposite polarity.
    Negation,
    /// Two different values of one argument (`pair.differ`), the rest the same.
    Functional,
    /// Numbers that differ beyond `pair.tolerance`.
    Numeric,
    /// A speaker contradicting themself: negation between claims of one speaker.
    #[serde(rename = "self")]
    SelfContradiction,
    /// A claim that explicitly refutes an earlier one ("denied the report").
    Refutation,
    /// Predicates of opposite meaning on the same theme ("sales rose" / "sales fell");
    /// open propositions only.
    Antonymy,
    /// Different dates for one event ("held on March 3" / "on March 10"); open
    /// propositions only.
    Date,
    /// Contradictions in other words: two clauses about one thing, paired by what they
    /// are about rather than by predicate, whose states exclude each other anywhere in
    /// them ("is in custody" / "is still at large", "is on schedule" / "has fallen
    /// behind schedule"), or one of which discredits what the other rests on ("the video
    /// shows …" / "the video was staged"); open propositions only.
    Semantic,
}

/// What two clauses must share for a `semantic` rule, beyond the judge's points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Align {
    /// Both have a theme, and the themes name one thing.
    Theme,
    /// Both have an agent, and the agents name one thing.
    Agent,
    /// Both name a place, and the places agree.
    Place,
    /// Both are dated, to one day.
    Date,
}

impl std::fmt::Display for Align {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(match self {
            Align::Theme => "theme",
            Align::Agent => "agent",
            Align::Place => "place",
            Align::Date => "date",
        })
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SpeakersSpec {
    #[default]
    Any,
    Different,
    DifferentSides,
    Same,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Unless {
    /// Either claim is modal or reported ("may", "reportedly").
    Hedged,
    /// Either claim is a question.
    Question,
    /// Either claim covers only part of its argument ("most of").
    Partial,
    /// Either claim is in the outlet's own voice, with no speaker named.
    Narrated,
    /// Either claim only reports what another side said, in a document of its own side.
    Reported,
    /// Either claim's speaker is a name several entities share.
    Ambiguous,
    /// Exactly one of the claims gives a running total ("so far", "in total").
    Cumulative,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub id: String,
    pub kind: RuleKind,
    #[serde(default = "default_severity")]
    pub severity: crate::model::Severity,
    /// Shown per conflict; `{a.speaker}`, `{b.side}`, `{a.<slot>}` are filled in.
    pub message: String,
    pub pair: PairSpec,
    #[serde(default)]
    pub unless: Vec<Unless>,
    #[serde(default)]
    pub tests: RuleTests,
}

fn default_severity() -> crate::model::Severity {
    crate::model::Severity::Error
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PairSpec {
    /// The predicate both claims must have; any typed predicate when absent
    /// (refutation: any claim). `open` pairs the open propositions every asserted clause
    /// has, by the sense of their predicate and the head of their theme.
    pub predicate: Option<String>,
    /// Arguments that must be equal.
    #[serde(default)]
    pub same: Vec<String>,
    /// Arguments that are equal when one contains the other (`part_of`).
    #[serde(default)]
    pub nested: Vec<String>,
    /// For `functional`: the argument whose values must differ.
    pub differ: Option<String>,
    #[serde(default)]
    pub speakers: SpeakersSpec,
    /// Claims further apart in time are a change, not a conflict: `14d`.
    pub within: Option<String>,
    /// For `numeric`: how far apart numbers may be, `10%` or `50`.
    pub tolerance: Option<String>,
    /// For `numeric` on open propositions: `totals` pairs the figures of one story by
    /// what they count, whatever verb carries them, and flags a figure beyond a stated
    /// whole ("all 142 passengers" against "156 passengers were evacuated") or two wholes
    /// that differ.
    #[serde(default)]
    pub figures: FiguresSpec,
    /// For `semantic`: the points of alignment a pair must reach (what the clauses
    /// share: a theme counts 2, a named theme 3, an agent, place, day or context word 1
    /// each); 3 when absent.
    pub min_score: Option<u32>,
    /// For `semantic`: what the clauses must share besides.
    #[serde(default)]
    pub align: Vec<Align>,
}

/// How a numeric rule on open propositions pairs figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FiguresSpec {
    /// Figures of one predicate, or amounts of one named measure.
    #[default]
    Predicate,
    /// Figures of one story that count one thing, one of them all there is of it.
    Totals,
}

/// Sentence pairs that must (flags) or must not (passes) produce a conflict.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleTests {
    #[serde(default)]
    pub flags: Vec<[String; 2]>,
    #[serde(default)]
    pub passes: Vec<[String; 2]>,
    /// Known gaps: pairs that should be flagged but are not yet. Reported, never failing.
    #[serde(default)]
    pub todo: Vec<[String; 2]>,
}
