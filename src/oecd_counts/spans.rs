//! An organisation's part in the 90% indicator, worked out from its own
//! records alone: the spans of days in which it counts as a large Dutch
//! company, with the size facts that decide it and whether it endorses the
//! OECD Guidelines, and the changes those spans make to the two counts.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::metrics::queries::{MIN_EMPLOYEES, MIN_NET_TURNOVER_EUR, MIN_TOTAL_ASSETS_EUR};

/// One year's size facts, as far as the indicator reads them.
#[derive(Debug, Clone, Copy)]
pub struct SizeFact {
    pub year: i32,
    pub large: bool,
}

impl SizeFact {
    /// "Large" (Kamerbrief 13 November 2018): all three thresholds, strictly.
    pub fn new(year: i32, employees: i64, total_assets_eur: i64, net_turnover_eur: i64) -> Self {
        Self {
            year,
            large: employees > MIN_EMPLOYEES
                && total_assets_eur > MIN_TOTAL_ASSETS_EUR
                && net_turnover_eur > MIN_NET_TURNOVER_EUR,
        }
    }
}

/// An endorsement: from `endorsed_on` until the day it was withdrawn, if it
/// was (that day no longer counts).
#[derive(Debug, Clone, Copy)]
pub struct Endorsement {
    pub endorsed_on: NaiveDate,
    pub withdrawn_on: Option<NaiveDate>,
}

impl Endorsement {
    fn holds_on(&self, day: NaiveDate) -> bool {
        self.endorsed_on <= day && self.withdrawn_on.is_none_or(|w| w > day)
    }
}

/// Days `starts_on` up to (not including) `ends_on`, open when `None`, in
/// which the organisation counts as large on the size facts of
/// `size_facts_year`, endorsing or not throughout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub size_facts_year: i32,
    pub endorsing: bool,
}

/// Per day, the change in (large companies, of which endorsing).
pub type CountChanges = BTreeMap<NaiveDate, (i64, i64)>;

/// The spans of a Dutch company, in order. A year's size facts hold from
/// 1 January of that year until the next year with facts (the indicator
/// reads "the latest size facts of a year not after asOf's year"); within
/// a large stretch, a span ends wherever endorsing starts or stops.
pub fn spans(facts: &[SizeFact], endorsements: &[Endorsement]) -> Vec<Span> {
    let mut facts = facts.to_vec();
    facts.sort_by_key(|f| f.year);
    let mut boundaries: Vec<NaiveDate> = endorsements
        .iter()
        .flat_map(|e| std::iter::once(e.endorsed_on).chain(e.withdrawn_on))
        .collect();
    boundaries.sort_unstable();
    boundaries.dedup();
    let mut spans: Vec<Span> = Vec::new();
    for (i, fact) in facts.iter().enumerate() {
        let Some(starts_on) = new_year(fact.year) else {
            continue;
        };
        if !fact.large {
            continue;
        }
        let ends_on = facts.get(i + 1).and_then(|next| new_year(next.year));
        let inside = boundaries
            .iter()
            .copied()
            .filter(|b| *b > starts_on && ends_on.is_none_or(|e| *b < e));
        let mut from = starts_on;
        for until in inside.map(Some).chain(std::iter::once(ends_on)) {
            let endorsing = endorsements.iter().any(|e| e.holds_on(from));
            match spans.last_mut() {
                Some(last)
                    if last.ends_on == Some(from)
                        && last.size_facts_year == fact.year
                        && last.endorsing == endorsing =>
                {
                    last.ends_on = until;
                }
                _ => spans.push(Span {
                    starts_on: from,
                    ends_on: until,
                    size_facts_year: fact.year,
                    endorsing,
                }),
            }
            if let Some(until) = until {
                from = until;
            }
        }
    }
    spans
}

fn new_year(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 1, 1)
}

/// What `spans` add to the counts: one more large company (and endorsing
/// one, if so) from each span's first day, one fewer from its end. Days
/// where the changes cancel out are left out.
pub fn count_changes(spans: &[Span]) -> CountChanges {
    let mut changes = CountChanges::new();
    for span in spans {
        let endorsing = i64::from(span.endorsing);
        add(&mut changes, span.starts_on, (1, endorsing));
        if let Some(ends_on) = span.ends_on {
            add(&mut changes, ends_on, (-1, -endorsing));
        }
    }
    changes.retain(|_, change| *change != (0, 0));
    changes
}

/// `after` minus `before`, day by day, without the days that stay the same.
pub fn difference(after: &CountChanges, before: &CountChanges) -> CountChanges {
    let mut changes = after.clone();
    for (day, (large, endorsing)) in before {
        add(&mut changes, *day, (-large, -endorsing));
    }
    changes.retain(|_, change| *change != (0, 0));
    changes
}

/// Adds a change to a day's.
pub fn add(changes: &mut CountChanges, day: NaiveDate, (large, endorsing): (i64, i64)) {
    let entry = changes.entry(day).or_insert((0, 0));
    entry.0 += large;
    entry.1 += endorsing;
}

/// (large companies, of which endorsing) on `day`, from the changes.
pub fn counts_on(changes: &CountChanges, day: NaiveDate) -> (i64, i64) {
    changes
        .range(..=day)
        .fold((0, 0), |(l, e), (_, (dl, de))| (l + dl, e + de))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    fn large(year: i32) -> SizeFact {
        SizeFact::new(year, 501, 20_000_001, 40_000_001)
    }

    fn small(year: i32) -> SizeFact {
        SizeFact::new(year, 500, 20_000_001, 40_000_001)
    }

    fn endorsed(from: &str, until: Option<&str>) -> Endorsement {
        Endorsement {
            endorsed_on: day(from),
            withdrawn_on: until.map(day),
        }
    }

    #[test]
    fn large_means_all_three_thresholds_strictly() {
        assert!(large(2020).large);
        assert!(!small(2020).large);
        assert!(!SizeFact::new(2020, 501, 20_000_000, 40_000_001).large);
        assert!(!SizeFact::new(2020, 501, 20_000_001, 40_000_000).large);
    }

    #[test]
    fn a_years_facts_hold_from_new_year_until_the_next_facts() {
        let spans = spans(&[large(2019), small(2021), large(2022), large(2023)], &[]);
        let plain = |from: &str, until: Option<&str>, year| Span {
            starts_on: day(from),
            ends_on: until.map(day),
            size_facts_year: year,
            endorsing: false,
        };
        assert_eq!(
            spans,
            vec![
                plain("2019-01-01", Some("2021-01-01"), 2019),
                plain("2022-01-01", Some("2023-01-01"), 2022),
                plain("2023-01-01", None, 2023),
            ]
        );
    }

    #[test]
    fn endorsing_splits_a_span_where_it_starts_and_stops_and_overlaps_merge() {
        let spans = spans(
            &[large(2020)],
            &[
                endorsed("2018-05-01", Some("2020-03-01")),
                endorsed("2020-06-15", Some("2020-09-01")),
                endorsed("2020-08-01", None),
            ],
        );
        let got: Vec<(String, Option<String>, bool)> = spans
            .iter()
            .map(|s| {
                (
                    s.starts_on.to_string(),
                    s.ends_on.map(|d| d.to_string()),
                    s.endorsing,
                )
            })
            .collect();
        let want = [
            ("2020-01-01", Some("2020-03-01"), true),
            ("2020-03-01", Some("2020-06-15"), false),
            ("2020-06-15", None, true),
        ];
        assert_eq!(
            got,
            want.map(|(a, b, e)| (a.to_owned(), b.map(str::to_owned), e))
        );
    }

    #[test]
    fn counts_on_a_day_are_the_spans_that_hold_that_day() {
        let spans = spans(
            &[large(2019), small(2021)],
            &[endorsed("2020-02-02", Some("2020-12-31"))],
        );
        let changes = count_changes(&spans);
        for (text, counts) in [
            ("2018-12-31", (0, 0)),
            ("2019-01-01", (1, 0)),
            ("2020-02-01", (1, 0)),
            ("2020-02-02", (1, 1)),
            ("2020-12-30", (1, 1)),
            ("2020-12-31", (1, 0)),
            ("2021-01-01", (0, 0)),
        ] {
            assert_eq!(counts_on(&changes, day(text)), counts, "{text}");
        }
    }

    #[test]
    fn a_difference_added_to_the_old_changes_gives_the_new() {
        let before = count_changes(&spans(&[large(2019)], &[]));
        let after = count_changes(&spans(
            &[large(2019), large(2020)],
            &[endorsed("2019-06-01", None)],
        ));
        let delta = difference(&after, &before);
        let mut applied = before.clone();
        for (d, (l, e)) in &delta {
            add(&mut applied, *d, (*l, *e));
        }
        applied.retain(|_, c| *c != (0, 0));
        assert_eq!(applied, after);
        assert!(difference(&after, &after).is_empty());
    }
}
