-- Motions (moties) of the Tweede Kamer, their submitters and the covenants
-- they concern.
CREATE TABLE motions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier TEXT NOT NULL,
    number BIGINT NOT NULL,
    title TEXT NOT NULL,
    submitted_on DATE,
    voted_on DATE,
    request TEXT NOT NULL,
    status TEXT NOT NULL,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    -- A Kamerstuk is identified by its dossier and number; also serves the
    -- dossier filter.
    UNIQUE (dossier, number)
);
CREATE INDEX motions_number ON motions (number);
CREATE INDEX motions_status ON motions (status);
CREATE INDEX motions_submitted_on ON motions (submitted_on);

-- In the order the motion names them: the first is the main submitter.
CREATE TABLE motion_submitters (
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (motion_id, ordinal)
);

CREATE TABLE motion_covenants (
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    covenant_id BIGINT NOT NULL REFERENCES covenants (id),
    PRIMARY KEY (motion_id, covenant_id)
);
-- The covenant filter and the check before a covenant is deleted.
CREATE INDEX motion_covenants_covenant ON motion_covenants (covenant_id, motion_id);
