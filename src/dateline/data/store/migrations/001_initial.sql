-- v1: one row per article, its annotation rows keyed by article_id, rejects, meta.
-- Offsets are character offsets into articles.text (text[start_char:end_char]).
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR,
    dct DATE,
    dct_source VARCHAR,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    path VARCHAR,
    line INTEGER,
    text VARCHAR,
    truncated_from INTEGER,
    warnings VARCHAR[],
    date_verdict VARCHAR,
    date_earliest DATE,
    date_latest DATE,
    date_evidence STRUCT(text VARCHAR, start_char INTEGER, end_char INTEGER, reason VARCHAR)[],
    ingested_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS rejects (
    path VARCHAR,
    line INTEGER,
    reason VARCHAR,
    kind VARCHAR,
    "at" TIMESTAMP
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR,
    idx INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS timexes (
    article_id VARCHAR,
    idx INTEGER,
    tid VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    type VARCHAR,
    value VARCHAR,
    mod VARCHAR,
    quant VARCHAR,
    freq VARCHAR,
    anchor VARCHAR,
    rule VARCHAR,
    sentence INTEGER
);

CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR,
    idx INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    label VARCHAR,
    canonical VARCHAR,
    sentence INTEGER,
    attrs STRUCT(key VARCHAR, value VARCHAR)[]
);

CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR,
    idx INTEGER,
    event_id VARCHAR,
    type VARCHAR,
    trigger VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    sentence INTEGER,
    actor VARCHAR,
    target VARCHAR,
    location VARCHAR,
    time_value VARCHAR,
    time_timex VARCHAR,
    time_how VARCHAR,
    date_start DATE,
    date_end DATE,
    quantities INTEGER[],
    negated BOOLEAN,
    hedged BOOLEAN,
    modality VARCHAR,
    rule VARCHAR,
    links STRUCT(relation VARCHAR, event VARCHAR)[]
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR,
    idx INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    speaker VARCHAR,
    cue VARCHAR,
    kind VARCHAR,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue_start INTEGER,
    cue_end INTEGER,
    time VARCHAR,
    sentence INTEGER
);

CREATE TABLE IF NOT EXISTS quantities (
    article_id VARCHAR,
    idx INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    value DOUBLE,
    approx BOOLEAN,
    low DOUBLE,
    high DOUBLE,
    counts VARCHAR,
    sentence INTEGER
);
