-- An unknown date cannot be put back under NOT NULL: such outputs go.
CREATE TABLE working_group_outputs_old (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    working_group_id BIGINT NOT NULL REFERENCES working_groups (id),
    title TEXT NOT NULL,
    published_on DATE NOT NULL,
    url TEXT,
    summary TEXT,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO working_group_outputs_old
    (id, working_group_id, title, published_on, url, summary, source, version, created_at, updated_at)
SELECT id, working_group_id, title, published_on, url, summary, source, version, created_at, updated_at
FROM working_group_outputs WHERE published_on IS NOT NULL;
DELETE FROM sqlite_sequence WHERE name = 'working_group_outputs_old';
INSERT INTO sqlite_sequence (name, seq)
SELECT 'working_group_outputs_old', seq FROM sqlite_sequence WHERE name = 'working_group_outputs';
DROP TABLE working_group_outputs;
ALTER TABLE working_group_outputs_old RENAME TO working_group_outputs;
CREATE INDEX working_group_outputs_group ON working_group_outputs (working_group_id, published_on);
