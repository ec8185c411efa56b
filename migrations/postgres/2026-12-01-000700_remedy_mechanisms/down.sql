DROP TABLE remedy_mechanisms_history;
DROP TABLE remedy_mechanisms;
