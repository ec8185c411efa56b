CREATE TABLE covenants (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title_nl TEXT NOT NULL,
    title_en TEXT NOT NULL,
    sector_id BIGINT NOT NULL REFERENCES sectors (id),
    status TEXT NOT NULL,
    negotiation_started_on DATE,
    signed_on DATE,
    signed_on_precision TEXT NOT NULL DEFAULT 'day',
    ends_on DATE,
    facilitator TEXT,
    summary TEXT,
    website TEXT,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX covenants_sector ON covenants (sector_id);
CREATE INDEX covenants_status_signed_on ON covenants (status, signed_on);
CREATE INDEX covenants_signed_on ON covenants (signed_on);
