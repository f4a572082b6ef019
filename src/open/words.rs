//! The words the clause reader knows by heart: what conditions, hedges, reports or
//! totals a clause, and which nouns and prepositions name no theme, an extent, a place or
//! a state.

use crate::model::Role;

/// Words anywhere in a sentence that make every clause of it conditional.
pub(super) const CONDITIONS: &[&str] = &["if", "unless", "whether"];

/// Words that open a clause the sentence does not assert by itself: "until Russia stops
/// the war", "when Ukraine becomes a member", "so that the economy does not suffer", "it
/// seems that the difference is small".
// Two-word openers come first: the word test takes the first that fits.
pub(super) const SUBORDINATORS: &[&str] = &[
    "so that",
    "seems that",
    "appears that",
    "seemed that",
    "appeared that",
    "until",
    "till",
    "when",
    "whenever",
    "once",
    "lest",
    "seems",
    "appears",
];

/// Words that weaken the clause they stand in.
pub(super) const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "alleged",
    "possibly",
    "perhaps",
    "probably",
    "likely",
    "unlikely",
    "apparently",
    "supposedly",
    "purportedly",
    "presumably",
    "maybe",
];

/// Organisations whose names end in what they are ("Calder Council", "Brennock
/// University"): "the council" refers back only to such a name.
pub(super) const INSTITUTIONS: &[&str] = &[
    "council",
    "ministry",
    "department",
    "agency",
    "university",
    "school",
    "board",
];

/// Nouns by which news refers back to an organisation it has named: "Marlow Foods said
/// … the company would close".
pub(super) const ORGANISATIONS: &[&str] = &[
    "company",
    "firm",
    "group",
    "club",
    "team",
    "council",
    "ministry",
    "department",
    "agency",
    "bank",
    "airline",
    "chain",
    "retailer",
    "carrier",
    "operator",
    "insurer",
    "lender",
    "union",
    "charity",
    "maker",
    "brewer",
    "manufacturer",
    "supplier",
    "broadcaster",
    "publisher",
    "utility",
    "developer",
    "startup",
    "university",
    "school",
    "board",
];

/// Words that limit a clause to one stage of what it tells: "trams will run every ten
/// minutes at first" says nothing of later.
pub(super) const PHASES: &[&str] = &[
    "at first",
    "initially",
    "for now",
    "at launch",
    "to begin",
    "temporarily",
];

/// Words that make a figure a running total.
pub(super) const TOTALS: &[&str] = &[
    "total",
    "so far",
    "to date",
    "as of",
    "overall",
    "altogether",
    "cumulative",
];

/// Verbs that report another's view: the clauses after them are not asserted.
pub(super) const REPORTING: &[&str] = &[
    "say", "claim", "report", "tell", "announce", "state", "allege", "insist", "believe", "think",
    "suggest", "argue", "assert", "contend", "accuse", "deny", "fear", "doubt",
];

/// Nouns of time and quantity that name no theme: "spoke today", "one of the first".
pub(super) const NO_THEME: &[&str] = &[
    // The nouns of set phrases: "paid attention", "took place", "took part".
    "attention",
    "priority",
    "place",
    "part",
    "note",
    "care",
    "today",
    "yesterday",
    "tomorrow",
    "day",
    "week",
    "month",
    "year",
    "time",
    "morning",
    "evening",
    "night",
    "weekend",
    "moment",
    "hour",
    "minute",
    "decade",
    "century",
    "thing",
    "way",
    "lot",
    "kind",
    "one",
    "something",
    "anything",
    "everything",
    "everyone",
    "anyone",
    "someone",
    "all",
    "both",
    "each",
    "other",
    "others",
    "fact",
    "issue",
    "question",
];

/// Words that open a clause or a question after a verb: its content is that clause, and
/// the subject is not what the verb is about.
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "that", "how", "what", "why", "whether", "if", "when", "where", "who", "which", ":",
];

/// Conjunctions that open an adverbial clause: a verb after them has a subject of its
/// own ("prices increased in May as demand fell").
pub(super) const CONJUNCTIONS: &[&str] = &[
    "as", "because", "while", "although", "though", "if", "when", "whereas", "once", "unless",
    "where", "so",
];

/// Prepositions that may open a clause as well: "after the vote", "after the vote was
/// held".
pub(super) const CLAUSE_PREPOSITIONS: &[&str] = &["after", "before", "until", "since"];

/// Heads of an extent rather than a theme: "sales fell 4 percent".
pub(super) const MEASURES: &[&str] = &[
    "percent", "%", "point", "cent", "dollar", "euro", "pound", "yen", "degree", "fold",
];

/// Verbs whose object is an amount of their subject: "arrivals totalled 356,000", "the
/// quake measured 5.8". After "arrested 12" the number is who was arrested.
pub(super) const AMOUNTS: &[&str] = &[
    "total", "number", "measure", "reach", "top", "exceed", "amount", "weigh", "average", "hit",
];

/// Verbs after an adjective that add nothing to it: "fit to play", "safe to use".
pub(super) const LOOSE_INFINITIVES: &[&str] =
    &["play", "use", "go", "travel", "return", "work", "be"];

/// Prepositions an adjective governs: what follows is part of the state ("interested in
/// talks", "aware of the risk"), not a place or a time.
pub(super) const GOVERNED_BY_ADJECTIVES: &[&str] = &["in", "of", "about", "with", "for"];

/// Nouns that name a place by the name after "of": "the town of Kessan".
pub(super) const PLACE_NOUNS: &[&str] = &[
    "town", "city", "village", "region", "province", "district", "port", "island", "country",
];

/// Prepositions and the role of what follows them.
pub(super) const PREPOSITIONS: &[(&str, Role)] = &[
    ("in", Role::Place),
    ("at", Role::Place),
    ("near", Role::Place),
    ("inside", Role::Place),
    ("outside", Role::Place),
    ("across", Role::Place),
    ("around", Role::Place),
    ("on", Role::Time),
    ("during", Role::Time),
    ("since", Role::Time),
    ("until", Role::Time),
    ("before", Role::Time),
    ("after", Role::Time),
    ("over", Role::Cause),
    ("because", Role::Cause),
    ("due", Role::Cause),
    ("with", Role::Instrument),
];

/// Prepositions of a state after a copula.
pub(super) const STATES: &[&str] = &["under", "in", "out", "at", "on", "off", "beyond"];

/// Verbs that carry tense or link, not content.
pub(super) const COPULAS_AND_AUXILIARIES: &[&str] = &[
    "be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
    "get",
];

/// Words that put a place on one side of another: "north of Aldermoor".
pub(super) const SIDES: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];
