CREATE TABLE letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sent_on DATE NOT NULL,
    subject TEXT NOT NULL,
    reference TEXT UNIQUE,
    kamerstuk TEXT,
    minister TEXT NOT NULL,
    url TEXT,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX letters_sent_on ON letters (sent_on);

CREATE TABLE annual_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    covenant_id BIGINT NOT NULL REFERENCES covenants (id),
    reporting_year INTEGER NOT NULL,
    published_on DATE NOT NULL,
    title TEXT NOT NULL,
    url TEXT,
    summary TEXT,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (covenant_id, reporting_year)
);
CREATE INDEX annual_reports_year ON annual_reports (reporting_year);
CREATE INDEX annual_reports_published_on ON annual_reports (published_on);
