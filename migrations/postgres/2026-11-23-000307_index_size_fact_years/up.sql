-- The OECD indicator's series starts at the first year of any Dutch
-- company's size facts. In year order that year is the first fact whose
-- organisation qualifies; without this index finding it meant joining every
-- fact to its organisation (over a second at a million companies).
-- Concurrently: the table may be large.
CREATE INDEX CONCURRENTLY size_facts_year ON size_facts (year);
