DROP TABLE programmes_history;
DROP TABLE programmes;
