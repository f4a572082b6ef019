//! Stable conflict ids: FNV-1a over the rule, and for both claims the speaker and side,
//! the normalised proposition, the document and the sentence's words. No line numbers or
//! offsets, so that a baseline survives edits elsewhere in an article; no randomised
//! hasher, so ids never change between runs or machines.

use crate::model::Claim;
use crate::pack::CompiledRule;

pub fn of(rule: &CompiledRule, a: &Claim, b: &Claim) -> String {
    let mut sides = [side_key(a), side_key(b)];
    sides.sort();
    let mut hash = Fnv::default();
    hash.write(&rule.id);
    for side in &sides {
        hash.write(side);
    }
    format!("{:016x}", hash.finish())
}

/// Who said what where, in one string: the part of a claim a fingerprint depends on.
fn side_key(c: &Claim) -> String {
    let words: Vec<&str> = c.sentence.split_whitespace().collect();
    format!(
        "{}\u{1f}{}\u{1f}{:?}\u{1f}{}\u{1f}{}\u{1f}{}",
        c.speaker.key(),
        c.speaker.side.as_deref().unwrap_or(""),
        c.polarity,
        c.proposition,
        c.document,
        words.join(" ")
    )
}

/// FNV-1a, 64 bits: the same ids on every run and machine.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Adds `text` and a separator byte no UTF-8 text holds.
    pub(crate) fn write(&mut self, text: &str) {
        for byte in text.bytes().chain(std::iter::once(0xff)) {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub(crate) fn finish(&self) -> u64 {
        self.0
    }
}
