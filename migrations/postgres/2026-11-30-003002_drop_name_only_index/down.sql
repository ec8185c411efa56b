CREATE INDEX CONCURRENTLY organisations_name_folded ON organisations (name_folded);
