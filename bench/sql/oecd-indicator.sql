-- The OECD-endorsement series at 2026-11-23 by hand, the fastest form found
-- (bench/RESULTS.md lists the ones tried): for each date, the Dutch
-- companies that are large on their latest size facts of a year not after
-- the date's year, and how many of them endorse the OECD Guidelines on the
-- date. Per organisation, max(year * 2 + large) over its facts up to a year
-- is odd exactly when the latest of them is large; so one grouped pass over
-- size_facts and one over oecd_endorsements give every date at once.
-- JIT off, as the API runs it: the planner overestimates the join by orders
-- of magnitude, and the JIT compilation that estimate triggers costs more
-- than the query.
SET jit = off;
WITH latest AS (
  SELECT organisation_id,
    max(year * 2 + CASE WHEN employees > 500 AND total_assets_eur > 20000000 AND net_turnover_eur > 40000000 THEN 1 ELSE 0 END) FILTER (WHERE year <= 2019) AS k0,
    max(year * 2 + CASE WHEN employees > 500 AND total_assets_eur > 20000000 AND net_turnover_eur > 40000000 THEN 1 ELSE 0 END) FILTER (WHERE year <= 2020) AS k1,
    max(year * 2 + CASE WHEN employees > 500 AND total_assets_eur > 20000000 AND net_turnover_eur > 40000000 THEN 1 ELSE 0 END) FILTER (WHERE year <= 2021) AS k2,
    max(year * 2 + CASE WHEN employees > 500 AND total_assets_eur > 20000000 AND net_turnover_eur > 40000000 THEN 1 ELSE 0 END) FILTER (WHERE year <= 2022) AS k3,
    max(year * 2 + CASE WHEN employees > 500 AND total_assets_eur > 20000000 AND net_turnover_eur > 40000000 THEN 1 ELSE 0 END) FILTER (WHERE year <= 2023) AS k4,
    max(year * 2 + CASE WHEN employees > 500 AND total_assets_eur > 20000000 AND net_turnover_eur > 40000000 THEN 1 ELSE 0 END) FILTER (WHERE year <= 2024) AS k5,
    max(year * 2 + CASE WHEN employees > 500 AND total_assets_eur > 20000000 AND net_turnover_eur > 40000000 THEN 1 ELSE 0 END) FILTER (WHERE year <= 2025) AS k6,
    max(year * 2 + CASE WHEN employees > 500 AND total_assets_eur > 20000000 AND net_turnover_eur > 40000000 THEN 1 ELSE 0 END) FILTER (WHERE year <= 2026) AS k7
  FROM size_facts GROUP BY organisation_id
), endorsed AS (
  SELECT organisation_id,
    max(CASE WHEN endorsed_on <= '2019-12-31' AND (withdrawn_on IS NULL OR withdrawn_on > '2019-12-31') THEN 1 ELSE 0 END) AS e0,
    max(CASE WHEN endorsed_on <= '2020-12-31' AND (withdrawn_on IS NULL OR withdrawn_on > '2020-12-31') THEN 1 ELSE 0 END) AS e1,
    max(CASE WHEN endorsed_on <= '2021-12-31' AND (withdrawn_on IS NULL OR withdrawn_on > '2021-12-31') THEN 1 ELSE 0 END) AS e2,
    max(CASE WHEN endorsed_on <= '2022-12-31' AND (withdrawn_on IS NULL OR withdrawn_on > '2022-12-31') THEN 1 ELSE 0 END) AS e3,
    max(CASE WHEN endorsed_on <= '2023-12-31' AND (withdrawn_on IS NULL OR withdrawn_on > '2023-12-31') THEN 1 ELSE 0 END) AS e4,
    max(CASE WHEN endorsed_on <= '2024-12-31' AND (withdrawn_on IS NULL OR withdrawn_on > '2024-12-31') THEN 1 ELSE 0 END) AS e5,
    max(CASE WHEN endorsed_on <= '2025-12-31' AND (withdrawn_on IS NULL OR withdrawn_on > '2025-12-31') THEN 1 ELSE 0 END) AS e6,
    max(CASE WHEN endorsed_on <= '2026-11-23' AND (withdrawn_on IS NULL OR withdrawn_on > '2026-11-23') THEN 1 ELSE 0 END) AS e7
  FROM oecd_endorsements GROUP BY organisation_id
)
SELECT
    count(*) FILTER (WHERE l.k0 % 2 = 1) AS l0,
    count(*) FILTER (WHERE l.k0 % 2 = 1 AND e.e0 = 1) AS n0,
    count(*) FILTER (WHERE l.k1 % 2 = 1) AS l1,
    count(*) FILTER (WHERE l.k1 % 2 = 1 AND e.e1 = 1) AS n1,
    count(*) FILTER (WHERE l.k2 % 2 = 1) AS l2,
    count(*) FILTER (WHERE l.k2 % 2 = 1 AND e.e2 = 1) AS n2,
    count(*) FILTER (WHERE l.k3 % 2 = 1) AS l3,
    count(*) FILTER (WHERE l.k3 % 2 = 1 AND e.e3 = 1) AS n3,
    count(*) FILTER (WHERE l.k4 % 2 = 1) AS l4,
    count(*) FILTER (WHERE l.k4 % 2 = 1 AND e.e4 = 1) AS n4,
    count(*) FILTER (WHERE l.k5 % 2 = 1) AS l5,
    count(*) FILTER (WHERE l.k5 % 2 = 1 AND e.e5 = 1) AS n5,
    count(*) FILTER (WHERE l.k6 % 2 = 1) AS l6,
    count(*) FILTER (WHERE l.k6 % 2 = 1 AND e.e6 = 1) AS n6,
    count(*) FILTER (WHERE l.k7 % 2 = 1) AS l7,
    count(*) FILTER (WHERE l.k7 % 2 = 1 AND e.e7 = 1) AS n7
FROM latest l JOIN organisations o ON o.id = l.organisation_id
LEFT JOIN endorsed e ON e.organisation_id = l.organisation_id
WHERE o.country = 'NL' AND o.kind = 'company';
