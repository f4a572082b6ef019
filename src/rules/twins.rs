//! Claims that say the same thing in the same words, by the same speaker on the same day:
//! a statement repeated through a corpus, wire copy printed by several outlets, a
//! corpus copied. The rules compare only the first of each class and carry the verdict
//! over to every pair of members, so repetition costs no quadratic work; the findings
//! are the same as comparing every pair.

use crate::model::{Claim, ClaimId};
use rustc_hash::FxHashMap;
use std::hash::{Hash, Hasher};

/// Member pairs of two classes looked at, at most: a text repeated without end must not
/// make a quadratic loop.
pub const VISITS: usize = 100_000;

const ALONE: u32 = u32::MAX;

/// The classes of identical claims.
pub struct Twins {
    /// The first claim of each claim's class, in corpus order.
    first: Vec<ClaimId>,
    /// The members of each class of more than one.
    classes: Vec<Vec<ClaimId>>,
    /// Each claim's class in `classes`, [`ALONE`] for a claim without twins: asked for
    /// every candidate pair, so an index rather than a map.
    class: Vec<u32>,
    /// The document each claim stands in, as an index.
    document: Vec<u32>,
}

/// What the rules and the judge read of a claim, but where it stands. Two claims equal
/// here get the same verdict against any claim, except for the tests of "one document".
struct Said<'a>(&'a Claim);

impl PartialEq for Said<'_> {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0, other.0);
        a.sentence == b.sentence
            && a.speaker == b.speaker
            && a.cue == b.cue
            && a.stance == b.stance
            && a.proposition == b.proposition
            && a.polarity == b.polarity
            && (a.hedged, a.partial, a.narrated, a.reported)
                == (b.hedged, b.partial, b.narrated, b.reported)
            && a.quantity == b.quantity
            && a.day == b.day
            && a.pattern == b.pattern
            && a.open == b.open
            && a.story == b.story
    }
}

impl Eq for Said<'_> {}

impl Hash for Said<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let c = self.0;
        (&c.sentence, &c.speaker, c.polarity, c.day, &c.proposition).hash(state);
    }
}

impl Twins {
    pub fn new(claims: &[Claim]) -> Twins {
        let mut document = Vec::with_capacity(claims.len());
        let mut index = 0u32;
        for (i, c) in claims.iter().enumerate() {
            if i > 0 && (c.document != claims[i - 1].document || c.path != claims[i - 1].path) {
                index += 1;
            }
            document.push(index);
        }
        let mut seen: FxHashMap<Said, ClaimId> = FxHashMap::default();
        let (mut classes, mut class) = (Vec::new(), vec![ALONE; claims.len()]);
        let first = (claims.iter().enumerate())
            .map(|(i, c)| {
                // A refutation points at a claim of its own document: it has no twin.
                if c.refers_to.is_some() {
                    return i;
                }
                let first = *seen.entry(Said(c)).or_insert(i);
                if first != i {
                    if class[first] == ALONE {
                        class[first] = classes.len() as u32;
                        classes.push(vec![first]);
                    }
                    class[i] = class[first];
                    classes[class[first] as usize].push(i);
                }
                first
            })
            .collect();
        Twins {
            first,
            classes,
            class,
            document,
        }
    }

    /// Whether the claim is the first of its class: only those are paired.
    pub fn is_first(&self, i: ClaimId) -> bool {
        self.first[i] == i
    }

    fn members<'a>(&'a self, first: &'a ClaimId) -> &'a [ClaimId] {
        match self.class[*first] {
            ALONE => std::slice::from_ref(first),
            class => &self.classes[class as usize],
        }
    }

    /// Every pair `(earlier, later)` of members of the classes of `a` and `b` that
    /// `holds`. Only whether two claims stand in one document, and in one sentence, can
    /// tell twins apart, so `holds` is asked once for each of those cases and each order;
    /// of two large classes, the first [`VISITS`] pairs are looked at.
    pub fn flagged(
        &self,
        claims: &[Claim],
        a: ClaimId,
        b: ClaimId,
        mut holds: impl FnMut(ClaimId, ClaimId) -> bool,
        mut flag: impl FnMut(ClaimId, ClaimId),
    ) {
        let (ma, mb) = (self.members(&a), self.members(&b));
        if ma.len() == 1 && mb.len() == 1 {
            if holds(a, b) {
                flag(a, b);
            }
            return;
        }
        // By order (a's class first or not) and place: two documents, one, one sentence.
        let mut verdicts: [[Option<bool>; 3]; 2] = [[None; 3]; 2];
        let pairs = ma.iter().flat_map(|&x| mb.iter().map(move |&y| (x, y)));
        for (x, y) in pairs.take(VISITS) {
            let (p, q) = (x.min(y), x.max(y));
            let place = match self.document[x] == self.document[y] {
                false => 0,
                true if claims[x].span != claims[y].span => 1,
                true => 2,
            };
            if *verdicts[usize::from(y < x)][place].get_or_insert_with(|| holds(p, q)) {
                flag(p, q);
            }
        }
    }
}
