//! Who speaks in a sentence, with which reporting verb, and which tokens are what they
//! say: "X said (that) …", "…, X said", "…, said X", "according to X", and the narrator
//! when nobody is named.

use crate::model::{Stance, Token};
use crate::pack::lexicon::{Cue, Lexicon, Mention, MentionKind};
use std::ops::Range;

/// Subjects that are no name: "it said", "I have said".
const PRONOUNS: &[&str] = &[
    "i", "we", "you", "it", "this", "that", "there", "they", "he", "she", "what", "which", "who",
];

/// Words that may stand between a speaker and the verb: "Ukrainian officials *later* refuted".
const BETWEEN: usize = 3;

/// Who speaks, as found in the sentence.
#[derive(Debug, Clone, PartialEq)]
pub enum Who {
    /// A mention the packs know (index into the sentence's mentions).
    Known(usize),
    /// Words the packs do not know: "The governor said".
    Unknown(Range<usize>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// Which construction named the speaker, for `gainsay explain`.
    pub how: &'static str,
    /// `None` is the narrator.
    pub speaker: Option<Who>,
    pub cue: Option<Cue>,
    pub stance: Stance,
    /// The tokens that carry the reported content.
    pub content: Range<usize>,
}

/// Finds the speaker and the reported content of one sentence.
pub fn attribute(tokens: &[Token], mentions: &[Mention], lexicon: &Lexicon) -> Attribution {
    let question = tokens.last().is_some_and(|t| t.lower == "?");
    let mut found = lexicon
        .cues(tokens)
        .into_iter()
        .find_map(|cue| {
            according_to(&cue, tokens, mentions)
                .or_else(|| around(&cue, tokens, mentions))
                .or_else(|| unknown_subject(&cue, tokens))
        })
        .unwrap_or(Attribution {
            how: "no reporting verb with a speaker: the narrator",
            speaker: None,
            cue: None,
            stance: Stance::Asserts,
            content: 0..tokens.len(),
        });
    if question {
        found.stance = Stance::Questions;
    }
    found
}

/// "according to X, …" or "…, according to X".
fn according_to(cue: &Cue, tokens: &[Token], mentions: &[Mention]) -> Option<Attribution> {
    if cue.stem != "accord to" {
        return None;
    }
    let (i, m) = mentions
        .iter()
        .enumerate()
        .find(|(_, m)| m.start >= cue.end && m.start <= cue.end + BETWEEN && m.kind.can_speak())?;
    let content = if cue.start <= 1 {
        skip_that(tokens, m.end)..tokens.len()
    } else {
        0..trim_comma(tokens, cue.start)
    };
    Some(Attribution {
        how: "\"according to X\"",
        speaker: Some(Who::Known(i)),
        cue: Some(cue.clone()),
        stance: Stance::Asserts,
        content,
    })
}

/// "X said that …", "…, X said" and "…, said X".
fn around(cue: &Cue, tokens: &[Token], mentions: &[Mention]) -> Option<Attribution> {
    let before = mentions.iter().enumerate().rev().find(|(_, m)| {
        m.kind.can_speak()
            && m.end <= cue.start
            && cue.start - m.end <= BETWEEN
            && tokens[m.end..cue.start].iter().all(Token::is_word)
    });
    if let Some((i, m)) = before {
        let after = skip_that(tokens, cue.end);
        // Only a few words after the verb ("told reporters."): the content came before.
        let content = if tokens.len() - after <= 3 {
            0..trim_comma(tokens, m.start)
        } else {
            after..tokens.len()
        };
        return Some(Attribution {
            how: "a known speaker before the reporting verb",
            speaker: Some(Who::Known(i)),
            cue: Some(cue.clone()),
            stance: cue.stance,
            content,
        });
    }
    let after = mentions
        .iter()
        .enumerate()
        .find(|(_, m)| m.kind.can_speak() && m.start >= cue.end && m.start <= cue.end + 1);
    let comma_before = cue.start > 0 && matches!(tokens[cue.start - 1].lower.as_str(), "," | "\"");
    match after {
        Some((i, m)) if comma_before && (m.kind != MentionKind::Pronoun || m.start == cue.end) => {
            Some(Attribution {
                how: "a known speaker after the reporting verb (\", said X\")",
                speaker: Some(Who::Known(i)),
                cue: Some(cue.clone()),
                stance: cue.stance,
                content: 0..trim_comma(tokens, cue.start),
            })
        }
        _ => None,
    }
}

/// "The regional governor said …": a short run of words opening the sentence before the
/// verb is its subject, even when no pack names it.
fn unknown_subject(cue: &Cue, tokens: &[Token]) -> Option<Attribution> {
    let subject = &tokens[..cue.start];
    let short = (1..=4).contains(&subject.len()) && subject.iter().all(Token::is_word);
    // "I said", "we stated": the document's own speaker, as the narrator.
    let pronoun = subject
        .first()
        .is_some_and(|t| PRONOUNS.contains(&t.lower.as_str()));
    if !short || pronoun || cue.stem == "accord to" {
        return None;
    }
    Some(Attribution {
        how: "an unknown subject opening the sentence before the reporting verb",
        speaker: Some(Who::Unknown(0..cue.start)),
        cue: Some(cue.clone()),
        stance: cue.stance,
        content: skip_that(tokens, cue.end)..tokens.len(),
    })
}

fn skip_that(tokens: &[Token], from: usize) -> usize {
    let mut at = from;
    while tokens
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_str(), "that" | "," | ":" | "\""))
    {
        at += 1;
    }
    at
}

fn trim_comma(tokens: &[Token], end: usize) -> usize {
    let mut end = end;
    while end > 0 && matches!(tokens[end - 1].lower.as_str(), "," | "\"") {
        end -= 1;
    }
    end
}
