//! What a conflict is about, and the two positions taken on it: the parts of a dispute's
//! key, read from the two claims' propositions.

use crate::model::{Claim, Polarity};
use crate::pack::Pack;

/// The proposition both claims of a conflict speak of: the predicate (or both, when an
/// antonym rule paired two), and the arguments they agree on. Where one argument names
/// a place inside the other's ("Azovstal", "Mariupol"), the larger one is the topic's.
pub struct Topic {
    pub text: String,
    /// Argument slots that belong to the topic; the others are what the positions say.
    agreed: Vec<String>,
    /// Both claims have one predicate: the positions need not name it.
    one_predicate: bool,
}

impl Topic {
    pub fn of(a: &Claim, b: &Claim, pack: &Pack) -> Topic {
        let (x, y) = (&a.proposition, &b.proposition);
        let one_predicate = x.predicate == y.predicate;
        let predicate = if one_predicate {
            x.predicate.clone()
        } else {
            let mut both = [x.predicate.as_str(), y.predicate.as_str()];
            both.sort_unstable();
            both.join(" | ")
        };
        let mut agreed = Vec::new();
        let mut args = Vec::new();
        for (slot, value) in x.args.iter() {
            let Some(other) = y.args.get(slot) else {
                continue;
            };
            let shared = if value == other {
                Some(value)
            } else {
                enclosing(value, other, pack)
            };
            if let Some(shared) = shared {
                agreed.push(slot.to_string());
                args.push(format!("{slot}={shared}"));
            }
        }
        Topic {
            text: format!("{predicate}({})", args.join(", ")),
            agreed,
            one_predicate,
        }
    }

    /// What `claim` says of the topic: its polarity, the arguments the other claim
    /// gives otherwise ("agent=russia") and its figure ("30 patient"), or "yes" / "no".
    pub fn position(&self, claim: &Claim) -> String {
        let mut rest: Vec<String> = (claim.proposition.args.iter())
            .filter(|(slot, _)| !self.agreed.iter().any(|s| s == slot))
            .map(|(slot, value)| format!("{slot}={value}"))
            .collect();
        rest.extend(figure(claim));
        let what = match (self.one_predicate, rest.is_empty()) {
            (true, true) => String::new(),
            (true, false) => rest.join(", "),
            (false, _) => format!("{}({})", claim.proposition.predicate, rest.join(", ")),
        };
        match (claim.polarity, what.is_empty()) {
            (Polarity::Positive, true) => "yes".to_string(),
            (Polarity::Negative, true) => "no".to_string(),
            (Polarity::Positive, false) => what,
            (Polarity::Negative, false) => format!("not {what}"),
        }
    }
}

/// The figure a claim states, with what it counts when the clause says, unless one of
/// its arguments is that figure already ("count=14").
fn figure(claim: &Claim) -> Option<String> {
    let value = claim.quantity?;
    let written = value.value.to_string();
    if claim.proposition.args.iter().any(|(_, v)| v == written) {
        return None;
    }
    let counted = (claim.open.iter().flat_map(|o| o.quantities.iter()))
        .find(|q| q.quantity == value)
        .map(|q| format!(" ({})", q.noun))
        .unwrap_or_default();
    Some(format!("{written}{counted}"))
}

/// Of two entities, the one that contains the other, if either does.
fn enclosing<'a>(a: &'a str, b: &'a str, pack: &'a Pack) -> Option<&'a str> {
    if pack.lexicon.ancestors(a).contains(&b) {
        Some(b)
    } else if pack.lexicon.ancestors(b).contains(&a) {
        Some(a)
    } else {
        None
    }
}

/// Who holds a position: the side, when the packs know it, else the speaker.
pub fn holder(claim: &Claim) -> &str {
    claim.speaker.side.as_deref().unwrap_or(claim.speaker.key())
}
