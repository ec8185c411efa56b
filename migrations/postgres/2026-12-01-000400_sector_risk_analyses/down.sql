UPDATE evaluations SET kind = 'study' WHERE kind = 'sectorRiskAnalysis';
ALTER TABLE evaluations DROP CONSTRAINT evaluations_kind_check;
ALTER TABLE evaluations ADD CONSTRAINT evaluations_kind_check
    CHECK (kind IN ('evaluation', 'study', 'progressReport', 'policyReview'));
