DROP INDEX size_facts_metric_cover;
