-- The OECD indicator selects Dutch companies; the participation and
-- endorsement date filters use the indexes made with their tables.
CREATE INDEX organisations_country_kind ON organisations (country, kind);
