//! Word meanings that pair claims: which predicates mean the same and which the
//! opposite. Antonyms, synonyms and what verbs cause ("kill" → "die") come from WordNet
//! 3.0 (verbs and adjectives, tables written by `scripts/gen-lexical`; `data/NOTICE`),
//! and packs add the pairs WordNet misses (`antonyms:` in a pack).
//!
//! Words are grouped into classes: two words of one class mean the same thing when their
//! `flipped` agree, and opposite things when they differ. Classes are built once per
//! pack load, by a union-find that keeps each word's parity to its class's root; a pair
//! that would contradict the parities already found is left out.

pub mod nouns;

use crate::tag::tables_rows;

/// Verbs of so many senses that WordNet's opposites of one sense ("take"/"give",
/// "come"/"go") would pair unrelated claims.
const LIGHT: &[&str] = &[
    "be", "have", "do", "make", "take", "give", "come", "go", "get", "put", "set", "keep", "let",
    "find", "bring", "leave", "move", "run", "turn", "hold", "stand", "carry", "pass", "break",
    "play", "work", "see", "look", "show", "change", "follow", "lead", "manage", "reduce",
];

/// The most words a class may hold: a larger one has chained through several senses.
const MOST_WORDS: usize = 12;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// Where a predicate stands among words of like and opposite meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sense<'a> {
    /// The class's name: its alphabetically first word.
    pub class: &'a str,
    /// Whether the predicate means the opposite of the class's first word.
    pub flipped: bool,
}

#[derive(Debug, Default)]
pub struct Senses {
    /// Word → (class name, flipped).
    classes: FxHashMap<String, (String, bool)>,
    /// Classes with words of both meanings: the states that can exclude each other.
    opposed: rustc_hash::FxHashSet<String>,
}

#[derive(Clone)]
struct UnionFind {
    index: BTreeMap<String, usize>,
    parent: Vec<usize>,
    /// Parity of each node to its parent: 1 when they are opposites.
    parity: Vec<bool>,
    /// Words under each root.
    size: Vec<usize>,
}

impl UnionFind {
    fn node(&mut self, word: &str) -> usize {
        if let Some(&i) = self.index.get(word) {
            return i;
        }
        let i = self.parent.len();
        self.index.insert(word.to_string(), i);
        self.parent.push(i);
        self.parity.push(false);
        self.size.push(1);
        i
    }

    /// The root of `i` and `i`'s parity to it, shortening the path on the way.
    fn find(&mut self, i: usize) -> (usize, bool) {
        let parent = self.parent[i];
        if parent == i {
            return (i, false);
        }
        let (root, up) = self.find(parent);
        self.parent[i] = root;
        self.parity[i] ^= up;
        (root, self.parity[i])
    }

    /// Joins two words of WordNet's, unless one is a verb of many senses.
    fn join_wordnet(&mut self, a: &str, b: &str, opposite: bool) {
        if !(LIGHT.contains(&a) || LIGHT.contains(&b)) {
            self.join(a, b, opposite, true);
        }
    }

    /// Joins a pack's pair whatever the size of the classes: it is what its author
    /// means, and a refused pair of opposites would be lost without a word.
    fn join_pack(&mut self, a: &str, b: &str, opposite: bool) {
        self.join(a, b, opposite, false);
    }

    /// Joins two words' classes; `capped`, only while the class stays small.
    fn join(&mut self, a: &str, b: &str, opposite: bool, capped: bool) {
        let (a, b) = (self.node(a), self.node(b));
        let ((ra, pa), (rb, pb)) = (self.find(a), self.find(b));
        // A lone word chains no senses: it may join a class of any size.
        let lone = self.size[ra] == 1 || self.size[rb] == 1;
        let small = !capped || lone || self.size[ra] + self.size[rb] <= MOST_WORDS;
        if ra != rb && small {
            self.parent[rb] = ra;
            self.parity[rb] = pa ^ pb ^ opposite;
            self.size[ra] += self.size[rb];
        }
    }
}

/// Verbs of knowing, wanting, saying and meeting: they frame a proposition or report an
/// encounter, and assert nothing another source could contradict.
const FRAMING: &[&str] = &[
    "know",
    "think",
    "believe",
    "see",
    "understand",
    "want",
    "hope",
    "wish",
    "ask",
    "thank",
    "like",
    "love",
    "feel",
    "remember",
    "forget",
    "mean",
    "do",
    "let",
    "say",
    "tell",
    "talk",
    "speak",
    "discuss",
    "note",
    "stress",
    "emphasise",
    "emphasize",
    "add",
    "invite",
    "congratulate",
    "welcome",
    "meet",
    "hear",
    "recall",
    "suppose",
    "guess",
    "wonder",
    "need",
    "try",
    "consider",
    "hold talks",
    "express",
    "call",
    "look",
    "repeat",
    "mention",
    "agree",
];

/// What a linking verb says a thing is: "be closed" and "test positive" say "closed" and
/// "positive" of it, and their opposites are those of the word.
fn complement(predicate: &str) -> &str {
    const LINKING: &[&str] = &["be ", "test ", "prove "];
    (LINKING.iter())
        .find_map(|verb| predicate.strip_prefix(verb))
        .unwrap_or(predicate)
}

/// Whether a predicate frames a proposition or reports an encounter ("know", "discuss",
/// "meet"): a claim, but none that another source could contradict.
pub fn is_framing(predicate: &str) -> bool {
    FRAMING.contains(&predicate)
}

/// The verb a noun of something happening or done names: "closure" → "close", "leak" →
/// "leak" (WordNet's derivations, `data/events.tsv`).
pub fn event_verb(noun: &str) -> Option<&'static str> {
    static EVENTS: std::sync::OnceLock<FxHashMap<&str, &str>> = std::sync::OnceLock::new();
    let events = EVENTS.get_or_init(|| {
        (tables_rows::<2>(include_str!("data/events.tsv")))
            .map(|[noun, verb]| (noun, verb))
            .collect()
    });
    events.get(noun).copied()
}

/// Whether WordNet knows the verb and the particle together: "open up", "shut down".
pub fn is_phrasal(verb: &str, particle: &str) -> bool {
    static PHRASALS: std::sync::OnceLock<rustc_hash::FxHashSet<(&str, &str)>> =
        std::sync::OnceLock::new();
    let phrasals = PHRASALS.get_or_init(|| {
        (tables_rows::<3>(include_str!("data/phrasals.tsv")))
            .map(|[verb, particle, _]| (verb, particle))
            .collect()
    });
    phrasals.contains(&(verb, particle))
}

/// Nouns of what a thing costs or is worth: "put the cost of the repairs at …",
/// "estimated the value of the deal at …" give an amount of the thing after "of".
const PRICES: &[&str] = &["cost", "price", "value", "bill", "worth"];

/// Whether an amount is what a thing costs or is worth.
pub fn is_price(measure: &str) -> bool {
    PRICES.contains(&measure)
}

/// Whether a predicate is a verb of so many senses that it says little alone.
pub fn is_light(predicate: &str) -> bool {
    // "be fit" is a copula with its complement, "go up" a verb with its particle: what
    // follows says what it means.
    match predicate.split_once(' ') {
        None => LIGHT.contains(&predicate),
        Some((verb, particle)) => {
            verb != "be" && LIGHT.contains(&verb) && !is_phrasal(verb, particle)
        }
    }
}

impl Senses {
    /// The WordNet classes: words of one verb or adjective sense first, as their surest
    /// tie, then the packs' synonyms and opposites, so that a pack's pairs win over
    /// WordNet's opposites where the two disagree, then WordNet's opposites and what
    /// verbs cause.
    pub fn new(opposites: &[(String, String)], synonyms: &[(String, String)]) -> Senses {
        Senses::finish(Senses::synonymous(synonyms), opposites)
    }

    /// Two tables from one reading of WordNet: with `opposites`, and with `exclusive`
    /// pairs as opposites too.
    pub fn with_exclusive(
        opposites: &[(String, String)],
        exclusive: &[(String, String)],
        synonyms: &[(String, String)],
    ) -> (Senses, Senses) {
        let words = Senses::synonymous(synonyms);
        let both = [opposites, exclusive].concat();
        let states = Senses::finish(words.clone(), &both);
        (Senses::finish(words, opposites), states)
    }

    /// WordNet's senses and the packs' synonyms joined.
    fn synonymous(synonyms: &[(String, String)]) -> UnionFind {
        let mut uf = UnionFind {
            index: BTreeMap::new(),
            parent: Vec::new(),
            parity: Vec::new(),
            size: Vec::new(),
        };
        let rows: Vec<[&str; 3]> = tables_rows::<3>(include_str!("data/synonyms.tsv")).collect();
        // "halt" the verb is not "halt" the adjective ("lame"): a word that is a verb
        // takes its verb sense.
        let verbs: rustc_hash::FxHashSet<&str> = (rows.iter())
            .filter(|[part, ..]| *part == "v")
            .map(|[_, w, _]| *w)
            .collect();
        let mut synsets: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
        for &[part, word, class] in &rows {
            if part == "v" || !verbs.contains(word) {
                synsets.entry((part, class)).or_default().push(word);
            }
        }
        for words in synsets.values() {
            for w in &words[1..] {
                uf.join_wordnet(words[0], w, false);
            }
        }
        for (a, b) in synonyms {
            uf.join_pack(a, b, false);
        }
        uf
    }

    /// The packs' opposites, then WordNet's opposites and what verbs cause, on top of
    /// the synonyms; then each word's class.
    fn finish(mut uf: UnionFind, opposites: &[(String, String)]) -> Senses {
        for (a, b) in opposites {
            uf.join_pack(a, b, true);
        }
        for [part, a, b] in tables_rows::<3>(include_str!("data/antonyms.tsv")) {
            if matches!(part, "v" | "a") {
                uf.join_wordnet(a, b, true);
            }
        }
        // "shut down" means "close"; "lift off" only itself.
        for [verb, particle, alike] in tables_rows::<3>(include_str!("data/phrasals.tsv")) {
            if alike != "-" {
                uf.join_wordnet(&format!("{verb} {particle}"), alike, false);
            }
        }
        // What a verb causes says the same of its theme: "were killed", "died".
        for [_, cause, result] in tables_rows::<3>(include_str!("data/causes.tsv")) {
            uf.join_wordnet(cause, result, false);
        }
        let words: Vec<(String, usize)> = uf.index.iter().map(|(w, &i)| (w.clone(), i)).collect();
        // A class is named by its first word; words come in alphabetical order.
        let mut names: FxHashMap<usize, (String, bool)> = FxHashMap::default();
        let mut classes = FxHashMap::default();
        let mut opposed = rustc_hash::FxHashSet::default();
        for (word, i) in words {
            let (root, parity) = uf.find(i);
            let (name, name_parity) = names.entry(root).or_insert((word.clone(), parity)).clone();
            if parity != name_parity {
                opposed.insert(name.clone());
            }
            classes.insert(word, (name, parity ^ name_parity));
        }
        Senses { classes, opposed }
    }

    /// The sense of a word whose class has an opposite: a state another can exclude.
    pub fn opposable(&self, word: &str) -> Option<Sense<'_>> {
        let word = complement(word);
        let (class, flipped) = self.classes.get(word)?;
        self.opposed.contains(class).then_some(Sense {
            class,
            flipped: *flipped,
        })
    }

    /// The sense of a predicate: "rise", "be fit", "turn down". A copula's complement
    /// stands for the predicate ("be closed" is in the class of "close").
    pub fn of<'a>(&'a self, predicate: &'a str) -> Sense<'a> {
        let word = complement(predicate);
        // "remained unaccounted for", "the deal is unsigned": after a linking verb, "un"
        // and a verb mean that verb's opposite.
        // This runs for every claim under every rule: the cheap tests first.
        let undone = (word.len() < predicate.len())
            .then(|| word.strip_prefix("un"))
            .flatten()
            .filter(|base| {
                base.len() > 2 && !self.classes.contains_key(word) && crate::tag::is_verb(base)
            });
        if let Some(base) = undone {
            let sense = self.of(base);
            return Sense {
                flipped: !sense.flipped,
                ..sense
            };
        }
        match self.classes.get(word) {
            Some((class, flipped)) => Sense {
                class,
                flipped: *flipped,
            },
            None => Sense {
                class: word,
                flipped: false,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packs_pair_joins_classes_of_any_size() {
        let chain = |stem: &str| -> Vec<(String, String)> {
            (1..8)
                .map(|i| (format!("{stem}{}", i - 1), format!("{stem}{i}")))
                .collect()
        };
        let synonyms = [chain("zqa"), chain("zqb")].concat();
        let senses = Senses::new(&[("zqa0".into(), "zqb0".into())], &synonyms);
        let (a, b) = (senses.of("zqa7"), senses.of("zqb7"));
        assert_eq!(a.class, b.class);
        assert_ne!(a.flipped, b.flipped);
    }

    #[test]
    fn antonyms_are_opposite_and_synonyms_alike() {
        let senses = Senses::new(
            &[("uphold".into(), "overturn".into())],
            &[("retake".into(), "recapture".into())],
        );
        assert_eq!(senses.of("retake"), senses.of("recapture"));
        let (rise, fall) = (senses.of("rise"), senses.of("fall"));
        assert_eq!(rise.class, fall.class);
        assert_ne!(rise.flipped, fall.flipped);
        let (fit, unfit) = (senses.of("be fit"), senses.of("be unfit"));
        assert_eq!(fit.class, unfit.class);
        assert_ne!(fit.flipped, unfit.flipped);
        let (up, over) = (senses.of("uphold"), senses.of("overturn"));
        assert_eq!(up.class, over.class);
        assert_ne!(up.flipped, over.flipped);
        assert_eq!(senses.of("zzz-unknown").class, "zzz-unknown");
        assert_eq!(senses.of("kill"), senses.of("die"));
        // One verb sense holds, even with the pack's pairs about.
        assert_eq!(senses.of("begin"), senses.of("commence"));
        assert_ne!(senses.of("halt").class, senses.of("crippled").class);
        assert_eq!(senses.of("shut down"), senses.of("close"));
        assert!(is_phrasal("open", "up") && !is_phrasal("open", "over"));
    }

    #[test]
    fn a_particle_makes_a_light_verb_say_enough() {
        assert!(is_light("take") && is_light("have"));
        assert!(!is_light("go up") && !is_light("carry out") && !is_light("be fit"));
        assert!(!is_light("close"));
        assert_eq!(event_verb("closure"), Some("close"));
        assert_eq!(event_verb("budget"), None);
    }
}
