-- Webhooks. A subscription names a target URL, the resource types it
-- wants and its signing secret; it belongs to the token subject that made
-- it. Every change of a wanted type is put in the outbox
-- (webhook_deliveries) in the change's own transaction, and delivered from
-- there (src/webhooks/). Each attempt is kept, so attempts and failures can
-- be read.
CREATE TABLE webhook_subscriptions (
    id BIGSERIAL PRIMARY KEY,
    owner TEXT NOT NULL,
    url TEXT NOT NULL,
    -- The wanted resource types, as a JSON array; empty: every type.
    resource_types TEXT NOT NULL,
    secret TEXT NOT NULL,
    enabled BOOLEAN NOT NULL,
    disabled_reason TEXT,
    disabled_at TIMESTAMP,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX webhook_subscriptions_owner ON webhook_subscriptions (owner, id);

CREATE TABLE webhook_deliveries (
    id BIGSERIAL PRIMARY KEY,
    subscription_id BIGINT NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    audit_event_id BIGINT NOT NULL REFERENCES audit_events (id),
    -- `type/id` of the resource changed: deliveries of one resource to one
    -- subscription go out one at a time, in order.
    resource_key TEXT NOT NULL,
    -- pending, delivered, or failed (gave up; the subscription is disabled).
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    -- Claimed by a sender until then.
    locked_until TIMESTAMP,
    delivered_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX webhook_deliveries_undelivered
    ON webhook_deliveries (subscription_id, resource_key, id) WHERE state <> 'delivered';
CREATE INDEX webhook_deliveries_by_subscription ON webhook_deliveries (subscription_id, id);

CREATE TABLE webhook_attempts (
    id BIGSERIAL PRIMARY KEY,
    delivery_id BIGINT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempted_at TIMESTAMP NOT NULL,
    status_code INTEGER,
    error TEXT,
    duration_ms BIGINT NOT NULL
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);
