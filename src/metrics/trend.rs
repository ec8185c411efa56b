//! The one rule for projections and statuses (DESIGN section 4).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::indicators::model::Direction;

/// Where a figure stands against its target, by one rule for every metric,
/// checked in this order: `achieved` when the latest value reaches the
/// target (at or below it for lower-is-better indicators); else `missed`
/// once `asOf` is past the target date; else `insufficientData` with fewer
/// than two points; else `onTrack` when the least-squares projection
/// reaches the target by its date, `offTrack` when it does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = ProgressStatus)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// The latest value reaches the target.
    Achieved,
    /// Not reached, and `asOf` is past the target date.
    Missed,
    /// Not reached, target date ahead, and fewer than two points to project.
    InsufficientData,
    /// The projection reaches the target by its date.
    OnTrack,
    /// The projection falls short of the target by its date.
    OffTrack,
}

/// A date as a fractional year: 2018-07-02 is about 2018.5.
pub fn fractional_year(date: NaiveDate) -> f64 {
    let days = if NaiveDate::from_ymd_opt(date.year(), 12, 31).is_some_and(|d| d.ordinal() == 366) {
        366.0
    } else {
        365.0
    };
    f64::from(date.year()) + f64::from(date.ordinal0()) / days
}

/// The ordinary least-squares line through `points` (date, value),
/// evaluated at `at`; `None` with fewer than two distinct dates.
pub fn projection(points: &[(NaiveDate, f64)], at: NaiveDate) -> Option<f64> {
    if points.len() < 2 {
        return None;
    }
    let n = points.len() as f64;
    let xs: Vec<f64> = points.iter().map(|(d, _)| fractional_year(*d)).collect();
    let mean_x = xs.iter().sum::<f64>() / n;
    let mean_y = points.iter().map(|(_, v)| v).sum::<f64>() / n;
    let sxx: f64 = xs.iter().map(|x| (x - mean_x).powi(2)).sum();
    if sxx == 0.0 {
        return None;
    }
    let sxy: f64 = xs
        .iter()
        .zip(points)
        .map(|(x, (_, y))| (x - mean_x) * (y - mean_y))
        .sum();
    Some(mean_y + sxy / sxx * (fractional_year(at) - mean_x))
}

/// Whether `value` reaches `target` in the indicator's direction.
pub fn reaches(value: f64, target: f64, direction: Direction) -> bool {
    match direction {
        Direction::HigherIsBetter => value >= target,
        Direction::LowerIsBetter => value <= target,
    }
}

/// The status rule, in DESIGN's order: achieved, missed, insufficient data,
/// on or off track.
pub fn status(
    latest: Option<f64>,
    points: usize,
    projected: Option<f64>,
    target: f64,
    due_on: NaiveDate,
    as_of: NaiveDate,
    direction: Direction,
) -> Status {
    if latest.is_some_and(|v| reaches(v, target, direction)) {
        Status::Achieved
    } else if as_of > due_on {
        Status::Missed
    } else {
        match (points >= 2, projected) {
            (true, Some(p)) if reaches(p, target, direction) => Status::OnTrack,
            (true, Some(_)) => Status::OffTrack,
            _ => Status::InsufficientData,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn fractional_years() {
        assert_eq!(fractional_year(day("2018-01-01")), 2018.0);
        assert!((fractional_year(day("2018-07-02")) - (2018.0 + 182.0 / 365.0)).abs() < 1e-12);
        assert!((fractional_year(day("2020-12-31")) - (2020.0 + 365.0 / 366.0)).abs() < 1e-12);
    }

    #[test]
    fn least_squares_projection() {
        // Points on the line y = 0.1 * (x - 2016) + 0.5 at each 1 January.
        let points = [
            (day("2016-01-01"), 0.5),
            (day("2017-01-01"), 0.6),
            (day("2018-01-01"), 0.7),
        ];
        assert!((projection(&points, day("2020-01-01")).unwrap() - 0.9).abs() < 1e-9);
        assert_eq!(projection(&points[..1], day("2020-01-01")), None);
        assert_eq!(
            projection(
                &[(day("2016-01-01"), 0.5), (day("2016-01-01"), 0.7)],
                day("2020-01-01")
            ),
            None
        );
    }

    #[test]
    fn the_status_rule() {
        let due = day("2023-12-31");
        let up = Direction::HigherIsBetter;
        assert_eq!(
            status(Some(0.9), 1, None, 0.9, due, day("2020-01-01"), up),
            Status::Achieved
        );
        assert_eq!(
            status(Some(0.8), 5, Some(0.95), 0.9, due, day("2024-01-01"), up),
            Status::Missed
        );
        assert_eq!(
            status(Some(0.8), 1, None, 0.9, due, day("2020-01-01"), up),
            Status::InsufficientData
        );
        assert_eq!(
            status(Some(0.8), 2, Some(0.9), 0.9, due, day("2020-01-01"), up),
            Status::OnTrack
        );
        assert_eq!(
            status(Some(0.8), 2, Some(0.89), 0.9, due, day("2020-01-01"), up),
            Status::OffTrack
        );
        assert_eq!(
            status(None, 0, None, 0.9, due, day("2024-01-01"), up),
            Status::Missed
        );
        let down = Direction::LowerIsBetter;
        assert_eq!(
            status(Some(3.0), 1, None, 3.0, due, day("2020-01-01"), down),
            Status::Achieved
        );
        assert_eq!(
            status(Some(5.0), 2, Some(2.0), 3.0, due, day("2020-01-01"), down),
            Status::OnTrack
        );
        assert_eq!(
            status(Some(5.0), 2, Some(4.0), 3.0, due, day("2020-01-01"), down),
            Status::OffTrack
        );
    }
}
