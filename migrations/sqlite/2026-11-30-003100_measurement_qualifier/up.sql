-- How a measured value relates to the figure its source gives: 'exact', or
-- 'approximately' ("circa"), 'atLeast' ("minimaal"), 'moreThan' ("meer
-- dan", "ruim"), 'atMost' or 'lessThan'. Rows stored so far were taken as
-- given: 'exact'. Its history gets the column at the same place.
ALTER TABLE measurements ADD COLUMN qualifier TEXT NOT NULL DEFAULT 'exact'
    CHECK (qualifier IN ('exact', 'approximately', 'atLeast', 'moreThan', 'atMost', 'lessThan'));
ALTER TABLE measurements_history ADD COLUMN qualifier TEXT NOT NULL DEFAULT 'exact';
