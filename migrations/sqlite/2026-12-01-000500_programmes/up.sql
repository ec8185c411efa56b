-- Funds, budgets and projects: what each is for, who runs it, the covenant
-- or theme it serves (at least one), its period and budget (whole euros)
-- as exactly as the source states them, and its results.
CREATE TABLE programmes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('fund', 'budget', 'project')),
    purpose TEXT NOT NULL,
    run_by TEXT,
    covenant_id BIGINT REFERENCES covenants (id),
    theme TEXT,
    starts_on DATE,
    starts_on_precision TEXT CHECK (starts_on_precision IN ('day', 'month', 'year')),
    ends_on DATE,
    ends_on_precision TEXT CHECK (ends_on_precision IN ('day', 'month', 'year')),
    period_as_stated TEXT,
    budget_eur BIGINT CHECK (budget_eur >= 0),
    budget_as_stated TEXT,
    results TEXT,
    url TEXT,
    source TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (covenant_id IS NOT NULL OR theme IS NOT NULL),
    CHECK ((starts_on IS NULL) = (starts_on_precision IS NULL)),
    CHECK ((ends_on IS NULL) = (ends_on_precision IS NULL))
);
CREATE INDEX programmes_covenant ON programmes (covenant_id);

CREATE TABLE programmes_history AS
    SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM programmes WHERE 1 = 0;
CREATE INDEX programmes_history_id ON programmes_history (id, known_to);
