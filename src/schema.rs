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
        feed_position -> Nullable<BigInt>,
        version -> BigInt,
    }
}

diesel::table! {
    covenants (id) {
        id -> BigInt,
        code -> Text,
        title_nl -> Text,
        title_en -> Text,
        sector_id -> BigInt,
        status -> Text,
        negotiation_started_on -> Nullable<Date>,
        signed_on -> Nullable<Date>,
        signed_on_precision -> Text,
        ends_on -> Nullable<Date>,
        facilitator -> Nullable<Text>,
        summary -> Nullable<Text>,
        website -> Nullable<Text>,
        source -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        expected_signing_on -> Nullable<Date>,
        expected_signing_on_precision -> Nullable<Text>,
        expected_signing_as_stated -> Nullable<Text>,
        kind -> Text,
    }
}

diesel::joinable!(covenants -> sectors (sector_id));
diesel::allow_tables_to_appear_in_same_query!(covenants, sectors);

diesel::table! {
    covenant_status_changes (id) {
        id -> BigInt,
        covenant_id -> BigInt,
        status -> Text,
        changed_on -> Date,
        changed_on_precision -> Text,
        basis -> Text,
        letter_id -> Nullable<BigInt>,
        source -> Text,
        note -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(covenant_status_changes -> covenants (covenant_id));
diesel::joinable!(covenant_status_changes -> letters (letter_id));
diesel::allow_tables_to_appear_in_same_query!(covenant_status_changes, covenants, letters);

diesel::table! {
    governance_bodies (id) {
        id -> BigInt,
        covenant_id -> BigInt,
        kind -> Text,
        name -> Text,
        duties -> Text,
        members_as_stated -> Nullable<Text>,
        url -> Nullable<Text>,
        source -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(governance_bodies -> covenants (covenant_id));
diesel::allow_tables_to_appear_in_same_query!(governance_bodies, covenants);

diesel::table! {
    remedy_mechanisms (id) {
        id -> BigInt,
        name -> Text,
        kind -> Text,
        status -> Text,
        run_by -> Nullable<Text>,
        covenant_id -> Nullable<BigInt>,
        theme -> Nullable<Text>,
        programme_id -> Nullable<BigInt>,
        description -> Text,
        url -> Nullable<Text>,
        source -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(remedy_mechanisms -> covenants (covenant_id));
diesel::allow_tables_to_appear_in_same_query!(remedy_mechanisms, covenants);

diesel::table! {
    programmes (id) {
        id -> BigInt,
        name -> Text,
        kind -> Text,
        purpose -> Text,
        run_by -> Nullable<Text>,
        covenant_id -> Nullable<BigInt>,
        theme -> Nullable<Text>,
        starts_on -> Nullable<Date>,
        starts_on_precision -> Nullable<Text>,
        ends_on -> Nullable<Date>,
        ends_on_precision -> Nullable<Text>,
        period_as_stated -> Nullable<Text>,
        budget_eur -> Nullable<BigInt>,
        budget_as_stated -> Nullable<Text>,
        results -> Nullable<Text>,
        url -> Nullable<Text>,
        source -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(programmes -> covenants (covenant_id));
diesel::allow_tables_to_appear_in_same_query!(programmes, covenants);

diesel::table! {
    ngo_assessments (id) {
        id -> BigInt,
        title -> Text,
        kind -> Text,
        author -> Text,
        covenant_id -> Nullable<BigInt>,
        theme -> Nullable<Text>,
        published_on -> Nullable<Date>,
        published_on_precision -> Nullable<Text>,
        findings -> Text,
        url -> Nullable<Text>,
        source -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(ngo_assessments -> covenants (covenant_id));
diesel::allow_tables_to_appear_in_same_query!(ngo_assessments, covenants);

diesel::table! {
    evaluations (id) {
        id -> BigInt,
        title -> Text,
        kind -> Text,
        status -> Text,
        commissioned_by -> Nullable<Text>,
        carried_out_by -> Nullable<Text>,
        expected_on -> Nullable<Date>,
        expected_on_precision -> Nullable<Text>,
        expected_as_stated -> Nullable<Text>,
        published_on -> Nullable<Date>,
        published_on_precision -> Nullable<Text>,
        url -> Nullable<Text>,
        summary -> Nullable<Text>,
        source -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    published_figures (id) {
        id -> BigInt,
        figure -> Text,
        letter_id -> BigInt,
        published_at -> Timestamp,
        description -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(published_figures -> letters (letter_id));
diesel::allow_tables_to_appear_in_same_query!(published_figures, letters);

diesel::table! {
    letters (id) {
        id -> BigInt,
        sent_on -> Date,
        subject -> Text,
        reference -> Nullable<Text>,
        kamerstuk -> Nullable<Text>,
        minister -> Nullable<Text>,
        url -> Nullable<Text>,
        source -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    annual_reports (id) {
        id -> BigInt,
        covenant_id -> BigInt,
        reporting_year -> Integer,
        published_on -> Date,
        title -> Text,
        url -> Nullable<Text>,
        summary -> Nullable<Text>,
        source -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(annual_reports -> covenants (covenant_id));
diesel::allow_tables_to_appear_in_same_query!(annual_reports, covenants);

diesel::table! {
    indicators (id) {
        id -> BigInt,
        code -> Text,
        name_nl -> Text,
        name_en -> Text,
        unit -> Text,
        direction -> Text,
        description -> Nullable<Text>,
        source -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    targets (id) {
        id -> BigInt,
        indicator_id -> BigInt,
        covenant_id -> Nullable<BigInt>,
        value -> Double,
        due_on -> Date,
        baseline_value -> Nullable<Double>,
        baseline_on -> Nullable<Date>,
        description -> Nullable<Text>,
        source -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    measurements (id) {
        id -> BigInt,
        indicator_id -> BigInt,
        covenant_id -> Nullable<BigInt>,
        value -> Double,
        measured_on -> Date,
        numerator -> Nullable<Double>,
        denominator -> Nullable<Double>,
        annual_report_id -> Nullable<BigInt>,
        letter_id -> Nullable<BigInt>,
        source_url -> Nullable<Text>,
        note -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        qualifier -> Text,
    }
}

diesel::joinable!(targets -> indicators (indicator_id));
diesel::joinable!(targets -> covenants (covenant_id));
diesel::joinable!(measurements -> indicators (indicator_id));
diesel::joinable!(measurements -> covenants (covenant_id));
diesel::allow_tables_to_appear_in_same_query!(indicators, targets, measurements, covenants);

diesel::table! {
    working_groups (id) {
        id -> BigInt,
        covenant_id -> BigInt,
        name -> Text,
        mandate -> Nullable<Text>,
        started_on -> Nullable<Date>,
        ended_on -> Nullable<Date>,
        status -> Text,
        source -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    working_group_themes (working_group_id, theme) {
        working_group_id -> BigInt,
        theme -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    working_group_outputs (id) {
        id -> BigInt,
        working_group_id -> BigInt,
        title -> Text,
        published_on -> Nullable<Date>,
        url -> Nullable<Text>,
        summary -> Nullable<Text>,
        source -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        published_on_precision -> Nullable<Text>,
    }
}

diesel::table! {
    motions (id) {
        id -> BigInt,
        dossier -> Text,
        number -> BigInt,
        title -> Text,
        submitted_on -> Nullable<Date>,
        voted_on -> Nullable<Date>,
        request -> Text,
        status -> Text,
        source -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    motion_submitters (motion_id, ordinal) {
        motion_id -> BigInt,
        ordinal -> Integer,
        name -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    motion_covenants (motion_id, covenant_id) {
        motion_id -> BigInt,
        covenant_id -> BigInt,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(working_groups -> covenants (covenant_id));
diesel::joinable!(working_group_themes -> working_groups (working_group_id));
diesel::joinable!(working_group_outputs -> working_groups (working_group_id));
diesel::joinable!(motion_submitters -> motions (motion_id));
diesel::joinable!(motion_covenants -> motions (motion_id));
diesel::joinable!(motion_covenants -> covenants (covenant_id));
diesel::allow_tables_to_appear_in_same_query!(
    working_groups,
    working_group_themes,
    working_group_outputs,
    covenants,
);
diesel::allow_tables_to_appear_in_same_query!(
    motions,
    motion_submitters,
    motion_covenants,
    covenants,
);

diesel::table! {
    motion_responses (id) {
        id -> BigInt,
        motion_id -> BigInt,
        letter_id -> BigInt,
        summary -> Text,
        reported_status -> Nullable<Text>,
        source -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(motion_responses -> motions (motion_id));
diesel::joinable!(motion_responses -> letters (letter_id));
diesel::allow_tables_to_appear_in_same_query!(motion_responses, motions, letters);

diesel::table! {
    organisations (id) {
        id -> BigInt,
        name -> Text,
        name_folded -> Text,
        kind -> Text,
        kvk_number -> Nullable<Text>,
        country -> Text,
        website -> Nullable<Text>,
        source -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    size_facts (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        year -> Integer,
        employees -> BigInt,
        total_assets_eur -> BigInt,
        net_turnover_eur -> BigInt,
        source -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    oecd_endorsements (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        endorsed_on -> Date,
        withdrawn_on -> Nullable<Date>,
        evidence_url -> Nullable<Text>,
        source -> Text,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    participations (id) {
        id -> BigInt,
        covenant_id -> BigInt,
        organisation_id -> BigInt,
        role -> Text,
        joined_on -> Date,
        left_on -> Nullable<Date>,
        market_share -> Nullable<Double>,
        source -> Nullable<Text>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(size_facts -> organisations (organisation_id));
diesel::joinable!(oecd_endorsements -> organisations (organisation_id));
diesel::joinable!(participations -> covenants (covenant_id));
diesel::joinable!(participations -> organisations (organisation_id));
diesel::allow_tables_to_appear_in_same_query!(
    organisations,
    size_facts,
    oecd_endorsements,
    participations,
    covenants
);

diesel::table! {
    idempotency_keys (actor, idempotency_key) {
        actor -> Text,
        idempotency_key -> Text,
        fingerprint -> Text,
        status -> Nullable<Integer>,
        location -> Nullable<Text>,
        body -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    webhook_subscriptions (id) {
        id -> BigInt,
        owner -> Text,
        url -> Text,
        resource_types -> Text,
        secret -> Text,
        enabled -> Bool,
        disabled_reason -> Nullable<Text>,
        disabled_at -> Nullable<Timestamp>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> BigInt,
        subscription_id -> BigInt,
        audit_event_id -> BigInt,
        resource_key -> Text,
        state -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
        delivered_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    webhook_attempts (id) {
        id -> BigInt,
        delivery_id -> BigInt,
        attempted_at -> Timestamp,
        status_code -> Nullable<Integer>,
        error -> Nullable<Text>,
        duration_ms -> BigInt,
    }
}

diesel::joinable!(webhook_deliveries -> webhook_subscriptions (subscription_id));
diesel::joinable!(webhook_deliveries -> audit_events (audit_event_id));
diesel::joinable!(webhook_attempts -> webhook_deliveries (delivery_id));
diesel::allow_tables_to_appear_in_same_query!(
    webhook_subscriptions,
    webhook_deliveries,
    webhook_attempts,
    audit_events
);

diesel::table! {
    oecd_counted_spans (organisation_id, starts_on) {
        organisation_id -> BigInt,
        starts_on -> Date,
        ends_on -> Nullable<Date>,
        size_facts_year -> Integer,
        endorsing -> Bool,
    }
}

diesel::table! {
    oecd_count_changes (changes_on, shard) {
        changes_on -> Date,
        shard -> Integer,
        large_companies -> BigInt,
        endorsing -> BigInt,
    }
}

diesel::table! {
    maintained_figures (figure) {
        figure -> Text,
        rebuilt_at -> Nullable<Timestamp>,
    }
}

diesel::allow_tables_to_appear_in_same_query!(oecd_counted_spans, organisations);
diesel::allow_tables_to_appear_in_same_query!(oecd_counted_spans, size_facts);
