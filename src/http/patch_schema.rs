//! The schema of a JSON Merge Patch body, derived from the schema of the
//! input it patches.

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{Object, OneOfBuilder, Schema, SchemaType, Type};

/// The input's schema with nothing required: a merge patch names only the
/// members it changes, under the same constraints. A `null` is allowed
/// where the input may leave the member out (it clears the member, which
/// takes its default), so a required member cannot be cleared.
pub fn patch_schema(input: RefOr<Schema>) -> RefOr<Schema> {
    match input {
        RefOr::T(Schema::Object(mut object)) => {
            let required = std::mem::take(&mut object.required);
            for (name, property) in object.properties.iter_mut() {
                if !required.contains(name) {
                    clearable(property);
                }
            }
            object.description = Some(
                "The members to change (JSON Merge Patch, RFC 7396): members given replace the \
                 stored ones, `null` clears an optional one; the result must be valid as a whole."
                    .into(),
            );
            object.example = None;
            RefOr::T(Schema::Object(object))
        }
        other => other,
    }
}

/// Lets `property` be `null` too, in the shape utoipa gives an `Option`.
fn clearable(property: &mut RefOr<Schema>) {
    match property {
        RefOr::Ref(reference) => {
            let reference = reference.clone();
            *property = RefOr::T(Schema::OneOf(
                OneOfBuilder::new()
                    .item(RefOr::Ref(reference))
                    .item(Object::with_type(Type::Null))
                    .build(),
            ));
        }
        RefOr::T(Schema::Object(object)) => object.schema_type = with_null(&object.schema_type),
        RefOr::T(Schema::Array(array)) => array.schema_type = with_null(&array.schema_type),
        RefOr::T(_) => {}
    }
}

fn with_null(schema_type: &SchemaType) -> SchemaType {
    match schema_type {
        SchemaType::Type(Type::Null) | SchemaType::AnyValue => schema_type.clone(),
        SchemaType::Type(single) => SchemaType::from_iter([single.clone(), Type::Null]),
        SchemaType::Array(types) if types.contains(&Type::Null) => schema_type.clone(),
        SchemaType::Array(types) => {
            SchemaType::from_iter(types.iter().cloned().chain([Type::Null]))
        }
    }
}
