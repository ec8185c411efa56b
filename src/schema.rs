//! Diesel table definitions, shared by both backends (see `migrations/README.md`).

diesel::table! {
    sectors (id) {
        id -> BigInt,
        code -> Text,
        name_nl -> Text,
        name_en -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}
