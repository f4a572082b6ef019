//! Extraction with its reasons kept: per sentence the mentions found, the speaker and the
//! construction that named them, the cue and stance, the reported words, and the claims
//! with the pattern that matched. `gainsay explain` prints it.

use super::{walk, Seen};
use crate::model::{Claim, Document, Sentence, Speaker, Stance};
use crate::pack::Pack;

pub struct Trace {
    pub line: usize,
    pub sentence: String,
    /// Each token with its part-of-speech tag and lemma: `patients/NNS/patient`.
    pub tags: String,
    /// `(words, what they are)`: "Ukrainian officials" → "group of side ukraine".
    pub mentions: Vec<(String, String)>,
    pub speaker: Speaker,
    pub how: &'static str,
    pub cue: Option<String>,
    pub stance: Stance,
    /// The words that carry what the speaker says.
    pub content: String,
    /// Indices into the claims returned beside the traces.
    pub claims: std::ops::Range<usize>,
}

/// The document's claims, and a trace per sentence.
pub fn trace(
    doc: &Document,
    sentences: impl IntoIterator<Item = Sentence>,
    pack: &Pack,
) -> (Vec<Claim>, Vec<Trace>) {
    let mut traces = Vec::new();
    let claims = walk(doc, sentences, pack, |seen| {
        traces.push(from_seen(doc, &seen))
    });
    (claims, traces)
}

fn from_seen(doc: &Document, seen: &Seen) -> Trace {
    let tokens = &seen.sentence.tokens;
    let words = |from: usize, to: usize| -> String {
        if from >= to {
            return String::new();
        }
        doc.text[tokens[from].span.start..tokens[to - 1].span.end].to_string()
    };
    let mentions = seen
        .mentions
        .iter()
        .map(|m| {
            let kind = format!("{:?}", m.kind).to_lowercase();
            let what = match m.side.as_deref() {
                Some(side) if side == m.value => format!("{kind} {side}"),
                Some(side) => format!("{kind} `{}` of side {side}", m.value),
                None => format!("{kind} `{}`", m.value),
            };
            (words(m.start, m.end), what)
        })
        .collect();
    Trace {
        line: seen.sentence.line,
        sentence: doc.text[seen.sentence.span.start..seen.sentence.span.end].to_string(),
        tags: (tokens.iter().zip(seen.tags))
            .map(|(t, tag)| {
                format!(
                    "{}/{}/{}",
                    &doc.text[t.span.start..t.span.end],
                    tag.pos,
                    tag.lemma
                )
            })
            .collect::<Vec<_>>()
            .join(" "),
        mentions,
        speaker: seen.speaker.clone(),
        how: seen.said.how,
        cue: seen.said.cue.as_ref().map(|c| words(c.start, c.end)),
        stance: seen.said.stance,
        content: words(seen.said.content.start, seen.said.content.end),
        claims: seen.claims.clone(),
    }
}
