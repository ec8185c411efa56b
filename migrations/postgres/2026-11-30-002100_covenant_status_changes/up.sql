-- A covenant track's status timeline: the status from a date on, as its
-- source tells it (basis `changed`: it changed that day; `reported`: a
-- document of that date reports it). The overview counts each track by its
-- latest change on or before `asOf`, with the dates the covenant itself
-- holds (src/covenant_status/queries.rs, `statuses_at`).
CREATE TABLE covenant_status_changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    covenant_id BIGINT NOT NULL REFERENCES covenants (id),
    status TEXT NOT NULL,
    changed_on DATE NOT NULL,
    changed_on_precision TEXT NOT NULL,
    basis TEXT NOT NULL,
    letter_id BIGINT REFERENCES letters (id),
    source TEXT NOT NULL,
    note TEXT,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (covenant_id, changed_on)
);
-- Deleting a letter checks that no status change cites it.
CREATE INDEX covenant_status_changes_letter ON covenant_status_changes (letter_id);

CREATE TABLE covenant_status_changes_history AS
    SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM covenant_status_changes WITH NO DATA;
CREATE INDEX covenant_status_changes_history_id ON covenant_status_changes_history (id, known_to);
