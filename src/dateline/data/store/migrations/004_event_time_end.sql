-- v4: an event anchored on a range ("the truce, which lasted from Feb. 3 to April 9")
-- keeps the range's last point: time_end is its TIMEX3 value, and date_end its last day,
-- so the timeline shows the span and the merger compares spans, not the first day.
ALTER TABLE events ADD COLUMN time_end VARCHAR;
