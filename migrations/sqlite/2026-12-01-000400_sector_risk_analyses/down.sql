UPDATE evaluations SET kind = 'study' WHERE kind = 'sectorRiskAnalysis';
PRAGMA writable_schema = ON;
UPDATE sqlite_master
    SET sql = replace(sql, '''progressReport'', ''policyReview'', ''sectorRiskAnalysis'')',
                      '''progressReport'', ''policyReview'')')
    WHERE type = 'table' AND name = 'evaluations';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_reload (unused INTEGER);
DROP TABLE schema_reload;
