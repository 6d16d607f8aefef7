"""Corpora for scale tests and benchmarks, written as JSON Lines.

``synthetic`` writes small generated articles (two sentences, a date, a number)
whose expected annotation is known in advance, for crash and memory tests that
must not depend on any data set. ``replicate`` turns a real corpus into one of
any size: its articles are read through ingest (so whatever ingest reads can be
replicated), cut to ``max_chars``, and repeated under new ids, one record at a
time, so a corpus far larger than memory can be produced.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from itertools import cycle, islice
from pathlib import Path

from dateline.errors import DatelineError

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

#: Sentences per synthetic article (the sentencizer splits them at the full stops).
SYNTHETIC_SENTENCES = 2


def synthetic_record(i: int, extra: int = 0) -> dict[str, str]:
    """Article number ``i``: two sentences, an explicit date, a count, a reporting verb.

    ``extra`` more sentences (each with a date and a number) make it heavier.
    """
    month, day, year = _MONTHS[i % 12], 1 + i % 28, 2000 + i % 25
    text = (
        f"On {day} {month} {year} the council of Northfield {i} approved {100 + i} new homes. "
        f"Officials said building would start the following week."
    )
    for k in range(extra):
        text += (f" By {_MONTHS[(i + k) % 12]} {year + 1} another {k + 3} streets in "
                 f"district {k} would be finished, the planning office said.")
    return {"id": f"syn-{i}", "date": f"{year}-{1 + i % 12:02d}-{day:02d}", "text": text}


def synthetic(path: str | os.PathLike[str], n: int, start: int = 0, extra: int = 0) -> Path:
    """Write articles ``start .. start+n-1`` to the JSON Lines file ``path``."""
    out = Path(path)
    with out.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps(synthetic_record(i, extra)) + "\n")
    return out


def _source_texts(
    sources: Sequence[str | os.PathLike[str]], max_chars: int | None
) -> Iterator[dict[str, str | None]]:
    from dateline.ingest import iter_records
    from dateline.model import Article
    from dateline.serialize import iso_day

    for rec in iter_records([str(s) for s in sources]):
        if isinstance(rec, Article):
            text = rec.text if not max_chars else rec.text[:max_chars]
            if text.strip():
                yield {"text": text, "date": iso_day(rec.dct),
                       "title": rec.title, "source": rec.source}


def replicate(
    sources: Sequence[str | os.PathLike[str]],
    path: str | os.PathLike[str],
    n: int,
    max_chars: int | None = None,
    pool: int = 500,
) -> dict[str, int]:
    """Write ``n`` articles to ``path`` (JSON Lines), cycling over the ``sources`` articles.

    Only the first ``pool`` source articles are kept in memory to cycle over (the
    source is read once); each copy gets the id ``rep-<k>`` and a ``[copy k]``
    line so its content hash, and so its stored id, is new. Returns counts:
    ``articles`` written, ``distinct`` source texts, ``words`` written.
    """
    texts = list(islice(_source_texts(sources, max_chars), max(1, pool)))
    if not texts:
        raise DatelineError(f"no articles to replicate in {', '.join(map(str, sources))}")
    words = 0
    with Path(path).open("w", encoding="utf-8") as fh:
        for k, rec in enumerate(islice(cycle(texts), n)):
            body = f"[copy {k}]\n{rec['text']}"
            words += len(body.split())
            fh.write(json.dumps({**rec, "id": f"rep-{k}", "text": body}) + "\n")
    return {"articles": n, "distinct": len(texts), "words": words}
