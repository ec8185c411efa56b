ALTER TABLE covenants_history DROP COLUMN expected_signing_as_stated;
ALTER TABLE covenants_history DROP COLUMN expected_signing_on_precision;
ALTER TABLE covenants_history DROP COLUMN expected_signing_on;
ALTER TABLE covenants DROP COLUMN expected_signing_as_stated;
ALTER TABLE covenants DROP COLUMN expected_signing_on_precision;
ALTER TABLE covenants DROP COLUMN expected_signing_on;
