//! The arguments of a typed proposition: slot name to value, kept sorted by slot. A
//! claim has one to three and a corpus has hundreds of thousands of claims: a vector of
//! short inline strings takes one small allocation where a tree took a node of eleven
//! entries and two strings per entry.

use compact_str::CompactString;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// Slot name to normalised value (entity id, side id, or number as written), in slot
/// order: compared, ordered and written like the map it stands for.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Args(Vec<(CompactString, CompactString)>);

impl Args {
    pub fn get(&self, slot: &str) -> Option<&str> {
        let at = self.position(slot).ok()?;
        Some(&self.0[at].1)
    }

    /// Sets the slot's value, replacing any value it had.
    pub fn insert(&mut self, slot: &str, value: &str) {
        match self.position(slot) {
            Ok(at) => self.0[at].1 = value.into(),
            Err(at) => self.0.insert(at, (slot.into(), value.into())),
        }
    }

    /// Sets the slot's value unless it has one.
    pub fn insert_absent(&mut self, slot: &str, value: &str) {
        if let Err(at) = self.position(slot) {
            self.0.insert(at, (slot.into(), value.into()));
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn position(&self, slot: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(slot))
    }
}

impl Serialize for Args {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Args {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<String, String>::deserialize(deserializer)?;
        Ok(Args(
            map.iter().map(|(k, v)| (k.into(), v.into())).collect(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::Args;

    #[test]
    fn slots_stay_sorted_and_written_as_a_map() {
        let mut args = Args::default();
        args.insert("theme", "message");
        args.insert("agent", "kremlin");
        args.insert_absent("agent", "kyiv");
        args.insert("place", "pokrovsk");
        args.insert("place", "kupiansk");
        assert_eq!(args.get("agent"), Some("kremlin"));
        assert_eq!(args.get("side"), None);
        let json = serde_json::to_string(&args).unwrap();
        assert_eq!(
            json,
            r#"{"agent":"kremlin","place":"kupiansk","theme":"message"}"#
        );
        assert_eq!(serde_json::from_str::<Args>(&json).unwrap(), args);
    }
}
