//! Who speaks in a sentence, with which reporting verb, and which tokens are what they
//! say: "X said (that) …", "…, X said", "…, said X", "according to X", and the narrator
//! when nobody is named.

use crate::model::{Stance, Token};
use crate::pack::lexicon::{Cue, Lexicon, Mention, MentionKind};
use crate::tag::{Pos, Tagged};
use std::ops::Range;
use unknown::{unknown_after, unknown_subject};

mod unknown;

/// Subjects that are no name: "it said", "I have said".
const PRONOUNS: &[&str] = &[
    "i", "we", "you", "it", "this", "that", "there", "they", "he", "she", "what", "which", "who",
];

/// Reporting verbs (stems) that name whom they address: "told reporters that".
const ADDRESSING: &[&str] = &["told", "tell", "inform", "assur", "warn", "remind", "brief"];

/// Nouns in "-ing" that name a time or an audience: "said on Monday morning that",
/// "told a union meeting that".
const ING_NOUNS: &[&str] = &[
    "morning",
    "evening",
    "meeting",
    "briefing",
    "hearing",
    "gathering",
    "sitting",
    "spring",
    "during",
];

/// Words that open a time or place between a reporting verb and "that".
const ADJUNCTS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "last",
    "this",
    "earlier",
    "later",
    "late",
    "yesterday",
    "today",
    "again",
    "also",
    "previously",
    "publicly",
    "repeatedly",
    "after",
    "before",
    "when",
    "once",
    "separately",
    "privately",
    "overnight",
    "tonight",
    "recently",
    "first",
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
    /// "It added", "they said": whoever spoke last.
    Previous,
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
    /// What the speaker goes on to say after a parenthesis: "…, the hospital said, and
    /// two of them remain in intensive care".
    pub more: Option<Range<usize>>,
}

/// Finds the speaker and the reported content of one sentence.
pub fn attribute(
    tokens: &[Token],
    tags: &[Tagged],
    mentions: &[Mention],
    lexicon: &Lexicon,
) -> Attribution {
    let question = tokens.last().is_some_and(|t| t.lower == "?");
    // A reporting verb is no name or noun: "Denys" shares a stem with "denies", and
    // "warnings" with "warned".
    let mut found = (lexicon.cues(tokens).into_iter())
        .filter(|cue| !tags[cue.start].pos.is_noun())
        .find_map(|cue| {
            according_to(&cue, tokens, mentions)
                .or_else(|| around(&cue, tokens, tags, mentions))
                .or_else(|| unknown_subject(&cue, tokens, tags))
                .or_else(|| unknown_after(&cue, tokens, tags))
        })
        .unwrap_or(Attribution {
            how: "no reporting verb with a speaker: the narrator",
            speaker: None,
            cue: None,
            stance: Stance::Asserts,
            content: 0..tokens.len(),
            more: None,
        });
    if let Some(cue) = found.cue.as_ref().filter(|c| found.content.end <= c.start) {
        found.more = goes_on(cue, tokens, tags);
    }
    if question {
        found.stance = Stance::Questions;
    }
    if found.stance == Stance::Denies {
        found.content.start = denied_clause(tokens, found.content.clone(), lexicon);
    }
    found
}

/// "dismissed claims that it had ignored warnings": what is denied is the clause after
/// the noun, not the claims.
fn denied_clause(tokens: &[Token], content: Range<usize>, lexicon: &Lexicon) -> usize {
    let mut at = content.start;
    if tokens
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "any" | "all" | "media"))
    {
        at += 1;
    }
    let noun = tokens.get(at).filter(|t| lexicon.is_reference(t));
    match (noun, tokens.get(at + 1)) {
        (Some(_), Some(that)) if that.lower == "that" && at + 2 < content.end => at + 2,
        _ => content.start,
    }
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
        more: None,
    })
}

/// "X said that …", "…, X said" and "…, said X".
fn around(
    cue: &Cue,
    tokens: &[Token],
    tags: &[Tagged],
    mentions: &[Mention],
) -> Option<Attribution> {
    let before = mentions.iter().enumerate().rev().find(|(_, m)| {
        m.kind.can_speak()
            && m.end <= cue.start
            && cue.start - m.end <= BETWEEN
            && tokens[m.end..cue.start].iter().all(Token::is_word)
    });
    if let Some((i, m)) = before {
        let after = skip_that(tokens, cue.end);
        // Only a few words after the verb ("told reporters.", "said at a briefing on
        // Monday."): the content came before.
        // "what Russia will say in response": a saying to come reports nothing before it.
        let plain_verb = tokens[m.end..cue.start]
            .iter()
            .all(|t| !CLAUSE_VERBS.contains(&t.lower.as_str()));
        let ends = m.start > 1 && plain_verb && ends_report(cue, tokens, tags, after);
        let content = if tokens.len() - after <= 3 || ends {
            0..trim_comma(tokens, m.start)
        } else if let Some(before) = parenthesis(cue, tokens, tags, m.start) {
            before
        } else {
            after..tokens.len()
        };
        return Some(Attribution {
            how: "a known speaker before the reporting verb",
            speaker: Some(Who::Known(i)),
            cue: Some(cue.clone()),
            stance: cue.stance,
            content,
            more: None,
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
                more: None,
            })
        }
        _ => None,
    }
}

/// Modals and auxiliaries, which no speaker's name holds.
const CLAUSE_VERBS: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was",
    "were", "has", "have", "had",
];

/// The mark of a possessive inside a name: "the club's doctor", "the teachers' union".
fn possessive(t: &Token) -> bool {
    matches!(t.lower.as_str(), "'s" | "'" | "\u{2019}s" | "\u{2019}")
}

/// Whether the token at `i` can be part of a speaker's name: a word, a possessive, or
/// the full stop of a title ("Dr. Helena Ashgrove").
fn name_part(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    t.is_word()
        || possessive(t)
        || (t.lower == "." && i > 0 && crate::segment::is_title(&tokens[i - 1].lower))
}

/// Words after a reporting verb that end the sentence and say only where, when, how or
/// to whom it was said: "said in an update to customers", "told reporters at a briefing
/// on Monday". With no verb, comma or "that" among them they cannot be what was said.
fn ends_report(cue: &Cue, tokens: &[Token], tags: &[Tagged], from: usize) -> bool {
    const MOST: usize = 14;
    let end = match tokens.last() {
        Some(t) if matches!(t.lower.as_str(), "." | "!") => tokens.len() - 1,
        _ => tokens.len(),
    };
    if from >= end || end - from > MOST {
        return false;
    }
    let plain = (from..end).all(|i| {
        let t = &tokens[i];
        (t.is_word() || possessive(t))
            && t.lower != "that"
            && !tags[i].pos.is_verb()
            && !CLAUSE_VERBS.contains(&t.lower.as_str())
    });
    let opens_phrase = matches!(tags[from].pos, Pos::IN | Pos::TO)
        || ADJUNCTS.contains(&tokens[from].lower.as_str());
    let addressed = ADDRESSING.contains(&cue.stem.as_str());
    plain && (opens_phrase || addressed)
}

/// "he", "they": a pronoun is no speaker's name.
fn pronoun_run(tokens: &[Token], run: &Range<usize>) -> bool {
    tokens[run.start..run.end]
        .first()
        .is_some_and(|t| PRONOUNS.contains(&t.lower.as_str()))
}

/// Where the reported words start after a reporting verb: past "that", and past what
/// stands between the verb and a near "that" ("said on Tuesday that", "told a union
/// meeting in Bristow that").
fn skip_that(tokens: &[Token], from: usize) -> usize {
    // What stands between may be a time or an addressee, not a clause of its own: "the
    // opposition was claiming that" reports another's words.
    let verb_like = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would"
        ) || (t.lower.ends_with("ing") && !ING_NOUNS.contains(&t.lower.as_str()))
            || (t.lower.ends_with("ed") && t.lower.len() > 4)
    };
    // Only a time or place ("said on Tuesday that") or, after "told", an addressee
    // ("told a union meeting that"); "said accusations that …" is a noun's clause.
    let addressed = tokens[..from]
        .last()
        .is_some_and(|t| ADDRESSING.contains(&t.stem.as_str()));
    let adjunct = tokens
        .get(from)
        .is_some_and(|t| ADJUNCTS.contains(&t.lower.as_str()));
    let near = (from..tokens.len().min(from + 9))
        .take_while(|&i| {
            let t = &tokens[i];
            (t.is_word() || t.lower == "," || possessive(t)) && !verb_like(t)
        })
        .find(|&i| tokens[i].lower == "that")
        .filter(|_| addressed || adjunct);
    let mut at = near.unwrap_or(from);
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

/// Words that open a subordinate clause: "When the plant closed, the mayor said that …"
/// names its speaker after the comma, and says what comes after the verb.
const SUBORDINATORS: &[&str] = &[
    "when", "after", "before", "as", "if", "although", "though", "while", "because", "since",
    "once", "until", "unless", "whereas",
];

/// "The bridge will not reopen, the council said, despite …": when a main clause stands
/// before the comma that opens the speaker, and only where, when or to whom it was said
/// follows the verb up to the next comma or the end, the attribution is a parenthesis and
/// what is said came before it. Returns those tokens.
pub(super) fn parenthesis(
    cue: &Cue,
    tokens: &[Token],
    tags: &[Tagged],
    speaker_start: usize,
) -> Option<Range<usize>> {
    let comma = speaker_start.checked_sub(1)?;
    if !matches!(tokens[comma].lower.as_str(), "," | "\"") {
        return None;
    }
    let before = trim_comma(tokens, comma);
    let subordinate = tokens
        .first()
        .is_some_and(|t| SUBORDINATORS.contains(&t.lower.as_str()));
    let finite = (0..before).any(|i| tags[i].pos.is_finite());
    if before < 3 || subordinate || !finite {
        return None;
    }
    let next = (cue.end..tokens.len())
        .find(|&i| matches!(tokens[i].lower.as_str(), "," | "." | "!" | ";" | ":" | "?"))
        .unwrap_or(tokens.len());
    let plain = (cue.end..next)
        .all(|i| tokens[i].is_word() && tokens[i].lower != "that" && !tags[i].pos.is_verb());
    (plain && next - cue.end <= 8).then_some(0..before)
}

/// "Twelve were infected, the hospital said, and two remain in intensive care": after
/// the speaker's name and a comma, a clause of its own is said too ("adding that" and
/// "saying that" go before it).
fn goes_on(cue: &Cue, tokens: &[Token], tags: &[Tagged]) -> Option<Range<usize>> {
    let comma = (cue.end..tokens.len().min(cue.end + 9)).find(|&i| tokens[i].lower == ",")?;
    let named = (cue.end..comma).all(|i| tokens[i].is_word() && !tags[i].pos.is_verb());
    let mut start = comma + 1;
    if tokens
        .get(start)
        .is_some_and(|t| matches!(t.lower.as_str(), "adding" | "saying"))
    {
        start += 1;
        if tokens.get(start).is_some_and(|t| t.lower == "that") {
            start += 1;
        }
    }
    let finite = (start..tokens.len()).any(|i| tags[i].pos.is_finite());
    (named && finite).then_some(start..tokens.len())
}
