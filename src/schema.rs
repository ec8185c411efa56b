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

diesel::table! {
    audit_events (id) {
        id -> BigInt,
        occurred_at -> Timestamp,
        actor -> Text,
        role -> Text,
        action -> Text,
        resource_type -> Text,
        resource_id -> Text,
        resource_path -> Text,
        request_id -> Nullable<Text>,
        before_state -> Nullable<Text>,
        after_state -> Nullable<Text>,
    }
}
