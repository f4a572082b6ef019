//! One claim calling untrue or made up what another rests on: "the video shows troops
//! in the square" against "the video was staged"; "the report said …" against "the
//! report is false".

use crate::model::{Argument, Claim, Polarity, Voice};

/// Verbs that, in the passive, call their theme made: it was staged, faked, forged.
/// (Active, most say something else: "staged a protest", "made up most of the crowd".)
const MADE: &[&str] = &[
    "stage",
    "fake",
    "fabricate",
    "forge",
    "doctor",
    "falsify",
    "invent",
    "concoct",
    "make up",
];

/// What a copula calls its subject when it is untrue: false, a hoax, a fabrication.
const UNTRUE: &[&str] = &[
    "fake",
    "false",
    "untrue",
    "hoax",
    "bogus",
    "baseless",
    "groundless",
    "unfounded",
    "fictitious",
    "fabrication",
    "fraudulent",
    "forgery",
    "fiction",
    "fabricated",
    "staged",
];

/// What `claim` calls untrue or made: a thing ("the video", "the letter"), never a
/// name, as the head claims pair by.
pub fn target(claim: &Claim) -> Option<&str> {
    let open = claim.open.as_deref()?;
    let theme = open.theme.as_ref().filter(|t| is_thing(t))?;
    let discredits = match open.predicate.strip_prefix("be ") {
        Some(state) => UNTRUE.contains(&state),
        None => open.voice == Voice::Passive && MADE.contains(&open.predicate.as_str()),
    };
    (discredits && claim.polarity == Polarity::Positive).then_some(theme.head.as_str())
}

/// What a claim rests on, when it is a thing that can be made up: what shows or says
/// it ("the video shows …"), or the source it is told from ("the report said …").
/// People and names are not made up, only accused of lying: they rest on nothing here.
pub fn sources(claim: &Claim) -> impl Iterator<Item = String> + '_ {
    let agent = (claim.open.as_deref())
        .and_then(|o| o.agent.as_ref())
        .filter(|a| is_thing(a))
        .map(|a| a.head.to_string());
    let speaker = (claim.speaker.entity.is_none())
        .then(|| claim.speaker.mention.rsplit(' ').next())
        .flatten()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(singular);
    agent
        .into_iter()
        .chain(speaker)
        .filter(|head| !crate::lexical::nouns::is_person(head))
}

/// Whether an argument is headed by a common noun, as written ("the Harrowgate
/// footage", not "Mara Quill"), for a thing rather than a person.
fn is_thing(argument: &Argument) -> bool {
    let head = argument.head.as_str();
    let written = (argument.text.split_whitespace()).find(|w| w.to_lowercase().starts_with(head));
    written.is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
        && !crate::lexical::nouns::is_person(head)
}

/// A plural mention in the singular, as heads are: "officials" as "official".
fn singular(word: &str) -> String {
    let known = crate::lexical::nouns::known;
    match word.strip_suffix('s') {
        Some(one) if !known(word) && known(one) => one.to_string(),
        _ => word.to_string(),
    }
}

/// Whether `b` discredits what `a` rests on, and `a` does not discredit it too.
pub fn discredits(a: &Claim, b: &Claim) -> bool {
    let Some(called_fake) = target(b) else {
        return false;
    };
    target(a).is_none() && sources(a).any(|s| crate::lexical::nouns::corefer(&s, called_fake))
}
