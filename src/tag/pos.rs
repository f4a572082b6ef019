//! Penn Treebank part-of-speech tags, as one byte each.

/// Every tag the tables use, punctuation tags included. A tag is its index here.
const NAMES: [&str; 45] = [
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNP", "NNPS", "NNS",
    "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "TO", "UH", "VB", "VBD", "VBG", "VBN",
    "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ".", ",", ":", "\"", "-LRB-", "-RRB-", "HYPH", "SYM",
    "$", "#",
];

/// A part-of-speech tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos(u8);

impl Pos {
    pub const CC: Pos = Pos(0);
    pub const CD: Pos = Pos(1);
    pub const DT: Pos = Pos(2);
    pub const EX: Pos = Pos(3);
    pub const IN: Pos = Pos(5);
    pub const JJ: Pos = Pos(6);
    pub const JJR: Pos = Pos(7);
    pub const JJS: Pos = Pos(8);
    pub const MD: Pos = Pos(10);
    pub const NN: Pos = Pos(11);
    pub const NNP: Pos = Pos(12);
    pub const NNPS: Pos = Pos(13);
    pub const NNS: Pos = Pos(14);
    pub const PDT: Pos = Pos(15);
    pub const POS: Pos = Pos(16);
    pub const PRP: Pos = Pos(17);
    pub const PRP_S: Pos = Pos(18);
    pub const RB: Pos = Pos(19);
    pub const RP: Pos = Pos(22);
    pub const TO: Pos = Pos(23);
    pub const VB: Pos = Pos(25);
    pub const VBD: Pos = Pos(26);
    pub const VBG: Pos = Pos(27);
    pub const VBN: Pos = Pos(28);
    pub const VBP: Pos = Pos(29);
    pub const VBZ: Pos = Pos(30);
    pub const WDT: Pos = Pos(31);
    pub const WP: Pos = Pos(32);
    pub const WRB: Pos = Pos(34);
    pub const STOP: Pos = Pos(35);
    pub const COMMA: Pos = Pos(36);
    pub const COLON: Pos = Pos(37);
    pub const QUOTE: Pos = Pos(38);
    pub const LRB: Pos = Pos(39);
    pub const RRB: Pos = Pos(40);
    pub const HYPH: Pos = Pos(41);
    pub const SYM: Pos = Pos(42);

    /// The tag written as in the tables, or `None` for a name no table uses.
    pub fn parse(name: &str) -> Option<Pos> {
        NAMES.iter().position(|n| *n == name).map(|i| Pos(i as u8))
    }

    pub fn as_str(self) -> &'static str {
        NAMES[usize::from(self.0)]
    }

    /// How many tags there are: [`Pos::index`] is below.
    pub const COUNT: usize = NAMES.len();

    /// The tag's place in a table indexed by tag.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// One bit per tag, for sets of tags.
    pub fn bit(self) -> u64 {
        1 << self.0
    }

    pub fn is_noun(self) -> bool {
        matches!(self, Pos::NN | Pos::NNS | Pos::NNP | Pos::NNPS)
    }

    pub fn is_proper(self) -> bool {
        matches!(self, Pos::NNP | Pos::NNPS)
    }

    /// A verb form that makes a clause: a past or present tense, or a modal.
    pub fn is_finite(self) -> bool {
        matches!(self, Pos::VBD | Pos::VBZ | Pos::VBP | Pos::MD)
    }

    pub fn is_verb(self) -> bool {
        (Pos::VB.0..=Pos::VBZ.0).contains(&self.0)
    }

    pub fn is_adjective(self) -> bool {
        matches!(self, Pos::JJ | Pos::JJR | Pos::JJS)
    }
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_constants_match() {
        for name in NAMES {
            assert_eq!(Pos::parse(name).map(Pos::as_str), Some(name));
        }
        let named = [
            (Pos::CC, "CC"),
            (Pos::MD, "MD"),
            (Pos::NNS, "NNS"),
            (Pos::PRP_S, "PRP$"),
            (Pos::RP, "RP"),
            (Pos::VB, "VB"),
            (Pos::VBZ, "VBZ"),
            (Pos::WRB, "WRB"),
            (Pos::STOP, "."),
            (Pos::HYPH, "HYPH"),
            (Pos::SYM, "SYM"),
        ];
        for (pos, name) in named {
            assert_eq!(pos.as_str(), name);
        }
    }
}
