-- Evaluations and studies of the IMVO policy: who commissioned and who
-- carried them out, when they were expected (as the sources state it) and
-- when they were published, as exactly as each is known.
CREATE TABLE evaluations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('evaluation', 'study', 'progressReport', 'policyReview')),
    status TEXT NOT NULL CHECK (status IN ('planned', 'inProgress', 'completed')),
    commissioned_by TEXT,
    carried_out_by TEXT,
    expected_on DATE,
    expected_on_precision TEXT CHECK (expected_on_precision IN ('day', 'month', 'year')),
    expected_as_stated TEXT,
    published_on DATE,
    published_on_precision TEXT CHECK (published_on_precision IN ('day', 'month', 'year')),
    url TEXT,
    summary TEXT,
    source TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK ((expected_on IS NULL) = (expected_on_precision IS NULL)),
    CHECK ((published_on IS NULL) = (published_on_precision IS NULL))
);

CREATE TABLE evaluations_history AS
    SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM evaluations WHERE 1 = 0;
CREATE INDEX evaluations_history_id ON evaluations_history (id, known_to);
