//! What ties a document to its story: the rare words of its proper names ("Okafor",
//! "Fenwick", "Dunmore"), words that are never anything but a name and that WordNet,
//! which knows the world's famous names, lacks. Two reports that share two of them
//! most likely cover the same events, so the judge counts that as one more thing in common.

use crate::lexical::nouns;
use crate::model::Claim;
use crate::model::Token;
use crate::pack::lexicon::Mention;
use crate::tag::{is_only_a_name, Pos, Tagged};

/// How many story words a document keeps: enough for a long report's cast.
const KEPT: usize = 32;

/// A document's story words, gathered sentence by sentence.
#[derive(Debug, Default)]
pub struct Story(Vec<u32>);

impl Story {
    /// Adds the rare names of one tagged sentence: of each run of proper nouns the
    /// packs do not know (theirs recur in every report of a beat), the last word that is
    /// only ever a name and, when it stands alone, that WordNet lacks ("Dana Okafor",
    /// "Marlow Foods", "Arlen Plastics", not "Europe" or "NATO"); no days or months.
    pub fn read(&mut self, tokens: &[Token], tags: &[Tagged], mentions: &[Mention]) {
        let known = |i: usize| mentions.iter().any(|m| (m.start..m.end).contains(&i));
        // A plural name is a people or a team ("Ukrainians", "Olympians"), no one story's.
        let proper = |i: usize| {
            let plural_in_name = tags[i].pos == Pos::NNPS && i > 0 && tags[i - 1].pos == Pos::NNP;
            (tags[i].pos == Pos::NNP || plural_in_name) && !known(i)
        };
        // Alone, a name WordNet knows is famous ("Europe", "Biden"); in a longer name
        // ("Arlen Plastics", "Harlow General Hospital") it is this story's.
        let rare = |i: usize, alone: bool| {
            let (word, lemma) = (tokens[i].lower.as_str(), tags[i].lemma.as_str());
            word.chars().count() >= 3
                && word.chars().all(char::is_alphabetic)
                && is_only_a_name(word)
                && (!alone || (!nouns::known(word) && !nouns::known(lemma)))
        };
        let mut i = 0;
        while i < tokens.len() {
            let start = i;
            while i < tokens.len() && proper(i) {
                i += 1;
            }
            let alone = i <= start + 1;
            if let Some(last) = (start..i).rev().find(|&j| rare(j, alone)) {
                self.0.push(fnv1a(&tokens[last].lower));
            }
            i = i.max(start + 1);
        }
        // "Line 4", "Flight 370": a name that ends in a number is as rare as a name gets.
        for j in 1..tokens.len() {
            let named = tags[j].pos == Pos::NNP && tags[j - 1].pos == Pos::NNP;
            if named && tokens[j].lower.bytes().all(|b| b.is_ascii_digit()) {
                self.0.push(fnv1a(&format!(
                    "{} {}",
                    tokens[j - 1].lower,
                    tokens[j].lower
                )));
            }
        }
    }

    /// The story words as sorted stable hashes.
    pub fn words(mut self) -> Vec<u32> {
        self.0.sort_unstable();
        self.0.dedup();
        self.0.truncate(KEPT);
        self.0
    }
}

/// Whether two claims are of one story, and how it is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryTie {
    Apart,
    /// One report that sets two sources against each other.
    OneReport,
    /// Two reports that share a rare name.
    TwoReports,
}

/// Whether two claims are of one story: two reports that share a rare name, or one
/// report that sets two sources against each other. One source's own clauses in one
/// report are its rhetoric ("we did not start this war", "the war Russia started").
pub fn same_story(a: &Claim, b: &Claim) -> StoryTie {
    if a.document == b.document && a.path == b.path {
        let one_side = matches!((&a.speaker.side, &b.speaker.side), (Some(x), Some(y)) if x == y);
        let two_sources = !one_side && !a.speaker.key().eq_ignore_ascii_case(b.speaker.key());
        return if two_sources {
            StoryTie::OneReport
        } else {
            StoryTie::Apart
        };
    }
    if a.story.iter().any(|w| b.story.binary_search(w).is_ok()) {
        StoryTie::TwoReports
    } else {
        StoryTie::Apart
    }
}

/// A hash that stays the same across builds and machines, as claim records outlive both.
fn fnv1a(word: &str) -> u32 {
    word.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}
