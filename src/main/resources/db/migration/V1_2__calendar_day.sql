-- The working-day calendar as a table, so that SQL computes the same deadlines as Java
-- (see org.kaocheng.calendar.application.WorkingDayCalendar). Filled and kept up to date by
-- the calendar capability whenever a schedule is imported or edited.
--   working:     the day is a statutory working day
--   seq:         working days from the first day of the table up to and including this day
--   provisional: the day's year has no published schedule (weekends-only guess)
CREATE TABLE calendar_day (
    day          DATE PRIMARY KEY,
    working      BOOLEAN NOT NULL,
    seq          INTEGER NOT NULL,
    provisional  BOOLEAN NOT NULL
);
CREATE INDEX ix_calendar_day_seq ON calendar_day (seq, working);
