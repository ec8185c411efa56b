CREATE TABLE motion_responses (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    letter_id BIGINT NOT NULL REFERENCES letters (id),
    summary TEXT NOT NULL,
    reported_status TEXT,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (motion_id, letter_id)
);
CREATE INDEX motion_responses_letter ON motion_responses (letter_id);
