CREATE TABLE audit_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    resource_path TEXT NOT NULL,
    request_id TEXT,
    before_state TEXT,
    after_state TEXT
);
CREATE INDEX audit_events_resource ON audit_events (resource_type, resource_id, occurred_at);
CREATE INDEX audit_events_actor ON audit_events (actor, occurred_at);
CREATE INDEX audit_events_occurred_at ON audit_events (occurred_at);
