-- The steering groups, secretariats and independent monitoring committees
-- of the covenants: what each does and, as the source words it, who sits
-- in it.
CREATE TABLE governance_bodies (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    covenant_id BIGINT NOT NULL REFERENCES covenants (id),
    kind TEXT NOT NULL CHECK (kind IN ('steeringGroup', 'secretariat', 'monitoringCommittee')),
    name TEXT NOT NULL,
    duties TEXT NOT NULL,
    members_as_stated TEXT,
    url TEXT,
    source TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    -- Also serves the covenant filter and the covenant's 409 on delete.
    UNIQUE (covenant_id, name)
);

CREATE TABLE governance_bodies_history AS
    SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM governance_bodies WITH NO DATA;
CREATE INDEX governance_bodies_history_id ON governance_bodies_history (id, known_to);
