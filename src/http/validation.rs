//! Domain rules on request bodies, reported as problem-document field errors,
//! and the checks every string of a request passes whatever its type.

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{KnownFormat, Schema, SchemaFormat};
use validator::{ValidationErrors, ValidationErrorsKind};

use crate::error::{AppError, FieldError};

/// Most errors listed in one problem document; the rest are not worth it.
pub const MAX_REPORTED: usize = 50;

/// A 400 naming the errors found, at most `MAX_REPORTED` of them, so that
/// a request cannot make its answer much larger than itself. A finder may
/// stop at one past the limit: the detail then says only "more than".
pub fn invalid(mut errors: Vec<FieldError>) -> AppError {
    if errors.len() <= MAX_REPORTED {
        return AppError::invalid(errors);
    }
    errors.truncate(MAX_REPORTED);
    AppError::Invalid {
        detail: format!(
            "The request has more than {MAX_REPORTED} errors; the first {MAX_REPORTED} are listed."
        ),
        errors,
    }
}

/// Whether a body string holds a control character no field takes: any but
/// tab, line feed and carriage return (line breaks in prose). NUL above all:
/// PostgreSQL cannot store it, SQLite would.
pub fn has_refused_control(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// A date format checked exactly, whatever chrono's parser would take
/// (`2019-1-1`, `+99999-01-01`, a space for `T`): the one way of writing
/// each date, from year 0001 to 9999, as every backend stores and compares
/// it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFormat {
    /// `format: date`: `YYYY-MM-DD`.
    Date,
    /// `format: date-time`: RFC 3339, `YYYY-MM-DDThh:mm:ss[.f](Z|±hh:mm)`.
    DateTime,
}

impl DateFormat {
    /// The date format a schema declares, if any.
    pub fn of(schema: &RefOr<Schema>) -> Option<Self> {
        match schema {
            RefOr::T(Schema::Object(object)) => match object.format {
                Some(SchemaFormat::KnownFormat(KnownFormat::Date)) => Some(Self::Date),
                Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)) => Some(Self::DateTime),
                _ => None,
            },
            _ => None,
        }
    }

    /// Why `text` is not written in this format, if it is not.
    pub fn refuse(self, text: &str) -> Option<&'static str> {
        let year = text
            .get(..4)
            .filter(|y| *y != "0000" && y.bytes().all(|b| b.is_ascii_digit()));
        match self {
            Self::Date => {
                let exact = year.is_some()
                    && text.len() == 10
                    && text.bytes().enumerate().all(|(i, b)| match i {
                        4 | 7 => b == b'-',
                        _ => b.is_ascii_digit(),
                    })
                    && NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok();
                (!exact)
                    .then_some("must be a date written YYYY-MM-DD, from 0001-01-01 to 9999-12-31")
            }
            Self::DateTime => {
                // chrono's RFC 3339 parser also takes a space for `T` and a
                // Unicode minus sign in the offset.
                let exact = year.is_some()
                    && text.is_ascii()
                    && matches!(text.as_bytes().get(10), Some(b'T' | b't'))
                    && DateTime::parse_from_rfc3339(text).is_ok();
                (!exact).then_some(
                    "must be a date and time as in RFC 3339 (YYYY-MM-DDThh:mm:ssZ or with an \
                     offset such as +01:00), in the years 0001 to 9999",
                )
            }
        }
    }
}

/// A request type's own rules, checked after it parsed: its field rules
/// (`field_rules`) and any rules across fields, all reported together.
pub trait Validate {
    fn validate(&self) -> Result<(), Vec<FieldError>>;
}

/// The `validator` rules of `value` as field errors named by JSON member.
pub fn field_rules<T: validator::Validate>(value: &T) -> Vec<FieldError> {
    let mut found = Vec::new();
    if let Err(errors) = value.validate() {
        collect(&errors, "", &mut found);
    }
    found
}

/// `Ok` when nothing was found.
pub fn verdict(errors: Vec<FieldError>) -> Result<(), Vec<FieldError>> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn collect(errors: &ValidationErrors, prefix: &str, found: &mut Vec<FieldError>) {
    let mut fields: Vec<_> = errors.errors().iter().collect();
    fields.sort_by_key(|(name, _)| *name);
    for (name, kind) in fields {
        let pointer = if *name == "__all__" {
            prefix.to_owned()
        } else {
            format!("{prefix}/{}", camel_case(name))
        };
        match kind {
            ValidationErrorsKind::Field(list) => {
                for error in list {
                    let detail = error
                        .message
                        .clone()
                        .unwrap_or_else(|| Cow::Owned(format!("is invalid ({})", error.code)));
                    found.push(FieldError::body(&pointer, detail));
                }
            }
            ValidationErrorsKind::Struct(inner) => collect(inner, &pointer, found),
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    collect(inner, &format!("{pointer}/{index}"), found);
                }
            }
        }
    }
}

/// `name_nl` to `nameNl`: Rust field names to the JSON member names.
pub fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{DateFormat, camel_case, has_refused_control};

    #[test]
    fn dates_are_written_one_way() {
        for good in ["2019-01-01", "0001-01-01", "9999-12-31", "2020-02-29"] {
            assert_eq!(DateFormat::Date.refuse(good), None, "{good}");
        }
        for bad in [
            "2019-1-1",
            "+99999-01-01",
            "+2019-01-01",
            "0000-01-01",
            "2019-02-29",
            "2019-13-01",
            " 2019-01-01",
            "2019-01-01 ",
            "2019/01/01",
            "20190101",
            "2019-01-01T00:00:00Z",
            "",
        ] {
            assert!(DateFormat::Date.refuse(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn date_times_are_rfc_3339() {
        for good in [
            "2019-01-01T10:00:00Z",
            "2019-01-01t10:00:00z",
            "2019-01-01T10:00:00.123+01:00",
            "9999-12-31T23:59:59-23:59",
        ] {
            assert_eq!(DateFormat::DateTime.refuse(good), None, "{good}");
        }
        for bad in [
            "2019-01-01 10:00:00Z",
            "2019-01-01T10:00:00",
            "2019-01-01T10:00Z",
            "2019-01-01T10:00:00+0100",
            "2019-01-01T10:00:00\u{2212}01:00",
            "+99999-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z",
            "2019-1-1T10:00:00Z",
            "2019-01-01",
        ] {
            assert!(DateFormat::DateTime.refuse(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn control_characters() {
        assert!(!has_refused_control("line\nbreak\r\n\tand tab"));
        for bad in ["nul\0", "bell\u{7}", "del\u{7f}", "c1\u{85}"] {
            assert!(has_refused_control(bad), "{bad:?}");
        }
    }

    #[test]
    fn converts_field_names() {
        assert_eq!(camel_case("name_nl"), "nameNl");
        assert_eq!(camel_case("code"), "code");
        assert_eq!(camel_case("signed_on"), "signedOn");
    }
}
