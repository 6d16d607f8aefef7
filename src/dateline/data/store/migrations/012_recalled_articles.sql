-- v12: what dateline.merge.recalled_table derives from each stored article for the table
-- recalled_names (v11), so the refresh before each merge reads the sentences of the articles
-- added since (and, for a name no stored sentence tied before, scans the others for it alone)
-- instead of every sentence of the store. Empty until the next merge, which fills them from
-- every article (meta.recalled_rules is unset: the rules they were made under are unknown).
-- the articles read, with the year of their date then (NULL: undated): a row whose article is
-- gone or re-dated is dropped and the article read again
CREATE TABLE recalled_scanned (
    article_id VARCHAR PRIMARY KEY,
    year INTEGER
);
-- per article and tied name: how many ties its sentences make, the latest year tied
CREATE TABLE recalled_ties (
    article_id VARCHAR,
    name VARCHAR,
    year INTEGER,
    ties INTEGER
);
-- per article and key of recalled_names: how many of its sentences name the key (rows > 0)
CREATE TABLE recalled_naming (
    article_id VARCHAR,
    key VARCHAR,
    sentences INTEGER
);
