-- Every version of every public record is kept (transaction time): a row of
-- `<table>_history` is a version the record held from its `updated_at` until
-- `known_to`, when a correction or delete closed it (src/history). The
-- current version stays in the table itself. `known_to` comes first, so a
-- column added to a table later is added to its history at the same place.

-- The rows a record owns (themes, submitters, covenants of a motion) are
-- replaced with it; they take its time, so their versions line up with it.
ALTER TABLE working_group_themes ADD COLUMN updated_at TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00';
UPDATE working_group_themes SET updated_at = (SELECT p.updated_at FROM working_groups p WHERE p.id = working_group_themes.working_group_id);
ALTER TABLE motion_submitters ADD COLUMN updated_at TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00';
UPDATE motion_submitters SET updated_at = (SELECT p.updated_at FROM motions p WHERE p.id = motion_submitters.motion_id);
ALTER TABLE motion_covenants ADD COLUMN updated_at TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00';
UPDATE motion_covenants SET updated_at = (SELECT p.updated_at FROM motions p WHERE p.id = motion_covenants.motion_id);

CREATE TABLE sectors_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM sectors WHERE 1 = 0;
CREATE TABLE covenants_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM covenants WHERE 1 = 0;
CREATE TABLE letters_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM letters WHERE 1 = 0;
CREATE TABLE annual_reports_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM annual_reports WHERE 1 = 0;
CREATE TABLE indicators_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM indicators WHERE 1 = 0;
CREATE TABLE targets_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM targets WHERE 1 = 0;
CREATE TABLE measurements_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM measurements WHERE 1 = 0;
CREATE TABLE working_groups_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM working_groups WHERE 1 = 0;
CREATE TABLE working_group_outputs_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM working_group_outputs WHERE 1 = 0;
CREATE TABLE motions_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM motions WHERE 1 = 0;
CREATE TABLE motion_responses_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM motion_responses WHERE 1 = 0;
CREATE TABLE organisations_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM organisations WHERE 1 = 0;
CREATE TABLE size_facts_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM size_facts WHERE 1 = 0;
CREATE TABLE oecd_endorsements_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM oecd_endorsements WHERE 1 = 0;
CREATE TABLE participations_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM participations WHERE 1 = 0;
CREATE TABLE working_group_themes_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM working_group_themes WHERE 1 = 0;
CREATE TABLE motion_submitters_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM motion_submitters WHERE 1 = 0;
CREATE TABLE motion_covenants_history AS SELECT CAST(NULL AS TIMESTAMP) AS known_to, * FROM motion_covenants WHERE 1 = 0;

CREATE INDEX sectors_history_id ON sectors_history (id, known_to);
CREATE INDEX covenants_history_id ON covenants_history (id, known_to);
CREATE INDEX letters_history_id ON letters_history (id, known_to);
CREATE INDEX annual_reports_history_id ON annual_reports_history (id, known_to);
CREATE INDEX indicators_history_id ON indicators_history (id, known_to);
CREATE INDEX targets_history_id ON targets_history (id, known_to);
CREATE INDEX measurements_history_id ON measurements_history (id, known_to);
CREATE INDEX working_groups_history_id ON working_groups_history (id, known_to);
CREATE INDEX working_group_outputs_history_id ON working_group_outputs_history (id, known_to);
CREATE INDEX motions_history_id ON motions_history (id, known_to);
CREATE INDEX motion_responses_history_id ON motion_responses_history (id, known_to);
CREATE INDEX organisations_history_id ON organisations_history (id, known_to);
CREATE INDEX size_facts_history_id ON size_facts_history (id, known_to);
CREATE INDEX oecd_endorsements_history_id ON oecd_endorsements_history (id, known_to);
CREATE INDEX participations_history_id ON participations_history (id, known_to);
CREATE INDEX working_group_themes_history_working_group_id ON working_group_themes_history (working_group_id, known_to);
CREATE INDEX motion_submitters_history_motion_id ON motion_submitters_history (motion_id, known_to);
CREATE INDEX motion_covenants_history_motion_id ON motion_covenants_history (motion_id, known_to);
