-- That a figure (a metric request with its asOf) was sent to parliament in
-- a letter at an instant; read again with knownAt at that instant.
CREATE TABLE published_figures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    figure TEXT NOT NULL,
    letter_id BIGINT NOT NULL REFERENCES letters (id),
    published_at TIMESTAMP NOT NULL,
    description TEXT,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (letter_id, figure)
);

CREATE TABLE published_figures_history AS
    SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM published_figures WHERE 1 = 0;
CREATE INDEX published_figures_history_id ON published_figures_history (id, known_to);
