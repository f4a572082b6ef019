//! Whether two figures can both be true. Counts of people or things grow and are
//! rounded, so they get the rule's tolerance; an exact amount in a unit ("310 million
//! dollars", "80 millimetres") or in fractions ("a magnitude of 6.4") is as precise as
//! it is written, and two that differ by more than that precision cannot both hold.

use crate::lexical::nouns;
use crate::model::{Bound, Counted};
use crate::pack::Tolerance;
use crate::rules::compatible;

pub fn differ(p: &Counted, q: &Counted, tolerance: Tolerance) -> bool {
    let exact = |c: &Counted| c.quantity.bound == Bound::Exact && c.quantity.upper.is_none();
    let (x, y) = (p.quantity.value, q.quantity.value);
    // Nothing counted comes in fractions: "measured 5.8" is an amount too.
    let amount = nouns::is_unit(&p.noun) || x.fract() != 0.0 || y.fract() != 0.0;
    if amount && exact(p) && exact(q) {
        return (x - y).abs() > precision(x).max(precision(y)) / 2.0;
    }
    !compatible(p.quantity, q.quantity, tolerance)
}

/// Whether one figure is a whole the other goes beyond ("all 142 passengers", "156
/// passengers"), or both are wholes that differ. A figure below a whole may be a part.
pub fn exceed_a_whole(p: &Counted, q: &Counted, tolerance: Tolerance) -> bool {
    let beyond = |part: &Counted, whole: &Counted| {
        part.quantity.value > whole.quantity.value && differ(part, whole, tolerance)
    };
    match (p.whole, q.whole) {
        (true, true) => differ(p, q, tolerance),
        (true, false) => beyond(q, p),
        (false, true) => beyond(p, q),
        (false, false) => false,
    }
}

/// The place of a figure's last written digit: 10 million for 310 million, 0.1 for 2.4.
fn precision(value: f64) -> f64 {
    if value.fract() != 0.0 {
        let decimals = (1..=3)
            .find(|&d| (value * 10f64.powi(d)).fract().abs() < 1e-6)
            .unwrap_or(3);
        return 10f64.powi(-decimals);
    }
    let mut place = 1.0;
    while value != 0.0 && (value / (place * 10.0)).fract() == 0.0 && place < 1e12 {
        place *= 10.0;
    }
    place
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Quantity;

    fn counted(value: f64, bound: Bound, noun: &str) -> Counted {
        Counted {
            quantity: Quantity {
                value,
                bound,
                upper: None,
            },
            noun: noun.into(),
            measure: None,
            whole: false,
        }
    }

    #[test]
    fn amounts_are_as_precise_as_written_and_counts_get_the_tolerance() {
        let tolerance = Tolerance::Relative(0.1);
        let dollars = |v, b| counted(v, b, "dollar");
        assert!(differ(
            &dollars(310e6, Bound::Exact),
            &dollars(295e6, Bound::Exact),
            tolerance
        ));
        assert!(!differ(
            &dollars(2.4e6, Bound::Exact),
            &dollars(2_400_000.0, Bound::Exact),
            tolerance
        ));
        assert!(!differ(
            &dollars(300e6, Bound::About),
            &dollars(310e6, Bound::Exact),
            tolerance
        ));
        let children = |v| counted(v, Bound::Exact, "child");
        assert!(!differ(&children(14.0), &children(15.0), tolerance));
        assert!(differ(&children(14.0), &children(40.0), tolerance));
        // A reading in fractions is a measurement: 7.1 is not 6.6, though within 10 %.
        let depth = |v| counted(v, Bound::Exact, "depth");
        assert!(differ(&depth(7.1), &depth(6.6), tolerance));
        assert!(!differ(&depth(7.1), &depth(7.0), tolerance));
        assert_eq!(precision(310e6), 1e7);
        assert_eq!(precision(2.4), 0.1);
    }

    #[test]
    fn a_figure_beyond_a_whole_cannot_hold_and_one_below_may_be_a_part() {
        let tolerance = Tolerance::Relative(0.02);
        let passengers = |v, whole| Counted {
            whole,
            ..counted(v, Bound::Exact, "passenger")
        };
        assert!(exceed_a_whole(
            &passengers(142.0, true),
            &passengers(156.0, false),
            tolerance
        ));
        assert!(!exceed_a_whole(
            &passengers(142.0, true),
            &passengers(4.0, false),
            tolerance
        ));
        assert!(exceed_a_whole(
            &passengers(142.0, true),
            &passengers(120.0, true),
            tolerance
        ));
        assert!(!exceed_a_whole(
            &passengers(142.0, false),
            &passengers(156.0, false),
            tolerance
        ));
    }
}
