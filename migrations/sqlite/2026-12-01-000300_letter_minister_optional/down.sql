-- Back to a required minister: a letter recorded without one gets
-- 'Not stated'. The same procedure as the up migration, the other way.
UPDATE letters SET minister = 'Not stated' WHERE minister IS NULL;
PRAGMA writable_schema = ON;
UPDATE sqlite_master
    SET sql = replace(sql, 'minister TEXT,', 'minister TEXT NOT NULL,')
    WHERE type = 'table' AND name = 'letters';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_reload (unused INTEGER);
DROP TABLE schema_reload;
