-- v8: the corpus check on each stored article's date (issue #5, datecheck.stories): one row
-- per article checked against the store's other articles. told_on is the date around which
-- they tell its story, far from the date it states (NULL: no such finding); witnesses are
-- those articles. `dateline run` checks the articles it adds and re-checks those sharing a
-- story term with them; meta 'stories_rules' fingerprints the settings the rows were made
-- with (other settings: every article is checked again).
CREATE TABLE date_stories (
    article_id VARCHAR PRIMARY KEY,
    told_on DATE,
    witnesses VARCHAR[]
);
