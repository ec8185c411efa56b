CREATE INDEX organisations_name_folded ON organisations (name_folded);
