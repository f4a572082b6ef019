//! Finds who claimed what in a document: per sentence the speaker and stance
//! (`attribution`), a claim for every clause of what they say (the open propositions of
//! `crate::open`), typed propositions where the packs' predicates match (`proposition`),
//! and back-references such as "refuted the assertion", which take over the earlier
//! claim's proposition. It reads one document at a time and never compares documents.

mod anaphora;
mod attribution;
mod clauses;
mod proposition;
mod story;
mod trace;

pub use story::{same_story, StoryTie};
pub use trace::{trace, Trace};

use crate::model::{Claim, Day, Document, Polarity, Sentence, Speaker, Stance, Text, Token};
use crate::pack::lexicon::{Lexicon, Mention, MentionKind};
use crate::pack::Pack;
use attribution::Who;
use proposition::Context;
use std::borrow::Borrow;
use std::sync::Arc;

/// Words after which a four-digit number is a year.
const YEAR_BEFORE: &[&str] = &[
    "in", "since", "during", "from", "until", "of", "by", "before", "after",
];

/// How many sentences back a reference ("the assertion") may point.
const REFERENCE_REACH: usize = 5;

/// All claims of one document, in sentence order. Sentences are read one at a time, so
/// they may come straight from [`crate::segment::segment`].
pub fn extract<S: Borrow<Sentence>>(
    doc: &Document,
    sentences: impl IntoIterator<Item = S>,
    pack: &Pack,
) -> Vec<Claim> {
    walk(doc, sentences, pack, |_| {})
}

/// What extraction saw in one sentence, handed to an observer (`gainsay explain`).
struct Seen<'a> {
    sentence: &'a Sentence,
    tags: &'a [crate::tag::Tagged],
    mentions: &'a [Mention],
    said: &'a attribution::Attribution,
    speaker: &'a Speaker,
    /// The claims this sentence added, as a range of the document's claims.
    claims: std::ops::Range<usize>,
}

fn walk<S: Borrow<Sentence>>(
    doc: &Document,
    sentences: impl IntoIterator<Item = S>,
    pack: &Pack,
    mut observe: impl FnMut(Seen),
) -> Vec<Claim> {
    let lexicon = &pack.lexicon;
    let publisher = doc.speaker.clone().or_else(|| doc.outlet.clone());
    let narrator = Speaker {
        mention: publisher.as_deref().unwrap_or("narrator").into(),
        // The author or outlet a document names is one source in every document.
        entity: publisher.map(Text::from),
        side: doc
            .side
            .as_deref()
            .and_then(|s| lexicon.side_named(s))
            .map(Text::from),
        ambiguous: false,
    };
    let (document, path): (Arc<str>, Arc<str>) = (doc.id.as_str().into(), doc.path.as_str().into());
    let mut claims: Vec<Claim> = Vec::new();
    // The sentence index of each claim, for how far back a reference may reach.
    let mut claim_sentences: Vec<usize> = Vec::new();
    let mut last_person: Option<Speaker> = None;
    // The speaker of the sentence before, if someone spoke in it, and whether they were
    // quoted: "It added …" and a quotation that goes on are theirs.
    let mut previous: Option<(Speaker, bool)> = None;
    let mut memory = anaphora::Memory::default();
    let mut named = crate::open::Memory::default();
    let mut story = story::Story::default();
    for (index, sentence) in sentences.into_iter().enumerate() {
        let sentence = sentence.borrow();
        let tokens = &sentence.tokens;
        let day = claim_day(doc.published, sentence);
        let mut mentions = lexicon.mentions(tokens, day);
        memory.resolve(tokens, &mut mentions);
        let tags = crate::tag::tag(tokens, &doc.text);
        story.read(tokens, &tags, &mentions);
        let mut said = attribution::attribute(tokens, &tags, &mentions, lexicon);
        let quoted = |t: &Token| matches!(t.lower.as_str(), "\"" | "\u{201c}" | "\u{201d}");
        // '"Nobody was hurt."' after '"The plant is safe," the manager said.': a quotation
        // that goes on is the same speaker's.
        let goes_on = said.speaker.is_none()
            && tokens.first().is_some_and(quoted)
            && previous.as_ref().is_some_and(|(_, quote)| *quote);
        if goes_on {
            said.speaker = Some(Who::Previous);
            said.how = "a quotation going on from the sentence before";
        }
        let speaker = match &said.speaker {
            Some(Who::Previous) => match &previous {
                Some((speaker, _)) => speaker.clone(),
                None => {
                    said.speaker = None;
                    narrator.clone()
                }
            },
            Some(Who::Known(i)) if mentions[*i].kind == MentionKind::Pronoun => {
                last_person.clone().unwrap_or_else(|| narrator.clone())
            }
            Some(Who::Known(i)) => speaker_of(&mentions[*i], sentence, doc, pack),
            Some(Who::Unknown(words)) => {
                let span = tokens[words.start].span.start..tokens[words.end - 1].span.end;
                let mention = &doc.text[span];
                Speaker {
                    mention: mention.into(),
                    // "Brenmoor Power said … The company said": one speaker.
                    entity: named.organisation_for(mention).map(Text::from),
                    side: None,
                    ambiguous: false,
                }
            }
            None => narrator.clone(),
        };
        if let Some(person) = mentions.iter().find(|m| m.kind == MentionKind::Person) {
            last_person = Some(speaker_of(person, sentence, doc, pack));
        } else if let Some(Who::Unknown(words)) = &said.speaker {
            // "…, festival director Amira Castell said. … she said.": a speaker no pack
            // knows whose name ends the words is the person "she" stands for next.
            if tags[words.end - 1].pos.is_proper() {
                last_person = Some(speaker.clone());
            }
        }
        previous = said
            .speaker
            .is_some()
            .then(|| (speaker.clone(), tokens.iter().any(quoted)));
        let narrated = said.speaker.is_none() && doc.speaker.is_none();
        let reported = matches!((&speaker.side, &narrator.side), (Some(s), Some(n)) if s != n);
        let base = ClaimBase {
            narrated,
            reported,
            doc,
            sentence,
            document: &document,
            path: &path,
            text: doc.text[sentence.span.start..sentence.span.end].into(),
            index,
            speaker,
            cue: said.cue.as_ref().map(|c| c.stem.clone()),
            stance: said.stance,
            day,
        };
        let ctx = Context {
            tokens,
            mentions: &mentions,
            content: said.content.clone(),
            speaker_side: base.speaker.side.as_deref(),
        };
        let found = proposition::propositions(&ctx, pack);
        let before = claims.len();
        for f in found {
            let polarity = if said.stance == Stance::Denies {
                f.polarity.flip()
            } else {
                f.polarity
            };
            let hedged = f.hedged || said.stance == Stance::Hedges;
            let claim = base.claim(f.proposition, polarity, f.pattern);
            claims.push(Claim {
                hedged,
                partial: f.partial,
                quantity: f.quantity,
                ..claim
            });
        }
        let typed = claims.len() > before;
        let open = clauses::claims(&base, &tags, &said, &mut named);
        claims.extend(open);
        if !typed {
            if let Some(claim) = back_reference(&base, &said, &claims, &claim_sentences, pack) {
                claims.push(claim);
            }
        }
        claim_sentences.resize(claims.len(), index);
        observe(Seen {
            sentence,
            tags: &tags,
            mentions: &mentions,
            said: &said,
            speaker: &base.speaker,
            claims: before..claims.len(),
        });
    }
    let story: std::sync::Arc<[u32]> = story.words().into();
    for claim in &mut claims {
        claim.story = story.clone();
    }
    claims
}

struct ClaimBase<'a> {
    doc: &'a Document,
    sentence: &'a Sentence,
    /// The document's id and path, and the sentence's text: shared by the claims.
    document: &'a Arc<str>,
    path: &'a Arc<str>,
    text: Arc<str>,
    index: usize,
    speaker: Speaker,
    cue: Option<String>,
    stance: Stance,
    day: Option<Day>,
    narrated: bool,
    reported: bool,
}

impl ClaimBase<'_> {
    fn claim(
        &self,
        proposition: crate::model::Proposition,
        polarity: Polarity,
        pattern: String,
    ) -> Claim {
        let s = self.sentence;
        Claim {
            id: format!("{}@{}:{}", self.doc.id, s.span.start, proposition.predicate),
            document: self.document.clone(),
            path: self.path.clone(),
            line: s.line,
            column: s.column,
            span: s.span,
            sentence: self.text.clone(),
            speaker: self.speaker.clone(),
            cue: self.cue.clone(),
            stance: self.stance,
            proposition,
            polarity,
            hedged: false,
            partial: false,
            narrated: self.narrated,
            reported: self.reported,
            quantity: None,
            day: self.day,
            pattern,
            refers_to: None,
            open: None,
            story: Default::default(),
        }
    }
}

/// "Ukrainian officials refuted the assertion": the claim takes over the proposition of
/// the nearest earlier claim the noun names (an *assertion* was *asserted*), else of the
/// nearest earlier claim by someone else.
fn back_reference(
    base: &ClaimBase,
    said: &attribution::Attribution,
    claims: &[Claim],
    claim_sentences: &[usize],
    pack: &Pack,
) -> Option<Claim> {
    let cue = said.cue.as_ref()?;
    said.speaker.as_ref()?;
    // "told reporters": whom they told, not what they refer to.
    if matches!(cue.stem.as_str(), "told" | "tell" | "inform") {
        return None;
    }
    let tokens = &base.sentence.tokens;
    let at = (cue.end..tokens.len().min(cue.end + 3))
        .find(|&i| pack.lexicon.is_reference(&tokens[i]))?;
    // "denied reports that …" says what it denies.
    if tokens.get(at + 1).is_some_and(|t| t.lower == "that") {
        return None;
    }
    let noun = &tokens[at];
    let earlier = claims
        .iter()
        .zip(claim_sentences)
        .rev()
        .filter(|(_, &s)| s < base.index)
        .take_while(|(_, &s)| base.index - s <= REFERENCE_REACH)
        .map(|(c, _)| c)
        .filter(|c| c.refers_to.is_none() && c.speaker.key() != base.speaker.key());
    let target = earlier
        .clone()
        .find(|c| {
            c.cue
                .as_deref()
                .is_some_and(|s| noun.stem.starts_with(s) || s.starts_with(noun.stem.as_str()))
        })
        .or_else(|| earlier.clone().next())?;
    // Of the sentence referred to, a pack's typed proposition says most.
    let target = earlier
        .clone()
        .find(|c| c.span == target.span && c.open.is_none())
        .unwrap_or(target);
    let polarity = if said.stance == Stance::Denies {
        target.polarity.flip()
    } else {
        target.polarity
    };
    let claim = base.claim(
        target.proposition.clone(),
        polarity,
        format!("reference: {}", noun.lower),
    );
    Some(Claim {
        refers_to: Some(target.id.clone()),
        ..claim
    })
}

/// The speaker a mention names: its words as written, the entity or side it resolves to.
fn speaker_of(m: &Mention, sentence: &Sentence, doc: &Document, pack: &Pack) -> Speaker {
    let span = sentence.tokens[m.start].span.start..sentence.tokens[m.end - 1].span.end;
    let ambiguous = Lexicon::is_ambiguous(m);
    let entity = match m.kind {
        MentionKind::Person | MentionKind::Org if !ambiguous => {
            Some(pack.lexicon.display(&m.value).to_string())
        }
        _ => None,
    };
    // "they said": the speaker is named by what the pronoun points back at.
    let words = &doc.text[span];
    let mention = match (words.to_lowercase().as_str(), &m.side) {
        ("they" | "them", Some(side)) => side.as_str(),
        _ => words,
    };
    Speaker {
        mention: mention.into(),
        entity: entity.map(Text::from),
        side: m.side.as_deref().map(Text::from),
        ambiguous,
    }
}

/// An earlier year named in the sentence ("In 2014, …", "last year") dates the claim;
/// otherwise the publication day does.
fn claim_day(published: Option<Day>, sentence: &Sentence) -> Option<Day> {
    let published = published?;
    // A year reads as a date only after a word that introduces one: "in 2014", not
    // "1900 people".
    let named = |w: &[Token]| {
        if is_year_like(&w[1].lower) && YEAR_BEFORE.contains(&w[0].lower.as_str()) {
            return w[1].lower.parse::<i16>().ok();
        }
        (w[0].lower == "last" && w[1].lower == "year").then(|| published.year() - 1)
    };
    // "The building, which dates from 1904, will be sold": the year is the relative's.
    let tokens = &sentence.tokens;
    let aside = crate::open::relative_aside(|i| tokens[i].lower.as_str(), 0..tokens.len());
    let year = (tokens.windows(2).enumerate())
        .filter(|(i, _)| aside.as_ref().is_none_or(|a| !a.contains(&(i + 1))))
        .filter_map(|(_, w)| named(w))
        .filter(|y| (1800..published.year()).contains(y))
        .min();
    match year {
        Some(y) => Day::new(y, 1, 1).ok(),
        None => Some(published),
    }
}

/// Four ASCII digits: checked first, since it rules out nearly every token at once.
fn is_year_like(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests;
