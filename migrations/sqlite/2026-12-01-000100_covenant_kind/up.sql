-- What kind of agreement a covenant is: an IMVO covenant facilitated by the
-- SER, which the overview counts, or another agreement (the coal covenant,
-- say), recorded beside them and kept out of those counts. Every covenant
-- recorded so far is of the first kind. Its history gets the column at the
-- same place.
ALTER TABLE covenants ADD COLUMN kind TEXT NOT NULL DEFAULT 'serFacilitated'
    CHECK (kind IN ('serFacilitated', 'other'));
ALTER TABLE covenants_history ADD COLUMN kind TEXT NOT NULL DEFAULT 'serFacilitated';
