-- Sector risk analyses are a kind of study of their own. Widening a CHECK
-- leaves every stored row valid, so SQLite's definition is edited in place
-- (see migrations/README.md and 2026-12-01-000300).
PRAGMA writable_schema = ON;
UPDATE sqlite_master
    SET sql = replace(sql, '''progressReport'', ''policyReview'')',
                      '''progressReport'', ''policyReview'', ''sectorRiskAnalysis'')')
    WHERE type = 'table' AND name = 'evaluations';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_reload (unused INTEGER);
DROP TABLE schema_reload;
