//! Which nouns can name one thing: the same word, a shared WordNet sense, or a sense of
//! one that is a direct hypernym of a sense of the other ("the election" is "the vote").
//! From WordNet 3.0 nouns, first three senses (`data/nouns.tsv`, by `scripts/gen-lexical`),
//! with the lexicographer files of the first two: what kind of thing a noun names.

use crate::tag::tables_rows;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A noun's senses and their hypernyms, as dense ids of the table.
#[derive(Debug, Default)]
struct Meanings {
    own: Vec<u32>,
    parents: Vec<u32>,
    files: &'static str,
    /// A sense is a time: asked of every word of every clause, so decided once.
    time: bool,
}

/// How closely two nouns name one thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tie {
    /// The same word, or a shared sense.
    Same,
    /// A sense of one is the other's direct hypernym.
    Kind,
}

fn table() -> &'static FxHashMap<&'static str, Meanings> {
    static TABLE: OnceLock<FxHashMap<&'static str, Meanings>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let ids = |field: &str| -> Vec<u32> {
            (field.split(',').filter(|s| !s.is_empty()))
                .map(|s| s.parse().expect("nouns.tsv ids are numbers"))
                .collect()
        };
        tables_rows::<4>(include_str!("data/nouns.tsv"))
            .map(|[noun, own, parents, files]| {
                let meanings = Meanings {
                    own: ids(own),
                    parents: ids(parents),
                    files,
                    time: files.split(',').any(|f| f == "time"),
                };
                (noun, meanings)
            })
            .collect()
    })
}

/// Whether two noun lemmas can name one thing, and how closely.
pub fn tie(a: &str, b: &str) -> Option<Tie> {
    if a == b {
        return Some(Tie::Same);
    }
    let (x, y) = (table().get(a)?, table().get(b)?);
    let meets = |p: &[u32], q: &[u32]| p.iter().any(|i| q.contains(i));
    if meets(&x.own, &y.own) {
        Some(Tie::Same)
    } else if meets(&x.own, &y.parents) || meets(&x.parents, &y.own) {
        Some(Tie::Kind)
    } else {
        None
    }
}

pub fn corefer(a: &str, b: &str) -> bool {
    tie(a, b).is_some()
}

/// Whether a common noun can stand for a proper name: a person, group, place, thing or
/// event ("the manager" for "Dorsey"), not an act or a state ("the candidacy"). Words
/// WordNet lacks may.
pub fn can_name(noun: &str) -> bool {
    const NAMED: &[&str] = &["person", "group", "location", "artifact", "object", "event"];
    table()
        .get(noun)
        .is_none_or(|m| files(m).any(|f| NAMED.contains(&f)))
}

/// The lexicographer files of a noun's senses, first sense first.
fn files(m: &Meanings) -> impl Iterator<Item = &'static str> {
    m.files.split(',')
}

/// Whether WordNet has the noun at all.
pub fn known(noun: &str) -> bool {
    table().contains_key(noun)
}

/// Whether a sense of the noun is a person: "manager", "nurse".
pub fn is_person(noun: &str) -> bool {
    table()
        .get(noun)
        .is_some_and(|m| files(m).any(|f| f == "person"))
}

/// Whether the noun's first sense is a unit of measure: "dollar", "millimetre", "tonne".
pub fn is_unit(noun: &str) -> bool {
    table()
        .get(noun)
        .is_some_and(|m| files(m).next() == Some("quantity"))
}

/// Whether a sense of the noun is a time: "month", "December", "spring".
pub fn is_time(noun: &str) -> bool {
    table().get(noun).is_some_and(|m| m.time)
}

/// Ids under which a noun is indexed for pairing: two nouns that [`corefer`] share one.
pub fn pairing_ids(noun: &str) -> impl Iterator<Item = u32> + '_ {
    let meanings = table().get(noun);
    meanings
        .into_iter()
        .flat_map(|m| m.own.iter().chain(&m.parents).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_names_its_instance_and_siblings_stay_apart() {
        assert!(corefer("election", "vote"));
        assert!(corefer("vote", "election"));
        assert!(corefer("bakery", "shop"));
        assert!(corefer("ward", "ward"));
        // A third sense still ties: a post is a job.
        assert!(corefer("job", "post"));
        assert!(!corefer("nurse", "doctor"));
        assert!(!corefer("revenue", "profit"));
        assert!(!corefer("zzz-unknown", "vote"));
        assert_eq!(tie("election", "vote"), Some(Tie::Kind));
        assert_eq!(tie("ballot", "vote"), Some(Tie::Same));
    }

    #[test]
    fn kinds_of_things() {
        assert!(can_name("manager") && can_name("hospital") && can_name("zzz-unknown"));
        assert!(!can_name("candidacy") && !can_name("experience"));
        assert!(is_time("month") && is_time("december") && !is_time("revenue"));
    }

    #[test]
    fn nouns_that_corefer_share_a_pairing_id() {
        let ids: Vec<u32> = pairing_ids("election").collect();
        assert!(pairing_ids("vote").any(|i| ids.contains(&i)));
    }
}
