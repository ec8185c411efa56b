DROP INDEX oecd_endorsements_organisation_endorsed_on;
CREATE INDEX oecd_endorsements_organisation_endorsed_on ON oecd_endorsements (organisation_id, endorsed_on);
DROP INDEX size_facts_organisation_year;
CREATE UNIQUE INDEX size_facts_organisation_year ON size_facts (organisation_id, year);
