use super::{tag, Pos};
use crate::segment::tokenize;

fn tags(text: &str) -> Vec<String> {
    let tokens = tokenize(text);
    tag(&tokens, text)
        .iter()
        .zip(&tokens)
        .map(|(t, tok)| format!("{}/{}/{}", tok.lower, t.pos, t.lemma))
        .collect()
}

/// Asserts that `text` is tagged with each `word/TAG/lemma` of `expected`.
fn has_tags(text: &str, expected: &[&str]) {
    let t = tags(text);
    for e in expected {
        assert!(t.iter().any(|w| w == e), "{e} in {t:?}");
    }
}

#[test]
fn verbs_nouns_and_lemmas() {
    assert_eq!(
        tags("The hospital said 12 patients were infected."),
        [
            "the/DT/the",
            "hospital/NN/hospital",
            "said/VBD/say",
            "12/CD/12",
            "patients/NNS/patient",
            "were/VBD/be",
            "infected/VBN/infect",
            "././."
        ]
    );
}

#[test]
fn irregular_forms_and_contractions() {
    has_tags(
        "Troops took the town but didn't hold it.",
        &["took/VBD/take", "didn't/VBD/do"],
    );
}

#[test]
fn a_capital_opening_the_sentence_is_not_a_name() {
    let tokens = tokenize("Patients waited while Northfield United trained.");
    let tagged = tag(&tokens, "Patients waited while Northfield United trained.");
    assert_eq!(tagged[0].pos, Pos::NNS);
    assert!(tagged[3].pos.is_proper() && tagged[4].pos.is_proper());
}

#[test]
fn auxiliaries_stay_verbs_after_a_plural_subject() {
    has_tags("Twelve people have been infected.", &["have/VBP/have"]);
    has_tags("The appeals court upheld the verdict.", &["court/NN/court"]);
}

#[test]
fn a_capitalised_plural_of_a_known_word_names_a_people() {
    has_tags(
        "Engineers met Norwegians and the Smiths in Oslo.",
        &[
            "engineers/NNS/engineer",
            "norwegians/NNPS/norwegian",
            "smiths/NNPS/smith",
            "oslo/NNP/oslo",
        ],
    );
}

#[test]
fn a_name_joined_to_a_participle_describes() {
    has_tags(
        "The Leeds-based firm and the Kremlin-backed group met Dana Okafor.",
        &[
            "leeds-based/JJ/leeds-based",
            "kremlin-backed/JJ/kremlin-backed",
            "okafor/NNP/okafor",
        ],
    );
}

#[test]
fn finite_forms_months_and_names_before_said() {
    has_tags(
        "Residents of Ferrow Green said the council had ignored them.",
        &["green/NNP/green", "had/VBD/have"],
    );
    has_tags("The inquiry will report on May 9.", &["may/NNP/may"]);
    has_tags("Profits may fall.", &["may/MD/may"]);
    has_tags(
        "Demand per household increased compared with last winter.",
        &["increased/VBD/increase"],
    );
    has_tags(
        "Membership increased, the club said.",
        &["increased/VBD/increase"],
    );
    has_tags(
        "Entries at the Velm show increased for a third year, its secretary said.",
        &["increased/VBD/increase"],
    );
    has_tags(
        "In neighbouring Velm County, the harvest fell.",
        &["neighbouring/JJ/neighbouring"],
    );
    has_tags(
        "After visiting Velm, the minister left.",
        &["visiting/VBG/visit"],
    );
    has_tags(
        "The men arrested at the Velm show were freed, police said.",
        &["arrested/VBN/arrest"],
    );
    has_tags(
        "The surveyor, Ashby and Crane, put the damage at 2 million pounds.",
        &["put/VBD/put"],
    );
}

#[test]
fn after_a_number_what_it_counts() {
    has_tags("Nine suspects were charged.", &["suspects/NNS/suspect"]);
    has_tags(
        "The firm says it sells 40 boats a year and 12 sails.",
        &["sails/NNS/sail"],
    );
}

#[test]
fn after_a_determiner_a_form_in_ing_names_or_describes() {
    has_tags("Fares on the crossing rose.", &["crossing/NN/crossing"]);
    has_tags(
        "Ministers blamed the soaring prices.",
        &["soaring/JJ/soaring"],
    );
    // So does a participle: "sedated" is the verb, "escaped" describes the lynx.
    has_tags(
        "Keepers at the zoo sedated the escaped lynx.",
        &["sedated/VBD/sedate", "escaped/JJ/escaped"],
    );
}

/// A capitalised noun and a whole number after it are one name; a date, or a number that
/// counts what follows, is none.
#[test]
fn names_that_end_in_a_number() {
    has_tags(
        "Gate 12 will close and the Terminal 2 lounge reopens.",
        &[
            "gate/NNP/gate",
            "12/NNP/12",
            "terminal/NNP/terminal",
            "2/NNP/2",
        ],
    );
    has_tags("The ferry sails on March 3.", &["3/CD/3"]);
    has_tags("Exports rose by 4 percent.", &["4/CD/4"]);
    has_tags("Ward 4 patients were moved.", &["4/CD/4"]);
}

/// Irregular forms of verbs the lexicon lacks are read from WordNet's exceptions.
#[test]
fn irregular_forms_the_lexicon_lacks() {
    has_tags("Grain output shrank last year.", &["shrank/VBD/shrink"]);
    has_tags("The envoy flew to Tarrow.", &["flew/VBD/fly"]);
    has_tags("The bank has lent 40 million.", &["lent/VBN/lend"]);
}

/// A sentence with no finite verb has one all the same: "the main ruptured", "the outage
/// cut power".
#[test]
fn a_sentence_without_a_finite_verb_finds_one() {
    has_tags(
        "The main ruptured on Friday.",
        &["main/NN/main", "ruptured/VBD/rupture"],
    );
    has_tags(
        "Overnight the storm cut power to 900 homes.",
        &["cut/VBD/cut"],
    );
}

/// After "be", a form that is mostly a participle is the passive's, before a clause too.
#[test]
fn a_participle_like_its_base_form_after_be() {
    has_tags(
        "Six posts will be cut when the depot shuts.",
        &["cut/VBN/cut"],
    );
    has_tags("The striker was not fit to play.", &["fit/JJ/fit"]);
}

/// A word WordNet knows as a noun, after a determiner and adjectives and before no noun,
/// is one: "passed a medical on Sunday", "won the final on Sunday".
#[test]
fn a_noun_the_lexicon_knows_only_as_an_adjective() {
    has_tags("Quill passed a medical on Sunday.", &["medical/NN/medical"]);
    has_tags(
        "Quill failed his first medical on Sunday.",
        &["medical/NN/medical"],
    );
    has_tags("The medical staff left.", &["medical/JJ/medical"]);
}

#[test]
fn a_present_form_in_ss_is_its_own_base() {
    has_tags(
        "Engineers assess the damage while officials discuss the repairs.",
        &["assess/VBP/assess", "discuss/VBP/discuss"],
    );
}

#[test]
fn after_a_subject_pronoun_a_form_in_s_is_a_verb() {
    has_tags("The trust has the money it needs.", &["needs/VBZ/need"]);
}
