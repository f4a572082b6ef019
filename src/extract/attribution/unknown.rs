//! Speakers the packs do not know: a short run of words before the reporting verb
//! ("The regional governor said …") or after the content ("…, the organisers said").

use super::{
    ends_report, name_part, parenthesis, pronoun_run, skip_that, trim_comma, Attribution, Who,
    CLAUSE_VERBS, PRONOUNS,
};
use crate::model::Token;
use crate::pack::lexicon::Cue;
use crate::tag::{Pos, Tagged};
use std::ops::Range;

/// "The regional governor said …": a short run of words opening the sentence before the
/// verb is its subject, even when no pack names it.
pub(super) fn unknown_subject(cue: &Cue, tokens: &[Token], tags: &[Tagged]) -> Option<Attribution> {
    // "Later in the day, chief executive Dana Okafor told …": the subject may follow an
    // opening phrase and its comma, when what it says comes after the verb.
    // "A private forecaster, Skyline Weather, said …": the name between the commas.
    let mut end = trim_comma(tokens, cue.start);
    // "The minister also said", "the council has repeatedly said": an adverb and an
    // auxiliary before the verb are no part of the name.
    while end > 1 && (tags[end - 1].pos == Pos::RB && tokens[end - 1].lower != "not") {
        end -= 1;
    }
    if end > 1 && matches!(tokens[end - 1].lower.as_str(), "has" | "have" | "had") {
        end -= 1;
    }
    let mut from = (tokens[..end].iter())
        .rposition(|t| t.lower == ",")
        .map_or(0, |comma| comma + 1);
    // "The minister, speaking in Harlow, said …": a participle between the commas
    // describes the subject before them, and names no one itself ("our team, including
    // both masters and newcomers, won"); so do a relative clause ("the minister, who
    // visited the ward, said") and an age ("the manager, 52, said").
    let aside = |t: &Token| t.lower.ends_with("ing") || matches!(t.lower.as_str(), "who" | "whose");
    let age = from + 1 == end && tokens[from].lower.bytes().all(|b| b.is_ascii_digit());
    // "Tomas Reyburn, a steward for the union, said …": a noun phrase between the
    // commas describes the name before them ("On Monday, the mayor said" names a day).
    let named = |r: Range<usize>| {
        let first = tags[r.start].pos;
        first != Pos::IN
            && first != Pos::RB
            && r.clone().any(|i| tags[i].pos.is_proper())
            && !r
                .clone()
                .any(|i| crate::lexical::nouns::is_time(&tokens[i].lower))
    };
    let appositive = matches!(tokens[from.min(end)].lower.as_str(), "a" | "an" | "the")
        && from >= 2
        && named(0..from - 1);
    let described = from >= 2 && from < end && (aside(&tokens[from]) || age || appositive);
    if described {
        if tokens[..from - 1].iter().any(|t| t.lower == ",") {
            return None;
        }
        (from, end) = (0, from - 1);
    }
    let subject = &tokens[from..end];
    let short = (1..=most_words(tags, from..end)).contains(&subject.len())
        && (from..end).all(|i| name_part(tokens, i));
    // "I said", "we stated": the document's own speaker, as the narrator.
    let pronoun = subject
        .first()
        .is_some_and(|t| PRONOUNS.contains(&t.lower.as_str()));
    // "As has been said", "It was stated": a passive report names no one.
    let passive = subject.first().is_some_and(|t| t.lower == "as")
        || subject.last().is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "been" | "be" | "being" | "was" | "were" | "is" | "are" | "has" | "have" | "had"
            )
        });
    // "The bridge will not reopen, said the council": a clause is no subject.
    let clause = CLAUSE_VERBS
        .iter()
        .any(|v| subject.iter().any(|t| t.lower == *v))
        || (from..end).any(|i| tags[i].pos.is_finite());
    if !short || passive || clause || cue.stem == "accord to" {
        return None;
    }
    // "It added that …": the speaker before goes on.
    let who = match subject {
        [t] if PREVIOUS.contains(&t.lower.as_str()) => Who::Previous,
        _ if pronoun => return None,
        _ => Who::Unknown(from..end),
    };
    if let Some(content) = (from > 0)
        .then(|| parenthesis(cue, tokens, tags, from))
        .flatten()
    {
        return Some(Attribution {
            how: "an unknown speaker between commas after what is said (\"…, the X said, …\")",
            speaker: Some(who),
            cue: Some(cue.clone()),
            stance: cue.stance,
            content,
            more: None,
        });
    }
    // "In a statement, the company said it had closed": a clause after the verb is
    // what was said.
    let clause_after = (cue.end..tokens.len()).any(|i| tags[i].pos.is_finite());
    let says_after =
        skip_that(tokens, cue.end) > cue.end || tokens.len() - cue.end > 8 || clause_after;
    if from > 0 && !says_after {
        return None;
    }
    let how = match who {
        Who::Previous => "a pronoun for the speaker before (\"It added that …\")",
        _ => "an unknown subject opening the sentence before the reporting verb",
    };
    Some(Attribution {
        how,
        speaker: Some(who),
        cue: Some(cue.clone()),
        stance: cue.stance,
        content: skip_that(tokens, cue.end)..tokens.len(),
        more: None,
    })
}

/// The most words a speaker no pack knows may take; an organisation and a title before a
/// name make a longer one ("Pelham Grid chief executive Dana Okafor said", "…, said
/// Harrow Water chief executive Dana Okafor"), whose last word is the name.
fn most_words(tags: &[Tagged], words: Range<usize>) -> usize {
    if !words.is_empty() && tags[words.end - 1].pos.is_proper() {
        LONG_NAME
    } else {
        5
    }
}

/// Words in a speaker's name with an organisation and a title, or after "according to".
const LONG_NAME: usize = 8;

/// Pronouns that stand for whoever spoke before: "It added", "…, they said."
const PREVIOUS: &[&str] = &["it", "they", "he", "she"];

/// "…, the organisers said." and "…, said the club's doctor.": a short run of words the
/// packs do not know, between a comma and the reporting verb that ends the sentence, or
/// after a comma and the verb.
pub(super) fn unknown_after(cue: &Cue, tokens: &[Token], tags: &[Tagged]) -> Option<Attribution> {
    // "according to the engineering firm hired by the city" names at more length.
    let most = |r: &Range<usize>| match cue.stem.as_str() {
        "accord to" => LONG_NAME,
        _ => most_words(tags, r.clone()),
    };
    // "…, said the plant would close": a modal or auxiliary makes a clause, not a name.
    let words = |r: Range<usize>| {
        r.len() <= most(&r)
            && !r.is_empty()
            && r.clone()
                .all(|i| name_part(tokens, i) && !CLAUSE_VERBS.contains(&tokens[i].lower.as_str()))
    };
    // "the director said on Monday.": a few words may follow the verb, with no comma.
    let tail = |from: usize| {
        (tokens.len() - from <= 4 && tokens[from..].iter().all(|t| t.lower != ","))
            || ends_report(cue, tokens, tags, from)
    };
    let comma = |at: usize| at > 0 && matches!(tokens[at - 1].lower.as_str(), "," | "\"");
    // "…, making people believe in themselves": a verb makes a clause, not a name.
    let named = |run: &Range<usize>| {
        let clause = cue.stem != "accord to" && run.clone().any(|i| tags[i].pos.is_verb());
        // "…, as stated by the head of the office": a name has a noun.
        let noun = run.clone().any(|i| tags[i].pos.is_noun());
        words(run.clone()) && !pronoun_run(tokens, run) && !clause && noun
    };
    let said = |how, speaker, content_end| Attribution {
        how,
        speaker: Some(Who::Unknown(speaker)),
        cue: Some(cue.clone()),
        stance: cue.stance,
        content: 0..trim_comma(tokens, content_end),
        more: None,
    };
    let opening = (0..cue.start).rev().find(|&i| !name_part(tokens, i));
    if let Some(comma_at) = opening.map(|i| i + 1) {
        let speaker = comma_at..cue.start;
        if comma(comma_at) && named(&speaker) && tail(cue.end) {
            let how = "an unknown speaker after the content (\", the X said\")";
            return Some(said(how, speaker, comma_at));
        }
    }
    let end = (cue.end..tokens.len()).find(|&i| !name_part(tokens, i))?;
    let speaker = cue.end..end;
    // ", said the council, despite …" ends the report at the comma after the name.
    let ends = end + 1 >= tokens.len() || parenthesis(cue, tokens, tags, cue.start).is_some();
    if comma(cue.start) && named(&speaker) && ends {
        let how = "an unknown speaker after the reporting verb (\", said the X\")";
        return Some(said(how, speaker, cue.start));
    }
    None
}
