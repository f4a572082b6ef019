//! Which noun phrase a clause is about when clauses are joined.

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
