-- Complaints procedures, dialogues and transitional-justice mechanisms of a
-- covenant or a theme (at least one of the two): who runs each, whom it
-- serves, where it stands and the programme that supports it.
CREATE TABLE remedy_mechanisms (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('complaintsProcedure', 'dialogue', 'transitionalJustice')),
    status TEXT NOT NULL CHECK (status IN ('planned', 'operating', 'ended')),
    run_by TEXT,
    covenant_id BIGINT REFERENCES covenants (id),
    theme TEXT,
    programme_id BIGINT REFERENCES programmes (id),
    description TEXT NOT NULL,
    url TEXT,
    source TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (covenant_id IS NOT NULL OR theme IS NOT NULL)
);
CREATE INDEX remedy_mechanisms_covenant ON remedy_mechanisms (covenant_id);
CREATE INDEX remedy_mechanisms_programme ON remedy_mechanisms (programme_id);

CREATE TABLE remedy_mechanisms_history AS
    SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM remedy_mechanisms WITH NO DATA;
CREATE INDEX remedy_mechanisms_history_id ON remedy_mechanisms_history (id, known_to);
