-- The change feed's data set: :changes published changes appended to
-- audit_events in one statement (psql -v changes=1000000), after whatever
-- the table holds, each with feed_position = id as the change-feed
-- migration numbers existing rows. What a busy year of measurement writes
-- looks like: of every 20 changes, 16 creates, 3 updates (with the state
-- before) and 1 delete (a tombstone: no state after), every state a
-- measurement as `GET /v1/measurements/{id}` shows it (about 600 bytes, like
-- the real record's). One change every 30 s from 2025-01-01.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMPORARY TABLE feed_base ON COMMIT DROP AS
SELECT GREATEST(COALESCE(MAX(id), 0), COALESCE(MAX(feed_position), 0)) AS base FROM audit_events;

INSERT INTO audit_events (id, occurred_at, actor, role, action, resource_type, resource_id,
                          resource_path, request_id, before_state, after_state, feed_position, version)
OVERRIDING SYSTEM VALUE
SELECT c.position, c.at, 'bench-feed', 'admin', c.action, 'measurement', c.measurement::text,
       '/v1/measurements/' || c.measurement, 'bench-' || c.position,
       CASE WHEN c.action <> 'create' THEN c.state_before END,
       CASE WHEN c.action <> 'delete' THEN c.state_after END,
       c.position, c.version
FROM (
    SELECT s.position, s.at, s.action, s.measurement, s.version,
           format(s.state, s.measurement, s.value_before, to_char(s.at - interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS state_before,
           format(s.state, s.measurement, s.value_after, to_char(s.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS state_after
    FROM (
        SELECT b.base + g AS position,
               TIMESTAMP '2025-01-01 00:00:00' + g * INTERVAL '30 seconds' AS at,
               CASE WHEN g % 20 < 16 THEN 'create' WHEN g % 20 < 19 THEN 'update' ELSE 'delete' END AS action,
               -- An update or delete is of a measurement created 20 changes earlier.
               CASE WHEN g % 20 < 16 OR g <= 20 THEN g ELSE g - 20 END AS measurement,
               CASE WHEN g % 20 < 16 OR g <= 20 THEN 1 ELSE 2 END AS version,
               round((g % 997)::numeric / 10, 1) AS value_before,
               round(((g * 7) % 997)::numeric / 10, 1) AS value_after,
               '{"id":%1$s,"indicator":"synthetic-coverage","scope":"covenant","covenant":"synthetic-'
                   || lpad((g % 20 + 1)::text, 2, '0')
                   || '","value":%2$s,"measuredOn":"' || to_char(DATE '2016-07-01' + (g % 3650)::int, 'YYYY-MM-DD')
                   || '","numerator":null,"denominator":null,"annualReport":null,"letter":null,'
                   || '"sourceUrl":"https://example.org/synthetic/reports/' || (g % 5000) || '",'
                   || '"note":"SYNTHETIC benchmark change (bench/sql/feed-changes.sql); not real. Share of the covenant''s market covered by its participants in the reporting year, as stated in the annual progress report.",'
                   || '"createdAt":"%3$s","updatedAt":"%3$s",'
                   || '"_links":{"self":{"href":"/v1/measurements/%1$s"},"indicator":{"href":"/v1/indicators/synthetic-coverage"},'
                   || '"covenant":{"href":"/v1/covenants/synthetic-' || lpad((g % 20 + 1)::text, 2, '0') || '"}}}' AS state
        FROM generate_series(1, :changes) AS g, feed_base AS b
    ) AS s
) AS c;

SELECT setval(pg_get_serial_sequence('audit_events', 'id'), (SELECT MAX(id) FROM audit_events));
COMMIT;
