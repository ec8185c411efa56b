-- The OECD indicator reads every size fact in organisation order (one
-- grouped pass). With the figures in the index it reads the index alone,
-- instead of visiting the table row by row in an order unlike its physical
-- one (facts arrive year by year). Concurrently: the table may be large.
CREATE INDEX CONCURRENTLY size_facts_metric_cover ON size_facts (organisation_id, year)
    INCLUDE (employees, total_assets_eur, net_turnover_eur);
