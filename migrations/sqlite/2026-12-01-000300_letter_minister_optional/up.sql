-- A letter's minister is optional: letters the record knows only because
-- another letter cites them do not always name who sent them.
--
-- SQLite cannot drop a NOT NULL in place, and `letters` cannot be made anew
-- the usual way: tables refer to it, and the migrations run inside the
-- startup lock's transaction, where foreign keys cannot be switched off.
-- Removing a NOT NULL leaves the stored rows valid, so this uses SQLite's
-- documented procedure for it: edit the table's definition in the schema,
-- reload it on this connection, and make a schema change so that every
-- other connection reloads it too.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
    SET sql = replace(sql, 'minister TEXT NOT NULL,', 'minister TEXT,')
    WHERE type = 'table' AND name = 'letters';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_reload (unused INTEGER);
DROP TABLE schema_reload;
