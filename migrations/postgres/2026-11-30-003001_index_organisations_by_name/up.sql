-- The companies the 90% indicator counts are paged by name and id (a keyset
-- cursor): walking this index in order finds any page without a sort.
-- Concurrently: the table may be large.
CREATE INDEX CONCURRENTLY organisations_name_folded_id ON organisations (name_folded, id);
