-- Organisations taking part in covenants.
CREATE TABLE participations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    covenant_id BIGINT NOT NULL REFERENCES covenants (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    role TEXT NOT NULL,
    joined_on DATE NOT NULL,
    left_on DATE CHECK (left_on >= joined_on),
    market_share DOUBLE PRECISION CHECK (market_share BETWEEN 0 AND 1),
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX participations_covenant_joined_on ON participations (covenant_id, joined_on);
CREATE INDEX participations_organisation ON participations (organisation_id);
