//! The real record from the source documents: `seeds/*.json`, embedded in
//! the binary and loaded by `imvo-tracker seed` or on the first start.
//!
//! Each file is a JSON array of request bodies, exactly as a client would
//! POST them, except that references to resources with server-assigned ids
//! use natural keys (an organisation's name, a letter's reference or date, a
//! motion's dossier and number, an annual report's covenant and year). Every
//! record goes through the same validation and queries as the API, and is
//! audited as written by `seed`. Loading is idempotent: a record whose
//! natural key is already stored is left alone.

pub mod demo;
mod keys;
pub mod synthetic;

use serde_json::Value;

use crate::annual_reports::model::AnnualReportRecord;
use crate::auth::{Principal, Role};
use crate::covenant_status::model::StatusChangeRecord;
use crate::covenants::model::CovenantRecord;
use crate::db::{DbConnection, write_transaction};
use crate::error::AppError;
use crate::evaluations::model::Evaluation;
use crate::governance_bodies::model::GovernanceBodyRecord;
use crate::http::crud::{Resource, insert_recorded};
use crate::http::json_body::from_value;
use crate::indicators::model::Indicator;
use crate::letters::model::Letter;
use crate::measurements::model::MeasurementRecord;
use crate::motion_responses::model::MotionResponseRecord;
use crate::motions::model::MotionRecord;
use crate::ngo_assessments::model::NgoAssessmentRecord;
use crate::organisations::model::Organisation;
use crate::participations::model::ParticipationRecord;
use crate::programmes::model::ProgrammeRecord;
use crate::remedy_mechanisms::model::RemedyMechanismRecord;
use crate::sectors::model::Sector;
use crate::targets::model::TargetRecord;
use crate::working_groups::model::WorkingGroupRecord;
use crate::working_groups::outputs::model::WorkingGroupOutput;

/// The seed files, in the order their references need.
const FILES: [(&str, &str); 18] = [
    ("sectors.json", include_str!("../../seeds/sectors.json")),
    ("covenants.json", include_str!("../../seeds/covenants.json")),
    (
        "organisations.json",
        include_str!("../../seeds/organisations.json"),
    ),
    (
        "participations.json",
        include_str!("../../seeds/participations.json"),
    ),
    (
        "working_groups.json",
        include_str!("../../seeds/working_groups.json"),
    ),
    ("letters.json", include_str!("../../seeds/letters.json")),
    (
        "covenant_status_changes.json",
        include_str!("../../seeds/covenant_status_changes.json"),
    ),
    ("motions.json", include_str!("../../seeds/motions.json")),
    (
        "motion_responses.json",
        include_str!("../../seeds/motion_responses.json"),
    ),
    (
        "annual_reports.json",
        include_str!("../../seeds/annual_reports.json"),
    ),
    (
        "indicators.json",
        include_str!("../../seeds/indicators.json"),
    ),
    ("targets.json", include_str!("../../seeds/targets.json")),
    (
        "measurements.json",
        include_str!("../../seeds/measurements.json"),
    ),
    (
        "evaluations.json",
        include_str!("../../seeds/evaluations.json"),
    ),
    (
        "ngo_assessments.json",
        include_str!("../../seeds/ngo_assessments.json"),
    ),
    (
        "programmes.json",
        include_str!("../../seeds/programmes.json"),
    ),
    (
        "governance_bodies.json",
        include_str!("../../seeds/governance_bodies.json"),
    ),
    (
        "remedy_mechanisms.json",
        include_str!("../../seeds/remedy_mechanisms.json"),
    ),
];

/// What a load did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Loaded {
    pub inserted: usize,
    pub already_there: usize,
}

/// Why a load failed: the file, the record and what is wrong with it.
#[derive(Debug, thiserror::Error)]
#[error("seeds/{file}, record {index}: {problem}")]
pub struct SeedError {
    pub file: &'static str,
    pub index: usize,
    pub problem: String,
}

/// Loads every seed file in one transaction: all or nothing.
pub fn load(conn: &mut DbConnection) -> Result<Loaded, SeedError> {
    write_transaction(conn, |conn| {
        let mut loaded = Loaded::default();
        for (file, text) in FILES {
            let more = load_file(conn, file, text)?;
            loaded.inserted += more.inserted;
            loaded.already_there += more.already_there;
        }
        Ok(loaded)
    })
}

/// Loads the records of one seed file (`file` names its kind, e.g.
/// `covenants.json`); a bad record fails with its index and fields.
pub fn load_file(
    conn: &mut DbConnection,
    file: &'static str,
    text: &str,
) -> Result<Loaded, SeedError> {
    let records: Vec<Value> = serde_json::from_str(text).map_err(|e| SeedError {
        file,
        index: 0,
        problem: format!("not a JSON array of records: {e}"),
    })?;
    let mut loaded = Loaded::default();
    for (index, record) in records.into_iter().enumerate() {
        if load_record(conn, file, record).map_err(|e| SeedError {
            file,
            index,
            problem: describe(e),
        })? {
            loaded.inserted += 1;
        } else {
            loaded.already_there += 1;
        }
    }
    Ok(loaded)
}

/// Whether the database holds nothing yet (then `serve` seeds it).
pub fn is_empty(conn: &mut DbConnection) -> Result<bool, AppError> {
    Ok(keys::nothing_stored(conn)?)
}

impl crate::error::Conflict for SeedError {
    /// Seeds load alone; nothing to race.
    fn is_conflict(&self) -> bool {
        false
    }
}

impl From<diesel::result::Error> for SeedError {
    fn from(error: diesel::result::Error) -> Self {
        Self {
            file: "-",
            index: 0,
            problem: error.to_string(),
        }
    }
}

fn describe(error: AppError) -> String {
    match error {
        AppError::Invalid { errors, .. } => errors
            .iter()
            .map(|e| format!("{} {}", e.pointer.as_deref().unwrap_or("#"), e.detail))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

fn seed_principal() -> Principal {
    Principal {
        sub: "seed".into(),
        role: Role::Admin,
        covenants: Vec::new(),
        request_id: None,
    }
}

/// Parses a record as the API would and, unless its natural key is stored
/// already, creates it through the API's create flow, audited as written by
/// `seed`. Answers whether it was created, and the record's view.
fn seed<R: Resource>(
    conn: &mut DbConnection,
    parent: &R::Parent,
    record: Value,
) -> Result<(bool, R::View), AppError> {
    let input: R::Input = from_value(record)?;
    match R::find_natural(conn, parent, &input)? {
        Some(stored) => Ok((false, R::view(&stored))),
        None => Ok((
            true,
            insert_recorded::<R>(conn, &seed_principal(), parent, &input)?,
        )),
    }
}

/// `seed` at the top level, answering whether it created the record.
fn seed_top<R: Resource<Parent = ()>>(
    conn: &mut DbConnection,
    record: Value,
) -> Result<bool, AppError> {
    seed::<R>(conn, &(), record).map(|(created, _)| created)
}

/// Replaces the natural key in `record[member]` by the id it names.
fn resolve(
    conn: &mut DbConnection,
    record: &mut Value,
    member: &str,
    lookup: fn(&mut DbConnection, &Value) -> Result<i64, AppError>,
) -> Result<(), AppError> {
    if !record[member].is_null() {
        record[member] = lookup(conn, &record[member])?.into();
    }
    Ok(())
}

fn load_record(conn: &mut DbConnection, file: &str, mut record: Value) -> Result<bool, AppError> {
    match file {
        "sectors.json" => seed_top::<Sector>(conn, record),
        "covenants.json" => seed_top::<CovenantRecord>(conn, record),
        "organisations.json" => seed_top::<Organisation>(conn, record),
        "participations.json" => {
            resolve(conn, &mut record, "organisation", keys::organisation)?;
            seed_top::<ParticipationRecord>(conn, record)
        }
        "working_groups.json" => load_working_group(conn, record),
        "letters.json" => seed_top::<Letter>(conn, record),
        "covenant_status_changes.json" => load_status_change(conn, record),
        "motions.json" => seed_top::<MotionRecord>(conn, record),
        "motion_responses.json" => {
            resolve(conn, &mut record, "motion", keys::motion)?;
            resolve(conn, &mut record, "letter", keys::letter)?;
            seed_top::<MotionResponseRecord>(conn, record)
        }
        "annual_reports.json" => seed_top::<AnnualReportRecord>(conn, record),
        "indicators.json" => seed_top::<Indicator>(conn, record),
        "targets.json" => seed_top::<TargetRecord>(conn, record),
        "measurements.json" => {
            resolve(conn, &mut record, "letter", keys::letter)?;
            resolve(conn, &mut record, "annualReport", keys::annual_report)?;
            seed_top::<MeasurementRecord>(conn, record)
        }
        "evaluations.json" => seed_top::<Evaluation>(conn, record),
        "ngo_assessments.json" => seed_top::<NgoAssessmentRecord>(conn, record),
        "programmes.json" => seed_top::<ProgrammeRecord>(conn, record),
        "governance_bodies.json" => seed_top::<GovernanceBodyRecord>(conn, record),
        "remedy_mechanisms.json" => {
            resolve(conn, &mut record, "programme", keys::programme)?;
            seed_top::<RemedyMechanismRecord>(conn, record)
        }
        _ => Err(AppError::Internal(format!("no loader for seeds/{file}"))),
    }
}

/// A covenant's status change, its covenant named by code in `covenant`.
fn load_status_change(conn: &mut DbConnection, mut record: Value) -> Result<bool, AppError> {
    let covenant = record
        .as_object_mut()
        .and_then(|o| o.remove("covenant"))
        .and_then(|c| c.as_str().map(str::to_owned))
        .ok_or_else(|| AppError::Internal("a status change without its covenant".into()))?;
    resolve(conn, &mut record, "letter", keys::letter)?;
    seed::<StatusChangeRecord>(conn, &covenant, record).map(|(created, _)| created)
}

/// A working group, and its outputs given inline as `outputs`.
fn load_working_group(conn: &mut DbConnection, mut record: Value) -> Result<bool, AppError> {
    let outputs = record
        .as_object_mut()
        .and_then(|o| o.remove("outputs"))
        .unwrap_or(Value::Array(vec![]));
    let (created, group) = seed::<WorkingGroupRecord>(conn, &(), record)?;
    for output in outputs.as_array().into_iter().flatten() {
        seed::<WorkingGroupOutput>(conn, &group.id, output.clone())?;
    }
    Ok(created)
}
