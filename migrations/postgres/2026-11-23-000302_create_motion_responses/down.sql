DROP TABLE motion_responses;
