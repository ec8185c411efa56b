-- Organisations, their size per year and their OECD endorsements.
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    -- The name folded to lower case by the service, so that name search and
    -- sort work alike on both backends (SQLite's lower() folds ASCII only).
    name_folded TEXT NOT NULL,
    kind TEXT NOT NULL,
    kvk_number TEXT UNIQUE,
    country TEXT NOT NULL,
    website TEXT,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX organisations_name_folded ON organisations (name_folded);
CREATE INDEX organisations_kind ON organisations (kind);
CREATE INDEX organisations_country ON organisations (country);
CREATE INDEX organisations_created_at ON organisations (created_at);

CREATE TABLE size_facts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    employees BIGINT NOT NULL CHECK (employees >= 0),
    total_assets_eur BIGINT NOT NULL CHECK (total_assets_eur >= 0),
    net_turnover_eur BIGINT NOT NULL CHECK (net_turnover_eur >= 0),
    source TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
-- One row per organisation and year; also serves "the latest year not after
-- asOf" per organisation.
CREATE UNIQUE INDEX size_facts_organisation_year ON size_facts (organisation_id, year);

CREATE TABLE oecd_endorsements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    endorsed_on DATE NOT NULL,
    withdrawn_on DATE CHECK (withdrawn_on >= endorsed_on),
    evidence_url TEXT,
    source TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX oecd_endorsements_organisation_endorsed_on ON oecd_endorsements (organisation_id, endorsed_on);
