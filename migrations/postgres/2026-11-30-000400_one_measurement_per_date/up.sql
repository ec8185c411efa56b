-- One value per indicator, scope and date: a second measurement of the
-- same figure would make "the latest value" ambiguous and skew the
-- projection. National figures have no covenant, hence the COALESCE.
-- Concurrently: the table may be large.
CREATE UNIQUE INDEX CONCURRENTLY measurements_one_per_date
    ON measurements (indicator_id, COALESCE(covenant_id, 0), measured_on);
