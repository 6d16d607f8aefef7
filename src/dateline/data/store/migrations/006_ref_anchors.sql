-- v6: an event anchored on a timex of no day ('now', 'recently', 'in the future') was stored
-- undated (time_value PRESENT_REF / PAST_REF / FUTURE_REF) and so left every timeline; the
-- events stage now dates it at its article's date, qualified like the tense fallback
-- (time_how dct / dct-past / dct-future, time_timex kept). Rows written before get the
-- same, without a re-annotation; one that a paragraph's 'now' had undated may now show the
-- article's date where a re-run would find an earlier date of its paragraph.
UPDATE events SET
    time_how = CASE events.time_value
        WHEN 'PRESENT_REF' THEN 'dct' WHEN 'PAST_REF' THEN 'dct-past' ELSE 'dct-future' END,
    time_value = strftime(a.dct, '%Y-%m-%d'),
    time_end = NULL,
    date_start = a.dct,
    date_end = a.dct
FROM articles AS a
WHERE events.article_id = a.id AND a.dct IS NOT NULL
  AND events.time_value IN ('PRESENT_REF', 'PAST_REF', 'FUTURE_REF');
UPDATE events SET time_how = 'none', time_value = NULL, time_end = NULL
WHERE time_value IN ('PRESENT_REF', 'PAST_REF', 'FUTURE_REF');
-- the kept merge compared those mentions as undated: the next merge redoes it
DELETE FROM meta WHERE key = 'merge_rules';
