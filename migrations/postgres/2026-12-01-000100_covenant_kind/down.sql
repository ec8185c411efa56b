ALTER TABLE covenants_history DROP COLUMN kind;
ALTER TABLE covenants DROP COLUMN kind;
