//! Numbers in a clause with what they count: digits and number words ("12", "1.5
//! million", "a dozen", "thirty"), the words that bound them ("about", "more than",
//! "between 10 and 20"), and the counted noun or unit ("patients", "percent", "$").

use crate::model::{Bound, Counted, Quantity, Text};
use crate::pack::lexicon::parse_number;
use crate::tag::{Pos, Tagged};
use std::ops::Range;

const UNITS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
    ("hundred", 100.0),
    ("thousand", 1_000.0),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1_000.0),
    ("million", 1_000_000.0),
    ("billion", 1_000_000_000.0),
    ("trillion", 1_000_000_000_000.0),
];

/// The number a word or digits name below a thousand: "eight", "12".
pub fn small_number(word: &str) -> Option<f64> {
    let digits = word.parse::<f64>().ok().filter(|v| *v < 1000.0);
    digits.or_else(|| (UNITS.iter()).find_map(|&(w, v)| (w == word && v < 1000.0).then_some(v)))
}

/// Whether a word names a number: "twelve", "Forty", "million".
pub fn is_number_word(word: &str) -> bool {
    let known = |table: &[(&str, f64)]| table.iter().any(|(w, _)| w.eq_ignore_ascii_case(word));
    known(UNITS) || known(SCALES)
}

fn scale(word: &str) -> Option<f64> {
    SCALES.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

/// The number that starts at `i`, and where it ends: "1.5 million", "forty".
fn number_at(lower: &[&str], i: usize, end: usize) -> Option<(f64, usize)> {
    let word = lower[i];
    let mut value = if word.starts_with(|c: char| c.is_ascii_digit()) {
        parse_number(word)?
    } else {
        UNITS.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)?
    };
    let mut next = i + 1;
    while next < end {
        match scale(lower[next]) {
            Some(s) => value *= s,
            None => break,
        }
        next += 1;
    }
    Some((value, next))
}

/// Where the mark of a time of day after a number ends: "a.m.", "pm", "o'clock".
fn clock_after(lower: &[&str], at: usize, end: usize) -> Option<usize> {
    let word = |i: usize| (i < end).then(|| lower[i]);
    match (word(at), word(at + 1), word(at + 2)) {
        (Some("a" | "p"), Some("."), Some("m")) => Some((at + 4).min(end)),
        (Some("am" | "pm" | "a.m." | "p.m." | "o'clock" | "gmt" | "bst" | "utc"), _, _) => {
            Some(at + 1)
        }
        _ => None,
    }
}

fn bound_before(lower: &[&str], floor: usize, at: usize) -> Bound {
    let word = |back: usize| {
        at.checked_sub(back)
            .filter(|&i| i >= floor)
            .map_or("", |i| lower[i])
    };
    match (word(2), word(1)) {
        ("more" | "greater", "than") | ("at", "least") | (_, "over" | "exceeding") => {
            Bound::AtLeast
        }
        ("less" | "fewer", "than") | ("up", "to") | ("at", "most") | (_, "under") => Bound::AtMost,
        (
            _,
            "about" | "around" | "roughly" | "approximately" | "some" | "estimated" | "nearly"
            | "almost" | "dozens" | "hundreds",
        ) => Bound::About,
        _ => Bound::Exact,
    }
}

/// Every counted number of `range`, skipping the tokens in `taken` (dates).
pub fn quantities(
    lower: &[&str],
    tags: &[Tagged],
    range: Range<usize>,
    taken: &[Range<usize>],
) -> Vec<(Range<usize>, Counted)> {
    let mut found = Vec::new();
    let mut i = range.start;
    while i < range.end {
        // "Line 4": a number that ends a name counts nothing.
        let free = !taken.iter().any(|t| t.contains(&i)) && tags[i].pos != Pos::NNP;
        // "one of 167 children": a share, not a count.
        let share = lower[i] == "one" && lower.get(i + 1) == Some(&"of");
        let Some((value, mut end)) = number_at(lower, i, range.end).filter(|_| free && !share)
        else {
            i += 1;
            continue;
        };
        // "at 6 a.m.", "by 9pm": a time of day counts nothing, nor does a score: "won
        // 2-1", "a 0-0 draw" (a range rises: "10-20").
        if let Some(clock) = clock_after(lower, end, range.end) {
            i = clock;
            continue;
        }
        if end + 1 < range.end && lower[end] == "-" {
            if let Some((second, after)) = number_at(lower, end + 1, range.end) {
                if second <= value && value < 100.0 {
                    i = after;
                    continue;
                }
            }
        }
        let start = if i > range.start && lower[i - 1] == "$" {
            i - 1
        } else {
            i
        };
        let mut bound = bound_before(lower, range.start, start);
        let mut upper = None;
        // "between 10 and 20", "10 to 20", "10-20".
        if end + 1 < range.end && matches!(lower[end], "to" | "and" | "-") {
            if let Some((top, top_end)) = number_at(lower, end + 1, range.end) {
                let between = lower[end] != "and" || (start > 0 && lower[start - 1] == "between");
                if between && top > value {
                    upper = Some(top);
                    bound = Bound::Exact;
                    end = top_end;
                }
            }
        }
        let mut noun = counted(lower, tags, start, end, range.end);
        // "$1 billion per day", "40 trains an hour": a rate, not an amount.
        if let Some(unit) = rate(lower, end, range.end) {
            noun = format!("{noun} per {unit}");
        }
        let measure = measure(lower, tags, range.start, start, end, range.end);
        let after = &lower[end..range.end.min(end + 5)];
        let whole = (start > 0 && lower[start - 1] == "all")
            || (start > 1 && lower[start - 2..start] == ["total", "of"])
            || after.contains(&"aboard")
            || after.windows(2).any(|w| w == ["on", "board"]);
        found.push((
            start..end,
            Counted {
                quantity: Quantity {
                    value,
                    bound,
                    upper,
                },
                noun: noun.into(),
                measure: measure.map(Text::from),
                whole,
            },
        ));
        i = end;
    }
    found
}

/// The unit of time of a rate after a figure: "per day", "an hour", "each week".
fn rate<'a>(lower: &[&'a str], end: usize, limit: usize) -> Option<&'a str> {
    let window = &lower[end..limit.min(end + 5)];
    window.windows(2).find_map(|w| match (w[0], w[1]) {
        ("per" | "a" | "an" | "each" | "every", unit)
            if matches!(
                unit,
                "second" | "minute" | "hour" | "day" | "week" | "month" | "year"
            ) =>
        {
            Some(unit)
        }
        _ => None,
    })
}

/// What a number counts: a currency sign before it, or the first noun after it.
fn counted(lower: &[&str], tags: &[Tagged], start: usize, end: usize, limit: usize) -> String {
    if lower[start] == "$" {
        return "dollar".into();
    }
    // "1,400 of its members": a share counts the noun after "of" ("300 of the 900 staff"
    // is a part of a whole, and left as it was).
    let mut end = end;
    if end + 1 < limit && lower[end] == "of" {
        let mut at = end + 1;
        while at + 1 < limit && matches!(tags[at].pos, Pos::DT | Pos::PRP_S) {
            at += 1;
        }
        if tags[at].pos.is_noun() {
            end = at;
        }
    }
    // "60 government soldiers": the last noun of the run is what is counted. A plural
    // ends it, and "last" or "next" opens a time: "19 goals last season".
    let run = (end..limit.min(end + 4)).take_while(|&j| {
        let plural_before = j > end && matches!(tags[j - 1].pos, Pos::NNS | Pos::NNPS);
        let word = tags[j].pos.is_noun() || tags[j].pos.is_adjective() || lower[j] == "-";
        word && !plural_before && !matches!(lower[j], "last" | "next" | "this" | "every")
    });
    let noun = run.filter(|&j| tags[j].pos.is_noun()).last();
    match noun {
        Some(j) if lower[j] == "%" || lower[j] == "per" => "percent".into(),
        Some(j) => tags[j].lemma.to_string(),
        None if end < limit && lower[end] == "%" => "percent".into(),
        None => String::new(),
    }
}

/// What the amount at `start..end` is of, where the words name it: the noun before "of"
/// ("a profit of 640 million euros", "a magnitude of 6.4"), or after the unit and "of"
/// or "in" ("80 millimetres of rain", "5.8 in magnitude").
fn measure(
    lower: &[&str],
    tags: &[Tagged],
    floor: usize,
    start: usize,
    end: usize,
    limit: usize,
) -> Option<String> {
    let noun = |j: usize| matches!(tags[j].pos, Pos::NN | Pos::NNS);
    if start >= floor + 2 && lower[start - 1] == "of" && noun(start - 2) {
        return Some(tags[start - 2].lemma.to_string());
    }
    // A unit and "of", or a bare number and "in"; then the noun, perhaps after
    // adjectives. "14 soldiers in the fighting" names no measure.
    let unit = end < limit && noun(end);
    let after = if unit { end + 1 } else { end };
    let joins = if unit { "of" } else { "in" };
    if after + 1 < limit && lower[after] == joins {
        return (after + 1..limit.min(after + 4))
            .take_while(|&j| noun(j) || tags[j].pos.is_adjective())
            .filter(|&j| noun(j))
            .last()
            .map(|j| tags[j].lemma.to_string());
    }
    None
}
