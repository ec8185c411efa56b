-- What `GET /v1/changes?after=...&limit=1000` reads for its page: the
-- 1,000 changes after feed position :after, every column, oldest first
-- (src/changes/queries.rs, `after`). bench/run.sh times it in psql beside
-- the API's page.
SELECT id, occurred_at, actor, role, action, resource_type, resource_id, resource_path,
       request_id, before_state, after_state, feed_position, version
FROM audit_events
WHERE feed_position > :after
ORDER BY feed_position
LIMIT 1000;
