//! What a resource says of itself in the OpenAPI document: its paths, its
//! names and the text of its six operations. Everything the operations
//! share (the conditional-request headers, the problem responses) is added
//! once by `openapi::apply_conventions`.

/// A resource's paths and operation texts.
#[derive(Debug, Clone, Copy)]
pub struct Api {
    /// Its tag in the document, e.g. `Sectors`.
    pub tag: &'static str,
    /// Its name in operation ids and schema names, singular and plural:
    /// `Sector`, `Sectors` give `getSector`, `listSectors`, `SectorList`.
    pub name: &'static str,
    pub names: &'static str,
    /// Its name in prose, singular and plural: `sector`, `sectors`.
    pub noun: &'static str,
    pub nouns: &'static str,
    /// The collection's path below `/v1`, e.g. `/organisations/{id}/size-facts`.
    pub collection: &'static str,
    /// One item's path below `/v1`, e.g. `/organisations/{id}/size-facts/{year}`.
    pub item: &'static str,
    /// Every path parameter of `item`, in path order; those of `collection`
    /// are the ones it names.
    pub params: &'static [PathParam],
    pub list: Doc,
    pub get: Doc,
    pub create: Doc,
    pub replace: Doc,
    pub update: Doc,
    pub delete: Doc,
}

/// An operation's summary (its title in documentation) and description.
#[derive(Debug, Clone, Copy)]
pub struct Doc(pub &'static str, pub &'static str);

/// A path parameter.
#[derive(Debug, Clone, Copy)]
pub struct PathParam {
    pub name: &'static str,
    pub description: &'static str,
    pub example: &'static str,
    /// An integer (`int64`) rather than a string.
    pub integer: bool,
}

impl PathParam {
    /// A server-assigned integer id.
    pub const fn id(name: &'static str, description: &'static str, example: &'static str) -> Self {
        Self {
            name,
            description,
            example,
            integer: true,
        }
    }

    /// A stable string code.
    pub const fn code(
        name: &'static str,
        description: &'static str,
        example: &'static str,
    ) -> Self {
        Self {
            name,
            description,
            example,
            integer: false,
        }
    }
}
