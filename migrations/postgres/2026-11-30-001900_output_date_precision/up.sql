-- A working group output's publication date may be unknown (NULL), and a
-- known one may be known only to the month or year: published_on is then
-- the first day of that month or year, and published_on_precision says so
-- ('day', 'month' or 'year'). The precision is NULL exactly when the date
-- is. Rows stored so far had an exact date.
ALTER TABLE working_group_outputs ALTER COLUMN published_on DROP NOT NULL;
ALTER TABLE working_group_outputs ADD COLUMN published_on_precision TEXT;
UPDATE working_group_outputs SET published_on_precision = 'day';
-- Checked without holding the table for the scan, then validated.
ALTER TABLE working_group_outputs ADD CONSTRAINT working_group_outputs_precision
    CHECK ((published_on IS NULL) = (published_on_precision IS NULL)
           AND published_on_precision IN ('day', 'month', 'year')) NOT VALID;
ALTER TABLE working_group_outputs VALIDATE CONSTRAINT working_group_outputs_precision;
