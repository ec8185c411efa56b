ALTER TABLE measurements_history DROP COLUMN qualifier;
ALTER TABLE measurements DROP COLUMN qualifier;
