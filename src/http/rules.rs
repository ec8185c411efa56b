//! Field rules shared by request types (used with `#[validate(custom(...))]`).

use std::borrow::Cow;

use validator::ValidationError;

fn error(code: &'static str, message: String) -> ValidationError {
    ValidationError::new(code).with_message(Cow::Owned(message))
}

/// A stable code: 2 to 40 lowercase letters, digits or hyphens, starting with
/// a letter, no double or trailing hyphen (`textile`, `natural-stone`).
pub fn code(value: &str) -> Result<(), ValidationError> {
    let valid = (2..=40).contains(&value.len())
        && value.starts_with(|c: char| c.is_ascii_lowercase())
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !value.ends_with('-')
        && !value.contains("--");
    if valid {
        Ok(())
    } else {
        Err(error(
            "code",
            "must be 2 to 40 lowercase letters, digits or single hyphens, starting with a letter"
                .into(),
        ))
    }
}

/// What `name`, `title` and `source` accept, as a JSON Schema pattern: no
/// control character anywhere, and neither white space nor U+FEFF at either
/// end (so not blank). Spelled out rather than with `\s`, whose meaning
/// differs between regular-expression dialects.
pub const SINGLE_LINE: &str = concat!(
    r"^[^\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]",
    r"(?:[^\u0000-\u001F\u007F-\u009F]*",
    r"[^\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF])?$",
);

/// A name: 1 to 200 characters, not blank, no leading or trailing space.
pub fn name(value: &str) -> Result<(), ValidationError> {
    text(value, 200)
}

/// A title: like a name, up to 300 characters.
pub fn title(value: &str) -> Result<(), ValidationError> {
    text(value, 300)
}

/// A citation of where a fact comes from, up to 500 characters.
pub fn source(value: &str) -> Result<(), ValidationError> {
    text(value, 500)
}

/// A summary or other prose, up to 4000 characters (line breaks allowed).
pub fn prose(value: &str) -> Result<(), ValidationError> {
    let length = value.chars().count();
    if value.trim().is_empty() {
        Err(error("blank", "must not be empty or blank".into()))
    } else if length > 4000 {
        Err(error(
            "length",
            format!("must be at most 4000 characters (is {length})"),
        ))
    } else {
        Ok(())
    }
}

/// An absolute http(s) URL, up to 500 characters.
pub fn web_url(value: &str) -> Result<(), ValidationError> {
    let parsed = url::Url::parse(value)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.has_host());
    if parsed.is_some() && value.len() <= 500 {
        Ok(())
    } else {
        Err(error(
            "url",
            "must be an absolute http or https URL of at most 500 characters".into(),
        ))
    }
}

/// White space, or the byte-order mark that JSON Schema's `\s` also counts.
fn is_edge_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

fn text(value: &str, max: usize) -> Result<(), ValidationError> {
    let length = value.chars().count();
    if value.trim().is_empty() {
        Err(error("blank", "must not be empty or blank".into()))
    } else if length > max {
        Err(error(
            "length",
            format!("must be at most {max} characters (is {length})"),
        ))
    } else if value.starts_with(is_edge_space) || value.ends_with(is_edge_space) {
        Err(error(
            "whitespace",
            "must not start or end with white space".into(),
        ))
    } else if value.chars().any(char::is_control) {
        Err(error(
            "control",
            "must not contain control characters".into(),
        ))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        for good in ["textile", "natural-stone", "gold2"] {
            assert!(code(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "t",
            "Textile",
            "2gold",
            "a--b",
            "gold-",
            "gold stone",
            "x".repeat(41).as_str(),
        ] {
            assert!(code(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn urls() {
        assert!(web_url("https://www.imvoconvenanten.nl/kleding-textiel").is_ok());
        for bad in [
            "javascript:alert(1)",
            "www.example.nl",
            "ftp://example.nl/x",
            "https://",
        ] {
            assert!(web_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names() {
        assert!(name("Kleding en textiel").is_ok());
        assert!(name(" ").is_err());
        assert!(
            name("\u{FEFF}Kleding").is_err(),
            "a byte-order mark counts as white space"
        );
        assert!(
            name("a\u{2028}b").is_ok(),
            "a line separator inside is no control character"
        );
        assert!(name(" padded").is_err());
        assert!(name(&"x".repeat(201)).is_err());
        assert!(name("line\nbreak").is_err());
    }
}
