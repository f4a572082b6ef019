//! Dates in a clause: "on March 3", "3 March 2025", "on Monday", "yesterday", resolved to
//! a day against the document's publication date.

use crate::model::{Day, Tense};
use std::ops::Range;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Names of months and weekdays, and words for nearby days.
pub fn is_time_word(word: &str) -> bool {
    MONTHS.contains(&word)
        || WEEKDAYS.contains(&word)
        || matches!(word, "yesterday" | "today" | "tomorrow" | "tonight")
}

/// A date found in a clause, with the tokens it takes.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    pub span: Range<usize>,
    pub day: Day,
}

fn month(word: &str) -> Option<i8> {
    let word = word.trim_end_matches('.');
    // "Sept" and the three-letter forms: a month is known by its first letters.
    let position = MONTHS.iter().position(|m| {
        *m == word || (word.len() >= 3 && word.len() < m.len() && m.starts_with(word))
    });
    position.map(|p| p as i8 + 1)
}

fn day_of_month(word: &str) -> Option<i8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    let n: i8 = digits.parse().ok()?;
    let ordinal = matches!(suffix, "" | "st" | "nd" | "rd" | "th");
    (ordinal && (1..=31).contains(&n)).then_some(n)
}

fn year(word: &str) -> Option<i16> {
    let y: i16 = word.parse().ok()?;
    (word.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

/// Every date of `range`, left to right. `lower` is the sentence's lower-case words.
pub fn dates(
    lower: &[&str],
    range: Range<usize>,
    published: Option<Day>,
    tense: Tense,
) -> Vec<Dated> {
    // Without a publication date, dates are read against one fixed day: days named
    // alike still compare alike.
    let published = published.unwrap_or(jiff::civil::date(2000, 1, 5));
    let mut found = Vec::new();
    let mut i = range.start;
    while i < range.end {
        // Dates open with a month, a weekday, a day number, a year or a nearby day's
        // name: other words are passed over at a glance.
        let first = lower[i].as_bytes().first().copied().unwrap_or(b' ');
        if !(first.is_ascii_digit() || b"jfmasondtwye".contains(&first)) {
            i += 1;
            continue;
        }
        match date_at(lower, i, range.end, published, tense) {
            Some(d) => {
                i = d.span.end;
                found.push(d);
            }
            None => i += 1,
        }
    }
    found
}

fn date_at(lower: &[&str], i: usize, end: usize, published: Day, tense: Tense) -> Option<Dated> {
    let word = |j: usize| if j < end { lower[j] } else { "" };
    let dated = |len: usize, day: Day| {
        Some(Dated {
            span: i..i + len,
            day,
        })
    };
    // "in May", "until September": a month alone after a preposition of time.
    let after_preposition = i > 0
        && matches!(
            lower[i - 1],
            "in" | "since"
                | "until"
                | "by"
                | "from"
                | "before"
                | "after"
                | "early"
                | "late"
                | "mid"
        );
    let may_is_month =
        day_of_month(word(i + 1)).is_some() || year(word(i + 1)).is_some() || after_preposition;
    if let Some(m) = month(word(i)).filter(|_| word(i) != "may" || may_is_month) {
        // "March 3", "March 3, 2025", "March 2025".
        if let Some(d) = day_of_month(word(i + 1)) {
            let (y, len) =
                year_after(&word, i + 2).unwrap_or((nearest_year(published, tense, m, Some(d)), 2));
            return dated(len, Day::new(y, m, d).ok()?);
        }
        // "March 2025", or "in March" of the year the tense points to: the month's first
        // day.
        return match year(word(i + 1)) {
            Some(y) => dated(2, Day::new(y, m, 1).ok()?),
            None if after_preposition => dated(
                1,
                Day::new(nearest_year(published, tense, m, None), m, 1).ok()?,
            ),
            None => None,
        };
    }
    if let (Some(d), Some(m)) = (day_of_month(word(i)), month(word(i + 1))) {
        // "3 March", "3 March 2025".
        let y = year(word(i + 2)).unwrap_or_else(|| nearest_year(published, tense, m, Some(d)));
        let len = if year(word(i + 2)).is_some() { 3 } else { 2 };
        return dated(len, Day::new(y, m, d).ok()?);
    }
    if let Some(d) = ago(lower, i, end, published) {
        return dated(3, d);
    }
    // "in 2023": a year alone, as its first day.
    if let Some(y) = year(word(i)).filter(|_| after_preposition) {
        return dated(1, Day::new(y, 1, 1).ok()?);
    }
    let shift = match word(i) {
        "yesterday" => -1,
        "today" | "tonight" => 0,
        "tomorrow" => 1,
        w => {
            let target = WEEKDAYS.iter().position(|d| *d == w)? as i64;
            let today = i64::from(published.weekday().to_monday_zero_offset());
            match tense {
                // "will be held on Monday": the next Monday from publication.
                Tense::Future => (target - today).rem_euclid(7),
                _ => -(today - target).rem_euclid(7),
            }
        }
    };
    dated(
        1,
        published.checked_add(jiff::Span::new().days(shift)).ok()?,
    )
}

/// "Eight years ago", "a month ago", "three weeks ago": back from publication, to the
/// year's or the month's first day as a year or a month alone is read.
fn ago(lower: &[&str], i: usize, end: usize, published: Day) -> Option<Day> {
    let word = |j: usize| if j < end { lower[j] } else { "" };
    if word(i + 2) != "ago" {
        return None;
    }
    let n = match word(i) {
        "a" | "an" | "one" => 1,
        w => super::quantity::small_number(w)? as i16,
    };
    let (y, m) = (published.year(), published.month());
    match word(i + 1).trim_end_matches('s') {
        "year" => Day::new(y - n, 1, 1).ok(),
        "month" => {
            let months = i32::from(y) * 12 + i32::from(m) - 1 - i32::from(n);
            Day::new((months / 12) as i16, (months % 12 + 1) as i8, 1).ok()
        }
        "week" => published.checked_sub(jiff::Span::new().weeks(n)).ok(),
        "day" => published.checked_sub(jiff::Span::new().days(n)).ok(),
        _ => None,
    }
}

/// The year of a day named without one: the publication's, unless the tense points
/// past it ("will reopen in January", written in March, is next January; "was held
/// on December 20", written in January, last December). A month alone is this year's
/// while it lasts.
fn nearest_year(published: Day, tense: Tense, month: i8, day: Option<i8>) -> i16 {
    let year = published.year();
    let named = (month, day.unwrap_or(published.day()));
    let today = (published.month(), published.day());
    match tense {
        Tense::Future if named < today => year + 1,
        Tense::Past if named > today => year - 1,
        _ => year,
    }
}

/// "2025" after an optional comma: the year and the length of the whole date.
fn year_after<'a>(word: &impl Fn(usize) -> &'a str, at: usize) -> Option<(i16, usize)> {
    if word(at) == "," {
        year(word(at + 1)).map(|y| (y, 4))
    } else {
        year(word(at)).map(|y| (y, 3))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, tense: Tense) -> Vec<String> {
        let words: Vec<&str> = text.split(' ').collect();
        let published = Day::new(2025, 3, 12).ok(); // a Wednesday
        dates(&words, 0..words.len(), published, tense)
            .iter()
            .map(|d| d.day.to_string())
            .collect()
    }

    #[test]
    fn absolute_dates_take_the_publication_year_when_they_have_none() {
        assert_eq!(read("on march 3", Tense::Past), ["2025-03-03"]);
        assert_eq!(read("on 10 march 2024", Tense::Past), ["2024-03-10"]);
        assert_eq!(read("by sept. 30 , 2026 .", Tense::Future), ["2026-09-30"]);
        assert_eq!(read("in may 2023", Tense::Past), ["2023-05-01"]);
    }

    #[test]
    fn weekdays_count_back_in_the_past_and_forward_in_the_future() {
        assert_eq!(read("on monday", Tense::Past), ["2025-03-10"]);
        assert_eq!(read("on monday", Tense::Future), ["2025-03-17"]);
        assert_eq!(read("yesterday", Tense::Past), ["2025-03-11"]);
    }

    #[test]
    fn spans_ago_count_back_from_publication() {
        assert_eq!(read("eight years ago", Tense::Past), ["2017-01-01"]);
        assert_eq!(read("a year ago", Tense::Past), ["2024-01-01"]);
        assert_eq!(read("three months ago", Tense::Past), ["2024-12-01"]);
        assert_eq!(read("two weeks ago", Tense::Past), ["2025-02-26"]);
        assert_eq!(read("10 days ago", Tense::Past), ["2025-03-02"]);
        assert!(read("eight years of war", Tense::Past).is_empty());
    }

    #[test]
    fn a_day_without_a_year_is_the_nearest_the_tense_allows() {
        assert_eq!(read("in january", Tense::Future), ["2026-01-01"]);
        assert_eq!(read("in march", Tense::Future), ["2025-03-01"]);
        assert_eq!(read("on december 20", Tense::Past), ["2024-12-20"]);
        assert_eq!(read("on 2 march", Tense::Future), ["2026-03-02"]);
        assert_eq!(read("on march 20", Tense::Present), ["2025-03-20"]);
    }

    #[test]
    fn may_the_modal_is_no_month() {
        assert!(read("it may rain", Tense::Present).is_empty());
    }
}
