DROP TABLE ngo_assessments_history;
DROP TABLE ngo_assessments;
