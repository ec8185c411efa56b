DROP INDEX audit_events_unpublished;
DROP INDEX audit_events_feed_position;
ALTER TABLE audit_events DROP COLUMN version;
ALTER TABLE audit_events DROP COLUMN feed_position;
