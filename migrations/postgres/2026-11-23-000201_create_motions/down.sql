DROP TABLE motion_covenants;
DROP TABLE motion_submitters;
DROP TABLE motions;
