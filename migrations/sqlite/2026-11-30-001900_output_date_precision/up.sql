-- A working group output's publication date may be unknown (NULL), and a
-- known one may be known only to the month or year: published_on is then
-- the first day of that month or year, and published_on_precision says so
-- ('day', 'month' or 'year'). The precision is NULL exactly when the date
-- is. Rows stored so far had an exact date.
--
-- SQLite cannot drop a NOT NULL: the table is rebuilt with the same ids, and
-- its AUTOINCREMENT counter carried over so that ids are never reused.
-- Nothing references working_group_outputs.
CREATE TABLE working_group_outputs_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    working_group_id BIGINT NOT NULL REFERENCES working_groups (id),
    title TEXT NOT NULL,
    published_on DATE,
    url TEXT,
    summary TEXT,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    published_on_precision TEXT,
    CHECK ((published_on IS NULL) = (published_on_precision IS NULL)
           AND published_on_precision IN ('day', 'month', 'year'))
);
INSERT INTO working_group_outputs_new
    (id, working_group_id, title, published_on, url, summary, source, version,
     created_at, updated_at, published_on_precision)
SELECT id, working_group_id, title, published_on, url, summary, source, version,
       created_at, updated_at, 'day'
FROM working_group_outputs;
DELETE FROM sqlite_sequence WHERE name = 'working_group_outputs_new';
INSERT INTO sqlite_sequence (name, seq)
SELECT 'working_group_outputs_new', seq FROM sqlite_sequence WHERE name = 'working_group_outputs';
DROP TABLE working_group_outputs;
ALTER TABLE working_group_outputs_new RENAME TO working_group_outputs;
CREATE INDEX working_group_outputs_group ON working_group_outputs (working_group_id, published_on);
