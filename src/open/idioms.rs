//! A light verb and the words after it that together mean one verb: "gave way" is
//! "collapsed", "came to a halt" is "halted". Read as the light verb and its object,
//! such a clause would pair with nothing that says the same in one word.

/// Verb lemma, the words after it, and the verb they mean together ("gave way to the
/// residents" yielded, and is none of these).
const IDIOMS: &[(&str, &[&str], &str)] = &[
    ("give", &["way"], "collapse"),
    ("come", &["to", "a", "halt"], "halt"),
    ("grind", &["to", "a", "halt"], "halt"),
    ("come", &["to", "a", "standstill"], "halt"),
    ("take", &["part"], "participate"),
    ("catch", &["fire"], "burn"),
    ("go", &["ahead"], "proceed"),
    ("break", &["out"], "erupt"),
];

/// The verb that the light verb `lemma`, at `main`, means with the words after it,
/// and where those words end.
pub(super) fn read(
    lemma: &str,
    lower: &[&str],
    main: usize,
    limit: usize,
) -> Option<(&'static str, usize)> {
    let after = main + 1;
    IDIOMS.iter().find_map(|&(verb, words, means)| {
        let end = after + words.len();
        let yields = lower.get(end) == Some(&"to");
        (verb == lemma && end <= limit && lower[after..end] == *words && !yields)
            .then_some((means, end))
    })
}
