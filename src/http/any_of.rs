//! The one filter grammar: a filter's value is one value or several,
//! comma-separated (or the parameter repeated), and means "any of them".
//! Every value is checked: an unknown enum value is a 400 naming it, and so
//! is a code that names nothing (`unknown_codes`), never a silent empty
//! list.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeOwned, Deserializer, IntoDeserializer, Visitor};

use crate::error::{AppError, FieldError};

/// The values of a filter, any of which a record may have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnyOf<T>(Vec<T>);

impl<T> AnyOf<T> {
    pub fn values(&self) -> &[T] {
        &self.0
    }

    /// The values as stored (an enum's text, say), for `eq_any`.
    pub fn stored<U>(&self, to_stored: impl Fn(&T) -> U) -> Vec<U> {
        self.0.iter().map(to_stored).collect()
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for AnyOf<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(AnyOfVisitor(PhantomData))
    }
}

struct AnyOfVisitor<T>(PhantomData<T>);

impl<T: DeserializeOwned> Visitor<'_> for AnyOfVisitor<T> {
    type Value = AnyOf<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("one value or several, comma-separated")
    }

    fn visit_str<E: de::Error>(self, raw: &str) -> Result<Self::Value, E> {
        raw.split(',')
            .map(|part| {
                let part = part.trim();
                if part.is_empty() {
                    return Err(E::custom(
                        "has an empty value: give one value or several, comma-separated",
                    ));
                }
                let text: StrDeserializer<'_, E> = part.into_deserializer();
                // A number (an id) is read as JSON; anything else as text.
                T::deserialize(text)
                    .or_else(|error| serde_json::from_str::<T>(part).map_err(|_| E::custom(error)))
            })
            .collect::<Result<Vec<T>, E>>()
            .map(AnyOf)
    }
}

/// A 400 naming the `codes` of `parameter` that are not among `known`
/// (what a lookup of all of them found); nothing when all were found.
pub fn unknown_codes(
    parameter: &str,
    what: &str,
    codes: &[String],
    known: &[String],
) -> Result<(), AppError> {
    let unknown: Vec<String> = codes
        .iter()
        .filter(|code| !known.contains(code))
        .map(|code| format!("`{code}`"))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(AppError::invalid(vec![FieldError::parameter(
        parameter,
        format!("names no {what}: {}", unknown.join(", ")),
    )]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "camelCase")]
    enum Colour {
        DarkRed,
        Blue,
    }

    #[derive(Debug, Deserialize)]
    struct Filter {
        colour: Option<AnyOf<Colour>>,
        id: Option<AnyOf<i64>>,
    }

    fn parse(query: &str) -> Result<Filter, serde_urlencoded::de::Error> {
        serde_urlencoded::from_str(query)
    }

    #[test]
    fn one_value_or_several_comma_separated() {
        let filter = parse("colour=darkRed,%20blue&id=3,4").unwrap();
        assert_eq!(
            filter.colour.unwrap().values(),
            [Colour::DarkRed, Colour::Blue]
        );
        assert_eq!(filter.id.unwrap().values(), [3, 4]);
        assert!(parse("").unwrap().colour.is_none());
    }

    #[test]
    fn an_unknown_or_empty_value_is_refused_by_name() {
        let error = parse("colour=blue,green").unwrap_err().to_string();
        assert!(
            error.contains("green") && error.contains("darkRed"),
            "{error}"
        );
        assert!(parse("colour=blue,").is_err());
        assert!(parse("id=3,x").is_err());
    }

    #[test]
    fn codes_that_name_nothing_are_named() {
        let known = ["textile".to_owned()];
        assert!(unknown_codes("sector", "sector", &known, &known).is_ok());
        let asked = ["textile".to_owned(), "tea".to_owned()];
        let error = unknown_codes("sector", "sector", &asked, &known).unwrap_err();
        assert!(format!("{error:?}").contains("`tea`"), "{error:?}");
    }
}
