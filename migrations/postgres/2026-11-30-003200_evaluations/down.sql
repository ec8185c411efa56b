DROP TABLE evaluations_history;
DROP TABLE evaluations;
