//! Words that point back within a document: locative "there" (the last place named) and
//! "they"/"them" (the last side or group named). Existential "there is" points nowhere.

use crate::model::Token;
use crate::pack::lexicon::{Mention, MentionKind};

/// Verbs after which "there" is existential ("there were no clashes").
const EXISTENTIAL: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "may", "might", "can",
    "could", "should", "must", "seems", "appears", "remains", "remain", "'s",
];

/// What "there" points back to.
const PLACES: &[MentionKind] = &[MentionKind::Place, MentionKind::Facility];
/// What "they" and "them" point back to.
const PARTIES: &[MentionKind] = &[MentionKind::Side, MentionKind::Group];

/// What the document has named so far.
#[derive(Default)]
pub struct Memory {
    place: Option<Mention>,
    party: Option<Mention>,
}

impl Memory {
    /// Adds mentions for "there" and "they"/"them" to a sentence's mentions, then
    /// remembers the sentence's last place and party.
    pub fn resolve(&mut self, tokens: &[Token], mentions: &mut Vec<Mention>) {
        let mut added = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            let (kinds, memory) = match token.lower.as_str() {
                "there"
                    if !tokens
                        .get(i + 1)
                        .is_some_and(|t| EXISTENTIAL.contains(&t.lower.as_str())) =>
                {
                    (PLACES, &self.place)
                }
                "they" | "them" => (PARTIES, &self.party),
                _ => continue,
            };
            if mentions.iter().any(|m| m.start <= i && i < m.end) {
                continue;
            }
            let earlier = mentions
                .iter()
                .rev()
                .find(|m| m.end <= i && kinds.contains(&m.kind))
                .or(memory.as_ref());
            if let Some(target) = earlier {
                added.push(Mention {
                    start: i,
                    end: i + 1,
                    ..target.clone()
                });
            }
        }
        mentions.extend(added);
        mentions.sort_by_key(|m| m.start);
        let last = |kinds: &[MentionKind]| {
            mentions
                .iter()
                .rev()
                .find(|m| kinds.contains(&m.kind))
                .cloned()
        };
        if let Some(place) = last(PLACES) {
            self.place = Some(place);
        }
        if let Some(party) = last(PARTIES) {
            self.party = Some(party);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    fn place(start: usize) -> Mention {
        Mention {
            start,
            end: start + 1,
            kind: MentionKind::Place,
            value: "mariupol".into(),
            side: None,
        }
    }

    #[test]
    fn locative_there_is_the_last_place() {
        let tokens = tokenize("In Mariupol there is calm and no shelling there");
        let mut mentions = vec![place(1)];
        Memory::default().resolve(&tokens, &mut mentions);
        let there: Vec<usize> = mentions
            .iter()
            .filter(|m| m.value == "mariupol")
            .map(|m| m.start)
            .collect();
        assert_eq!(there, vec![1, 8]);
    }

    #[test]
    fn they_refers_across_sentences() {
        let mut memory = Memory::default();
        let first = tokenize("Ukraine did this");
        let mut mentions = vec![Mention {
            start: 0,
            end: 1,
            kind: MentionKind::Side,
            value: "ukraine".into(),
            side: Some("ukraine".into()),
        }];
        memory.resolve(&first, &mut mentions);
        let second = tokenize("let them demine");
        let mut mentions = Vec::new();
        memory.resolve(&second, &mut mentions);
        assert_eq!(mentions[0].side.as_deref(), Some("ukraine"));
        assert_eq!(mentions[0].start, 1);
    }
}
