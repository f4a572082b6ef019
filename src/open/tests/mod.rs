use super::{read, Context, Memory};
use crate::model::{Polarity, Tense, Voice};
use crate::segment::tokenize;

/// The clauses of `text` read as one sentence that is all content, with no speaker.
fn read_whole(
    text: &str,
    published: Option<crate::model::Day>,
    memory: &mut Memory,
) -> Vec<super::Clause> {
    let tokens = tokenize(text);
    let tags = crate::tag::tag(&tokens, text);
    let ctx = Context {
        text,
        tokens: &tokens,
        tags: &tags,
        content: 0..tokens.len(),
        published,
        speaker: None,
        cue: None,
    };
    read(&ctx, memory)
}

/// The clauses of a whole sentence as `predicate(theme)` with their polarity, voice and
/// modality.
fn clauses(text: &str) -> Vec<String> {
    let published = crate::model::Day::new(2025, 3, 12).ok();
    read_whole(text, published, &mut Memory::default())
        .iter()
        .map(|c| {
            let p = &c.proposition;
            let theme = p.theme.as_ref().map_or("-", |t| t.key());
            let mut out = format!("{}({theme})", p.predicate);
            if c.polarity == Polarity::Negative {
                out = format!("not {out}");
            }
            if p.voice == Voice::Passive {
                out.push_str(" passive");
            }
            if let Some(m) = &p.modality {
                out.push_str(&format!(" [{m}]"));
            }
            if p.tense == Tense::Future {
                out.push_str(" future");
            }
            for q in &p.quantities {
                out.push_str(&format!(" {}:{}", q.quantity.value, q.noun));
            }
            if let Some(d) = p.date {
                out.push_str(&format!(" @{d}"));
            }
            out
        })
        .collect()
}

#[test]
fn passive_counts_and_copulas() {
    assert_eq!(
        clauses("12 patients were infected."),
        ["infect(patient) passive 12:patient"]
    );
    assert_eq!(clauses("The striker was fit to play."), ["be fit(striker)"]);
    assert_eq!(
        clauses("The striker was not fit to play."),
        ["not be fit(striker)"]
    );
}

#[test]
fn number_words_states_and_compounds() {
    assert_eq!(
        clauses("Fourteen government soldiers were killed."),
        ["kill(soldier) passive 14:soldier"]
    );
    assert_eq!(
        clauses("The wildfire is still not under control."),
        ["not be under control(wildfire)"]
    );
    assert_eq!(clauses("Sales fell 4 percent."), ["fall(sale) 4:percent"]);
    // A side after the noun places it, and is no head.
    assert_eq!(
        clauses("The notice covered 900 homes east of the Velm river."),
        ["cover(home) 900:home"]
    );
}

#[test]
fn objects_agents_and_particles() {
    assert_eq!(
        clauses("The council turned down the proposal."),
        ["turn down(proposal)"]
    );
    assert_eq!(
        clauses("Its troops had taken Vovchansk."),
        ["take(vovchansk)"]
    );
}

#[test]
fn negation_modality_and_tense() {
    assert_eq!(
        clauses("No patients were infected."),
        ["not infect(patient) passive"]
    );
    assert_eq!(
        clauses("The bridge may reopen in May."),
        ["reopen(bridge) [may] @2025-05-01"]
    );
    // A plan is the company's word on what it will do; a hope is not.
    assert_eq!(
        clauses("The company plans to close the plant."),
        ["close(plant) future"]
    );
    assert_eq!(
        clauses("The company hopes to close the plant."),
        ["close(plant) [hope]"]
    );
    assert_eq!(
        clauses("The firm failed to pay its staff."),
        ["not pay(staff)"]
    );
    assert_eq!(
        clauses("The vote will be held on Monday."),
        ["hold(vote) passive future @2025-03-17"]
    );
}

#[test]
fn names_and_references_back() {
    let mut memory = Memory::default();
    let mut agents = Vec::new();
    for text in [
        "Harlow General Hospital closed a ward.",
        "The hospital reopened the ward.",
    ] {
        let found = read_whole(text, None, &mut memory);
        agents.extend(
            found
                .iter()
                .map(|c| c.proposition.agent.as_ref().and_then(|a| a.entity.clone())),
        );
    }
    let named = Some("harlow general hospital".into());
    assert_eq!(agents, [named.clone(), named]);
}

#[test]
fn adjectives_that_complete_a_verb() {
    assert_eq!(
        clauses("The owner of the care home pleaded not guilty."),
        ["not plead guilty(owner)"]
    );
    assert_eq!(
        clauses("The airline will keep its Dunmore depot open."),
        ["be open(dunmore depot) future"]
    );
    assert_eq!(
        clauses("The tunnel will stay closed until the spring."),
        ["be close(tunnel) future"]
    );
    assert_eq!(
        clauses("The union is interested in talks with the mayor."),
        ["be interested in talk(union)"]
    );
    // After a place's state, "for" gives a purpose: the depot is open.
    assert_eq!(
        clauses("The Velm depot is open for the night shift."),
        ["be open(velm depot)"]
    );
}

/// Objects joined by "and" are each the verb's; a verb after "and" opens a clause.
#[test]
fn objects_joined_by_and_are_each_a_theme() {
    assert_eq!(
        clauses("The deal includes the Velm depot and two delivery vans."),
        ["include(velm depot)", "include(van) 2:van"]
    );
    assert_eq!(
        clauses("The firm closed the Velm depot and sacked 30 drivers."),
        ["close(velm depot)", "sack(driver) 30:driver"]
    );
}

/// A figure of the next clause's subject is not the first clause's.
#[test]
fn the_next_clauses_subject_keeps_its_figures() {
    assert_eq!(
        clauses("The council passed the Velm budget, and the two chambers must now meet."),
        ["pass(velm budget)", "meet(chamber) [must] 2:chamber"]
    );
}

/// A day named right after the verb says when: "started Saturday" has no object.
#[test]
fn a_day_after_the_verb_is_no_object() {
    assert_eq!(
        clauses("The blaze started Saturday afternoon near the Velm trailhead."),
        ["start(blaze) @2025-03-08"]
    );
    assert_eq!(
        clauses("The Velm party lost Sunday's election."),
        ["lose(election) @2025-03-09"]
    );
}

/// A day after "since" starts a span: it is not the day of the event.
#[test]
fn a_span_since_a_day_dates_no_event() {
    assert_eq!(
        clauses("Ticket sales at the Velm cinema rose for the first time since 2021."),
        ["rise(sale)"]
    );
    assert_eq!(
        clauses("Ticket sales at the Velm cinema rose in 2021."),
        ["rise(sale) @2021-01-01"]
    );
}

#[test]
fn schedules_are_future_and_strong_participles_are_verbs() {
    assert_eq!(
        clauses("The hearing is set to begin on April 2."),
        ["begin(hearing) future @2025-04-02"]
    );
    assert_eq!(
        clauses("The referendum is scheduled for April 9."),
        ["schedule(referendum) passive future @2025-04-09"]
    );
    assert_eq!(
        clauses("Rebels had overtaken the convoy."),
        ["overtake(convoy)"]
    );
}

#[test]
fn subordinate_clauses_are_not_asserted() {
    assert_eq!(
        clauses("Until the mayor resigns, the strike will go on."),
        ["resign(mayor) [until]", "go(strike) future"]
    );
    assert_eq!(
        clauses("It seems that the bridge is unsafe."),
        ["be unsafe(bridge) [seems that]"]
    );
}

#[test]
fn a_fronted_phrase_and_a_stage_belong_to_the_clause() {
    let mut memory = Memory::default();
    let published = crate::model::Day::new(2025, 3, 12).ok();
    let read = read_whole(
        "From April, ferries will carry 300 cars a day.",
        published,
        &mut memory,
    );
    let p = &read[0].proposition;
    assert_eq!(p.modifiers[0].preposition, "from");
    assert_eq!(p.modifiers[0].argument.head, "april");
    let read = read_whole(
        "Ferries will carry 100 cars a day at first.",
        published,
        &mut memory,
    );
    assert_eq!(read[0].proposition.phase.as_deref(), Some("at first"));
}

#[test]
fn who_and_he_stand_for_the_person_named_inside_a_subject() {
    assert_eq!(
        clauses(
            "The hearing of landlord Petra Vonn, who pleaded not guilty to fraud, began on Monday."
        ),
        ["not plead guilty(petra vonn)", "begin(hearing) @2025-03-10"]
    );
    let mut memory = Memory::default();
    read_whole(
        "The hearing of landlord Petra Vonn began.",
        None,
        &mut memory,
    );
    let read = read_whole("He has pleaded guilty.", None, &mut memory);
    let theme = read[0]
        .proposition
        .theme
        .as_ref()
        .map(|a| a.key().to_string());
    assert_eq!(theme.as_deref(), Some("petra vonn"));
}

#[test]
fn the_company_is_the_organisation_named_last() {
    let mut memory = Memory::default();
    read_whole("Dunley Ales bought a pub.", None, &mut memory);
    read_whole(
        "Chief executive Ines Varga praised the deal.",
        None,
        &mut memory,
    );
    let read = read_whole("The company sold a brewery.", None, &mut memory);
    let agent = read[0]
        .proposition
        .agent
        .as_ref()
        .and_then(|a| a.entity.clone());
    assert_eq!(agent.as_deref(), Some("dunley ales"));
    // A person is no organisation: "the company" stays unresolved after one.
    let mut memory = Memory::default();
    read_whole("Dana Okafor signed a deal.", None, &mut memory);
    let read = read_whole("The company sold a bakery.", None, &mut memory);
    assert_eq!(read[0].proposition.agent.as_ref().unwrap().entity, None);
}

#[test]
fn between_two_names_is_one_phrase_of_the_subject() {
    assert_eq!(
        clauses("The ferry between Dunhill and Carrow sailed on Monday."),
        ["sail(ferry) @2025-03-10"]
    );
    assert_eq!(
        clauses("Wage talks between the union and the owners will resume on May 2."),
        ["resume(talk) future @2025-05-02"]
    );
}

#[test]
fn an_infinitive_inside_the_subject_and_a_time_after_the_verb() {
    assert_eq!(
        clauses("The club's bid to sign the goalkeeper failed when talks broke down."),
        ["fail(bid)", "break down(talk) [when]"]
    );
    assert_eq!(
        clauses("Ticket sales at the museum increased compared with last year."),
        ["increase(sale)"]
    );
}

#[test]
fn a_particle_wordnet_knows_stays_with_its_verb() {
    assert_eq!(
        clauses("The owners shut down the Corbin mill."),
        ["shut down(corbin mill)"]
    );
    assert_eq!(clauses("Fares went up sharply."), ["go up(fare)"]);
}

#[test]
fn a_participle_after_a_noun_describes_it() {
    // The verb after it is the noun's, and its time stays with the participle.
    assert_eq!(
        clauses("The driver detained on Friday was freed without charge."),
        ["detain(driver) passive @2025-03-07", "free(driver) passive"]
    );
    assert_eq!(
        clauses("The 40 trams bought from Velmar will enter service in June."),
        [
            "buy(tram) passive 40:tram",
            "enter(service) future 40:tram @2025-06-01"
        ]
    );
    // A new phrase, a pronoun or a conjunction gives the next verb a subject of its own.
    assert_eq!(
        clauses("The council announced on Monday it would sell the depot."),
        ["sell(depot) [would]"]
    );
    assert_eq!(
        clauses("Rents increased in March as supply dropped."),
        ["increase(rent) @2025-03-01", "drop(supply) @2025-03-01"]
    );
}

#[test]
fn a_noun_of_an_event_is_a_claim_of_its_own() {
    assert_eq!(
        clauses("Inspectors found a gas leak in the basement."),
        ["find(leak)", "leak(gas)"]
    );
    assert_eq!(
        clauses("The board approved the closure of the depot."),
        ["approve(closure)", "close(depot)"]
    );
    // Ruled out, an intention is a denial of the future; held, no more than a plan.
    assert_eq!(
        clauses("We are not planning any salary cuts."),
        ["not plan(cut)", "not cut(salary) future"]
    );
    assert_eq!(
        clauses("The operator is planning a rise in fares."),
        ["plan(rise)", "rise(fare) [plan] future"]
    );
    // A noun that names a thing, not an event, names no clause.
    assert_eq!(
        clauses("The council approved the library budget."),
        ["approve(budget)"]
    );
}

#[test]
fn each_subject_joined_by_and_is_a_subject() {
    assert_eq!(
        clauses("All 30 pupils and two teachers were rescued."),
        [
            "rescue(pupil) passive 30:pupil 2:teacher",
            "rescue(teacher) passive 2:teacher"
        ]
    );
    // Inside a phrase, "and" joins its parts: the phrase is the one subject.
    assert_eq!(
        clauses("The mayor of Alder and Brook resigned."),
        ["resign(mayor)"]
    );
}

#[test]
fn there_is_no_event_denies_it_of_anyone() {
    assert_eq!(
        clauses("There were no casualties among the crew."),
        ["not exist(casualty)"]
    );
    assert_eq!(
        clauses("There were no injuries."),
        ["not exist(injury)", "not injure(nobody)"]
    );
    assert_eq!(
        clauses("There will be no pay cuts."),
        ["not exist(cut) future", "not cut(pay) future"]
    );
}

#[test]
fn a_participle_between_commas_describes_the_noun_before() {
    assert_eq!(
        clauses("The Marrow Queen, carrying 610 passengers, docked at Pellmouth."),
        ["carry(passenger) 610:passenger", "dock(marrow queen)"]
    );
    assert_eq!(
        clauses("The depot, opened in 1958, will close in June."),
        [
            "open(depot) passive @1958-01-01",
            "close(depot) future @2025-06-01"
        ]
    );
}

#[test]
fn an_amount_after_a_verb_of_amount_is_its_subjects() {
    assert_eq!(
        clauses("Ticket sales totalled 48,000."),
        ["total(sale) 48000:sale"]
    );
    assert_eq!(
        clauses("The tremor had a magnitude of 4.1."),
        ["have(tremor) 4.1:magnitude"]
    );
    // "arrested 12": the number is who was arrested.
    assert_eq!(clauses("Officers arrested 12."), Vec::<String>::new());
}

#[test]
fn a_head_that_only_measures_gives_way_to_the_noun_before() {
    assert_eq!(clauses("Passenger numbers fell."), ["fall(passenger)"]);
}

mod phrases;
mod states;
mod subjects;
