-- pgbench's ceiling for "create a measurement": the same single-row insert
-- the API makes, in its own transaction. :indicator and :covenant are set
-- with pgbench -D from the synthetic data set's ids.
BEGIN;
INSERT INTO measurements (indicator_id, covenant_id, value, measured_on, source_url, note, version, created_at, updated_at)
VALUES (:indicator, :covenant, 0.5, DATE '2024-01-31', 'https://example.org/bench', 'pgbench write', 1, now(), now());
END;
