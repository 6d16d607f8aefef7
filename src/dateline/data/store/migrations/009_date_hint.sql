-- v9: the date check's weak sign of a year's shift (DateCheck.hint: a writing date about a year
-- away that the article's lone weekdays fit better, short of a finding), so `check-dates --db`
-- weighs it with the other stored articles as the file mode does. Rows written before keep it
-- NULL (their verdicts fold without it; a store built afresh has it).
ALTER TABLE articles ADD COLUMN date_hint DATE;
-- date_stories.verdict: the article's verdict weighed with the store's other articles
-- (datecheck.stories.weighed, as `check-dates` over many articles gives it); NULL in rows
-- written before (the next `dateline run` checks every article again: the settings changed).
ALTER TABLE date_stories ADD COLUMN verdict VARCHAR;
