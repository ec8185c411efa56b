DROP TABLE covenants;
