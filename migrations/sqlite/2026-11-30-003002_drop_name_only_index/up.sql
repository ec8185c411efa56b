-- organisations_name_folded_id serves every search the name-only index did.
DROP INDEX organisations_name_folded;
