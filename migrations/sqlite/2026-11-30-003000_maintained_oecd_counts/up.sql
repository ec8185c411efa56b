-- What the 90% indicator needs, kept up to date in the same transaction as
-- every write of an organisation, its size facts or its endorsements
-- (src/oecd_counts/), so that reading the indicator costs in proportion to
-- the days its counts change on, not to the number of organisations.

-- Per organisation, the spans of days in which it counts as a large Dutch
-- company: from starts_on up to (not including) ends_on, open when NULL,
-- on the size facts of size_facts_year, endorsing or not throughout.
CREATE TABLE oecd_counted_spans (
    organisation_id BIGINT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE CHECK (ends_on > starts_on),
    size_facts_year INTEGER NOT NULL,
    endorsing BOOLEAN NOT NULL,
    PRIMARY KEY (organisation_id, starts_on)
);

-- Per day, the change in the count of large companies and of those that
-- endorse: the count on a day is the sum of the changes up to it. Spread
-- over shards (organisation id modulo the shard count) so that concurrent
-- writes to different organisations seldom wait for the same row.
CREATE TABLE oecd_count_changes (
    changes_on DATE NOT NULL,
    shard INTEGER NOT NULL,
    large_companies BIGINT NOT NULL,
    endorsing BIGINT NOT NULL,
    PRIMARY KEY (changes_on, shard)
);

-- When each maintained figure was last rebuilt from scratch; NULL: never,
-- so the next start (or `imvo-tracker metrics rebuild`) builds it from what
-- is stored.
CREATE TABLE maintained_figures (
    figure TEXT PRIMARY KEY,
    rebuilt_at TIMESTAMP
);
INSERT INTO maintained_figures (figure, rebuilt_at) VALUES ('oecd-endorsement', NULL);
