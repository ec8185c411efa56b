-- Unit `ratio` is a share from 0 to 1; `percent` is now a percentage from 0
-- to 100. Until now `percent` held shares from 0 to 1 (0.45 for 45%), so
-- every `percent` indicator whose targets (values and baselines) and
-- measurements all lie within 0..1 is a `ratio`. Those with a value above 1
-- keep `percent`.
UPDATE indicators SET unit = 'ratio'
WHERE unit = 'percent'
  AND NOT EXISTS (
      SELECT 1 FROM targets t
      WHERE t.indicator_id = indicators.id
        AND (t.value < 0 OR t.value > 1 OR t.baseline_value < 0 OR t.baseline_value > 1))
  AND NOT EXISTS (
      SELECT 1 FROM measurements m
      WHERE m.indicator_id = indicators.id
        AND (m.value < 0 OR m.value > 1));
