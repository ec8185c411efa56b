DROP TABLE measurements;
DROP TABLE targets;
DROP TABLE indicators;
