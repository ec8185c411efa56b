//! Request bodies: checked for media type and size, read within a time
//! limit, parsed so that every structural problem (unknown or repeated
//! member, wrong type, missing member, control character, date not written
//! exactly) is reported together, then validated by the type's own rules.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::time::Duration;

use actix_web::dev::Payload;
use actix_web::error::InternalError;
use actix_web::http::header;
use actix_web::http::{ConnectionType, StatusCode};
use actix_web::web::BytesMut;
use actix_web::{FromRequest, HttpRequest};
use futures_util::StreamExt;
use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ArrayItems, Schema, SchemaType, Type};

use crate::error::{AppError, FieldError, Problem};
use crate::http::validation::{DateFormat, MAX_REPORTED, Validate, has_refused_control, invalid};

/// How long a whole request body may take to arrive. A client that
/// announces a body and sends it slowly, or not at all, would otherwise
/// hold its connection and a worker's attention for as long as it likes;
/// the largest body (`MAX_BODY_BYTES`, 64 KiB by default) takes well under
/// a second on any working link. Fixed here: a setting would need `config`.
const BODY_TIMEOUT: Duration = Duration::from_secs(10);

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
    T: DeserializeOwned + utoipa::ToSchema + Validate,
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
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, actix_web::Error>>>>;

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
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = RawBody::read(req, payload);
        Box::pin(async move { Ok(Self { body: body.await? }) })
    }
}

impl RawBody {
    fn read(
        req: &HttpRequest,
        payload: &mut Payload,
    ) -> impl Future<Output = Result<Self, actix_web::Error>> + 'static {
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

/// The body, or 413 past the limit, or 408 when it does not arrive in time.
fn read_body(
    req: &HttpRequest,
    payload: &mut Payload,
) -> impl Future<Output = Result<BytesMut, actix_web::Error>> + 'static {
    let limit = req
        .app_data::<BodyLimit>()
        .map_or(64 * 1024, |limit| limit.0);
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let mut payload = payload.take();
    let read = async move {
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
    };
    async move {
        match actix_web::rt::time::timeout(BODY_TIMEOUT, read).await {
            Ok(read) => read.map_err(actix_web::Error::from),
            Err(_) => Err(body_timeout()),
        }
    }
}

/// 408, closing the connection: the rest of the body may still come.
fn body_timeout() -> actix_web::Error {
    let detail = format!(
        "The request body did not arrive within {} seconds.",
        BODY_TIMEOUT.as_secs()
    );
    let mut response = Problem::new(StatusCode::REQUEST_TIMEOUT, &detail, vec![]).into_response();
    response
        .head_mut()
        .set_connection_type(ConnectionType::Close);
    InternalError::from_response(detail, response).into()
}

fn parse_json(body: &[u8]) -> Result<Value, AppError> {
    if body.is_empty() {
        return Err(AppError::invalid(vec![FieldError::body(
            "",
            "the request body is empty; send a JSON object",
        )]));
    }
    let mut found = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = Screened {
        pointer: String::new(),
        found: &mut found,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value))
    .map_err(|e| {
        AppError::invalid(vec![FieldError::body(
            "",
            format!("the body is not valid JSON: {e}"),
        )])
    })?;
    if found.is_empty() {
        Ok(value)
    } else {
        Err(invalid(found))
    }
}

/// Reads a JSON document as `serde_json::Value` would, noting at their
/// pointers what it would let through: a member given twice (the last one
/// silently winning) and control characters in strings and member names.
struct Screened<'a> {
    pointer: String,
    found: &'a mut Vec<FieldError>,
}

impl Screened<'_> {
    /// Notes a finding; one past what is reported is enough to know there
    /// are more.
    fn note(&mut self, pointer: &str, detail: &str) {
        if self.found.len() <= MAX_REPORTED {
            self.found.push(FieldError::body(pointer, detail));
        }
    }

    fn text(mut self, text: String) -> Value {
        if has_refused_control(&text) {
            let pointer = std::mem::take(&mut self.pointer);
            self.note(
                &pointer,
                "must not contain control characters (other than tab and line breaks)",
            );
        }
        Value::String(text)
    }
}

impl<'de> DeserializeSeed<'de> for Screened<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Screened<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(self.text(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(self.text(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let item = Screened {
                pointer: format!("{}/{}", self.pointer, items.len()),
                found: &mut *self.found,
            };
            match seq.next_element_seed(item)? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while let Some(name) = map.next_key::<String>()? {
            let pointer = format!("{}/{}", self.pointer, escape(&name));
            if has_refused_control(&name) {
                self.note(
                    &pointer,
                    "the member's name must not contain control characters",
                );
            }
            let value = map.next_value_seed(Screened {
                pointer: pointer.clone(),
                found: &mut *self.found,
            })?;
            if members.contains_key(&name) {
                let reported = format!("#{pointer}");
                if !self
                    .found
                    .iter()
                    .any(|e| e.pointer.as_ref() == Some(&reported))
                {
                    self.note(&pointer, "is given more than once");
                }
            } else {
                members.insert(name, value);
            }
        }
        Ok(Value::Object(members))
    }
}

/// A member name as a JSON Pointer segment (RFC 6901).
fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// Turns a JSON value into `T`, reporting every problem at once: members the
/// schema requires but the body lacks, unknown members, members of the wrong
/// type, and the type's own validation rules for the members that parsed.
///
/// To check the rest of a body whose member is missing or of the wrong type,
/// that member is stood in for by its documented example while parsing, and
/// the stand-in's own findings are dropped.
///
/// Before serde reads them, members are checked against the type's schema
/// where serde would be more lenient than the schema: a date or date-time
/// must be written exactly so (`DateFormat`), and an integer may be written
/// as an integer-valued number (`362879.0`), as JSON Schema allows.
pub fn from_value<T>(value: Value) -> Result<T, AppError>
where
    T: DeserializeOwned + utoipa::ToSchema + Validate,
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
            stand_in::<T>(&mut object, &name, schema.as_ref(), &mut stood_in);
        }
    }
    if let Some(schema) = &schema {
        for name in screen_members(&mut object, schema, "", &mut errors) {
            object.remove(&name);
            stand_in::<T>(&mut object, &name, Some(schema), &mut stood_in);
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
                        stand_in::<T>(&mut object, &name, schema.as_ref(), &mut stood_in);
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
    Err(invalid(errors))
}

/// Checks the members of `object` that `schema` declares (see `from_value`),
/// noting what is wrong under `pointer`; answers the members at fault.
fn screen_members(
    object: &mut Map<String, Value>,
    schema: &utoipa::openapi::schema::Object,
    pointer: &str,
    errors: &mut Vec<FieldError>,
) -> Vec<String> {
    let mut wrong = Vec::new();
    for (name, value) in object.iter_mut() {
        if let Some(property) = schema.properties.get(name) {
            let before = errors.len();
            screen(
                value,
                property,
                &format!("{pointer}/{}", escape(name)),
                errors,
            );
            if errors.len() > before {
                wrong.push(name.clone());
            }
        }
    }
    wrong
}

/// One value against its (inline) schema; named schemas (`$ref`) are the
/// enumerations, strings without a format.
fn screen(value: &mut Value, schema: &RefOr<Schema>, pointer: &str, errors: &mut Vec<FieldError>) {
    match (value, schema) {
        (Value::String(text), schema) => {
            if let Some(reason) = DateFormat::of(schema).and_then(|format| format.refuse(text)) {
                errors.push(FieldError::body(pointer, reason));
            }
        }
        (Value::Number(number), RefOr::T(Schema::Object(object)))
            if is_integer(&object.schema_type) =>
        {
            if let Some(whole) = whole_number(number) {
                *number = whole;
            }
        }
        (Value::Object(members), RefOr::T(Schema::Object(object))) => {
            screen_members(members, object, pointer, errors);
        }
        (Value::Array(items), RefOr::T(Schema::Array(array))) => {
            if let ArrayItems::RefOrSchema(item) = &array.items {
                for (index, value) in items.iter_mut().enumerate() {
                    screen(value, item, &format!("{pointer}/{index}"), errors);
                }
            }
        }
        _ => {}
    }
}

fn is_integer(schema_type: &SchemaType) -> bool {
    match schema_type {
        SchemaType::Type(t) => *t == Type::Integer,
        SchemaType::Array(types) => types.contains(&Type::Integer),
        SchemaType::AnyValue => false,
    }
}

/// An integer-valued float as the integer it is, when it fits 64 bits.
fn whole_number(number: &Number) -> Option<Number> {
    const TWO_TO_63: f64 = 9_223_372_036_854_775_808.0;
    let float = number
        .as_f64()
        .filter(|f| number.is_f64() && f.fract() == 0.0)?;
    if (0.0..2.0 * TWO_TO_63).contains(&float) {
        Some(Number::from(float as u64))
    } else if (-TWO_TO_63..0.0).contains(&float) {
        Some(Number::from(float as i64))
    } else {
        None
    }
}

fn object_schema<T: utoipa::PartialSchema>() -> Option<utoipa::openapi::schema::Object> {
    match T::schema() {
        RefOr::T(Schema::Object(object)) => Some(object),
        _ => None,
    }
}

/// Puts the member's documented example in its place, if it has one.
fn stand_in<T: utoipa::ToSchema>(
    object: &mut Map<String, Value>,
    name: &str,
    schema: Option<&utoipa::openapi::schema::Object>,
    stood_in: &mut Vec<String>,
) {
    let example = schema
        .and_then(|s| s.properties.get(name))
        .and_then(|property| match property {
            // A named type: its example is in its own schema.
            RefOr::Ref(reference) => {
                let mut named = Vec::new();
                T::schemas(&mut named);
                let name = reference
                    .ref_location
                    .rsplit('/')
                    .next()
                    .unwrap_or_default();
                named
                    .iter()
                    .find(|(n, _)| n == name)
                    .and_then(|(_, schema)| example_of(schema))
            }
            inline => example_of(inline),
        });
    if let Some(example) = example {
        object.insert(name.to_owned(), example);
    }
    stood_in.push(name.to_owned());
}

/// A property's example, also where it is wrapped in `allOf` (an inlined
/// type with a description of its own).
fn example_of(property: &RefOr<Schema>) -> Option<Value> {
    match property {
        RefOr::T(Schema::Object(p)) => p.examples.first().cloned().or_else(|| p.example.clone()),
        RefOr::T(Schema::AllOf(all)) => all.items.iter().find_map(example_of),
        _ => None,
    }
}

fn path_segments(path: &serde_path_to_error::Path) -> Vec<String> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(index.to_string()),
            Segment::Map { key } => Some(escape(key)),
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
