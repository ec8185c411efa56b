DROP TABLE working_group_outputs;
DROP TABLE working_group_themes;
DROP TABLE working_groups;
