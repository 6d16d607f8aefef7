-- v10: the date check's own fit a calendar year before and after the stated date
-- (DateCheck.year_fit: how much better the article's cues fit those dates, the parse's ratios
-- when it parsed), the text test `check-dates --db` and the stored corpus check weigh other
-- articles' tellings a year away with. Rows written before keep them NULL (the check then
-- reads the text's lean with the word heuristic, as before).
ALTER TABLE articles ADD COLUMN date_fit_year_before DOUBLE;
ALTER TABLE articles ADD COLUMN date_fit_year_after DOUBLE;
