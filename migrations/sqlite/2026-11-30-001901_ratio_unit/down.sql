-- Before `ratio`, shares from 0 to 1 had unit `percent`.
UPDATE indicators SET unit = 'percent' WHERE unit = 'ratio';
