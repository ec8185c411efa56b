-- A letter's minister is optional: letters the record knows only because
-- another letter cites them do not always name who sent them.
ALTER TABLE letters ALTER COLUMN minister DROP NOT NULL;
