//! Which noun phrase a clause is about when clauses are joined, and what makes a clause
//! after its subject subordinate.

use super::clauses;

/// A phrase after a preposition belongs to the clause before "and"; the next clause's
/// subject starts after it.
#[test]
fn and_after_a_prepositional_phrase_opens_a_clause() {
    assert_eq!(
        clauses("Work continued in the tunnels on Monday and output was never halted."),
        ["continue(work) @2025-03-10", "not halt(output) passive"]
    );
    // Inside one subject, "and" still joins: the people of both.
    assert_eq!(
        clauses("The people of Crimea and Sevastopol voted."),
        ["vote(people)"]
    );
}

/// What someone asks about is not what they say: the clause is a question.
#[test]
fn an_indirect_question_asserts_nothing() {
    assert_eq!(
        clauses("Residents asked why the barrier had not been raised."),
        ["not raise(barrier) passive [question]"]
    );
}

#[test]
fn a_denial_joined_by_or_holds_of_each_and_denies_the_event() {
    assert_eq!(
        clauses("No deaths or injuries have been reported."),
        [
            "not report(death) passive",
            "not die(nobody) passive",
            "not report(injury) passive",
            "not injure(nobody) passive"
        ]
    );
    // Without a denial, "or" joins no subjects.
    assert_eq!(
        clauses("Staff or pupils were sent home."),
        ["send(pupil) passive"]
    );
}

#[test]
fn a_participle_after_the_subject_describes_it() {
    assert_eq!(
        clauses("Water drawn from the Velm reservoir on Monday tested positive for E. coli."),
        ["draw(water) passive @2025-03-10", "test positive(water)"]
    );
    assert_eq!(
        clauses("Water drawn Monday afternoon tested positive for E. coli."),
        ["test positive(water) @2025-03-10"]
    );
    assert_eq!(
        clauses("Patients treated at the Velm clinic recovered within a week."),
        ["treat(patient) passive", "recover(patient)"]
    );
}
