//! The six operations of a `Resource`, mounted and documented together:
//! `routes` registers `Endpoints::<R>::new()` once and gets both the actix
//! routes and their OpenAPI paths and schemas.

use std::marker::PhantomData;

use actix_web::dev::{AppService, HttpServiceFactory};
use actix_web::web;
use serde_json::Value;
use utoipa::openapi::path::{
    HttpMethod, OperationBuilder, Parameter, ParameterBuilder, ParameterIn, PathItem, Paths,
};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::{
    ArrayBuilder, ArrayItems, KnownFormat, ObjectBuilder, Schema, SchemaFormat, SchemaType, Type,
};
use utoipa::openapi::{Content, HeaderBuilder, Ref, RefOr, Required, ResponseBuilder};
use utoipa::{IntoParams, PartialSchema, ToSchema};
use utoipa_actix_web::OpenApiFactory;

use crate::http::api::Doc;
use crate::http::crud::{self, Resource};
use crate::http::listing::{KnownAtParams, ListFilter, common_params, document_sort};
use crate::http::patch_schema::patch_schema;

/// The mounted operations of `R`.
pub struct Endpoints<R>(PhantomData<R>);

impl<R: Resource> Endpoints<R> {
    pub fn new() -> Self {
        Self(PhantomData)
    }
}

impl<R: Resource> Default for Endpoints<R> {
    fn default() -> Self {
        Self::new()
    }
}

impl<R: Resource> HttpServiceFactory for Endpoints<R> {
    fn register(self, config: &mut AppService) {
        web::resource(R::API.collection)
            .route(web::get().to(crud::list::<R>))
            .route(web::post().to(crud::create::<R>))
            .register(config);
        web::resource(R::API.item)
            .route(web::get().to(crud::get::<R>))
            .route(web::put().to(crud::replace::<R>))
            .route(web::patch().to(crud::patch::<R>))
            .route(web::delete().to(crud::delete::<R>))
            .register(config);
    }
}

impl<R: Resource> OpenApiFactory for Endpoints<R> {
    fn paths(&self) -> Paths {
        let api = R::API;
        let view = || schema_ref(&R::View::name());
        let list = operation::<R>("list", api.names, api.list, true)
            .parameters(Some(common_params::<R::Filter>()))
            .parameters(Some(filter_params::<R>()))
            .response(
                "200",
                json(&format!("A page of {}.", api.nouns), &list_name::<R>()),
            );
        let get = operation::<R>("get", api.name, api.get, false)
            .parameters(Some(R::Read::into_params(|| Some(ParameterIn::Query))))
            .parameters(Some(KnownAtParams::into_params(|| {
                Some(ParameterIn::Query)
            })))
            .response("200", json_ref(&format!("The {}.", api.noun), view()));
        let create = operation::<R>("create", api.name, api.create, true)
            .request_body(Some(body(
                "application/json",
                &R::Input::name(),
                &format!("The new {}.", api.noun),
                None,
            )))
            .response(
                "201",
                ResponseBuilder::new()
                    .description(format!("The {} was created.", api.noun))
                    .content("application/json", Content::new(Some(view())))
                    .header("Location", string_header("Path of the new resource."))
                    .build(),
            );
        let replace = operation::<R>("replace", api.name, api.replace, false)
            .request_body(Some(body(
                "application/json",
                &R::Input::name(),
                &format!("The {}'s new state.", api.noun),
                replace_example::<R>(),
            )))
            .response(
                "200",
                json_ref(&format!("The {} was replaced.", api.noun), view()),
            );
        let update = operation::<R>("update", api.name, api.update, false)
            .request_body(Some(body(
                "application/merge-patch+json",
                &patch_name::<R>(),
                "The members to change.",
                patch_example::<R>(),
            )))
            .response(
                "200",
                json_ref(&format!("The {} was updated.", api.noun), view()),
            );
        let delete = operation::<R>("delete", api.name, api.delete, false).response(
            "204",
            ResponseBuilder::new().description(format!("The {} was deleted.", api.noun)),
        );
        let mut collection = PathItem::new(HttpMethod::Get, list.build());
        collection.post = Some(create.build());
        let mut item = PathItem::new(HttpMethod::Get, get.build());
        item.put = Some(replace.build());
        item.patch = Some(update.build());
        item.delete = Some(delete.build());
        Paths::builder()
            .path(api.collection, collection)
            .path(api.item, item)
            .build()
    }

    fn schemas(&self, schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push((R::View::name().into_owned(), R::View::schema()));
        R::View::schemas(schemas);
        schemas.push((R::Input::name().into_owned(), set_like(R::Input::schema())));
        R::Input::schemas(schemas);
        schemas.push((
            patch_name::<R>(),
            patch_schema(set_like(R::Input::schema())),
        ));
        let list = ObjectBuilder::new()
            .description(Some(format!("One page of {}.", R::API.nouns)))
            .property(
                "items",
                ArrayBuilder::new()
                    .items(schema_ref(&R::View::name()))
                    .description(Some(format!("The {} on this page.", R::API.nouns))),
            )
            .required("items")
            .property("page", schema_ref("PageInfo"))
            .required("page")
            .property("_links", schema_ref("PageLinks"))
            .required("_links");
        schemas.push((list_name::<R>(), RefOr::T(Schema::Object(list.build()))));
    }
}

/// Every array a client writes is a set (names, codes, themes; each once,
/// as the server checks), and no string in one is empty.
fn set_like(input: RefOr<Schema>) -> RefOr<Schema> {
    let RefOr::T(Schema::Object(mut object)) = input else {
        return input;
    };
    for property in object.properties.values_mut() {
        if let RefOr::T(Schema::Array(array)) = property {
            array.unique_items = true;
            if let ArrayItems::RefOrSchema(item) = &mut array.items
                && let RefOr::T(Schema::Object(item)) = item.as_mut()
                && item.schema_type == SchemaType::from(Type::String)
            {
                item.min_length = Some(1);
            }
        }
    }
    RefOr::T(Schema::Object(object))
}

/// The list's filters, `sort` with the pattern of its sortable fields.
fn filter_params<R: Resource>() -> Vec<Parameter> {
    let mut params = R::Filter::into_params(|| Some(ParameterIn::Query));
    document_sort(&mut params, R::Filter::SORTABLE);
    params
}

fn list_name<R: Resource>() -> String {
    format!("{}List", R::API.name)
}

fn patch_name<R: Resource>() -> String {
    format!("{}Patch", R::API.name)
}

/// An operation with its id, text, tag and the path parameters it takes.
fn operation<R: Resource>(
    verb: &str,
    name: &str,
    Doc(summary, description): Doc,
    on_collection: bool,
) -> OperationBuilder {
    let api = R::API;
    let path = if on_collection {
        api.collection
    } else {
        api.item
    };
    let parameters: Vec<Parameter> = api
        .params
        .iter()
        .filter(|p| path.contains(&format!("{{{}}}", p.name)))
        .map(|p| {
            let (schema, example) = if p.integer {
                let example = p.example.parse::<i64>().map_or(Value::Null, Value::from);
                (
                    ObjectBuilder::new()
                        .schema_type(Type::Integer)
                        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64))),
                    example,
                )
            } else {
                (
                    ObjectBuilder::new().schema_type(Type::String),
                    Value::from(p.example),
                )
            };
            ParameterBuilder::new()
                .name(p.name)
                .parameter_in(ParameterIn::Path)
                .required(Required::True)
                .description(Some(p.description))
                .schema(Some(schema))
                .example(Some(example))
                .build()
        })
        .collect();
    OperationBuilder::new()
        .tag(api.tag)
        .operation_id(Some(format!("{verb}{name}")))
        .summary(Some(summary))
        .description(Some(description))
        .parameters(Some(parameters))
}

fn schema_ref(name: &str) -> RefOr<Schema> {
    RefOr::Ref(Ref::from_schema_name(name))
}

fn json(description: &str, schema: &str) -> utoipa::openapi::Response {
    json_ref(description, schema_ref(schema))
}

fn json_ref(description: &str, schema: RefOr<Schema>) -> utoipa::openapi::Response {
    ResponseBuilder::new()
        .description(description)
        .content("application/json", Content::new(Some(schema)))
        .build()
}

/// A request body of `schema`; `example`, when given, is what Swagger UI
/// fills in instead of the schema's own example.
fn body(
    content_type: &str,
    schema: &str,
    description: &str,
    example: Option<Value>,
) -> utoipa::openapi::request_body::RequestBody {
    let mut content = Content::new(Some(schema_ref(schema)));
    content.example = example;
    RequestBodyBuilder::new()
        .description(Some(description))
        .required(Some(Required::True))
        .content(content_type, content)
        .build()
}

/// The input schema's whole-object example.
fn input_example<R: Resource>() -> Option<serde_json::Map<String, Value>> {
    match R::Input::schema() {
        RefOr::T(Schema::Object(object)) => object.example.and_then(|e| e.as_object().cloned()),
        _ => None,
    }
}

/// What `PUT` sends by default: the input's example, with the members the
/// path also names (a code, a year) taken from the path's examples, so that
/// it replaces the documented record instead of being refused.
fn replace_example<R: Resource>() -> Option<Value> {
    let mut example = input_example::<R>()?;
    for param in R::API.params {
        if let Some(member) = example.get_mut(param.name) {
            *member = if param.integer {
                param
                    .example
                    .parse::<i64>()
                    .map_or(Value::Null, Value::from)
            } else {
                Value::from(param.example)
            };
        }
    }
    Some(Value::Object(example))
}

/// What `PATCH` sends by default: one descriptive member of the input's
/// example, a change any stored record takes.
fn patch_example<R: Resource>() -> Option<Value> {
    let example = input_example::<R>()?;
    let preferred = [
        "summary",
        "mandate",
        "request",
        "description",
        "note",
        "source",
    ];
    let member = preferred
        .iter()
        .find(|name| example.get(**name).is_some_and(Value::is_string))
        .map(|name| (*name).to_owned())
        .or_else(|| {
            example
                .iter()
                .rev()
                .find(|(_, value)| value.is_string())
                .map(|(name, _)| name.clone())
        })?;
    let value = example.get(&member)?.clone();
    Some(Value::Object([(member, value)].into_iter().collect()))
}

fn string_header(description: &str) -> utoipa::openapi::Header {
    HeaderBuilder::new()
        .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
        .description(Some(description))
        .build()
}
