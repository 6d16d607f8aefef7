"""spaCy memory zones in ``annotate_stream`` (issue 8): same records, a vocab that stops growing."""

from __future__ import annotations

from dateline import pipeline
from dateline.config import Settings
from dateline.engine.corpus import synthetic_record
from dateline.ingest import article_from_text
from dateline.model import Article


def _articles(start: int, n: int) -> list[Article]:
    out = []
    for i in range(start, start + n):
        rec = synthetic_record(i, extra=1)
        # a word no other article has, as a real corpus's names and numbers are
        text = f"{rec['text']} Zyx{i}qv said so."
        out.append(article_from_text(text, dct=rec["date"], path=f"<{rec['id']}>"))
    return out


def test_zones_keep_records_and_bound_the_vocab(lite: Settings, monkeypatch) -> None:
    nlp = pipeline.load_nlp(lite.model)
    arts = _articles(0, 12)
    monkeypatch.setattr(pipeline, "ZONE_WARM", 0)
    monkeypatch.setattr(pipeline, "ZONE_ARTICLES", 4)
    zoned = list(pipeline.annotate_stream(arts, lite, nlp=nlp))
    before = len(nlp.vocab.strings)
    list(pipeline.annotate_stream(_articles(100, 12), lite, nlp=nlp))
    assert len(nlp.vocab.strings) == before  # new words came and went with their zone
    monkeypatch.setattr(pipeline, "ZONE_ARTICLES", 10**9)
    with nlp.memory_zone():  # an outer zone: annotate_stream must not open another
        plain = list(pipeline.annotate_stream(arts, lite, nlp=nlp))
    assert zoned == plain
    assert len(nlp.vocab.strings) == before
