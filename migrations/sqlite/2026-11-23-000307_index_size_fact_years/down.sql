DROP INDEX size_facts_year;
