-- V1_1's number table was never used by the application: turnover counts vacancy days with date
-- arithmetic and the calendar has calendar_day.
DROP TABLE day_offset;
