-- Idempotency-Key on POST: the first request with a key reserves it (status
-- NULL while it runs); its response is stored in the same transaction as
-- the record it created, and replayed to every retry with the same key and
-- body. Keys are per token subject and kept at least 24 hours.
CREATE TABLE idempotency_keys (
    actor TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER,
    location TEXT,
    body TEXT,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (actor, idempotency_key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
