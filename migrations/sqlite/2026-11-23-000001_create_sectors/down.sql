DROP TABLE sectors;
