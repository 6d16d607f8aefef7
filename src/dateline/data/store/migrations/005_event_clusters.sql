-- v5: the cross-article merge, kept (issue 6). merge_pairs holds every mention pair the
-- merger scored at or above its floor (a < b by (article_id, event_id); a pair at or above
-- the threshold links the two), so adding articles scores only the new mentions;
-- event_clusters names each merged mention's canonical event by its smallest member.
-- meta 'merge_rules' fingerprints the merge code and data the pairs were scored with,
-- 'merge_events' the events they cover: a timeline trusts the clusters only while both match.
CREATE TABLE merge_pairs (
    a_article VARCHAR, a_event VARCHAR, b_article VARCHAR, b_event VARCHAR, score DOUBLE
);
CREATE TABLE event_clusters (
    article_id VARCHAR, event_id VARCHAR, cluster_article VARCHAR, cluster_event VARCHAR
);
