-- When a covenant was expected to be signed, as the latest source states
-- it, so that the planned date shows beside the actual one: the date as
-- exactly as known (its precision 'day', 'month' or 'year', NULL exactly
-- when the date is) and the source's own words ("eerste helft van 2019").
-- Its history gets the columns at the same place.
ALTER TABLE covenants ADD COLUMN expected_signing_on DATE;
ALTER TABLE covenants ADD COLUMN expected_signing_on_precision TEXT
    CHECK (expected_signing_on_precision IN ('day', 'month', 'year'));
ALTER TABLE covenants ADD COLUMN expected_signing_as_stated TEXT;
ALTER TABLE covenants_history ADD COLUMN expected_signing_on DATE;
ALTER TABLE covenants_history ADD COLUMN expected_signing_on_precision TEXT;
ALTER TABLE covenants_history ADD COLUMN expected_signing_as_stated TEXT;
