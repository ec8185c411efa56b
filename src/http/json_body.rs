//! Request bodies: checked for media type and size, parsed so that every
//! structural problem (unknown member, wrong type, missing member) is reported
//! together, then validated by the type's own rules.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::web::BytesMut;
use actix_web::{FromRequest, HttpRequest};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::Schema;

use crate::error::{AppError, FieldError};
use crate::http::validation::Validate;

/// Most structural errors reported for one body; the rest are not worth it.
const MAX_REPORTED: usize = 50;

/// A JSON request body (`application/json`). The extractor only reads it
/// (413 past the limit); `parse` checks its media type and content, so a
/// handler authorizes the caller first and validates the body after.
pub struct JsonBody<T> {
    body: RawBody,
    target: PhantomData<T>,
}

/// A JSON Merge Patch body (RFC 7396): `application/merge-patch+json` or
/// `application/json`, an object whose members replace those of the resource
/// and whose `null` members clear them. Read like `JsonBody`.
pub struct MergePatch {
    body: RawBody,
}

struct RawBody {
    content_type: Option<String>,
    bytes: BytesMut,
}

/// The largest body accepted; set by `startup`.
#[derive(Debug, Clone, Copy)]
pub struct BodyLimit(pub usize);

impl<T> JsonBody<T>
where
    T: DeserializeOwned + utoipa::PartialSchema + Validate,
{
    /// The body as `T`, or a 415 or a 400 naming every invalid member.
    pub fn parse(self) -> Result<T, AppError> {
        self.body.check_media_type(&["application/json"])?;
        from_value(parse_json(&self.body.bytes)?)
    }
}

impl MergePatch {
    /// The patch document, or a 415 or a 400.
    pub fn parse(self) -> Result<Value, AppError> {
        self.body
            .check_media_type(&["application/merge-patch+json", "application/json"])?;
        match parse_json(&self.body.bytes)? {
            value @ Value::Object(_) => Ok(value),
            _ => Err(AppError::invalid(vec![FieldError::body(
                "",
                "a merge patch must be a JSON object",
            )])),
        }
    }
}

impl<T: 'static> FromRequest for JsonBody<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = RawBody::read(req, payload);
        Box::pin(async move {
            Ok(Self {
                body: body.await?,
                target: PhantomData,
            })
        })
    }
}

impl FromRequest for MergePatch {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = RawBody::read(req, payload);
        Box::pin(async move { Ok(Self { body: body.await? }) })
    }
}

impl RawBody {
    fn read(
        req: &HttpRequest,
        payload: &mut Payload,
    ) -> impl Future<Output = Result<Self, AppError>> + 'static {
        let content_type = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.split(';')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase()
            });
        let bytes = read_body(req, payload);
        async move {
            Ok(Self {
                content_type,
                bytes: bytes.await?,
            })
        }
    }

    fn check_media_type(&self, accepted: &[&str]) -> Result<(), AppError> {
        match &self.content_type {
            Some(media_type) if accepted.contains(&media_type.as_str()) => Ok(()),
            Some(media_type) => Err(AppError::UnsupportedMediaType(format!(
                "Content-Type `{media_type}` is not supported here; send {}.",
                accepted.join(" or ")
            ))),
            None => Err(AppError::UnsupportedMediaType(format!(
                "The request has no Content-Type; send {}.",
                accepted.join(" or ")
            ))),
        }
    }
}

fn read_body(
    req: &HttpRequest,
    payload: &mut Payload,
) -> impl Future<Output = Result<BytesMut, AppError>> + 'static {
    let limit = req
        .app_data::<BodyLimit>()
        .map_or(64 * 1024, |limit| limit.0);
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let mut payload = payload.take();
    async move {
        if declared.is_some_and(|length| length > limit) {
            return Err(AppError::PayloadTooLarge(limit));
        }
        let mut body = BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|e| {
                AppError::invalid(vec![FieldError::body(
                    "",
                    format!("the body could not be read: {e}"),
                )])
            })?;
            if body.len() + chunk.len() > limit {
                return Err(AppError::PayloadTooLarge(limit));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }
}

fn parse_json(body: &[u8]) -> Result<Value, AppError> {
    if body.is_empty() {
        return Err(AppError::invalid(vec![FieldError::body(
            "",
            "the request body is empty; send a JSON object",
        )]));
    }
    serde_json::from_slice(body).map_err(|e| {
        AppError::invalid(vec![FieldError::body(
            "",
            format!("the body is not valid JSON: {e}"),
        )])
    })
}

/// Turns a JSON value into `T`, reporting every problem at once: members the
/// schema requires but the body lacks, unknown members, members of the wrong
/// type, and the type's own validation rules for the members that parsed.
///
/// To check the rest of a body whose member is missing or of the wrong type,
/// that member is stood in for by its documented example while parsing, and
/// the stand-in's own findings are dropped.
pub fn from_value<T>(value: Value) -> Result<T, AppError>
where
    T: DeserializeOwned + utoipa::PartialSchema + Validate,
{
    let Value::Object(mut object) = value else {
        return Err(AppError::invalid(vec![FieldError::body(
            "",
            "the body must be a JSON object",
        )]));
    };
    let schema = object_schema::<T>();
    let mut errors = Vec::new();
    let mut stood_in: Vec<String> = Vec::new();
    for name in schema
        .as_ref()
        .map(|s| s.required.clone())
        .unwrap_or_default()
    {
        if !object.contains_key(&name) {
            errors.push(FieldError::body(&format!("/{name}"), "is required"));
            stand_in(&mut object, &name, schema.as_ref(), &mut stood_in);
        }
    }
    let parsed = loop {
        match serde_path_to_error::deserialize::<_, T>(Value::Object(object.clone())) {
            Ok(parsed) => break Some(parsed),
            Err(error) => {
                let message = error.inner().to_string();
                if message.starts_with("missing field") {
                    // Already reported from the schema's `required` list.
                    break None;
                }
                let segments = path_segments(error.path());
                let (pointer, detail, member) = describe(&segments, &message);
                errors.push(FieldError::body(&pointer, detail));
                match member {
                    Some(name) if errors.len() < MAX_REPORTED && !stood_in.contains(&name) => {
                        object.remove(&name);
                        stand_in(&mut object, &name, schema.as_ref(), &mut stood_in);
                    }
                    _ => break None,
                }
            }
        }
    };
    if let Some(parsed) = parsed {
        match parsed.validate() {
            Ok(()) if errors.is_empty() => return Ok(parsed),
            Ok(()) => {}
            Err(rule_errors) => errors.extend(rule_errors.into_iter().filter(|e| {
                let member = e
                    .pointer
                    .as_deref()
                    .and_then(|p| p.strip_prefix("#/"))
                    .and_then(|p| p.split('/').next());
                !member.is_some_and(|m| stood_in.iter().any(|s| s == m))
            })),
        }
    }
    Err(AppError::invalid(errors))
}

fn object_schema<T: utoipa::PartialSchema>() -> Option<utoipa::openapi::schema::Object> {
    match T::schema() {
        RefOr::T(Schema::Object(object)) => Some(object),
        _ => None,
    }
}

/// Puts the member's documented example in its place, if it has one.
fn stand_in(
    object: &mut Map<String, Value>,
    name: &str,
    schema: Option<&utoipa::openapi::schema::Object>,
    stood_in: &mut Vec<String>,
) {
    let example = schema
        .and_then(|s| s.properties.get(name))
        .and_then(|property| match property {
            RefOr::T(Schema::Object(p)) => {
                p.examples.first().cloned().or_else(|| p.example.clone())
            }
            _ => None,
        });
    if let Some(example) = example {
        object.insert(name.to_owned(), example);
    }
    stood_in.push(name.to_owned());
}

fn path_segments(path: &serde_path_to_error::Path) -> Vec<String> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(index.to_string()),
            Segment::Map { key } => Some(key.replace('~', "~0").replace('/', "~1")),
            Segment::Enum { variant } => Some(variant.clone()),
            Segment::Unknown => None,
        })
        .collect()
}

/// The JSON Pointer, a plain reason and the top-level member at fault, from
/// serde's path and message.
fn describe(segments: &[String], message: &str) -> (String, String, Option<String>) {
    let mut segments = segments.to_vec();
    let reason = if let Some(name) =
        between_backticks(message).filter(|_| message.starts_with("unknown field"))
    {
        if segments.last().map(String::as_str) != Some(name) {
            segments.push(name.to_owned());
        }
        "is not a member of this resource".to_owned()
    } else {
        message
            .split(" at line ")
            .next()
            .unwrap_or(message)
            .replace("invalid type: ", "has the wrong type: ")
    };
    let pointer = segments.iter().map(|s| format!("/{s}")).collect();
    (pointer, reason, segments.first().cloned())
}

fn between_backticks(message: &str) -> Option<&str> {
    let start = message.find('`')? + 1;
    let end = start + message[start..].find('`')?;
    Some(&message[start..end])
}

/// Applies an RFC 7396 merge patch to a resource's writable representation.
pub fn merge(mut target: Value, patch: &Value) -> Value {
    json_patch::merge(&mut target, patch);
    target
}
