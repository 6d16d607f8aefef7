-- v11: names the store's sentences tie to a past year ('the 1989 Corvane Star spill'), with
-- their aliases (issue #6, dateline.merge.recalled): derived data, rebuilt from the sentences
-- before each merge; the merge keeps an occurrence whose own phrase recalls such a name apart
-- from the story's. Empty until the next merge (`dateline run` or `dateline merge`), which
-- then merges everything again (the table is part of the kept merge's fingerprint).
CREATE TABLE recalled_names (
    name VARCHAR PRIMARY KEY,
    label VARCHAR,
    year INTEGER,
    ties INTEGER,
    sentences INTEGER
);
