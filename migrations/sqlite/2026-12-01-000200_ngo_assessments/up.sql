-- Assessments, shadow reports and statements by NGOs on a covenant or a
-- theme (at least one of the two), with who published them, when (as
-- exactly as known) and what they find.
CREATE TABLE ngo_assessments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('shadowReport', 'assessment', 'statement')),
    author TEXT NOT NULL,
    covenant_id BIGINT REFERENCES covenants (id),
    theme TEXT,
    published_on DATE,
    published_on_precision TEXT CHECK (published_on_precision IN ('day', 'month', 'year')),
    findings TEXT NOT NULL,
    url TEXT,
    source TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (covenant_id IS NOT NULL OR theme IS NOT NULL),
    CHECK ((published_on IS NULL) = (published_on_precision IS NULL))
);
CREATE INDEX ngo_assessments_covenant ON ngo_assessments (covenant_id);

CREATE TABLE ngo_assessments_history AS
    SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM ngo_assessments WHERE 1 = 0;
CREATE INDEX ngo_assessments_history_id ON ngo_assessments_history (id, known_to);
