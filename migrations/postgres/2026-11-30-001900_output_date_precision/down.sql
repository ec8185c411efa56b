-- An unknown date cannot be put back under NOT NULL: such outputs go.
ALTER TABLE working_group_outputs DROP CONSTRAINT working_group_outputs_precision;
DELETE FROM working_group_outputs WHERE published_on IS NULL;
ALTER TABLE working_group_outputs DROP COLUMN published_on_precision;
ALTER TABLE working_group_outputs ALTER COLUMN published_on SET NOT NULL;
