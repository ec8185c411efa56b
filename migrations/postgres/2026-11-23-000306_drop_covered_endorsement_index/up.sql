-- Covered by oecd_endorsements_metric_cover (same keys).
DROP INDEX CONCURRENTLY oecd_endorsements_organisation_endorsed_on;
