//! Where phrases start and end, and what acts: particles, shares, spans of time, clocks,
//! prices.

use super::clauses;

/// A clause's predicate with its agent and theme keys.
fn roles(text: &str) -> Vec<String> {
    let published = crate::model::Day::new(2025, 3, 12).ok();
    super::read_whole(text, published, &mut super::Memory::default())
        .iter()
        .map(|c| {
            let p = &c.proposition;
            let key = |a: Option<&crate::model::Argument>| a.map_or("-", |a| a.key()).to_string();
            format!(
                "{}({}, {})",
                p.predicate,
                key(p.agent.as_ref()),
                key(p.theme.as_ref())
            )
        })
        .collect()
}

#[test]
fn a_particle_before_its_object_joins_the_verb() {
    assert_eq!(
        roles("The mill will scale back output."),
        ["scale back(mill, output)"]
    );
    assert_eq!(
        roles("The union called off the strike."),
        ["call off(union, strike)"]
    );
    assert_eq!(
        roles("The team fought back in the second half."),
        ["fight back(-, team)"]
    );
}

#[test]
fn a_number_before_of_shares_out_the_phrase_after() {
    assert_eq!(
        roles("About 300 of the drivers joined the protest."),
        ["join(driver, protest)"]
    );
    assert_eq!(
        roles("Officials said 40% of the bridges were damaged."),
        ["damage(-, bridge)"]
    );
}

#[test]
fn a_span_of_time_before_before_says_when() {
    assert_eq!(
        roles("The crew lost radio contact minutes before the landing."),
        ["lose(crew, contact)"]
    );
}

#[test]
fn by_a_time_or_a_clock_is_no_agent() {
    assert_eq!(roles("Power was restored by 7 p.m."), ["restore(-, power)"]);
    assert_eq!(
        roles("The road will be reopened by Friday."),
        ["reopen(-, road)"]
    );
    assert_eq!(
        roles("The road was reopened by the council."),
        ["reopen(council, road)"]
    );
}

#[test]
fn a_price_put_at_a_figure_is_the_price_of_the_thing_after_of() {
    assert_eq!(
        clauses("Engineers put the cost of the repairs at 3.9 million dollars."),
        ["put(repair) 3900000:dollar"]
    );
    assert_eq!(
        clauses("The repairs will cost 2.4 million dollars."),
        ["cost(repair) future 2400000:dollar"]
    );
}

#[test]
fn a_phrase_set_off_by_commas_describes_the_subject_before() {
    assert_eq!(
        roles("Marta Quill, 31, scored two goals."),
        ["score(marta quill, goal)"]
    );
    assert_eq!(
        clauses("Marta Quill, 31, scored two goals."),
        ["score(goal) 2:goal"]
    );
    assert_eq!(
        roles("The ferry, the Arden Star, ran aground."),
        ["run(ferry, aground)"]
    );
}

#[test]
fn a_figure_counts_the_noun_before_a_time() {
    assert_eq!(
        clauses("Quill scored 19 goals last season."),
        ["score(goal) 19:goal"]
    );
    assert_eq!(
        clauses("Rents rose 4 percent last year."),
        ["rise(rent) 4:percent"]
    );
}

#[test]
fn a_state_named_with_the() {
    assert_eq!(
        clauses("The goalkeeper was not in the squad."),
        ["not be in squad(goalkeeper)"]
    );
    assert_eq!(
        clauses("The dam is under control."),
        ["be under control(dam)"]
    );
}

#[test]
fn a_determiner_after_a_noun_opens_the_subject() {
    assert_eq!(
        roles("At its peak the storm cut power to 900 homes."),
        ["cut(storm, power)"]
    );
}

#[test]
fn a_pronoun_after_a_noun_opens_a_clause_of_its_own() {
    // "the money it needs": the object ends at the pronoun, whose "-s" form is a verb.
    assert_eq!(
        roles("The trust has raised the money it needs."),
        ["raise(trust, money)"]
    );
    assert_eq!(
        roles("The board rejected the offer they made in June")[0],
        "reject(board, offer)"
    );
}

#[test]
fn a_dash_ends_a_phrase_and_not_before_a_phrase_denies_it() {
    assert_eq!(
        clauses("The mayor did not act for money - she acted for the town."),
        ["not act(mayor)", "act(mayor)"]
    );
    // "not for money, but for the town": the verb itself is not denied.
    assert_eq!(
        clauses("The mayor acted not for money, but for the town."),
        ["act(mayor)"]
    );
}

#[test]
fn a_score_is_no_object_and_no_part_of_a_name() {
    assert_eq!(
        roles("Harwick Rovers beat Dunmore Town 3-1 on Saturday."),
        ["beat(harwick rovers, dunmore town)"]
    );
    assert_eq!(
        roles("Dunmore Town lost 3-1 to Harwick Rovers."),
        ["lose(-, dunmore town)"]
    );
}
