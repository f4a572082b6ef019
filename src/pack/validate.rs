//! Checks of what packs know that the YAML shape cannot express: every side, entity and
//! containing place a pack names is defined by some loaded pack, entity ids are unique,
//! and every pattern slot can be filled by something a pack names.

use super::error::{located, located_nth, PackError};
use super::lexicon::Lexicon;
use super::spec::{EntityKind, PackSpec, SlotType};
use std::collections::BTreeSet;

/// `(origin, YAML text, parsed spec)` of one loaded pack.
pub type Loaded = (String, String, PackSpec);

pub fn knowledge(loaded: &[Loaded], lexicon: &Lexicon, errors: &mut Vec<PackError>) {
    let mut ids = BTreeSet::new();
    let kinds: BTreeSet<EntityKind> = lexicon.entities.values().map(|e| e.kind).collect();
    for (origin, text, spec) in loaded {
        // The second definition of an id is the one in error; within one file it is the
        // second place the id is defined.
        let mut here: BTreeSet<&str> = BTreeSet::new();
        let mut errors_dup = Vec::new();
        for e in &spec.entities {
            let again_here = !here.insert(e.id.as_str());
            if !ids.insert(e.id.as_str()) {
                let needle = format!("id: {}", e.id);
                let message = format!("entity `{}` is defined twice", e.id);
                let nth = usize::from(again_here);
                errors_dup.push(located_nth(origin, text, &needle, nth, &message));
            }
        }
        let mut fail =
            |needle: &str, message: String| errors.push(located(origin, text, needle, &message));
        for (id, side) in &spec.sides {
            for other in side
                .opposes
                .iter()
                .filter(|o| !lexicon.sides.contains_key(*o))
            {
                fail(
                    other,
                    format!(
                        "side `{id}` opposes `{other}`, which no loaded pack defines as a side"
                    ),
                );
            }
        }
        for e in &spec.entities {
            if let Some(side) = e
                .side
                .as_deref()
                .filter(|s| !lexicon.sides.contains_key(*s))
            {
                fail(
                    side,
                    format!(
                        "entity `{}` names side `{side}`, which no loaded pack defines",
                        e.id
                    ),
                );
            }
            if let Some(parent) = e
                .part_of
                .as_deref()
                .filter(|p| !lexicon.entities.contains_key(*p))
            {
                fail(parent, format!("entity `{}` is part of `{parent}`, which no loaded pack defines as an entity", e.id));
            }
        }
        for p in &spec.predicates {
            for (slot, types) in &p.args {
                if !types.iter().any(|t| fillable(*t, lexicon, &kinds)) {
                    let names: Vec<String> = types
                        .iter()
                        .map(|t| format!("{t:?}").to_lowercase())
                        .collect();
                    let message = format!(
                        "predicate `{}`: slot `{slot}` accepts {}, but no loaded pack names anything of that kind, so its patterns cannot match",
                        p.id,
                        names.join(", ")
                    );
                    fail(slot, message);
                }
            }
        }
        errors.append(&mut errors_dup);
    }
}

/// Whether some mention can fill a slot of this type.
fn fillable(slot: SlotType, lexicon: &Lexicon, kinds: &BTreeSet<EntityKind>) -> bool {
    let kind = match slot {
        SlotType::Number => return true,
        SlotType::Side | SlotType::Group => return !lexicon.sides.is_empty(),
        SlotType::Person => EntityKind::Person,
        SlotType::Org => EntityKind::Org,
        SlotType::Place => EntityKind::Place,
        SlotType::Facility => EntityKind::Facility,
        SlotType::Event => EntityKind::Event,
    };
    kinds.contains(&kind)
}
