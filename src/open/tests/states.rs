//! Where a thing is and what state it is in, said with a copula, and a verb the tagger
//! took for a participle.

use super::clauses;

#[test]
fn a_state_after_a_copula() {
    assert_eq!(
        clauses("The gunman is still at large."),
        ["be at large(gunman)"]
    );
    assert_eq!(
        clauses("The suspect is in custody."),
        ["be in custody(suspect)"]
    );
}

#[test]
fn where_a_thing_is() {
    assert_eq!(
        clauses("The minister was in Brussels on Monday."),
        ["be in(minister) @2025-03-10"]
    );
    assert_eq!(
        clauses("Nobody was inside the building."),
        ["not be inside(nobody)"]
    );
}

#[test]
fn the_only_verb_after_its_subject_is_past() {
    assert_eq!(
        clauses("The outage affected about 1.2 million customers."),
        ["affect(customer) 1200000:customer"]
    );
    // An irregular past form too: "won" acts on the title.
    assert_eq!(clauses("Harwick won the county title."), ["win(title)"]);
    // A participle that describes its noun stays one: the bridge was damaged.
    assert_eq!(
        clauses("The bridge damaged in the storm reopened on Monday."),
        ["damage(bridge) passive", "reopen(bridge) @2025-03-10"]
    );
}

#[test]
fn a_place_that_shuts_its_doors_shuts() {
    assert_eq!(
        clauses("The branches will shut their doors in January."),
        ["shut(branch) future @2026-01-01"]
    );
}

#[test]
fn a_light_verb_idiom_is_the_verb_it_means() {
    assert_eq!(
        clauses("The old pipe gave way on Monday."),
        ["collapse(pipe) @2025-03-10"]
    );
    assert_eq!(
        clauses("Production came to a halt on Tuesday."),
        ["halt(production) @2025-03-11"]
    );
    // "gave way to" someone is yielding, not collapsing.
    assert_ne!(
        clauses("The council gave way to the residents."),
        ["collapse(council)"]
    );
}

#[test]
fn a_time_of_day_counts_nothing_and_as_shares_the_day() {
    assert_eq!(
        clauses("The walkout began at 6 a.m. on Monday."),
        ["begin(walkout) @2025-03-10"]
    );
    assert_eq!(clauses("The doors opened at 9pm."), ["open(door)"]);
    // What happens as another thing happens happens that day.
    assert_eq!(
        clauses("The line stopped on Monday as drivers began a strike."),
        ["stop(line) @2025-03-10", "begin(strike) @2025-03-10"]
    );
}

#[test]
fn more_than_before_a_verb_and_a_rate_per_day() {
    assert_eq!(
        clauses("Sales more than doubled last year."),
        ["double(sale)"]
    );
    // A rate counts something else than a total of the same thing.
    assert_eq!(
        clauses("The line carries 3,000 passengers a day."),
        ["carry(passenger) 3000:passenger per day"]
    );
}

#[test]
fn a_place_that_keeps_its_gates_shut_is_shut() {
    assert_eq!(
        clauses("The park kept its gates shut on Friday."),
        ["be shut(park) @2025-03-07"]
    );
    assert_eq!(
        clauses("The council kept the road closed."),
        ["be closed(road)"]
    );
}

#[test]
fn a_figure_after_a_copula_is_the_amount_of_the_subject() {
    assert_eq!(
        clauses("Attendance was 6,200."),
        ["be(attendance) 6200:attendance"]
    );
}

#[test]
fn a_share_counts_the_noun_after_of() {
    assert_eq!(
        clauses("In all, 1,400 of its members had joined the strike."),
        ["join(strike) 1400:member"]
    );
}
