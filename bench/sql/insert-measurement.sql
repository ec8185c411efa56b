-- pgbench's ceiling for "create a measurement": the same single-row insert
-- the API makes, in its own transaction. :indicator and :covenant are set
-- with pgbench -D from the synthetic data set's ids. One value per
-- indicator, covenant and date: a random day, and a rare repeat skipped.
\set day random(0, 3000000)
BEGIN;
INSERT INTO measurements (indicator_id, covenant_id, value, measured_on, source_url, note, version, created_at, updated_at)
VALUES (:indicator, :covenant, 0.5, DATE '1000-01-01' + :day, 'https://example.org/bench', 'pgbench write', 1, now(), now())
ON CONFLICT DO NOTHING;
END;
