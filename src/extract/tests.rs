use super::extract;
use crate::model::{Claim, Document, Polarity, Stance};
use crate::{pack, segment};

fn claims(text: &str) -> Vec<Claim> {
    claims_in(Document {
        id: "doc".into(),
        path: "doc".into(),
        first_line: 1,
        text: text.into(),
        ..Document::default()
    })
}

/// The claims of packs' predicates, without the open propositions.
fn typed(claims: Vec<Claim>) -> Vec<Claim> {
    claims.into_iter().filter(|c| c.open.is_none()).collect()
}

fn claims_in(doc: Document) -> Vec<Claim> {
    let pack = pack::load(true, &[]).unwrap();
    extract(&doc, segment::segment(&doc), &pack)
}

#[test]
fn speaker_before_the_verb_with_a_side() {
    let c = &claims("Ukrainian officials said Russian troops had captured Bakhmut.")[0];
    assert_eq!(c.speaker.key(), "Ukrainian officials");
    assert_eq!(c.speaker.side.as_deref(), Some("ukraine"));
    assert_eq!(
        c.proposition.to_string(),
        "controls(holder=russia, place=bakhmut)"
    );
    assert_eq!(
        (c.stance, c.polarity),
        (Stance::Asserts, Polarity::Positive)
    );
}

#[test]
fn an_organisation_and_a_title_before_a_name_are_one_speaker() {
    let c = &claims("Harrow Water chief executive Dana Okafor said the reservoir was full.")[0];
    assert_eq!(c.speaker.key(), "Harrow Water chief executive Dana Okafor");
    let c = &claims("The reservoir was full, said Harrow Water chief executive Dana Okafor.")[0];
    assert_eq!(c.speaker.key(), "Harrow Water chief executive Dana Okafor");
    // A title's full stop is part of the name.
    let c = &claims("The reservoir was full, state engineer Dr. Dana Okafor said.")[0];
    assert_eq!(c.speaker.key(), "state engineer Dr. Dana Okafor");
    // Without a name at its end, a long run of words is no subject.
    let c =
        &claims("The new head of the local water board and its staff said the reservoir was full.")
            [0];
    assert!(c.narrated);
}

#[test]
fn she_stands_for_the_named_speaker_before_whom_no_pack_knows() {
    let found = claims(
        "The pier reopened on Monday, harbour master Tessa Quayle said. \
         About 400 boats had moored there, she said.",
    );
    let boats = found.iter().find(|c| c.sentence.contains("boats")).unwrap();
    assert_eq!(boats.speaker.key(), "harbour master Tessa Quayle");
}

#[test]
fn speaker_after_the_content_and_according_to() {
    let after = &claims("Russian troops now control Bakhmut, the Kremlin said.")[0];
    assert_eq!(after.speaker.side.as_deref(), Some("russia"));
    let according = &claims("According to Zelenskyy, Russian troops shelled Kharkiv overnight.")[0];
    assert_eq!(according.speaker.key(), "Volodymyr Zelenskyy");
}

#[test]
fn a_title_resolves_to_the_person() {
    let c = &claims("The Russian president said Russian forces had taken Avdiivka.")[0];
    assert_eq!(c.speaker.key(), "Vladimir Putin");
}

#[test]
fn denial_and_negation_set_polarity() {
    let denied = &claims("Kyiv denied that Russian troops had captured Avdiivka.")[0];
    assert_eq!(
        (denied.stance, denied.polarity),
        (Stance::Denies, Polarity::Negative)
    );
    let negated = &claims("Kyiv said Russian troops do not control Avdiivka.")[0];
    assert_eq!(negated.polarity, Polarity::Negative);
    let double = &claims("Not a day goes by without shelling in Kharkiv, Kyiv said.")[0];
    assert_eq!(double.polarity, Polarity::Positive);
}

#[test]
fn modal_hedges_and_question_asks() {
    assert!(claims("Kyiv said Russian troops may capture Avdiivka.")[0].hedged);
    assert_eq!(
        claims("Have Russian troops captured Avdiivka?")[0].stance,
        Stance::Questions
    );
}

#[test]
fn most_of_is_partial() {
    assert!(claims("Analysts said Russian troops control most of Avdiivka.")[0].partial);
}

#[test]
fn a_reference_takes_over_the_earlier_claim_flipped() {
    let all = claims(
        "Moscow said its forces had captured Avdiivka.\nUkrainian officials rejected the claim.",
    );
    // The first sentence's clause has an open proposition beside the typed one.
    assert!(all.iter().any(|c| c.open.is_some() && c.line == 1));
    let found = typed(all);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].refers_to.as_deref(), Some(found[0].id.as_str()));
    assert_eq!(found[1].proposition, found[0].proposition);
    assert_eq!(found[1].polarity, Polarity::Negative);
}

#[test]
fn unattributed_text_is_the_narrators() {
    let doc = Document {
        id: "r".into(),
        text: "Russian troops shelled Kharkiv again.".into(),
        outlet: Some("Example Wire".into()),
        side: Some("UA".into()),
        first_line: 1,
        ..Document::default()
    };
    let c = &claims_in(doc)[0];
    assert_eq!(c.speaker.key(), "Example Wire");
    assert_eq!(c.speaker.side.as_deref(), Some("ukraine"));
    assert!(c.narrated);
}

#[test]
fn an_earlier_year_dates_the_claim() {
    let doc = Document {
        id: "h".into(),
        text: "In 2014 Ukrainian forces took Mariupol back.\nRussian troops shelled Mariupol."
            .into(),
        published: "2022-06-13".parse().ok(),
        first_line: 1,
        ..Document::default()
    };
    let found = typed(claims_in(doc));
    assert_eq!(found[0].day.map(|d| d.year()), Some(2014));
    assert_eq!(found[1].day.map(|d| d.year()), Some(2022));
    let doc = Document {
        id: "l".into(),
        text: "Fares on the Corran ferry rose last year.".into(),
        published: "2025-04-02".parse().ok(),
        first_line: 1,
        ..Document::default()
    };
    assert_eq!(claims_in(doc)[0].day.map(|d| d.year()), Some(2024));
    // A year in a relative clause set off by commas dates that clause's words only.
    let doc = Document {
        id: "r".into(),
        text: "The Holm Street depot, which opened in 1911, will be sold.".into(),
        published: "2025-04-02".parse().ok(),
        first_line: 1,
        ..Document::default()
    };
    let sold = claims_in(doc)
        .into_iter()
        .find(|c| c.proposition.predicate == "sell");
    assert_eq!(sold.and_then(|c| c.day).map(|d| d.year()), Some(2025));
}

#[test]
fn a_title_means_whoever_held_it_that_day() {
    let speaker_on = |day: &str| {
        let doc = Document {
            id: "t".into(),
            text: "The Russian defence minister said Russian troops had captured Avdiivka.".into(),
            published: day.parse().ok(),
            first_line: 1,
            ..Document::default()
        };
        claims_in(doc)[0].speaker.key().to_string()
    };
    assert_eq!(speaker_on("2023-03-01"), "Sergei Shoigu");
    assert_eq!(speaker_on("2025-03-01"), "Andrei Belousov");
}

#[test]
fn the_company_speaking_is_the_organisation_named_before() {
    let found = claims(
        "Brenmoor Power said the storm had cut 8,000 homes off. The company said crews had restored power.",
    );
    let last = found.last().expect("claims");
    assert_eq!(last.speaker.key(), "Brenmoor Power");
    assert_eq!(last.speaker.mention, "The company");
    // "The council" is no school named before.
    let found = claims(
        "Parents said Orchard Lane School would close. The council said the school would stay open.",
    );
    let last = found.last().expect("claims");
    assert_eq!(last.speaker.key(), "The council");
    // Nor is a thing named before, or words that name no one; a council's name is.
    let found = claims(
        "According to council documents, the Riverside footbridge stayed shut. The council said the footbridge was safe.",
    );
    assert_eq!(found.last().expect("claims").speaker.key(), "The council");
    let found =
        claims("Calder Council said the bridge had reopened. The council said it was safe.");
    assert_eq!(
        found.last().expect("claims").speaker.key(),
        "Calder Council"
    );
}

#[test]
fn rare_names_tie_reports_and_famous_ones_do_not() {
    let story = |text: &str| {
        claims(text)
            .first()
            .map(|c| c.story.clone())
            .unwrap_or_default()
    };
    let a = story("Councillor Petra Vonnegrath said the Alder Street depot would close.");
    let b = story("Vonnegrath told reporters the depot would stay open.");
    assert!(a.iter().any(|w| b.contains(w)), "{a:?} {b:?}");
    // Europe, NATO and Monday are known to WordNet or are times; Norwegians a people.
    assert!(story("Europe and NATO met the Norwegians on Monday, officials said.").is_empty());
}

#[test]
fn a_speaker_described_between_commas_and_a_clause_after_said() {
    let described =
        &claims("The harbour master, speaking at Pellmouth, said the quay would reopen.")[0];
    assert_eq!(described.speaker.key(), "The harbour master");
    // "said the quay would reopen" is what was said, not who said it.
    let clause = &claims("Divers searched the wreck overnight, said the quay would stay shut.");
    assert!(clause
        .iter()
        .all(|c| c.speaker.key() != "the quay would stay shut"));
    // Later in a sentence, the participle's phrase names no one.
    let part = &claims(
        "There is talent in the club, as can be seen in the fact that our squad, including both recognised veterans and their younger rivals, won three cups.",
    );
    assert!(part
        .iter()
        .all(|c| !c.speaker.key().starts_with("including")));
}

/// "Name, a title for an organisation, said": the name speaks, and what follows "said"
/// is asserted, not narrated.
#[test]
fn a_name_described_by_a_noun_phrase_between_commas_speaks() {
    let named = &claims(
        "Edda Marsh, a spokeswoman for the Pellmouth Harbour Board, said the quay would reopen.",
    )[0];
    assert_eq!(named.speaker.key(), "Edda Marsh");
    assert!(!named.narrated && !named.hedged);
    let short = &claims("Edda Marsh, the harbour master, said the quay would reopen.")[0];
    assert_eq!(short.speaker.key(), "Edda Marsh");
    // A day before the comma is when, not who.
    let day = &claims("On Monday, the harbour master said the quay would reopen.")[0];
    assert_eq!(day.speaker.key(), "the harbour master");
}

#[test]
fn where_and_to_whom_it_was_said_may_follow_the_speaker() {
    let speaker = |text: &str| claims(text)[0].speaker.key().to_string();
    assert_eq!(
        speaker("Power returned on Sunday, the utility said in an update to customers."),
        "the utility"
    );
    assert_eq!(
        speaker("The pool will reopen in May, the council told residents in a letter."),
        "the council"
    );
    // A clause after the verb is what was said, and "as I said" names no one new.
    assert!(claims("The pool will reopen in May, as I said.")[0].narrated);
    let clause = claims("The orchard thrived for decades, making growers believe in it.");
    assert!(clause.iter().all(|c| c.speaker.key() != "making growers"));
}

#[test]
fn a_possessive_in_a_speaker_after_the_content() {
    let found = claims("Six posts will be cut when the depot shuts, the drivers' union said.");
    assert_eq!(found[0].speaker.key(), "the drivers' union");
}

#[test]
fn a_denied_gerund_is_what_is_denied() {
    let found = claims("Harwick Rovers denied receiving any bids for the striker.");
    let received = found.iter().find(|c| c.proposition.predicate == "receive");
    assert_eq!(received.map(|c| c.polarity), Some(Polarity::Negative));
}

#[test]
fn a_speaker_between_commas_follows_what_was_said() {
    let first = |text: &str| {
        let found = claims(text);
        let c = found.into_iter().next().expect("a claim");
        (c.speaker.key().to_string(), c.proposition.to_string())
    };
    let unknown =
        first("The ferry will not sail before May, the operator said, despite the repairs.");
    assert_eq!(unknown.0, "the operator");
    assert!(unknown.1.starts_with("sail("), "{unknown:?}");
    let known = first("The dam will hold, Zelenskyy said on Monday, although the rain goes on.");
    assert_eq!(known.0, "Volodymyr Zelenskyy");
    assert!(known.1.starts_with("hold("), "{known:?}");
    let inverted = first("The ferry will not sail, said the operator, despite the repairs.");
    assert_eq!(inverted.0, "the operator");
    // An opening clause of time or condition leaves the report after the verb.
    let opening = first("When the yard closed, the union said that forty jobs would go.");
    assert_eq!(opening.0, "the union");
    assert!(opening.1.starts_with("go("), "{opening:?}");
}

#[test]
fn an_opening_phrase_an_aside_or_an_adverb_leaves_the_speakers_name() {
    let speaker = |text: &str| claims(text)[0].speaker.key().to_string();
    assert_eq!(
        speaker("In a letter, the trust said it had shut two wards."),
        "the trust"
    );
    assert_eq!(
        speaker("The head teacher, who met parents on Friday, said the roof was safe."),
        "The head teacher"
    );
    assert_eq!(
        speaker("The club's captain, 31, insisted the pitch was playable."),
        "The club's captain"
    );
    assert_eq!(
        speaker("The council has repeatedly said the pool will stay open."),
        "The council"
    );
}

#[test]
fn a_pronoun_or_a_quotation_going_on_keeps_the_speaker() {
    let found = claims(
        "The trust said nine patients were infected. It added that the ward had been closed. \
         \"The clinic is safe,\" the manager said. \"Nobody was hurt.\" \
         The roof leaked. \"Builders will repair the roof.\"",
    );
    let speaker = |predicate: &str| {
        let c = found.iter().find(|c| c.proposition.predicate == predicate);
        c.map(|c| (c.speaker.key().to_string(), c.narrated))
    };
    assert_eq!(speaker("close"), Some(("The trust".into(), false)));
    assert_eq!(speaker("hurt"), Some(("the manager".into(), false)));
    // A quotation after the narrator's own sentence is nobody's in particular.
    assert_eq!(speaker("repair").map(|s| s.1), Some(true));
}

#[test]
fn what_goes_on_after_the_speakers_name_is_said_too() {
    let found =
        claims("Nine wards were closed, the trust said, and staff have been moved to Harlow.");
    let moved = found.iter().find(|c| c.proposition.predicate == "move");
    assert_eq!(moved.map(|c| c.speaker.key()), Some("the trust"));
    let adding = claims("Prices rose in May, the office said, adding that fuel had doubled.");
    assert!(adding.iter().any(|c| c.proposition.predicate == "double"));
}

#[test]
fn after_a_reporting_verb_the_past_form_is_the_verb() {
    let found = claims("The firm said profits fell by 12 percent.");
    let predicates: Vec<&str> = found
        .iter()
        .map(|c| c.proposition.predicate.as_str())
        .collect();
    assert_eq!(predicates, ["fall"]);
    // A noun phrase denied, described by a participle and its agent, is no clause.
    let denied = claims("The ministry denied crimes committed by its troops.");
    assert!(denied.iter().all(|c| c.proposition.predicate != "commit"));
}
