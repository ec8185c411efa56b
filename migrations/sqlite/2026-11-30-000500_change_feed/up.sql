-- The audit trail is also the public change feed. Each change records the
-- version its record had after it (before it, for a delete), and gets its
-- feed position once committed: positions are handed out in commit order by
-- whoever reads the feed first (see src/changes/queries.rs), so that a
-- poller never skips a change that committed after a later-numbered one.
ALTER TABLE audit_events ADD COLUMN feed_position BIGINT;
ALTER TABLE audit_events ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

-- What is stored is committed: it is published in the order it was written.
UPDATE audit_events SET feed_position = id;
-- A record's version is 1 when created and one more at every update; a
-- delete keeps the version it removed.
UPDATE audit_events SET version = (
    SELECT COUNT(*) FROM audit_events AS earlier
    WHERE earlier.resource_type = audit_events.resource_type
      AND earlier.resource_id = audit_events.resource_id
      AND earlier.action <> 'delete'
      AND earlier.id <= audit_events.id
      AND earlier.id >= COALESCE((
          SELECT MAX(created.id) FROM audit_events AS created
          WHERE created.resource_type = audit_events.resource_type
            AND created.resource_id = audit_events.resource_id
            AND created.action = 'create'
            AND created.id <= audit_events.id), 0)
);

CREATE UNIQUE INDEX audit_events_feed_position ON audit_events (feed_position);
CREATE INDEX audit_events_unpublished ON audit_events (id) WHERE feed_position IS NULL;
