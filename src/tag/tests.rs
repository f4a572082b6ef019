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
    let t = tags("Troops took the town but didn't hold it.");
    assert!(t.contains(&"took/VBD/take".to_string()), "{t:?}");
    assert!(t.contains(&"didn't/VBD/do".to_string()), "{t:?}");
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
    let t = tags("Twelve people have been infected.");
    assert!(t.contains(&"have/VBP/have".to_string()), "{t:?}");
    let t = tags("The appeals court upheld the verdict.");
    assert!(t.contains(&"court/NN/court".to_string()), "{t:?}");
}

#[test]
fn a_capitalised_plural_of_a_known_word_names_a_people() {
    let t = tags("Engineers met Norwegians and the Smiths in Oslo.");
    assert!(t.contains(&"engineers/NNS/engineer".to_string()), "{t:?}");
    assert!(
        t.contains(&"norwegians/NNPS/norwegian".to_string()),
        "{t:?}"
    );
    assert!(t.contains(&"smiths/NNPS/smith".to_string()), "{t:?}");
    assert!(t.contains(&"oslo/NNP/oslo".to_string()), "{t:?}");
}

#[test]
fn a_name_joined_to_a_participle_describes() {
    let t = tags("The Leeds-based firm and the Kremlin-backed group met Dana Okafor.");
    assert!(
        t.contains(&"leeds-based/JJ/leeds-based".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"kremlin-backed/JJ/kremlin-backed".to_string()),
        "{t:?}"
    );
    assert!(t.contains(&"okafor/NNP/okafor".to_string()), "{t:?}");
}

#[test]
fn finite_forms_months_and_names_before_said() {
    let t = tags("Residents of Ferrow Green said the council had ignored them.");
    assert!(t.contains(&"green/NNP/green".to_string()), "{t:?}");
    assert!(t.contains(&"had/VBD/have".to_string()), "{t:?}");
    let t = tags("The inquiry will report on May 9.");
    assert!(t.contains(&"may/NNP/may".to_string()), "{t:?}");
    let t = tags("Profits may fall.");
    assert!(t.contains(&"may/MD/may".to_string()), "{t:?}");
    let t = tags("Demand per household increased compared with last winter.");
    assert!(t.contains(&"increased/VBD/increase".to_string()), "{t:?}");
    let t = tags("Membership increased, the club said.");
    assert!(t.contains(&"increased/VBD/increase".to_string()), "{t:?}");
    let t = tags("The surveyor, Ashby and Crane, put the damage at 2 million pounds.");
    assert!(t.contains(&"put/VBD/put".to_string()), "{t:?}");
}

#[test]
fn after_a_number_what_it_counts() {
    let t = tags("Nine suspects were charged.");
    assert!(t.contains(&"suspects/NNS/suspect".to_string()), "{t:?}");
    let t = tags("The firm says it sells 40 boats a year and 12 sails.");
    assert!(t.contains(&"sails/NNS/sail".to_string()), "{t:?}");
}

#[test]
fn after_a_determiner_a_form_in_ing_names_or_describes() {
    let t = tags("Fares on the crossing rose.");
    assert!(t.contains(&"crossing/NN/crossing".to_string()), "{t:?}");
    let t = tags("Ministers blamed the soaring prices.");
    assert!(t.contains(&"soaring/JJ/soaring".to_string()), "{t:?}");
}
