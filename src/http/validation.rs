//! Domain rules on request bodies, reported as problem-document field errors.

use std::borrow::Cow;

use validator::{ValidationErrors, ValidationErrorsKind};

use crate::error::FieldError;

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
    use super::camel_case;

    #[test]
    fn converts_field_names() {
        assert_eq!(camel_case("name_nl"), "nameNl");
        assert_eq!(camel_case("code"), "code");
        assert_eq!(camel_case("signed_on"), "signedOn");
    }
}
