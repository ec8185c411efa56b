-- Sector risk analyses are a kind of study of their own.
ALTER TABLE evaluations DROP CONSTRAINT evaluations_kind_check;
ALTER TABLE evaluations ADD CONSTRAINT evaluations_kind_check
    CHECK (kind IN ('evaluation', 'study', 'progressReport', 'policyReview', 'sectorRiskAnalysis'));
