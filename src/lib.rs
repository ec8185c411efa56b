//! imvo-tracker: the public REST API that makes the progress of the Dutch
//! IMVO covenants visible.

pub mod annual_reports;
pub mod audit;
pub mod auth;
pub mod changes;
pub mod config;
pub mod covenant_status;
pub mod covenants;
pub mod db;
pub mod error;
pub mod health;
pub mod history;
pub mod http;
pub mod indicators;
pub mod letters;
pub mod measurements;
pub mod memory;
pub mod metrics;
pub mod migrations;
pub mod motion_responses;
pub mod motions;
pub mod oecd_endorsements;
pub mod openapi;
pub mod organisations;
pub mod participations;
pub mod published_figures;
pub mod routes;
pub mod schema;
pub mod sectors;
pub mod seeds;
pub mod size_facts;
pub mod startup;
pub mod storage;
pub mod targets;
pub mod webhooks;
pub mod working_groups;
