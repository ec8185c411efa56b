DROP TABLE oecd_endorsements;
DROP TABLE size_facts;
DROP TABLE organisations;
