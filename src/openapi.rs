//! The OpenAPI document: its info, tags and shared parts, and the conventions
//! every operation documents (the `API-Version` header, the problem
//! responses) added once here instead of on every handler.

use actix_web::App;
use utoipa::OpenApi;
use utoipa::openapi::path::{Operation, Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ArrayItems, Object, Schema, SchemaType, Type};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::server::Server;
use utoipa::openapi::{Content, Header, HeaderBuilder, OpenApi as Document, Ref, RefOr, Required};
use utoipa_actix_web::AppExt;

use crate::audit::model::AuditEventFilter;
use crate::covenants::model::CovenantExpansion;
use crate::error::{FieldError, Problem};
use crate::http::csv_tables::Table;
use crate::http::listing::{Link, ListFilter, PageInfo, PageLinks, document_sort};
use crate::http::{rules, schema_rules};
use crate::organisations::country::CountryCode;

/// Where the committed document says the API lives; a deployment serves its
/// own address instead when `PUBLIC_BASE_URL` is set.
pub const DEFAULT_SERVER: &str = "https://imvo-tracker.example/v1";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "IMVO covenant progress tracker",
        description = "Makes the progress of the Dutch IMVO covenants (international responsible business \
conduct agreements, facilitated by the SER) visible, as the Tweede Kamer asked in motion Amhaouch \
(Kamerstuk 34 725 XVII, nr. 7).\n\n\
Conventions (NL GOV API Design Rules 2.2): every response carries `API-Version`; errors are \
`application/problem+json` (RFC 9457) and a 400 lists every invalid field (`errors[].pointer`) or \
parameter (`errors[].parameter`) at once; collections take `page` and `pageSize` (1 to 100) and \
answer with `_links` (`self`, `next`, `prev`); reads carry an `ETag` (send it back in \
`If-None-Match` for a 304, or in `If-Match` on a write to have it refused with 412 when the \
resource changed meanwhile). Dates are `YYYY-MM-DD`; date-times are UTC with `Z`.\n\n\
Access: reads are public unless the deployment requires a token for them. Writes need \
`Authorization: Bearer <JWT>` with a `role` claim: `admin` (the ministry) may write everything, \
`secretariat` only the covenants listed in its `covenants` claim and what belongs to them, `reader` \
nothing. A missing or invalid token gets 401, a valid one without the right 403. Every write is \
recorded in the audit trail (`/audit-events`, admins only).",
        contact(name = "IMVO tracker team", url = "https://imvo-tracker.example/contact", email = "imvo-tracker@example.nl"),
        license(name = "EUPL-1.2", identifier = "EUPL-1.2"),
    ),
    servers((url = "https://imvo-tracker.example/v1", description = "The deployment's address (placeholder); a running service documents its own in `/v1/openapi.json`.")),
    tags(
        (name = "Sectors", description = "The branches of industry the covenants are made for."),
        (name = "Covenants", description = "The IMVO covenants: agreements between companies, unions, NGOs and government on responsible business conduct in a sector."),
        (name = "Organisations", description = "The parties to covenants and the companies the OECD-endorsement indicator counts: companies, industry associations, NGOs, trade unions, government bodies and knowledge institutes."),
        (name = "Size facts", description = "An organisation's employees, total assets and net turnover per year (whole euros), which decide whether it is a large company for the OECD-endorsement indicator."),
        (name = "OECD endorsements", description = "The periods in which an organisation explicitly endorses the OECD Guidelines for Multinational Enterprises as the frame of reference for its international activities."),
        (name = "Participations", description = "Which organisations take part in which covenant, in what role, from when to when, and for what share of the sector's Dutch market."),
        (name = "Annual reports", description = "The annual reports (jaarrapportages) in which covenants account for their progress."),
        (name = "Letters", description = "Parliamentary letters (Kamerbrieven) in which the government reports on the covenants and on motions."),
        (name = "Evaluations", description = "Evaluations, studies, progress reports, policy reviews and sector risk analyses of the IMVO policy: planned, in progress or published, with the dates the sources expected them."),
        (name = "NGO assessments", description = "Shadow reports, assessments and statements by NGOs on a covenant or a theme: civil society's view, shown beside the official annual reports and with a covenant's progress."),
        (name = "Funds and projects", description = "Funds, budgets and projects for responsible business conduct: what each is for, who runs it, the covenant or theme it serves, its period and budget as the source states them, and its results."),
        (name = "Governance bodies", description = "The steering groups, secretariats and independent monitoring committees of the covenants: what each does and, as the source words it, who sits in it."),
        (name = "Remedy mechanisms", description = "Complaints procedures, dialogues and transitional-justice mechanisms through which people harmed by business conduct, or the parties to an agreement, can seek a remedy: who runs each, whom it serves and where it stands."),
        (name = "Indicators", description = "What progress is measured in: unit and direction of each indicator."),
        (name = "Measurements", description = "Values of indicators at a date, for a covenant or national, each with its source."),
        (name = "Targets", description = "The values indicators should reach by a date, for a covenant or national."),
        (name = "Working groups", description = "The covenants' working groups (werkgroepen): what each works on, its mandate and life cycle, and the outputs it published. Written by admins and by the secretariat of the group's covenant; a secretariat that asks to write a group that does not exist or belongs to another covenant gets 403 either way."),
        (name = "Motions", description = "Motions (moties) of the Tweede Kamer about the covenants, cited as Kamerstuk dossier and number, with the covenants they concern."),
        (name = "Motion responses", description = "The government's responses to motions: which parliamentary letter reported on a motion, and what it said."),
        (name = "Metrics", description = "Progress figures computed from the record at any date (`asOf`, default today), each with its definition, inputs, series, least-squares projection and status."),
        (name = "Changes", description = "The public change feed: every create, update and delete, in commit order, for keeping a copy of the record up to date."),
        (name = "Audit", description = "The trail of every change made through the API, with who made it (admins only)."),
        (name = "Operations", description = "Liveness and readiness for orchestrators and monitors."),
        (name = "Documentation", description = "This document."),
    ),
    components(schemas(
        Problem, FieldError, PageInfo, PageLinks, Link, CovenantExpansion, CountryCode
    )),
)]
struct ApiDoc;

/// The document the code describes, as `imvo-tracker openapi` prints it and
/// `openapi/openapi.json` holds it.
pub fn document() -> Document {
    let (_, paths) = App::new()
        .into_utoipa_app()
        .service(crate::routes::v1_scope())
        .split_for_parts();
    let mut doc = ApiDoc::openapi();
    doc.merge(paths);
    apply_conventions(&mut doc);
    offer_csv(&mut doc);
    doc
}

/// Offers `text/csv` beside JSON on every read tagged by the data version
/// (lists, the feed, metrics: those with `Last-Modified`), with the columns
/// `CsvTables` will write, read off the JSON schema of the answer.
fn offer_csv(doc: &mut Document) {
    let Ok(json) = serde_json::to_value(&*doc) else {
        return;
    };
    for (path, item) in &mut doc.paths.paths {
        let Some(RefOr::T(ok)) = item
            .get
            .as_mut()
            .and_then(|get| get.responses.responses.get_mut("200"))
        else {
            continue;
        };
        if !ok.headers.contains_key("Last-Modified") {
            continue;
        }
        let pointer = format!(
            "/paths/{}/get/responses/200/content/application~1json/schema",
            path.replace('~', "~0").replace('/', "~1")
        );
        let table = json
            .pointer(&pointer)
            .and_then(|schema| Table::of_schema(&json, path, schema));
        let Some(table) = table else { continue };
        let header = table.header().join(",");
        let mut content = Content::new(Some(
            Object::builder()
                .schema_type(Type::String)
                .description(Some(format!(
                    "CSV (RFC 4180, UTF-8, lines ending in CRLF), asked for with `Accept: text/csv`. A header row names the columns: `{}`. {}, each value as in the JSON answer: a nested member as `parent.member`, a list of values joined by `; `, anything nested deeper as JSON, empty for `null`. Paging links come in the `Link` header.",
                    table.header().join("`, `"),
                    table.rows_described(),
                ))),
        ));
        content.example = Some(serde_json::Value::String(format!("{header}\r\n")));
        ok.content.insert("text/csv".to_owned(), RefOr::T(content));
        ok.headers.insert(
            "Vary".to_owned(),
            string_header("`Accept`: JSON and CSV are two representations of this answer, each with its own `ETag`."),
        );
    }
}

/// The JSON Schema keywords utoipa has no field for, which the document
/// carries as extensions (`refuse_unknown_members`, `schema_rules`), in the
/// order they are written.
const EXTENSION_KEYWORDS: &[&str] = &[
    "unevaluatedProperties",
    "if",
    "then",
    "else",
    "dependentSchemas",
];

/// `doc` as JSON, the same text on every run: utoipa keeps extensions in a
/// hash map, whose order changes from one process to the next.
pub fn to_json(doc: &Document) -> serde_json::Result<serde_json::Value> {
    fn canonical(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                for keyword in EXTENSION_KEYWORDS {
                    if let Some(rule) = map.shift_remove(*keyword) {
                        map.insert((*keyword).to_owned(), rule);
                    }
                }
                map.values_mut().for_each(canonical);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(canonical),
            _ => {}
        }
    }
    let mut json = serde_json::to_value(doc)?;
    canonical(&mut json);
    Ok(json)
}

/// The document a running service serves: `base` (its public address) as
/// the server, and, when reads require a token, the security of every read.
pub fn served_document(base: &str, reads_require_token: bool) -> Document {
    let mut doc = document();
    doc.servers = Some(vec![Server::new(format!(
        "{}/v1",
        base.trim_end_matches('/')
    ))]);
    if reads_require_token {
        for item in doc.paths.paths.values_mut() {
            let Some(read) = item.get.as_mut() else {
                continue;
            };
            let public = read
                .tags
                .iter()
                .flatten()
                .any(|t| t == "Operations" || t == "Documentation");
            if !public && read.security.is_none() {
                read.security = Some(vec![bearer_requirement()]);
                add_reference(read, "401", "Unauthorized");
            }
        }
    }
    doc
}

const BEARER: &str = "bearerAuth";

fn bearer_requirement() -> SecurityRequirement {
    SecurityRequirement::new(BEARER, Vec::<String>::new())
}

fn add_reference(operation: &mut Operation, status: &str, name: &str) {
    operation
        .responses
        .responses
        .entry(status.to_owned())
        .or_insert_with(|| RefOr::Ref(Ref::new(format!("#/components/responses/{name}"))));
}

/// Problem responses that can happen on any operation, by status.
const COMMON_PROBLEMS: &[(&str, &str, &str)] = &[
    (
        "400",
        "BadRequest",
        "The request is invalid; `errors` names each invalid field or parameter.",
    ),
    (
        "404",
        "NotFound",
        "Nothing exists at this path: `detail` says which of its parameters names nothing.",
    ),
    (
        "406",
        "NotAcceptable",
        "The `Accept` header admits none of the media types this operation answers in (JSON, and CSV for lists and metrics); `detail` names them.",
    ),
    (
        "408",
        "RequestTimeout",
        "The request body did not arrive in time; the connection is closed.",
    ),
    (
        "409",
        "Conflict",
        "The write conflicts with what is stored: a duplicate of a unique key, or records that still refer to this one; `detail` names them.",
    ),
    (
        "412",
        "PreconditionFailed",
        "The resource changed since the ETag in `If-Match` was read: read it again and reapply the change.",
    ),
    (
        "413",
        "PayloadTooLarge",
        "The request body is larger than the service accepts.",
    ),
    (
        "414",
        "UriTooLong",
        "The path and query together are longer than 8192 bytes.",
    ),
    (
        "415",
        "UnsupportedMediaType",
        "The request body's `Content-Type` is not supported here.",
    ),
    (
        "422",
        "IdempotencyKeyReused",
        "The `Idempotency-Key` was already used for another request (another body or path): use a new key.",
    ),
    (
        "431",
        "RequestHeaderFieldsTooLarge",
        "The request has more than 64 header fields, or more than 16384 bytes of them.",
    ),
    (
        "500",
        "InternalServerError",
        "The service failed; the problem has been logged.",
    ),
    (
        "503",
        "ServiceUnavailable",
        "The database is unavailable; try again after `Retry-After` seconds.",
    ),
];

/// Lists served by handlers of their own (not `Endpoints`), with what their
/// `sort` may name.
const HANDLER_SORTS: &[(&str, &[&str])] = &[(
    "/v1/audit-events",
    <AuditEventFilter as ListFilter>::SORTABLE,
)];

fn apply_conventions(doc: &mut Document) {
    let paths = std::mem::take(&mut doc.paths.paths);
    for (path, mut item) in paths {
        let sorted = HANDLER_SORTS.iter().find(|(p, _)| *p == path);
        if let (Some((_, sortable)), Some(list)) = (sorted, item.get.as_mut()) {
            let params = list.parameters.iter_mut().flatten();
            document_sort(
                params.filter_map(|p| match p {
                    RefOr::T(p) => Some(p),
                    RefOr::Ref(_) => None,
                }),
                sortable,
            );
        }
        let writes = [
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for write in writes.into_iter().flatten() {
            write
                .security
                .get_or_insert_with(|| vec![bearer_requirement()]);
        }
        let operations = [
            (&mut item.get, Method::Get),
            (&mut item.put, Method::Change),
            (&mut item.post, Method::Post),
            (&mut item.delete, Method::Change),
            (&mut item.patch, Method::Change),
        ];
        for (operation, method) in operations {
            let Some(operation) = operation else { continue };
            if operation.security.is_some() {
                add_reference(operation, "401", "Unauthorized");
                add_reference(operation, "403", "Forbidden");
            }
            document_operation(operation, method, &path);
            let queries = operation.parameters.iter_mut().flatten();
            for query in queries.filter_map(|p| match p {
                RefOr::T(p) if p.parameter_in == ParameterIn::Query => Some(p),
                _ => None,
            }) {
                if let Some(RefOr::T(schema)) = query.schema.as_mut() {
                    document_filter_values(schema);
                    document_free_text(schema, QUERY_TEXT);
                }
            }
        }
        let relative = path.strip_prefix("/v1").unwrap_or(&path).to_owned();
        doc.paths.paths.insert(relative, item);
    }
    let components = doc.components.get_or_insert_with(Default::default);
    let bodies = components
        .schemas
        .iter_mut()
        .filter(|(name, _)| name.ends_with("Input") || name.ends_with("Patch"));
    for (name, schema) in bodies {
        if let RefOr::T(schema) = schema {
            document_free_text(schema, BODY_TEXT);
            refuse_unknown_members(schema);
            if let Schema::Object(object) = schema {
                let extensions = object.extensions.get_or_insert_with(Default::default);
                for (keyword, rule) in schema_rules::of(name) {
                    extensions.insert(keyword.to_owned(), rule);
                }
            }
        }
    }
    for (status, name, description) in COMMON_PROBLEMS {
        components.responses.insert(
            (*name).to_owned(),
            RefOr::T(problem_response(status, description)),
        );
    }
    components.parameters.insert(
        "IfNoneMatch".to_owned(),
        RefOr::T(header_parameter(
            "If-None-Match",
            "ETags last read; the answer is 304 with no body while one of them is still current.",
        )),
    );
    components.parameters.insert(
        "IfModifiedSince".to_owned(),
        RefOr::T(header_parameter(
            "If-Modified-Since",
            "The `Last-Modified` last read; the answer is 304 with no body if the record has not changed since. `If-None-Match` takes precedence.",
        )),
    );
    components.parameters.insert(
        "IdempotencyKey".to_owned(),
        RefOr::T(header_parameter(
            "Idempotency-Key",
            "A key of your choosing (1 to 255 visible ASCII characters, a UUID say), to retry this create safely: a retry with the same key and body within 24 hours gets the first answer again (201, the same record) instead of a second record; the same key with another body gets 422, and a retry while the first is still running 409.",
        )),
    );
    components.parameters.insert(
        "IfMatch".to_owned(),
        RefOr::T(header_parameter(
            "If-Match",
            "The ETag last read; the write is refused with 412 if the resource changed since.",
        )),
    );
    let mut unavailable = problem_response(
        "503",
        "The database is unavailable; try again after `Retry-After` seconds.",
    );
    unavailable.headers.insert(
        "Retry-After".to_owned(),
        string_header("Seconds to wait before trying again."),
    );
    components
        .responses
        .insert("ServiceUnavailable".to_owned(), RefOr::T(unavailable));
    let mut unauthorized = problem_response(
        "401",
        "No bearer token, or one that is malformed, badly signed, expired, not yet valid, or for another issuer or audience.",
    );
    unauthorized.headers.insert(
        "WWW-Authenticate".to_owned(),
        string_header("The Bearer challenge (RFC 6750)."),
    );
    components
        .responses
        .insert("Unauthorized".to_owned(), RefOr::T(unauthorized));
    components.responses.insert(
        "Forbidden".to_owned(),
        RefOr::T(problem_response(
            "403",
            "The token is valid but its role (or covenant list) does not allow this. Said before any lookup, so it tells nothing about whether the resource exists.",
        )),
    );
    components.security_schemes.insert(
        BEARER.to_owned(),
        RefOr::T(SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .bearer_format("JWT")
                .description(Some(
                    "A JWT with `sub`, `exp`, `role` (`admin`, `secretariat` or `reader`) and, for a secretariat, `covenants` (covenant codes). Locally: `imvo-tracker token --role admin`.",
                ))
                .build(),
        )),
    );
}

/// What every query parameter refuses (`listing`): control characters.
const QUERY_TEXT: &str = r"^[^\u0000-\u001F\u007F-\u009F]*$";
/// What every string in a body refuses (`json_body`): control characters
/// other than tab and line breaks.
const BODY_TEXT: &str = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$";

/// States that a body refuses members it does not declare as
/// `unevaluatedProperties: false` rather than `additionalProperties: false`:
/// the same rule for these flat objects, but openapi-generator warns on every
/// `additionalProperties` that is not a reference in a 3.1 document. The
/// server checks bodies against the structs' own schemas, unchanged.
fn refuse_unknown_members(schema: &mut Schema) {
    if let Schema::Object(object) = schema
        && object.additional_properties.take().is_some()
    {
        object
            .extensions
            .get_or_insert_with(Default::default)
            .insert("unevaluatedProperties".to_owned(), false.into());
    }
}

/// Declares `pattern` on the free-text strings of `schema` (those without a
/// format, pattern or enum of their own), so that clients and generators
/// know the characters the server refuses.
/// What one value of a filter that takes several (`http::any_of`) may be:
/// not empty or blank, and without the comma that separates values.
const FILTER_VALUE: &str = r"^[^,\u0000-\u001F\u007F-\u009F]*[^,\s\u0000-\u001F\u007F-\u009F][^,\u0000-\u001F\u007F-\u009F]*$";

/// Gives the text values of a filter that takes several the pattern
/// `FILTER_VALUE`.
fn document_filter_values(schema: &mut Schema) {
    let Schema::Array(array) = schema else { return };
    if let ArrayItems::RefOrSchema(items) = &mut array.items
        && let RefOr::T(Schema::Object(item)) = items.as_mut()
        && item.schema_type == SchemaType::Type(Type::String)
        && item.pattern.is_none()
        && item.enum_values.is_none()
    {
        item.pattern = Some(FILTER_VALUE.to_owned());
    }
}

fn document_free_text(schema: &mut Schema, pattern: &str) {
    match schema {
        Schema::Object(object) => {
            let string = match &object.schema_type {
                SchemaType::Type(t) => *t == Type::String,
                SchemaType::Array(types) => types.contains(&Type::String),
                SchemaType::AnyValue => false,
            };
            // Fields checked with `rules::name`, `title` or `source` name the
            // pattern by this placeholder: attributes take only literals.
            if object.pattern.as_deref() == Some("SINGLE_LINE") {
                object.pattern = Some(rules::SINGLE_LINE.to_owned());
            }
            if string
                && object.pattern.is_none()
                && object.format.is_none()
                && object.enum_values.is_none()
            {
                object.pattern = Some(pattern.to_owned());
            }
            for property in object.properties.values_mut() {
                if let RefOr::T(property) = property {
                    document_free_text(property, pattern);
                }
            }
        }
        Schema::Array(array) => {
            if let ArrayItems::RefOrSchema(items) = &mut array.items
                && let RefOr::T(items) = items.as_mut()
            {
                document_free_text(items, pattern);
            }
        }
        _ => {}
    }
}

/// The methods whose conventions differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    Get,
    Post,
    /// `PUT`, `PATCH`, `DELETE`: writes to a stored resource.
    Change,
}

/// Adds to one operation what every operation of its kind shares: the
/// conditional-request headers and responses, the `API-Version` and `ETag`
/// headers, and the problem responses that can happen.
fn document_operation(operation: &mut Operation, method: Method, path: &str) {
    let parameters = operation.parameters.get_or_insert_with(Vec::new);
    let has_path_parameters = parameters
        .iter()
        .any(|p| matches!(p, RefOr::T(p) if p.parameter_in == ParameterIn::Path));
    let conditional = method == Method::Get && has_etag(operation);
    // Lists, feeds and metrics (not one resource by its key) are tagged by
    // the data version (`http::revalidation`), which also dates them.
    let dated = conditional && !path.ends_with('}');
    let stored_write = method == Method::Change;
    let parameters = operation.parameters.get_or_insert_with(Vec::new);
    if conditional {
        parameters.push(RefOr::Ref(Ref::new("#/components/parameters/IfNoneMatch")));
    }
    if dated {
        parameters.push(RefOr::Ref(Ref::new(
            "#/components/parameters/IfModifiedSince",
        )));
    }
    if stored_write {
        parameters.push(RefOr::Ref(Ref::new("#/components/parameters/IfMatch")));
    }
    if method == Method::Post {
        parameters.push(RefOr::Ref(Ref::new(
            "#/components/parameters/IdempotencyKey",
        )));
    }
    let has_parameters = !parameters.is_empty();
    if !has_parameters {
        operation.parameters = None;
    }
    let has_body = operation.request_body.is_some();
    let responses = &mut operation.responses.responses;
    if conditional {
        responses.insert(
            "304".to_owned(),
            RefOr::T(
                ResponseBuilder::new()
                    .description(
                        "Not modified: the answer is still the one tagged in `If-None-Match` (or, without it, unchanged since `If-Modified-Since`).",
                    )
                    .build(),
            ),
        );
    }
    for (status, response) in responses.iter_mut() {
        let RefOr::T(response) = response else {
            continue;
        };
        if status.starts_with('2') || status.starts_with('3') {
            response.headers.insert(
                "API-Version".to_owned(),
                string_header("Version of the API that answered (semantic versioning)."),
            );
        }
        if conditional && (status == "200" || status == "304") {
            response.headers.insert(
                "Cache-Control".to_owned(),
                string_header(
                    "`public, no-cache` (`private, no-cache` for a request with a token): caches may keep the answer but must revalidate it before each use.",
                ),
            );
        }
        if dated && (status == "200" || status == "304") {
            response.headers.insert(
                "Last-Modified".to_owned(),
                string_header(
                    "When the record last changed (HTTP date): send it in `If-Modified-Since` to revalidate.",
                ),
            );
        }
        if (status == "200" || status == "201") && (conditional || method != Method::Get) {
            response.headers.insert(
                "ETag".to_owned(),
                string_header(
                    "Entity tag of the representation: send it in `If-None-Match` to revalidate, or in `If-Match` to write safely.",
                ),
            );
        }
    }
    for (status, name, _) in COMMON_PROBLEMS {
        let applies = match *status {
            "400" => has_body || has_parameters,
            "408" | "413" | "415" => has_body,
            "404" => has_path_parameters,
            "409" => method != Method::Get,
            "412" => stored_write,
            "422" => method == Method::Post,
            _ => true,
        };
        if applies && !responses.contains_key(*status) {
            responses.insert(
                (*status).to_owned(),
                RefOr::Ref(Ref::new(format!("#/components/responses/{name}"))),
            );
        }
    }
}

/// Whether a read answers with an `ETag` (all do but the operational ones).
fn has_etag(operation: &Operation) -> bool {
    !operation
        .tags
        .iter()
        .flatten()
        .any(|t| t == "Operations" || t == "Documentation")
}

fn header_parameter(name: &str, description: &str) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Header)
        .required(Required::False)
        .description(Some(description))
        .schema(Some(Object::with_type(Type::String)))
        .build()
}

fn string_header(description: &str) -> RefOr<Header> {
    RefOr::T(
        HeaderBuilder::new()
            .schema(Some(Object::with_type(Type::String)))
            .description(Some(description))
            .build(),
    )
}

fn problem_response(status: &str, description: &str) -> Response {
    let mut content = Content::new(Some(RefOr::Ref(Ref::from_schema_name("Problem"))));
    content.example = Some(problem_example(status));
    ResponseBuilder::new()
        .description(description)
        .content("application/problem+json", content)
        .build()
}

/// What a problem document with `status` looks like, for the documentation
/// (without an example of its own, every error would show the schema's 400).
fn problem_example(status: &str) -> serde_json::Value {
    let code = status.parse::<u16>().unwrap_or(500);
    let (instance, detail) = match code {
        400 => ("/v1/sectors", "The request has 1 invalid field."),
        401 => ("/v1/sectors", "A bearer token is required to write."),
        403 => (
            "/v1/covenants/textile",
            "A secretariat may write only its own covenants (`gold`).",
        ),
        404 => ("/v1/sectors/tea", "There is no sector with code `tea`."),
        406 => (
            "/v1/sectors",
            "This resource answers in application/json or text/csv (errors in application/problem+json); the Accept header admits none of them.",
        ),
        408 => (
            "/v1/sectors",
            "The request body did not arrive within 10 seconds.",
        ),
        409 => (
            "/v1/sectors",
            "A sector with code `textile` already exists.",
        ),
        412 => (
            "/v1/sectors/textile",
            "The resource has changed since it was read: its ETag no longer matches If-Match.",
        ),
        413 => (
            "/v1/sectors",
            "The request body is larger than the limit of 65536 bytes.",
        ),
        414 => (
            "/v1/sectors",
            "The path and query are 9000 bytes long; at most 8192 are served.",
        ),
        415 => ("/v1/sectors", "The request body must be application/json."),
        422 => (
            "/v1/sectors",
            "This Idempotency-Key was used for a different request (another body or path); use a new key for a new request.",
        ),
        431 => (
            "/v1/sectors",
            "The request has 70 header fields of 900 bytes; at most 64 fields of 16384 bytes in all are served.",
        ),
        503 => ("/v1/sectors", "The database is unavailable."),
        _ => (
            "/v1/sectors",
            "The server could not handle the request; it has been logged.",
        ),
    };
    let title = actix_web::http::StatusCode::from_u16(code)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error");
    let mut example = serde_json::json!({
        "type": "about:blank",
        "title": title,
        "status": code,
        "detail": detail,
        "instance": instance,
    });
    if code == 400 {
        example["errors"] = serde_json::json!([
            {"pointer": "#/code", "detail": "must be 2 to 40 lowercase letters, digits or single hyphens, starting with a letter"}
        ]);
    }
    example
}
