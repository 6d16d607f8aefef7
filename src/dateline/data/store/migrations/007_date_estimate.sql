-- v7: for an article whose stated date its content contradicts, the writing date the content
-- points to (what `run --reanchor` re-dates it to), so `check-dates --db` can name it without
-- re-reading the article. Rows written before keep it NULL (the estimate needs the text's
-- readings again; a store built afresh from the same files has it).
ALTER TABLE articles ADD COLUMN date_estimate DATE;
