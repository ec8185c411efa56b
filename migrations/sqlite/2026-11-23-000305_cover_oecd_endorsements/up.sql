-- As size_facts_metric_cover, for the endorsements' grouped pass; it
-- replaces oecd_endorsements_organisation_endorsed_on (next migration).
CREATE INDEX oecd_endorsements_metric_cover ON oecd_endorsements
    (organisation_id, endorsed_on, withdrawn_on);
