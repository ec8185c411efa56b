-- Covered by oecd_endorsements_metric_cover (same leading keys).
DROP INDEX oecd_endorsements_organisation_endorsed_on;
