CREATE TABLE indicators (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name_nl TEXT NOT NULL,
    name_en TEXT NOT NULL,
    unit TEXT NOT NULL,
    direction TEXT NOT NULL,
    description TEXT,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE targets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    indicator_id BIGINT NOT NULL REFERENCES indicators (id),
    covenant_id BIGINT REFERENCES covenants (id),
    value DOUBLE NOT NULL,
    due_on DATE NOT NULL,
    baseline_value DOUBLE,
    baseline_on DATE,
    description TEXT,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX targets_indicator_covenant ON targets (indicator_id, covenant_id, due_on);
CREATE INDEX targets_covenant ON targets (covenant_id);

CREATE TABLE measurements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    indicator_id BIGINT NOT NULL REFERENCES indicators (id),
    covenant_id BIGINT REFERENCES covenants (id),
    value DOUBLE NOT NULL,
    measured_on DATE NOT NULL,
    numerator DOUBLE,
    denominator DOUBLE,
    annual_report_id BIGINT REFERENCES annual_reports (id),
    letter_id BIGINT REFERENCES letters (id),
    source_url TEXT,
    note TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK ((annual_report_id IS NOT NULL) + (letter_id IS NOT NULL) + (source_url IS NOT NULL) = 1)
);
CREATE INDEX measurements_indicator_covenant ON measurements (indicator_id, covenant_id, measured_on);
CREATE INDEX measurements_covenant ON measurements (covenant_id);
CREATE INDEX measurements_annual_report ON measurements (annual_report_id);
CREATE INDEX measurements_letter ON measurements (letter_id);
