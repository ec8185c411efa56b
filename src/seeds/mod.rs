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

use crate::auth::{Principal, Role};
use crate::db::{DbConnection, write_transaction};
use crate::error::AppError;
use crate::http::json_body::from_value;
use crate::{
    annual_reports, covenants, indicators, letters, measurements, motion_responses, motions,
    organisations, participations, sectors, targets, working_groups,
};

/// The seed files, in the order their references need.
const FILES: [(&str, &str); 12] = [
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

/// Parses a record as the API would and creates it through the API's own
/// create flow, audited as written by `seed`.
fn create<R: crate::http::crud::Resource>(
    conn: &mut DbConnection,
    parent: &R::Parent,
    record: Value,
) -> Result<bool, AppError> {
    let input: R::Input = from_value(record)?;
    crate::http::crud::insert_recorded::<R>(conn, &seed_principal(), parent, &input)?;
    Ok(true)
}

/// Takes a string member out of a record (for natural keys).
fn text(record: &Value, member: &str) -> Result<String, AppError> {
    record[member].as_str().map(str::to_owned).ok_or_else(|| {
        AppError::invalid(vec![crate::error::FieldError::body(
            &format!("/{member}"),
            "is required",
        )])
    })
}

fn load_record(conn: &mut DbConnection, file: &str, mut record: Value) -> Result<bool, AppError> {
    match file {
        "sectors.json" => match keys::sector(conn, &text(&record, "code")?)? {
            true => Ok(false),
            false => create::<sectors::model::Sector>(conn, &(), record),
        },
        "covenants.json" => match keys::covenant(conn, &text(&record, "code")?)? {
            true => Ok(false),
            false => create::<covenants::model::CovenantRecord>(conn, &(), record),
        },
        "organisations.json" => match keys::organisation(conn, &text(&record, "name")?)? {
            Some(_) => Ok(false),
            None => create::<organisations::model::Organisation>(conn, &(), record),
        },
        "participations.json" => {
            let organisation = keys::require_organisation(conn, &text(&record, "organisation")?)?;
            record["organisation"] = organisation.into();
            let covenant = text(&record, "covenant")?;
            let joined_on = text(&record, "joinedOn")?;
            match keys::participation(conn, &covenant, organisation, &joined_on)? {
                true => Ok(false),
                false => create::<participations::model::ParticipationRecord>(conn, &(), record),
            }
        }
        "working_groups.json" => load_working_group(conn, record),
        "letters.json" => {
            let key = record["reference"]
                .as_str()
                .map_or_else(|| text(&record, "sentOn"), |r| Ok(r.to_owned()))?;
            match keys::letter(conn, &key)? {
                Some(_) => Ok(false),
                None => create::<letters::model::Letter>(conn, &(), record),
            }
        }
        "motions.json" => {
            let dossier = text(&record, "dossier")?;
            let number = record["number"].as_i64().unwrap_or_default();
            match keys::motion(conn, &dossier, number)? {
                Some(_) => Ok(false),
                None => create::<motions::model::MotionRecord>(conn, &(), record),
            }
        }
        "motion_responses.json" => {
            let motion = keys::require_motion(conn, &record["motion"])?;
            let letter = keys::require_letter(conn, &text(&record, "letter")?)?;
            record["motion"] = motion.into();
            record["letter"] = letter.into();
            match keys::motion_response(conn, motion, letter)? {
                true => Ok(false),
                false => create::<motion_responses::model::MotionResponseRecord>(conn, &(), record),
            }
        }
        "annual_reports.json" => {
            let covenant = text(&record, "covenant")?;
            let year = record["reportingYear"].as_i64().unwrap_or_default();
            match keys::annual_report(conn, &covenant, year)? {
                Some(_) => Ok(false),
                None => create::<annual_reports::model::AnnualReportRecord>(conn, &(), record),
            }
        }
        "indicators.json" => match keys::indicator(conn, &text(&record, "code")?)? {
            true => Ok(false),
            false => create::<indicators::model::Indicator>(conn, &(), record),
        },
        "targets.json" => {
            let scope = record["covenant"].as_str().map(str::to_owned);
            match keys::target(
                conn,
                &text(&record, "indicator")?,
                scope.as_deref(),
                &text(&record, "dueOn")?,
            )? {
                true => Ok(false),
                false => create::<targets::model::TargetRecord>(conn, &(), record),
            }
        }
        "measurements.json" => {
            if let Some(letter) = record["letter"].as_str().map(str::to_owned) {
                record["letter"] = keys::require_letter(conn, &letter)?.into();
            }
            if record["annualReport"].is_object() {
                let report = &record["annualReport"];
                let covenant = report["covenant"].as_str().unwrap_or_default().to_owned();
                let year = report["reportingYear"].as_i64().unwrap_or_default();
                record["annualReport"] = keys::require_annual_report(conn, &covenant, year)?.into();
            }
            let scope = record["covenant"].as_str().map(str::to_owned);
            let indicator = text(&record, "indicator")?;
            match keys::measurement(
                conn,
                &indicator,
                scope.as_deref(),
                &text(&record, "measuredOn")?,
            )? {
                true => Ok(false),
                false => create::<measurements::model::MeasurementRecord>(conn, &(), record),
            }
        }
        _ => Err(AppError::Internal(format!("no loader for seeds/{file}"))),
    }
}

/// A working group, and its outputs given inline as `outputs`.
fn load_working_group(conn: &mut DbConnection, mut record: Value) -> Result<bool, AppError> {
    let outputs = record
        .as_object_mut()
        .and_then(|o| o.remove("outputs"))
        .unwrap_or(Value::Array(vec![]));
    let covenant = text(&record, "covenant")?;
    let name = text(&record, "name")?;
    let (group_id, inserted) = match keys::working_group(conn, &covenant, &name)? {
        Some(id) => (id, false),
        None => {
            let input: working_groups::model::WorkingGroupInput = from_value(record)?;
            let created = crate::http::crud::insert_recorded::<
                working_groups::model::WorkingGroupRecord,
            >(conn, &seed_principal(), &(), &input)?;
            (created.id, true)
        }
    };
    for output in outputs.as_array().into_iter().flatten() {
        if keys::output(conn, group_id, &text(output, "title")?)? {
            continue;
        }
        create::<working_groups::outputs::model::WorkingGroupOutput>(
            conn,
            &group_id,
            output.clone(),
        )?;
    }
    Ok(inserted)
}
