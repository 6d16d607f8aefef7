-- v2: lower-cased search keys so entity filters compare without calling lower()
-- on a million rows per query; backfilled for rows a v1 store already holds.
ALTER TABLE events ADD COLUMN actor_key VARCHAR;
ALTER TABLE events ADD COLUMN target_key VARCHAR;
ALTER TABLE events ADD COLUMN sentence_text VARCHAR;
UPDATE events SET actor_key = lower(actor), target_key = lower(target);
UPDATE events SET sentence_text = s.text
    FROM sentences s
    WHERE s.article_id = events.article_id AND s.idx = events.sentence;
ALTER TABLE entities ADD COLUMN canonical_key VARCHAR;
UPDATE entities SET canonical_key = lower(canonical);
