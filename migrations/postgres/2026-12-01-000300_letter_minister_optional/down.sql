UPDATE letters SET minister = 'Not stated' WHERE minister IS NULL;
ALTER TABLE letters ALTER COLUMN minister SET NOT NULL;
