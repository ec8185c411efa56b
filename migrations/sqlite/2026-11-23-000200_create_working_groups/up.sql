-- Working groups (werkgroepen) of a covenant, their themes and outputs.
CREATE TABLE working_groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    covenant_id BIGINT NOT NULL REFERENCES covenants (id),
    name TEXT NOT NULL,
    mandate TEXT,
    started_on DATE,
    ended_on DATE,
    status TEXT NOT NULL,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    -- Also serves the covenant filter and the covenant's embedded groups.
    UNIQUE (covenant_id, name)
);
CREATE INDEX working_groups_status ON working_groups (status);
CREATE INDEX working_groups_name ON working_groups (name);
CREATE INDEX working_groups_started_on ON working_groups (started_on);

CREATE TABLE working_group_themes (
    working_group_id BIGINT NOT NULL REFERENCES working_groups (id),
    theme TEXT NOT NULL,
    PRIMARY KEY (working_group_id, theme)
);
-- The theme filter.
CREATE INDEX working_group_themes_theme ON working_group_themes (theme, working_group_id);

CREATE TABLE working_group_outputs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    working_group_id BIGINT NOT NULL REFERENCES working_groups (id),
    title TEXT NOT NULL,
    published_on DATE NOT NULL,
    url TEXT,
    summary TEXT,
    source TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX working_group_outputs_group ON working_group_outputs (working_group_id, published_on);
