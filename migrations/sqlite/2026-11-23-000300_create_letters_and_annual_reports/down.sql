DROP TABLE annual_reports;
DROP TABLE letters;
