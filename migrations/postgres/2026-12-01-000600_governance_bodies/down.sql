DROP TABLE governance_bodies_history;
DROP TABLE governance_bodies;
