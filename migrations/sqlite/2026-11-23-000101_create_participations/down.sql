DROP TABLE participations;
