//! Which pairs of claims a rule compares: claims that share one of its pairing keys (the
//! predicate and the join arguments), never all pairs, with hot keys collapsed; and which
//! keys belong to one part of the work when it is split into buckets.

use super::twins::Twins;
use super::HotKeys;
use crate::lexical::nouns;
use crate::model::{referenced, Argument, Claim, ClaimId, OpenProposition, Tense, Voice};
use crate::pack::spec::RuleKind;
use crate::pack::{CompiledRule, Pack};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Claims on one key beyond which identical claims are collapsed before pairing.
pub const HOT_KEY: usize = 1_000;

/// Claims one task makes keys for: enough to outweigh handing out the task.
const CLAIMS_PER_TASK: usize = 2048;

/// A share of the pairing keys: those whose bucket is `index` of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub index: u32,
    pub count: u32,
}

impl Part {
    /// Every key: the work of one process.
    pub const WHOLE: Part = Part { index: 0, count: 1 };

    pub fn owns(self, rule: &str, key: &[String]) -> bool {
        // One bucket holds every key: no need to hash them.
        if self.count <= 1 {
            return self.index == 0;
        }
        bucket(rule, key, self.count) == self.index
    }
}

/// The bucket of a rule's pairing key among `count`: FNV-1a (64 bit) over the rule id
/// and each key value, every one followed by the byte 0x1F, modulo `count`. Written out
/// rather than taken from a hasher, so that it never changes between builds, versions or
/// machines: claims bucketed by one run can be checked by another.
pub fn bucket(rule: &str, key: &[String], count: u32) -> u32 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let parts = std::iter::once(rule).chain(key.iter().map(String::as_str));
    let bytes = parts.flat_map(|p| p.bytes().chain(std::iter::once(0x1f)));
    let hash = bytes.fold(OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    (hash % u64::from(count.max(1))) as u32
}

/// What an open rule's keys are made of, its `same` arguments, and its kind where the
/// kind changes the keys (figures pair by what they measure too, `semantic` rules by
/// states rather than predicate), and whether by story (`figures: totals`): rules with
/// the same compare the same pairs.
pub type OpenKey = (Vec<String>, Option<RuleKind>, bool);

/// The key signature of a rule on open propositions, `None` for other rules.
pub fn open_key(rule: &CompiledRule) -> Option<OpenKey> {
    (rule.open).then(|| {
        let keyed_by_kind = matches!(rule.kind, RuleKind::Numeric | RuleKind::Semantic);
        (
            rule.same.clone(),
            keyed_by_kind.then_some(rule.kind),
            rule.totals,
        )
    })
}

/// The pairs a rule compares within a part of the keys.
#[derive(Debug, Default)]
pub struct Candidates {
    /// Each pair `(earlier, later)` once, sorted.
    pub pairs: Vec<(ClaimId, ClaimId)>,
    /// Pairs counted once per key they share, so that parts add up to the whole.
    pub compared: usize,
    pub hot_keys: Option<HotKeys>,
}

/// The pairs `rule` compares among `claims`, on the keys that `part` owns.
/// Of identical claims only the first is paired: `twins` stands for the rest.
pub fn candidates(
    claims: &[Claim],
    twins: &Twins,
    rule: &CompiledRule,
    pack: &Pack,
    part: Part,
) -> Candidates {
    let mut found = Candidates::default();
    // Pairs packed in one number each sort much faster than as tuples.
    assert!(
        u32::try_from(claims.len()).is_ok(),
        "more claims than pairs can number"
    );
    let mut pairs: Vec<u64> = Vec::new();
    for (key, mut group) in keyed(claims, twins, rule, pack) {
        if !part.owns(&rule.id, &key) {
            continue;
        }
        if rule.kind == RuleKind::Refutation {
            // Each refuting claim pairs with the claim it refers to, which shares its key.
            let refuted = group
                .iter()
                .filter_map(|&b| referenced(claims, b).map(|a| (a, b)));
            let before = pairs.len();
            pairs.extend(refuted.map(pack_pair));
            found.compared += pairs.len() - before;
            continue;
        }
        if rule.kind == RuleKind::Semantic && key[0] == crate::semantic::DISCREDIT_KEY {
            // Only what calls a thing fake pairs with what rests on it: few claims, so
            // never collapsed, which could drop them among their speakers' others.
            let (calls, rest): (Vec<ClaimId>, Vec<ClaimId>) = group
                .iter()
                .partition(|&&i| crate::semantic::discredits(&claims[i]));
            found.compared += calls.len() * rest.len();
            for &a in &calls {
                pairs.extend(rest.iter().map(|&b| pack_pair((a.min(b), a.max(b)))));
            }
            continue;
        }
        if group.len() > HOT_KEY {
            let hot = found.hot_keys.get_or_insert_default();
            hot.keys += 1;
            hot.claims += group.len();
            hot.capped += usize::from(collapse(&mut group, claims));
            hot.kept += group.len();
        }
        found.compared += group.len() * group.len().saturating_sub(1) / 2;
        for (n, &a) in group.iter().enumerate() {
            pairs.extend(
                group[n + 1..]
                    .iter()
                    .map(|&b| pack_pair((a.min(b), a.max(b)))),
            );
        }
    }
    // A pair may share several keys (nested arguments); a sort beats a tree of pairs.
    pairs.sort_unstable();
    pairs.dedup();
    found.pairs = pairs.into_iter().map(unpack_pair).collect();
    found
}

/// Two claim ids in one number that sorts as the pair does: the first in the high half.
fn pack_pair((a, b): (ClaimId, ClaimId)) -> u64 {
    ((a as u64) << 32) | b as u64
}

fn unpack_pair(pair: u64) -> (ClaimId, ClaimId) {
    (
        (pair >> 32) as ClaimId,
        (pair & u64::from(u32::MAX)) as ClaimId,
    )
}

/// The claims of each pairing key of `rule`, in corpus order. A refutation rule keys each
/// refuting claim by its proposition, which it shares with the claim it refers to.
fn keyed(
    claims: &[Claim],
    twins: &Twins,
    rule: &CompiledRule,
    pack: &Pack,
) -> FxHashMap<Vec<String>, Vec<ClaimId>> {
    let wanted = |i: ClaimId, claim: &Claim| {
        (rule.kind != RuleKind::Refutation || claim.refers_to.is_some()) && twins.is_first(i)
    };
    // Keys are made on every thread, a share of the claims each, and gathered in
    // corpus order.
    let shares: Vec<Vec<(Vec<String>, ClaimId)>> = (claims.par_chunks(CLAIMS_PER_TASK))
        .enumerate()
        .map(|(n, share)| {
            let ids = n * CLAIMS_PER_TASK..;
            (ids.zip(share))
                .filter(|&(i, claim)| wanted(i, claim))
                .flat_map(|(i, claim)| {
                    claim_keys(claim, rule, pack)
                        .into_iter()
                        .map(move |k| (k, i))
                })
                .collect()
        })
        .collect();
    // In any order: the pairs are sorted once gathered, and the counts are sums.
    let mut index: FxHashMap<Vec<String>, Vec<ClaimId>> = FxHashMap::default();
    for (key, i) in shares.into_iter().flatten() {
        index.entry(key).or_default().push(i);
    }
    index
}

/// The keys under which `claim` is paired by `rule`: every part of the work that must
/// see it.
pub fn claim_keys(claim: &Claim, rule: &CompiledRule, pack: &Pack) -> Vec<Vec<String>> {
    if rule.open {
        return open_keys(claim, rule, pack);
    }
    // Rules without a predicate pair the packs' typed propositions; a refutation takes
    // over whatever its target says.
    if claim.open.is_some() && rule.kind != RuleKind::Refutation {
        return Vec::new();
    }
    let wanted = rule
        .predicate
        .as_ref()
        .is_none_or(|p| *p == claim.proposition.predicate);
    match (wanted, rule.kind, &rule.predicate) {
        (false, _, _) => Vec::new(),
        (true, RuleKind::Refutation, _) | (true, _, None) => {
            vec![vec![claim.proposition.to_string()]]
        }
        (true, _, Some(_)) => keys(claim, rule, pack),
    }
}

/// The keys of an open proposition: the sense class of its predicate with each thing
/// it is about, so that claims pair when they share one (the judge decides whether they
/// share enough): the theme's head and, when it is a common noun, its WordNet senses
/// ("the election" and "the vote" pair); the agent; what its figures count. Then the
/// rule's `same` arguments.
fn open_keys(claim: &Claim, rule: &CompiledRule, pack: &Pack) -> Vec<Vec<String>> {
    // "there is no need", "there are problems": that a thing exists says too little to
    // pair on; the event it names ("there were no injuries") is a clause of its own.
    let pairs =
        |o: &OpenProposition| !crate::lexical::is_framing(&o.predicate) && o.predicate != "exist";
    let Some(open) = claim.open.as_deref().filter(|o| pairs(o)) else {
        return Vec::new();
    };
    let mut same = Vec::with_capacity(rule.same.len());
    for name in &rule.same {
        match claim.proposition.args.get(name) {
            Some(value) => same.push(value.to_string()),
            None => return Vec::new(),
        }
    }
    if rule.totals {
        return story_keys(claim, open, &same);
    }
    let anchors = anchors(open);
    if rule.kind == RuleKind::Semantic {
        let keys = crate::semantic::keys(claim, open, &anchors, pack);
        return keys
            .into_iter()
            .map(|k| [k, same.clone()].concat())
            .collect();
    }
    let class = pack.senses.of(&open.predicate).class;
    let mut keys: Vec<Vec<String>> = (anchors.into_iter())
        .map(|anchor| [&[class.to_string(), anchor][..], &same].concat())
        .collect();
    // "The storm brought 80 millimetres of rain", "120 millimetres of rain fell": an
    // amount of one thing pairs whatever the verb.
    if rule.kind == RuleKind::Numeric {
        let mut measures: Vec<&str> = (open.quantities.iter())
            .filter_map(|q| q.measure.as_deref())
            .collect();
        measures.sort_unstable();
        measures.dedup();
        keys.extend(
            (measures.into_iter())
                .map(|m| [&["*".to_string(), format!("~{m}")][..], &same].concat()),
        );
        // "1,840 students are enrolled", "the site teaches some 2,600 students": two
        // reports of one story count one thing whatever the verb. A share or a unit
        // ("60 percent", "9 percent") counts nothing: what it measures is in the verb.
        if let Some(q) = claim
            .quantity
            .and_then(|v| open.quantities.iter().find(|q| q.quantity == v))
            .filter(|q| q.noun != "percent" && !nouns::is_unit(&q.noun))
        {
            keys.push([&["*".to_string(), format!("={}", q.noun)][..], &same].concat());
        }
    }
    keys
}

/// What an open proposition is about, as claims pair by it: the theme's head and, when
/// it is a common noun, its WordNet senses ("the election" and "the vote" pair); the
/// agent; what its figures count.
fn anchors(open: &OpenProposition) -> Vec<String> {
    let mut anchors: Vec<String> = Vec::new();
    if let Some(theme) = &open.theme {
        anchors.push(theme.pair_head().to_string());
        // "the Line 4 tram" and "Line 4": a name that ends in a number pairs by it too.
        let numbered = (theme.entity.iter().flat_map(|e| e.split(' ')))
            .find(|w| w.bytes().all(|b| b.is_ascii_digit()));
        anchors.extend(numbered.map(str::to_string));
        if theme.entity.is_none() {
            anchors.extend(nouns::pairing_ids(&theme.head).map(|i| format!("#{i}")));
        }
        if about_people(open, theme) {
            anchors.push("*person".to_string());
        }
    }
    if let Some(agent) = &open.agent {
        anchors.push(format!("@{}", agent.pair_head()));
    }
    anchors.extend(open.quantities.iter().map(|q| format!("={}", q.noun)));
    anchors.sort_unstable();
    anchors.dedup();
    anchors
}

/// Words that introduce or count people: "a man", "two passengers".
const SOMEONE: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "several", "dozens", "hundreds",
];

/// "Nobody died" denies it of "a man" and of "three passengers": a past or passive claim
/// about nobody, and one about a person counted or introduced, share an anchor. ("There
/// is no fighting" speaks of a state of things, not of people.)
fn about_people(open: &OpenProposition, theme: &Argument) -> bool {
    let told = open.tense != Tense::Present || open.voice == Voice::Passive;
    if matches!(theme.head.as_str(), "nobody" | "none" | "no one") {
        return told;
    }
    let first = theme.text.split_whitespace().next().unwrap_or_default();
    // "the tenants", "the lodgers at Brindle House": every one of a group told of before.
    let plural = |w: &str| w.len() > theme.head.len() && w.starts_with(theme.head.as_str());
    let group = first.eq_ignore_ascii_case("the") && theme.text.split_whitespace().any(plural);
    let someone = first.starts_with(|c: char| c.is_ascii_digit())
        || SOMEONE.iter().any(|w| w.eq_ignore_ascii_case(first))
        || group;
    someone && theme.entity.is_none() && nouns::is_person(&theme.head)
}

/// "All 142 passengers", "156 passengers": the figure a claim states keyed by what it
/// counts and by each story word of its document, and by the document itself.
fn story_keys(claim: &Claim, open: &OpenProposition, same: &[String]) -> Vec<Vec<String>> {
    let Some(counted) =
        (claim.quantity).and_then(|value| open.quantities.iter().find(|q| q.quantity == value))
    else {
        return Vec::new();
    };
    let noun = format!("={}", counted.noun);
    let stories = (claim.story.iter().map(|w| format!("story {w}"))).chain(std::iter::once(
        format!("in {} {}", claim.path, claim.document),
    ));
    stories
        .map(|story| [&["#".to_string(), noun.clone(), story][..], same].concat())
        .collect()
}

/// A key with very many claims (one proposition repeated through a corpus) would make a
/// quadratic loop: claims that agree in speaker, side, polarity and day are kept once.
/// Conflicts between the kept claims stand for the rest. The group stays in order.
/// Returns whether distinct claims had to be dropped as well.
fn collapse(group: &mut Vec<ClaimId>, claims: &[Claim]) -> bool {
    let mut seen = FxHashSet::default();
    group.retain(|&i| {
        let c = &claims[i];
        seen.insert((
            c.speaker.key(),
            c.speaker.side.as_deref(),
            c.polarity,
            c.day,
        ))
    });
    let capped = group.len() > HOT_KEY;
    if capped {
        cap(group, claims);
    }
    capped
}

/// Keeps [`HOT_KEY`] of the group's claims, taking them in turn from each (side,
/// polarity), so that a lone dissenting claim is never the one dropped; within each,
/// the first of the corpus order. The group stays in order.
fn cap(group: &mut Vec<ClaimId>, claims: &[Claim]) {
    let mut sides: BTreeMap<_, Vec<ClaimId>> = BTreeMap::new();
    for &i in group.iter() {
        let c = &claims[i];
        sides
            .entry((c.speaker.side.as_deref(), c.polarity))
            .or_default()
            .push(i);
    }
    let mut kept = Vec::with_capacity(HOT_KEY);
    for round in 0.. {
        for members in sides.values() {
            if kept.len() == HOT_KEY {
                kept.sort_unstable();
                *group = kept;
                return;
            }
            kept.extend(members.get(round));
        }
    }
}

/// The pairing keys of a claim: its `same` values, and each containing entity of its
/// `nested` values. No key when a join argument is missing.
fn keys(claim: &Claim, rule: &CompiledRule, pack: &Pack) -> Vec<Vec<String>> {
    let args = &claim.proposition.args;
    let mut keys: Vec<Vec<String>> = vec![Vec::new()];
    for name in &rule.same {
        let Some(value) = args.get(name) else {
            return Vec::new();
        };
        keys.iter_mut().for_each(|k| k.push(value.to_string()));
    }
    for name in &rule.nested {
        let Some(value) = args.get(name) else {
            return Vec::new();
        };
        let chain = pack.lexicon.ancestors(value);
        keys = keys
            .into_iter()
            .flat_map(|k| {
                chain
                    .iter()
                    .map(move |v| [k.as_slice(), &[v.to_string()]].concat())
            })
            .collect();
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    /// The documented hash, computed by hand elsewhere: a change here breaks every
    /// bucketed claim file already written.
    #[test]
    fn buckets_follow_the_documented_hash() {
        assert_eq!(bucket("control-disputed", &key(&["pokrovsk"]), 256), 78);
        assert_eq!(bucket("r", &[], 16), 14);
        assert_eq!(bucket("a", &key(&["b"]), u32::MAX), 420_343_245);
        assert_eq!(bucket("", &key(&[""]), 7), 0);
    }

    #[test]
    fn one_bucket_owns_every_key() {
        assert!(Part::WHOLE.owns("any", &key(&["thing"])));
        let owners = (0..5).filter(|&index| Part { index, count: 5 }.owns("r", &key(&["k"])));
        assert_eq!(owners.count(), 1);
    }
}
