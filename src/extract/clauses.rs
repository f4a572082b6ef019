//! A claim for every clause of what a speaker says, from its open proposition: the
//! pairing form is the predicate with its theme, agent and place.

use super::attribution::Attribution;
use super::ClaimBase;
use crate::model::{Args, Argument, Claim, Polarity, Proposition, Role, Stance};
use crate::open::{self, Memory};
use crate::tag::Tagged;

/// The open claims of one sentence, in clause order.
pub(super) fn claims(
    base: &ClaimBase,
    tags: &[Tagged],
    said: &Attribution,
    memory: &mut Memory,
) -> Vec<Claim> {
    let sentence = base.sentence;
    let speaker = &base.speaker;
    let ctx = open::Context {
        text: &base.doc.text,
        tokens: &sentence.tokens,
        tags,
        content: said.content.clone(),
        cue: said.cue.as_ref().map(|c| c.start..c.end),
        published: base.doc.published,
        speaker: Some(Argument {
            head: speaker.mention.to_lowercase(),
            entity: Some(speaker.key().to_lowercase().into()),
            text: speaker.mention.clone(),
        }),
    };
    let mut clauses = open::read(&ctx, memory);
    // What goes on after the speaker's name is no longer governed by the reporting verb:
    // its "he" is whom the first part spoke of, not the speaker.
    if let Some(more) = said.more.clone() {
        let after = open::Context {
            content: more,
            cue: None,
            ..ctx
        };
        clauses.extend(open::read(&after, memory));
    }
    clauses
        .into_iter()
        .map(|clause| {
            let open = clause.proposition;
            let mut args = Args::default();
            if let Some(theme) = &open.theme {
                args.insert("theme", theme.pair_head());
            }
            if let Some(agent) = &open.agent {
                args.insert("agent", agent.key());
            }
            let place = open.modifiers.iter().find(|m| m.role == Role::Place);
            if let Some(place) = place {
                args.insert("place", place.argument.key());
            }
            let proposition = Proposition {
                predicate: open.predicate.to_string(),
                args,
            };
            let polarity = match base.stance {
                Stance::Denies => clause.polarity.flip(),
                _ => clause.polarity,
            };
            let mut claim = base.claim(proposition, polarity, "open".to_string());
            // Clauses of one sentence may share a predicate: the id names the clause.
            claim.id = format!(
                "{}@{}+{}:{}",
                base.doc.id, sentence.span.start, clause.span.start, open.predicate
            );
            claim.hedged = open.modality.is_some() || base.stance == Stance::Hedges;
            let theme = open.theme.as_ref().map(|t| t.head.as_str());
            claim.quantity = (open.quantities.iter())
                .find(|q| Some(q.noun.as_str()) == theme)
                .or(open.quantities.first())
                .map(|q| q.quantity);
            if polarity == Polarity::Negative && claim.quantity.is_some() {
                // "no more than 12 were infected" is a bound, not a denial.
                claim.quantity = None;
            }
            claim.open = Some(Box::new(open));
            claim
        })
        .collect()
}
