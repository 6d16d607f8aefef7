"""Timeline summarization: pick the N most important dates, then K sentences each.

Unsupervised, in the spirit of news-tls DATEWISE (Gholipour Ghalandari & Ifrim
2020) without its trained date ranker:

1. **Dates.** A day matters when many articles *refer* to it (a resolved time
   expression naming that day; one vote per article), not merely when articles
   appear on it; publication is one more vote. References to the publication
   day itself carry nothing ("today" is how news is written), announced future
   days count less (nothing with the shipped weights: plans often slip), and a
   day still named weeks later (background paragraphs, anniversaries) counts
   extra. Candidate days are restricted to the span of the publication dates, as
   news-tls does, widened by a week before the first article (the triggering
   event often precedes coverage in a collection).
2. **Sentences.** For each chosen day the candidates are the sentences that
   refer to it, plus leading sentences of articles published that day or the
   next (news reports the day before), which weigh less. Sentences are ranked by
   similarity to the centroid of the day's candidates (what sources say about the
   day) plus, with a larger weight, similarity to the centroid of the whole story
   (keeps off-topic asides out) and to a local centroid of the coverage within a
   week of the day (articles published then, sentences naming a day then: a story
   with several episodes -- a death, a trial, a memorial -- is not about its first
   episode on every day), a small bonus for query terms, and picked greedily
   without near-duplicates.

Weights live in ``data/tls/params.json``.
"""

from __future__ import annotations

import copy
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from dateline.errors import UsageError
from dateline.tls.records import SentenceRow, as_rows, day_of
from dateline.tls.resources import load
from dateline.tls.rouge import rouge_tokens

Timeline = list[tuple[date, list[str]]]


@dataclass(frozen=True, slots=True)
class _Sent:
    row: SentenceRow
    days: frozenset[date]
    relevant: bool
    #: with an entity (``about``): the sentence names it / its dates vote for the entity
    names: bool = False
    votes: bool = True


def params(overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A copy of the shipped weights (``data/tls/params.json``) with ``overrides`` applied.

    Override keys are dotted paths into the file, e.g. ``{"date.retrospect_bonus": 1.0,
    "sentence.story_weight": 2.0}``; a key that is not one weight of the file is a
    :class:`UsageError` (a typo must not silently leave the shipped value in place)."""
    p: dict[str, Any] = copy.deepcopy(load("params.json"))
    for key, value in (overrides or {}).items():
        *path, leaf = key.split(".")
        node: Any = p
        for part in path:
            node = node.get(part) if isinstance(node, dict) else None
        if (not isinstance(node, dict) or leaf not in node or leaf == "about"
                or isinstance(node[leaf], dict)):
            raise UsageError(f"no timeline parameter {key!r}")
        node[leaf] = value
    return p


def _query_re(query: Sequence[str] | None) -> re.Pattern[str] | None:
    terms = [re.escape(t.strip()) for t in query or [] if t.strip()]
    return re.compile(r"\b(?:" + "|".join(terms) + r")\b", re.I) if terms else None


def _matches(text: str, query: re.Pattern[str] | None) -> bool:
    return query is not None and query.search(text) is not None


def _prepare(rows: Iterable[SentenceRow], query: re.Pattern[str] | None,
             min_share: float) -> list[_Sent]:
    """Sentences with their referenced days; ``relevant`` when its article matches the query.

    A query that matches fewer than ``min_share`` of the articles is taken to be a
    label rather than search terms (Timeline17 ships topic names such as "bpoil")
    and is ignored for filtering."""
    by_article: dict[str, list[SentenceRow]] = defaultdict(list)
    for r in rows:
        by_article[r.article_id].append(r)
    hits = {a: query is None or any(_matches(s.text, query) for s in ss)
            for a, ss in by_article.items()}
    if query is not None and sum(hits.values()) < min_share * len(hits):
        hits = dict.fromkeys(hits, True)
    out = []
    for aid, sents in by_article.items():
        hit = hits[aid]
        for s in sorted(sents, key=lambda r: r.index):
            days = frozenset(d for d in map(day_of, s.timexes) if d is not None)
            out.append(_Sent(s, days, hit))
    return out


def _ref_weight(day: date, dct: date | None, p: dict[str, Any]) -> float:
    """Vote of one reference: the publication day itself ("today", "on Tuesday" said on
    Tuesday) and announced future days count less than a look back at a past day."""
    if dct is None:
        return float(p["ref_weight"])
    if day < dct:
        # still named weeks later (anniversaries, background paragraphs): the day mattered
        late = (dct - day).days > p["retrospect_days"]
        return float(p["ref_weight"]) + (p["retrospect_bonus"] if late else 0.0)
    return float(p["same_day_ref_weight"] if day == dct else p["future_ref_weight"])


def _rank_dates(sents: list[_Sent], p: dict[str, Any]) -> list[tuple[date, float]]:
    """Days by importance, best first (ties: earlier day first)."""
    dcts = [s.row.dct for s in sents if s.row.dct is not None and s.relevant]
    lo, hi = date.min, date.max  # undated articles: no span to restrict to
    if dcts:
        lo = min(dcts) - timedelta(days=p["span_before_days"])
        hi = max(dcts) + timedelta(days=p["span_after_days"])
    score: dict[date, float] = defaultdict(float)
    seen_pub: set[str] = set()
    seen_ref: set[tuple[str, date]] = set()
    per_article = p["ref_unit"] == "article"
    for s in sents:
        if not s.relevant:
            continue
        dct, aid = s.row.dct, s.row.article_id
        for d in s.days if s.votes else ():
            if not lo <= d <= hi or (per_article and (aid, d) in seen_ref):
                continue
            seen_ref.add((aid, d))
            score[d] += _ref_weight(d, dct, p)
        if dct is not None and aid not in seen_pub:
            seen_pub.add(aid)
            score[dct] += p["pub_weight"]
            score[dct - timedelta(days=1)] += p["pub_prev_weight"]
    return sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))


def _idf(sents: list[_Sent]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for s in sents:
        df.update(set(rouge_tokens(s.row.text)))
    n = len(sents) or 1
    return {t: math.log(n / c) + 1.0 for t, c in df.items()}


def _unit(vec: dict[str, float]) -> dict[str, float]:
    """Length-normalised copy, so cosine is a plain dot product."""
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def _vector(text: str, idf: dict[str, float]) -> dict[str, float]:
    tf = Counter(rouge_tokens(text))
    return _unit({t: c * idf.get(t, 1.0) for t, c in tf.items()})


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _candidates(day: date, sents: list[_Sent], by_day: dict[date, list[int]],
                by_pub: dict[date, list[int]], p: dict[str, Any]) -> dict[int, float]:
    """Candidate sentence ids for ``day`` with their prior weight."""
    cands = {i: 1.0 for i in by_day.get(day, [])}
    for k in range(p["pub_window_days"] + 1):
        for i in by_pub.get(day + timedelta(days=k), []):
            s = sents[i]
            # an entity's summary also takes its own sentences deeper in the article
            lead = s.row.index < p["pub_max_position"] or s.names
            if i not in cands and not s.days and lead:
                cands[i] = p["pub_candidate_weight"]
    return cands


@dataclass
class _Pool:
    """What sentence scoring needs across days: sentences, idf, the story centroid."""

    sents: list[_Sent]
    idf: dict[str, float]
    story: dict[str, float]
    query: re.Pattern[str] | None
    p: dict[str, Any]
    local: _Local | None = None
    about: bool = False


class _Local:
    """Centroids of the coverage around a day, for stories with several episodes.

    One story centroid pulls every day towards what the story is about overall (a
    death, say), which is wrong for the days of its later episodes (an inquiry, a
    trial, a memorial). The local centroid of a day is the idf-weighted term mass of
    the relevant sentences of the articles published within ``local_days`` of it
    plus that of the sentences referring to a day within ``local_days`` of it."""

    def __init__(self, sents: list[_Sent], idf: dict[str, float], days: int) -> None:
        self.days = days
        self.mass: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for s in sents:
            if not s.relevant:
                continue
            toks = [(t, idf.get(t, 1.0)) for t in rouge_tokens(s.row.text)]
            # a sentence counts on its publication day and on each day it names
            for d in ([s.row.dct] if s.row.dct is not None else []) + list(s.days):
                m = self.mass[d]
                for t, x in toks:
                    m[t] += x

    def centroid(self, day: date) -> tuple[dict[str, float], float]:
        """Term mass around ``day`` and its length (not normalised: only the
        candidates' terms are ever looked up)."""
        mass: dict[str, float] = {}
        for k in range(-self.days, self.days + 1):
            m = self.mass.get(day + timedelta(days=k))
            if not m:
                continue
            if not mass:
                mass = dict(m)
                continue
            get = mass.get
            for t, x in m.items():
                mass[t] = get(t, 0.0) + x
        return mass, math.hypot(*mass.values())


def _story_centroid(sents: list[_Sent], idf: dict[str, float]) -> dict[str, float]:
    """Idf-weighted term mass of all relevant sentences: what the whole story is about."""
    c: dict[str, float] = defaultdict(float)
    for s in sents:
        if s.relevant:
            for t in rouge_tokens(s.row.text):
                c[t] += idf.get(t, 1.0)
    return _unit(c)


def _pick(day: date, cands: dict[int, float], pool: _Pool, k: int) -> list[int]:
    """Greedy centroid selection of ``k`` sentences without near-duplicates (their ids)."""
    p, sents = pool.p, pool.sents
    local, local_norm = pool.local.centroid(day) if pool.local is not None else ({}, 0.0)
    vecs = {i: _vector(sents[i].row.text, pool.idf) for i in cands}
    mass: dict[str, float] = defaultdict(float)
    for i, v in vecs.items():
        for t, x in v.items():
            mass[t] += x * cands[i]
    centroid = _unit(mass)
    scored = []
    for i, v in vecs.items():
        score = _cos(v, centroid) * cands[i] + p["story_weight"] * _cos(v, pool.story)
        if local_norm:
            near = sum(x * local.get(t, 0.0) for t, x in v.items()) / local_norm
            score += p["local_weight"] * near
        if cands[i] >= 1.0:
            score += p["explicit_bonus"]
        if _matches(sents[i].row.text, pool.query):
            score += p["query_bonus"]
        score += p["position_weight"] / (1 + sents[i].row.index)
        scored.append((score, i))
    scored.sort(key=lambda x: (-x[0], x[1]))
    if pool.about:  # an entity's summary: sentences naming it first, others fill in
        scored.sort(key=lambda x: not sents[x[1]].names)
    chosen: list[int] = []
    for _, i in scored:
        if len(chosen) >= k:
            break
        if any(_cos(vecs[i], vecs[j]) > p["redundancy"] for j in chosen):
            continue
        chosen.append(i)
    return chosen


def _about(rows: Iterable[SentenceRow], q: re.Pattern[str] | None, w: Mapping[str, Any],
           about: Collection[tuple[str, int]]) -> list[_Sent]:
    """:func:`_prepare` for one entity's summary: the articles that name it, each sentence
    marked whether it names the entity and whether its dates vote (near a naming one)."""
    named = set(about)
    articles = {a for a, _ in named}
    sents = _prepare((r for r in rows if r.article_id in articles), q, w["query_min_share"])
    window = w["entity"]["window"]
    near = {(a, i + k) for a, i in named for k in range(-window, window + 1)}
    return [replace(s, names=(s.row.article_id, s.row.index) in named,
                    votes=(s.row.article_id, s.row.index) in near) for s in sents]


def _usable(s: _Sent, p: dict[str, Any]) -> bool:
    n = len(s.row.text.split())
    return s.relevant and p["min_tokens"] <= n <= p["max_tokens"]


def summarize_rows(rows: Iterable[SentenceRow], n_dates: int, n_sentences: int,
                   query: list[str] | None = None,
                   weights: Mapping[str, Any] | None = None) -> Timeline:
    """Timeline of the ``n_dates`` most important days, ``n_sentences`` sentences each.

    ``weights`` replaces the shipped ``params.json`` (same shape; see :func:`params`)."""
    return [(day, [r.text for r in picked])
            for day, picked in summarize_sourced(rows, n_dates, n_sentences, query, weights)]


def summarize_sourced(rows: Iterable[SentenceRow], n_dates: int, n_sentences: int,
                      query: list[str] | None = None,
                      weights: Mapping[str, Any] | None = None,
                      since: date | None = None, until: date | None = None,
                      about: Collection[tuple[str, int]] | None = None,
                      ) -> list[tuple[date, list[SentenceRow]]]:
    """:func:`summarize_rows` with each chosen sentence's row: which article it is from.

    ``since``/``until`` keep the key dates to that window: the ``n_dates`` best days
    *in* it (the whole corpus still weighs words and dates), not the best days of the
    whole story that happen to fall in it.

    ``about``: the ``(article_id, sentence index)`` s that name one entity (the store's
    entity query finds them). The summary is then that entity's: only the articles naming
    it are read, a date counts by how many of them refer to it in or next to a sentence
    naming it (``entity.window`` sentences either side), sentences naming it are
    picked before the others of their day, and no sentence is picked for two days."""
    if n_dates < 1 or n_sentences < 1:
        raise UsageError("summary needs at least one date and one sentence per date")
    w = weights if weights is not None else load("params.json")
    pd, ps = w["date"], w["sentence"]
    q = _query_re(query)
    if about is not None:
        sents = _about(rows, q, w, about)
    else:
        sents = _prepare(rows, q, w["query_min_share"])
    by_day: dict[date, list[int]] = defaultdict(list)
    by_pub: dict[date, list[int]] = defaultdict(list)
    for i, s in enumerate(sents):
        if not _usable(s, ps):
            continue
        for d in s.days:
            by_day[d].append(i)
        if s.row.dct is not None:
            by_pub[s.row.dct].append(i)
    idf = _idf(sents)
    local = _Local(sents, idf, ps["local_days"]) if ps["local_weight"] else None
    pool = _Pool(sents, idf, _story_centroid(sents, idf), q, ps, local, about is not None)
    timeline: list[tuple[date, list[SentenceRow]]] = []
    taken: set[int] | None = set() if about is not None else None
    for day, _ in _rank_dates(sents, pd):
        if len(timeline) >= n_dates:
            break
        if (since is not None and day < since) or (until is not None and day > until):
            continue
        cands = _candidates(day, sents, by_day, by_pub, ps)
        if taken is not None:  # one entity's few articles: a sentence tells one day only
            cands = {i: x for i, x in cands.items() if i not in taken}
        if cands:
            chosen = _pick(day, cands, pool, n_sentences)
            timeline.append((day, [sents[i].row for i in chosen]))
            if taken is not None:
                taken.update(chosen)
    return sorted(timeline, key=lambda x: x[0])


def summarize(records: Iterable[Any], n_dates: int, n_sentences: int,
              query: list[str] | None = None) -> Timeline:
    """Timeline from Annotation records, :class:`SentenceRow` s or store rows
    ``(article_id, dct, sentence_index, text, timex_values)``."""
    return summarize_rows(as_rows(records), n_dates, n_sentences, query)
