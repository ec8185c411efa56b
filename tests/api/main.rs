//! The one integration test binary: each test starts the real app on port 0
//! against a fresh database of its own (SQLite by default, PostgreSQL when
//! `TEST_DATABASE_URL` is set).

mod access;
mod annual_reports;
mod audit;
mod bounded_metrics;
mod changed_since;
mod changes;
mod concurrency;
mod conventions;
mod covenants;
mod evaluations;
mod examples;
mod helpers;
mod hostile_input;
mod idempotency;
mod known_at;
mod letter_figures;
mod letters;
mod links;
mod measurements;
mod metrics;
mod motion_responses;
mod motions;
mod ngo_assessments;
mod oecd_endorsements;
mod oecd_maintained;
mod operations;
mod organisations;
mod participations;
mod programmes;
mod published_figures;
mod races;
mod revalidation;
mod schemathesis_findings;
mod sectors;
mod seeds;
mod size_facts;
mod startup_race;
mod status_timelines;
mod targets;
mod telemetry;
mod tokens;
mod webhook_receiver;
mod webhooks;
mod working_groups;
