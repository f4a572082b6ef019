//! Which nouns can name one thing: the same word, a shared WordNet sense, or a sense of
//! one that is a direct hypernym of a sense of the other ("the election" is "the vote").
//! From WordNet 3.0 nouns, first two senses (`data/nouns.tsv`, by `scripts/gen-lexical`).

use crate::tag::tables_rows;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A noun's senses and their hypernyms, as dense ids of the table.
#[derive(Debug, Default)]
struct Meanings {
    own: Vec<u32>,
    parents: Vec<u32>,
}

fn table() -> &'static FxHashMap<&'static str, Meanings> {
    static TABLE: OnceLock<FxHashMap<&'static str, Meanings>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let ids = |field: &str| -> Vec<u32> {
            (field.split(',').filter(|s| !s.is_empty()))
                .map(|s| s.parse().expect("nouns.tsv ids are numbers"))
                .collect()
        };
        tables_rows::<3>(include_str!("data/nouns.tsv"))
            .map(|[noun, own, parents]| {
                let meanings = Meanings {
                    own: ids(own),
                    parents: ids(parents),
                };
                (noun, meanings)
            })
            .collect()
    })
}

/// Whether two noun lemmas can name one thing.
pub fn corefer(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (Some(x), Some(y)) = (table().get(a), table().get(b)) else {
        return false;
    };
    let meets = |p: &[u32], q: &[u32]| p.iter().any(|i| q.contains(i));
    meets(&x.own, &y.own) || meets(&x.own, &y.parents) || meets(&x.parents, &y.own)
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
        assert!(!corefer("nurse", "doctor"));
        assert!(!corefer("revenue", "profit"));
        assert!(!corefer("zzz-unknown", "vote"));
    }

    #[test]
    fn nouns_that_corefer_share_a_pairing_id() {
        let ids: Vec<u32> = pairing_ids("election").collect();
        assert!(pairing_ids("vote").any(|i| ids.contains(&i)));
    }
}
