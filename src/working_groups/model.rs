//! Working group request and response types, the closed list of themes and
//! the rules of a group's life cycle.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::error::FieldError;
use crate::http::any_of::AnyOf;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::schema::working_groups;

/// What a working group works on. A closed list, taken from the themes the
/// Kamerbrieven of 28 September 2017 and 13 November 2018 name for the
/// covenants' working groups; `other` for anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum WorkingGroupTheme {
    /// The value chain (waardeketen): mapping a supply chain and where the
    /// parties have influence in it, e.g. the banks' cocoa value-chain analysis.
    ValueChain,
    /// Using leverage (invloed aanwenden) to increase positive impact.
    Leverage,
    /// Access to remedy (toegang tot herstel) for those harmed.
    AccessToRemedy,
    /// Supporting due diligence (gepaste zorgvuldigheid): frameworks, tool
    /// boxes, risk management.
    DueDiligence,
    /// Living wage (leefbaar loon).
    LivingWage,
    /// Child labour (kinderarbeid) and children's rights.
    ChildLabour,
    /// Monitoring the covenant or the parties' due diligence.
    Monitoring,
    /// Land rights (landrechten).
    LandRights,
    /// Animal welfare (dierenwelzijn).
    AnimalWelfare,
    /// Biodiversity, deforestation and sustainable forest management.
    Biodiversity,
    /// Climate change and the energy transition (klimaat).
    Climate,
    /// Gender equality and women's rights.
    GenderEquality,
    /// Anything the list does not name (e.g. setting joint priorities).
    Other,
}

impl WorkingGroupTheme {
    /// Every theme, in the order the API lists a group's themes.
    pub const ALL: [Self; 13] = [
        Self::ValueChain,
        Self::Leverage,
        Self::AccessToRemedy,
        Self::DueDiligence,
        Self::LivingWage,
        Self::ChildLabour,
        Self::Monitoring,
        Self::LandRights,
        Self::AnimalWelfare,
        Self::Biodiversity,
        Self::Climate,
        Self::GenderEquality,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ValueChain => "valueChain",
            Self::Leverage => "leverage",
            Self::AccessToRemedy => "accessToRemedy",
            Self::DueDiligence => "dueDiligence",
            Self::LivingWage => "livingWage",
            Self::ChildLabour => "childLabour",
            Self::Monitoring => "monitoring",
            Self::LandRights => "landRights",
            Self::AnimalWelfare => "animalWelfare",
            Self::Biodiversity => "biodiversity",
            Self::Climate => "climate",
            Self::GenderEquality => "genderEquality",
            Self::Other => "other",
        }
    }

    pub fn from_stored(value: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|t| t.as_str() == value)
            .unwrap_or(Self::Other)
    }
}

/// Where a working group stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum WorkingGroupStatus {
    /// Agreed on but not started.
    Planned,
    /// At work.
    Active,
    /// Its work is done.
    Completed,
}

impl WorkingGroupStatus {
    pub const ALL: [Self; 3] = [Self::Planned, Self::Active, Self::Completed];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Active => "active",
            Self::Completed => "completed",
        }
    }

    pub fn from_stored(value: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == value)
            .unwrap_or(Self::Planned)
    }
}

/// A stored working group row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = working_groups)]
pub struct WorkingGroup {
    pub id: i64,
    pub covenant_id: i64,
    pub name: String,
    pub mandate: Option<String>,
    pub started_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
    pub status: String,
    pub source: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A working group with its covenant's code and its themes, as read for the
/// API.
#[derive(Debug, Clone)]
pub struct WorkingGroupRecord {
    pub group: WorkingGroup,
    pub covenant_code: String,
    /// In the order of `WorkingGroupTheme::ALL`.
    pub themes: Vec<WorkingGroupTheme>,
}

crate::storage::versioned!(WorkingGroupRecord, group.version);

/// What a client writes: the body of `POST /v1/working-groups` and
/// `PUT /v1/working-groups/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "covenant": "banking",
    "name": "Werkgroep klimaat",
    "themes": ["climate"],
    "mandate": "Explore how banks address climate risks in the value chains they finance.",
    "startedOn": "2019-01-15",
    "status": "active",
    "source": "Jaarrapportage IMVO-convenant bancaire sector 2018"
}))]
pub struct WorkingGroupInput {
    /// Code of the covenant the group belongs to. A secretariat may only
    /// name a covenant its token lists.
    #[schema(example = "banking")]
    pub covenant: String,
    /// The group's name, unique within its covenant.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Werkgroep waardeketen",
        min_length = 1,
        max_length = 200
    )]
    #[validate(custom(function = "rules::name"))]
    pub name: String,
    /// What the group works on: at least one theme, each once. Listed back
    /// in the order of the enumeration.
    #[schema(example = json!(["valueChain", "leverage"]), min_items = 1)]
    pub themes: Vec<WorkingGroupTheme>,
    /// The group's task, as the covenant parties set it.
    #[serde(default)]
    #[schema(
        example = "Map the cocoa value chain and where banks can exert influence in it.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub mandate: Option<String>,
    /// When the group started.
    #[serde(default)]
    #[schema(example = "2017-03-01")]
    pub started_on: Option<NaiveDate>,
    /// When the group ended; not before `startedOn`.
    #[serde(default)]
    #[schema(example = "2018-08-09")]
    pub ended_on: Option<NaiveDate>,
    /// Where the group stands. `completed` needs `endedOn`.
    #[schema(example = "completed")]
    pub status: WorkingGroupStatus,
    /// Where these facts come from (letter, Kamerstuk, page).
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: Option<String>,
}

/// The columns a client's input decides, its covenant resolved to an id
/// (themes are rows of their own).
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = working_groups, treat_none_as_null = true)]
pub struct WorkingGroupForm<'a> {
    pub covenant_id: i64,
    pub name: &'a str,
    pub mandate: Option<&'a str>,
    pub started_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
    pub status: &'a str,
    pub source: Option<&'a str>,
}

impl<'a> WorkingGroupForm<'a> {
    pub fn new(input: &'a WorkingGroupInput, covenant_id: i64) -> Self {
        Self {
            covenant_id,
            name: &input.name,
            mandate: input.mandate.as_deref(),
            started_on: input.started_on,
            ended_on: input.ended_on,
            status: input.status.as_str(),
            source: input.source.as_deref(),
        }
    }
}

impl Validate for WorkingGroupInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        if self.themes.is_empty() {
            errors.push(FieldError::body("/themes", "must name at least one theme"));
        }
        for (index, theme) in self.themes.iter().enumerate() {
            if self.themes[..index].contains(theme) {
                errors.push(FieldError::body(
                    &format!("/themes/{index}"),
                    format!("names `{}` a second time", theme.as_str()),
                ));
            }
        }
        if self.status == WorkingGroupStatus::Completed && self.ended_on.is_none() {
            errors.push(FieldError::body(
                "/endedOn",
                "is required once the status is `completed`",
            ));
        }
        if let (Some(started), Some(ended)) = (self.started_on, self.ended_on)
            && ended < started
        {
            errors.push(FieldError::body(
                "/endedOn",
                "must not be before `startedOn`",
            ));
        }
        verdict(errors)
    }
}

impl From<&WorkingGroupRecord> for WorkingGroupInput {
    fn from(record: &WorkingGroupRecord) -> Self {
        let g = &record.group;
        Self {
            covenant: record.covenant_code.clone(),
            name: g.name.clone(),
            themes: record.themes.clone(),
            mandate: g.mandate.clone(),
            started_on: g.started_on,
            ended_on: g.ended_on,
            status: WorkingGroupStatus::from_stored(&g.status),
            source: g.source.clone(),
        }
    }
}

/// A working group as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WorkingGroupView {
    /// Server-assigned identifier of the group.
    #[schema(example = 7)]
    pub id: i64,
    /// Code of its covenant.
    #[schema(example = "banking")]
    pub covenant: String,
    /// Its name.
    #[schema(example = "Werkgroep waardeketen")]
    pub name: String,
    /// What it works on, in the order of the enumeration.
    #[schema(example = json!(["valueChain", "leverage"]))]
    pub themes: Vec<WorkingGroupTheme>,
    /// Its task.
    #[schema(example = "Map the cocoa value chain and where banks can exert influence in it.")]
    pub mandate: Option<String>,
    /// When it started.
    #[schema(example = "2017-03-01")]
    pub started_on: Option<NaiveDate>,
    /// When it ended.
    #[schema(example = "2018-08-09")]
    pub ended_on: Option<NaiveDate>,
    /// Where it stands.
    pub status: WorkingGroupStatus,
    /// Where these facts come from.
    #[schema(example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'")]
    pub source: Option<String>,
    /// When the group was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When the group last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: WorkingGroupLinks,
}

/// Links of a working group.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct WorkingGroupLinks {
    /// This group.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// Its covenant.
    pub covenant: Link,
    /// What it published.
    pub outputs: Link,
}

impl From<&WorkingGroupRecord> for WorkingGroupView {
    fn from(record: &WorkingGroupRecord) -> Self {
        let g = &record.group;
        let path = format!("/v1/working-groups/{}", g.id);
        Self {
            id: g.id,
            covenant: record.covenant_code.clone(),
            name: g.name.clone(),
            themes: record.themes.clone(),
            mandate: g.mandate.clone(),
            started_on: g.started_on,
            ended_on: g.ended_on,
            status: WorkingGroupStatus::from_stored(&g.status),
            source: g.source.clone(),
            created_at: g.created_at.and_utc(),
            updated_at: g.updated_at.and_utc(),
            links: WorkingGroupLinks {
                covenant: Link::new(format!("/v1/covenants/{}", record.covenant_code)),
                outputs: Link::new(format!("{path}/outputs")),
                self_link: Link::new(path),
            },
        }
    }
}

crate::audit::audited!(WorkingGroupView, "workingGroup", id);

/// Filters and order of `GET /v1/working-groups`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WorkingGroupFilter {
    /// Only the groups of this covenant (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// covenant is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["banking"]))]
    pub covenant: Option<AnyOf<String>>,
    /// Only groups with this status.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<WorkingGroupStatus>>, style = Form, explode = false, min_items = 1, example = json!(["active"]))]
    pub status: Option<AnyOf<WorkingGroupStatus>>,
    /// Only groups working on this theme (among others).
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<WorkingGroupTheme>>, style = Form, explode = false, min_items = 1, example = json!(["livingWage"]))]
    pub theme: Option<AnyOf<WorkingGroupTheme>>,
    /// Order: comma-separated fields among `name` and `startedOn`, each
    /// optionally prefixed with `-` for descending. Default `name`. Groups
    /// without `startedOn` come last.
    #[param(example = "-startedOn,name")]
    pub sort: Option<String>,
}

impl ListFilter for WorkingGroupFilter {
    const SORTABLE: &'static [&'static str] = &["name", "startedOn"];
    const DEFAULT_SORT: &'static str = "name";
}
