//! Corrections of the context rules' known errors that matter for reading clauses: a
//! capitalised word inside a sentence is a name, "says" is a verb, "that" after a verb
//! opens a clause, a past form after "have" is a participle, and a sentence with no
//! finite verb finds one.

use super::tables::{tables, Bases, Candidates};
use super::{names_and_describes, opens, Pos};

/// Corrections of the rules' known errors that matter for reading clauses.
pub(super) fn apply(tags: &mut [Pos], lower: &[&str], surface: &[&str], candidates: &[Candidates]) {
    for i in 0..tags.len() {
        let capital = surface[i].starts_with(|c: char| c.is_uppercase());
        let before = i.checked_sub(1).map(|j| tags[j]);
        tags[i] = match (lower[i], tags[i]) {
            // "the crossing rose", "in the fighting": after a determiner a form in "-ing"
            // is a noun, or describes the noun after it ("the soaring prices").
            (_, Pos::VBG) if before.is_some_and(|p| matches!(p, Pos::DT | Pos::PRP_S)) => {
                match tags.get(i + 1) {
                    Some(p) if p.is_noun() => Pos::JJ,
                    _ => Pos::NN,
                }
            }
            // "in neighbouring Hensford County": after a preposition of place, a form in
            // "-ing" before a name describes it ("after visiting Kyiv" stays a verb).
            (_, Pos::VBG)
                if i > 0
                    && matches!(lower[i - 1], "in" | "at" | "near")
                    && tags.get(i + 1).is_some_and(|p| p.is_proper()) =>
            {
                Pos::JJ
            }
            // "the suspect is", "a cut was": after an article or a possessive, a
            // present form is a noun.
            (word, Pos::VBP | Pos::VB)
                if candidates[i].has(Pos::NN)
                    && !AUXILIARIES.contains(&word)
                    && i > 0
                    && (matches!(lower[i - 1], "the" | "a" | "an")
                        || before == Some(Pos::PRP_S)) =>
            {
                Pos::NN
            }
            // "the escaped lynx", "its injured driver": between a determiner and a noun,
            // a participle describes.
            (_, Pos::VBN)
                if before.is_some_and(|p| matches!(p, Pos::DT | Pos::PRP_S))
                    && tags.get(i + 1).is_some_and(|p| p.is_noun()) =>
            {
                Pos::JJ
            }
            // "the funding it needs", "what they want": after a subject pronoun, a form in
            // "-s" is its verb.
            (word, Pos::NNS | Pos::NN)
                if i > 0
                    && matches!(lower[i - 1], "it" | "he" | "she" | "they" | "we" | "i")
                    && candidates[i].has(Pos::VBZ)
                    && word.ends_with('s') =>
            {
                Pos::VBZ
            }
            // "kept its gates shut", "left the road closed": after the object of "keep"
            // or "leave", a participle of a state describes it.
            (word, Pos::VBN | Pos::VBD)
                if matches!(word, "shut" | "closed" | "locked" | "sealed" | "open")
                    && before.is_some_and(Pos::is_noun)
                    && (i.saturating_sub(5)..i).any(|j| {
                        matches!(
                            lower[j],
                            "keep" | "keeps" | "kept" | "keeping" | "leave" | "leaves" | "left"
                        )
                    }) =>
            {
                Pos::JJ
            }
            // "seven suspects were held": after a number, what it counts.
            (_, Pos::VBZ) if before == Some(Pos::CD) && candidates[i].has(Pos::NNS) => Pos::NNS,
            // "have", "was", "did" are verbs whatever a rule made of them.
            (word, pos)
                if !pos.is_verb()
                    && candidates[i].first.is_verb()
                    && AUXILIARIES.contains(&word) =>
            {
                candidates[i].first
            }
            // "has agreed", "had retaken": after "have" a past form is a participle.
            (word, pos)
                if (pos.is_adjective()
                    || pos == Pos::VBD
                    || (pos == Pos::NN && (word.ends_with("ed") || word.ends_with("en"))))
                    && (candidates[i].has(Pos::VBN)
                        || word.ends_with("ed")
                        || word.ends_with("en"))
                    && after_have(lower, tags, i) =>
            {
                Pos::VBN
            }
            // After "did not", "will" or "could", a verb's base form: "did not open".
            (_, pos)
                if !pos.is_verb()
                    && candidates[i].has(Pos::VB)
                    && after_do_or_modal(lower, tags, i) =>
            {
                Pos::VB
            }
            // "the appeals court upheld", "as demand fell": a present form between a
            // noun or a preposition and a past form is a noun of the subject.
            (word, Pos::VBP | Pos::VB)
                if candidates[i].has(Pos::NN)
                    && !AUXILIARIES.contains(&word)
                    && before.is_some_and(|p| p.is_noun() || p == Pos::IN)
                    && (tags.get(i + 1)).is_some_and(|&p| {
                        matches!(p, Pos::VBD | Pos::VBN | Pos::VBZ | Pos::MD)
                    }) =>
            {
                // "Hallisford Watch said": a capital makes it part of the name.
                if capital && !opens(lower, i) {
                    Pos::NNP
                } else {
                    Pos::NN
                }
            }
            // "demand fell": a past form the lexicon knows only as such is no participle.
            (_, Pos::VBN) if !candidates[i].has(Pos::VBN) && candidates[i].has(Pos::VBD) => {
                Pos::VBD
            }
            // "will enter service": a base form after a base form is its object, but
            // after the verbs that take a bare infinitive ("help build", "let go").
            (_, Pos::VB)
                if before == Some(Pos::VB)
                    && candidates[i].has(Pos::NN)
                    && !matches!(
                        lower[i - 1],
                        "help" | "let" | "make" | "see" | "hear" | "watch" | "go" | "come" | "dare"
                    ) =>
            {
                Pos::NN
            }
            // "Tembrook had ignored": "had" with no auxiliary before it is finite.
            ("had", Pos::VBN) if !after_auxiliary(lower, tags, i) => Pos::VBD,
            // "is set to open", "is due to start": a participle that passes on to a verb.
            ("set" | "due" | "scheduled" | "expected", _)
                if lower.get(i + 1) == Some(&"to") && after_be(lower, tags, i) =>
            {
                Pos::VBN
            }
            // Reporting verbs read as nouns: "the minister says", "officials said".
            ("says", _) => Pos::VBZ,
            ("said", _) if before != Some(Pos::DT) => Pos::VBD,
            // "on May 2", "in May": the month, not the modal.
            ("may", Pos::MD)
                if capital
                    && !opens(lower, i)
                    && (tags.get(i + 1) == Some(&Pos::CD) || before == Some(Pos::IN)) =>
            {
                Pos::NNP
            }
            // "that" after a verb opens a clause: "said that the plant ...".
            ("that", _) if before.is_some_and(Pos::is_verb) => Pos::IN,
            // A name inside a sentence: "the Harlow clinic", "Northfield United".
            (_, pos)
                if capital
                    && !opens(lower, i)
                    && !names_and_describes(tables(), lower[i])
                    && (pos.is_noun()
                        || pos.is_adjective()
                        || before.is_some_and(Pos::is_proper)) =>
            {
                if pos == Pos::NNS || pos == Pos::NNPS {
                    Pos::NNPS
                } else {
                    Pos::NNP
                }
            }
            // No base form follows "was": "was not fit" describes.
            (_, Pos::VB | Pos::VBP) if candidates[i].has(Pos::JJ) && after_be(lower, tags, i) => {
                Pos::JJ
            }
            // After "was" or "is", "fit to play" and "ready to go" describe.
            (_, Pos::VBN)
                if candidates[i].has(Pos::JJ)
                    && lower.get(i + 1) == Some(&"to")
                    && after_be(lower, tags, i) =>
            {
                Pos::JJ
            }
            // "will be cut when", "were hit in": after "be", a form that may be a
            // participle, mostly not an adjective, with no noun after it is the passive's.
            (_, Pos::NN | Pos::VB | Pos::VBP)
                if candidates[i].has(Pos::VBN)
                    && candidates[i].first != Pos::JJ
                    && after_be(lower, tags, i)
                    && !(tags.get(i + 1)).is_some_and(|&p| p.is_noun() || p.is_adjective()) =>
            {
                Pos::VBN
            }
            // After "have" or "be" a past form is a participle: "had taken", "was seized".
            (_, Pos::VBD) if candidates[i].has(Pos::VBN) && after_auxiliary(lower, tags, i) => {
                Pos::VBN
            }
            // "the court overturned the verdict": a past form after its subject and
            // before its object, with no auxiliary, is the finite verb.
            (_, Pos::VBN)
                if candidates[i].has(Pos::VBD)
                    && !after_auxiliary(lower, tags, i)
                    && before.is_some_and(|p| p.is_noun() || p == Pos::PRP)
                    && (tags.get(i + 1)).is_some_and(|&p| {
                        matches!(p, Pos::DT | Pos::PRP_S | Pos::CD) || p.is_noun()
                    }) =>
            {
                Pos::VBD
            }
            // "had ignored repeated warnings": a participle between a verb and its
            // object's noun describes the noun.
            (word, Pos::VBN | Pos::VBD)
                if before.is_some_and(|p| matches!(p, Pos::VBD | Pos::VBN | Pos::VB))
                    && !AUXILIARIES.contains(&lower[i - 1])
                    && (candidates[i].has(Pos::JJ) || word.ends_with("ed"))
                    && (tags.get(i + 1)).is_some_and(|&p| matches!(p, Pos::NN | Pos::NNS)) =>
            {
                Pos::JJ
            }
            // "The firm, Calder and Webb, put the cost at …": "put", "cut" and "set" are
            // past forms too, and finite in a sentence with no other finite verb.
            (_, Pos::VB | Pos::VBP)
                if candidates[i].has(Pos::VBD)
                    && !after_do_or_modal(lower, tags, i)
                    && i > 0
                    && lower[i - 1] != "to"
                    && only_finite(tags, i) =>
            {
                Pos::VBD
            }
            // "Spending per visitor increased …" in a sentence with no other finite verb,
            // and "Sales increased, the company said" as the first verb, before a comma:
            // a past form after its subject is the finite verb.
            // "The ferry, carrying 610 passengers, docked": after a phrase set off by
            // commas too.
            // "The main ruptured": so after a determiner and a word that may be a noun.
            // "Sales more than doubled": adverbs may stand between. "Sales at the mill
            // increased last year, the owner said": before a reporting verb's comma too.
            (word, Pos::VBN)
                if (candidates[i].has(Pos::VBD) || word.ends_with("ed"))
                    && !after_auxiliary(lower, tags, i)
                    && (before_adverbs(lower, tags, i)
                        .is_some_and(|p| p.is_noun() || p == Pos::PRP || p == Pos::COMMA)
                        || noun_after_determiner(tags, lower, candidates, i))
                    && (only_finite(tags, i)
                        || (!tags[..i].iter().copied().any(Pos::is_finite)
                            && (lower.get(i + 1) == Some(&",")
                                || reported_after(lower, tags, i)))) =>
            {
                Pos::VBD
            }
            // "the outage cut electricity to 14,200 homes": in a sentence with no finite
            // verb, a past form read as a noun between two phrases is the verb.
            (_, Pos::NN)
                if candidates[i].has(Pos::VBD)
                    && before.is_some_and(Pos::is_noun)
                    && (tags.get(i + 1))
                        .is_some_and(|&p| matches!(p, Pos::DT | Pos::CD) || p.is_noun())
                    && only_finite(tags, i) =>
            {
                Pos::VBD
            }
            (_, pos) => pos,
        };
        // "The main ruptured", "passed a medical on Sunday": a word that may be a noun,
        // after a determiner and before no noun, is one.
        let ends_phrase = tags[i] == Pos::VBD || matches!(tags[i], Pos::IN | Pos::TO | Pos::COMMA);
        if ends_phrase && noun_after_determiner(tags, lower, candidates, i) {
            tags[i - 1] = Pos::NN;
        }
    }
}

/// Whether a word that may be a noun, read as an adjective, stands between a determiner
/// and token `i`: "the main" before "ruptured".
fn noun_after_determiner(
    tags: &[Pos],
    lower: &[&str],
    candidates: &[Candidates],
    i: usize,
) -> bool {
    // "medical" and "final" are nouns to WordNet, if not to the lexicon.
    let noun = |j: usize| {
        candidates[j].has(Pos::NN)
            || (tables().bases.get(lower[j])).is_some_and(|b| b.has(Bases::NOUN))
    };
    // "the main", "his first medical": adjectives back to a determiner.
    let start = (0..i).rev().find(|&j| !tags[j].is_adjective());
    let determined = start.is_some_and(|j| j + 1 < i && matches!(tags[j], Pos::DT | Pos::PRP_S));
    determined && noun(i - 1)
}

/// The tag before token `i` and the adverbs before it ("more than", "almost").
fn before_adverbs(lower: &[&str], tags: &[Pos], i: usize) -> Option<Pos> {
    let adverb = |j: usize| tags[j] == Pos::RB || matches!(lower[j], "more" | "less" | "than");
    (0..i).rev().find(|&j| !adverb(j)).map(|j| tags[j])
}

/// Verbs that report what the sentence before them says: "…, the owner said."
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "reported",
    "announced",
    "stated",
];

/// Whether the first finite verb after token `i` reports it, after a comma: "Sales at
/// the mill increased last year, the owner said." ("The men arrested on Monday were
/// freed": the finite verb after a participle with no comma is the sentence's.)
fn reported_after(lower: &[&str], tags: &[Pos], i: usize) -> bool {
    let next = (i + 1..tags.len()).find(|&j| tags[j].is_finite());
    next.is_some_and(|j| REPORTING.contains(&lower[j]) && tags[i + 1..j].contains(&Pos::COMMA))
}

/// Whether no token of the sentence but `i` has a finite tag.
fn only_finite(tags: &[Pos], i: usize) -> bool {
    !(tags.iter().enumerate()).any(|(j, &p)| j != i && p.is_finite())
}

/// Forms of "be", "have" and "do".
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "having", "do",
    "does", "did",
];

/// Whether a form of "have" stands before token `i`, adverbs between.
fn after_have(lower: &[&str], tags: &[Pos], i: usize) -> bool {
    let back = (0..i).rev().find(|&j| tags[j] != Pos::RB);
    back.is_some_and(|j| matches!(lower[j], "have" | "has" | "had" | "having" | "'ve"))
}

/// Whether "do" or a modal stands before token `i`, adverbs between.
fn after_do_or_modal(lower: &[&str], tags: &[Pos], i: usize) -> bool {
    let back = (0..i).rev().find(|&j| tags[j] != Pos::RB);
    back.is_some_and(|j| tags[j] == Pos::MD || matches!(lower[j], "do" | "does" | "did"))
}

/// Whether a form of "be" stands before token `i`, adverbs between; a possessive "'s"
/// is none.
fn after_be(lower: &[&str], tags: &[Pos], i: usize) -> bool {
    let back = (0..i).rev().find(|&j| tags[j] != Pos::RB);
    back.filter(|&j| tags[j] != Pos::POS).is_some_and(|j| {
        matches!(
            lower[j],
            "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "'re" | "am"
        )
    })
}

/// Whether a form of "have" or "be" stands before token `i`, adverbs and "not" between.
fn after_auxiliary(lower: &[&str], tags: &[Pos], i: usize) -> bool {
    let back = (0..i).rev().find(|&j| tags[j] != Pos::RB);
    back.is_some_and(|j| {
        matches!(
            lower[j],
            "have"
                | "has"
                | "had"
                | "having"
                | "'ve"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "being"
                | "'s"
                | "'re"
                | "get"
                | "got"
                | "gets"
        )
    })
}
