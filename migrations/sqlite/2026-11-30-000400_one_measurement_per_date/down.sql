DROP INDEX measurements_one_per_date;
