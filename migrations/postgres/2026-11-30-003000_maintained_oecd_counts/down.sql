DROP TABLE maintained_figures;
DROP TABLE oecd_count_changes;
DROP TABLE oecd_counted_spans;
