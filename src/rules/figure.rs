//! How a claim's figure reads in a message: "about 3,000 books", "1,200,000 dollars",
//! "10 to 20 workers", rather than the bare number the judge compares.

use crate::model::{Bound, Claim, Quantity};

/// The claim's figure with its bound and what it counts, or nothing.
pub fn figure(claim: &Claim) -> String {
    let Some(q) = claim.quantity else {
        return String::new();
    };
    let counted = (claim.open.as_deref())
        .and_then(|o| o.quantities.iter().find(|c| c.quantity == q))
        .map(|c| c.noun.as_str())
        .filter(|noun| !noun.is_empty());
    written(q, counted)
}

fn written(q: Quantity, noun: Option<&str>) -> String {
    let mut out = String::from(match q.bound {
        Bound::Exact => "",
        Bound::About => "about ",
        Bound::AtLeast => "at least ",
        Bound::AtMost => "at most ",
    });
    out.push_str(&number(q.value));
    if let Some(upper) = q.upper {
        out.push_str(" to ");
        out.push_str(&number(upper));
    }
    if let Some(noun) = noun {
        out.push(' ');
        out.push_str(&plural(noun, q.upper.unwrap_or(q.value)));
    }
    out
}

/// Digits in groups of three, and up to three decimals: "1,200,000", "4.5".
fn number(value: f64) -> String {
    let digits = format!("{:.0}", value.abs().trunc());
    let mut out = String::from(if value < 0.0 { "-" } else { "" });
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    let fraction = format!("{:.3}", value.abs().fract());
    let fraction = fraction.trim_start_matches('0').trim_end_matches('0');
    if fraction.len() > 1 {
        out.push_str(fraction);
    }
    out
}

/// Nouns that stay as they are after a number above one.
const UNCOUNTED: &[&str] = &[
    "percent",
    "%",
    "people",
    "staff",
    "police",
    "personnel",
    "cattle",
    "sheep",
    "fish",
    "deer",
];

/// The counted noun as it reads after `value`: "dollar per year" → "dollars per year".
fn plural(noun: &str, value: f64) -> String {
    let (head, rest) = noun.split_once(' ').unwrap_or((noun, ""));
    let head = if value == 1.0 || head.ends_with('s') || UNCOUNTED.contains(&head) {
        head.to_string()
    } else {
        match head {
            "person" => "people".to_string(),
            "child" => "children".to_string(),
            "man" => "men".to_string(),
            "woman" => "women".to_string(),
            "foot" => "feet".to_string(),
            _ if head.ends_with('y') && !head.ends_with("ay") && !head.ends_with("ey") => {
                format!("{}ies", &head[..head.len() - 1])
            }
            _ if ["ch", "sh", "x", "z"].iter().any(|e| head.ends_with(e)) => format!("{head}es"),
            _ => format!("{head}s"),
        }
    };
    if rest.is_empty() {
        head
    } else {
        format!("{head} {rest}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, bound: Bound, upper: Option<f64>) -> Quantity {
        Quantity {
            value,
            bound,
            upper,
        }
    }

    #[test]
    fn figures_read_as_written() {
        assert_eq!(
            written(q(1_200_000.0, Bound::Exact, None), Some("dollar")),
            "1,200,000 dollars"
        );
        assert_eq!(
            written(q(3000.0, Bound::About, None), Some("book")),
            "about 3,000 books"
        );
        assert_eq!(
            written(q(4.5, Bound::Exact, None), Some("percent")),
            "4.5 percent"
        );
        assert_eq!(
            written(q(1.0, Bound::AtLeast, None), Some("casualty")),
            "at least 1 casualty"
        );
        assert_eq!(
            written(q(10.0, Bound::Exact, Some(20.0)), Some("injury")),
            "10 to 20 injuries"
        );
        assert_eq!(
            written(q(11380.0, Bound::Exact, None), Some("dollar per year")),
            "11,380 dollars per year"
        );
        assert_eq!(written(q(12.0, Bound::Exact, None), None), "12");
        assert_eq!(
            written(q(999.0, Bound::AtMost, None), Some("person")),
            "at most 999 people"
        );
    }
}
