"""Corpus evidence on a stated date: the other articles that tell the same story (issue #5).

A year's shift leaves an article's own month-and-day relations as they were, so most
articles carry nothing of their own that tells year Y from Y+/-1
(bench/datecheck_ceiling.py). A fact-checker holding many articles has one more witness:
a misdated article tells a story that other articles, dated right, tell too (the same
rare names, the same figures). :class:`StoryIndex` finds those neighbours and
:meth:`StoryIndex.check` reports an article whose neighbours all lie far from its stated
date and agree with each other on another time.

Two rules keep the evidence honest:

* an article is never its own witness: neither its own entry nor a copy of it (another
  entry sharing half its eight-word runs, a reprint or a re-filed version) is a
  neighbour; a shifted copy of an article is checked against the others' dates only;
* a neighbour needs at least two rare shared terms (names or figures that few articles
  of the corpus use; a word of a shared name is that name again), one of them a name of
  several words or a figure: one shared surname or place is a topic, not a story.

Measured with bench/bench_corpus_dates.py (alone: false alarms at true dates, then
caught at -1y/+1y): TimeBank+AQUAINT 1.17%, 12.9/12.5%; Timeline17 dev 0.31%, 52.3/52.3%;
TE3 silver half A 2.85%, 23.7/27.6% and B 2.69%, 24.7/29.3%. Stories retold a year later
(an annual summit, a club's next season, a ministry spokeswoman's briefings) are what
it mistakes for a misdated article, and silver's articles come from two Novembers a year
apart: added to the date check's verdict as is its alarms would mostly be new ones
(silver A 2.20% -> 4.98%, B 2.53% -> 5.22%, over issue #5's 3%). :func:`weighed` folds
a stricter tier in (four or more neighbours, none by a standing body's name alone) and
lets the other articles clear a weak alarm when they tell the story the week of the
stated date; ``check-dates`` over many articles and ``dateline run``'s store
(:mod:`dateline.store.stories`) use it, with two weaker findings that agree with the
article's own text: :func:`hint_finding` (its weak sign of a year's shift and tellings
on that side) and :func:`year_told` (a telling around the date a year away, and a text
that does not object, by the check's own reading of it, DateCheck.year_fit: most
articles name nothing that tells the year, bench/datecheck_ceiling.py --union). Settings
in ``rules.json`` ('stories'), names never counted in ``lexicon.json``
('story_stop_names'), standing bodies' that make no folded witness ('story_standing_heads').
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any

from dateline.datecheck.prior import shifted
from dateline.datecheck.resources import rules, word_set

_NAME = re.compile(r"\b[A-Z][\w'\-]+(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w'\-]+)*")
_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?!\w)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[a-z]+")


def settings() -> dict[str, Any]:
    """The 'stories' block of rules.json."""
    spec: dict[str, Any] = rules()["stories"]
    return spec


def story_terms(text: str) -> Counter[str]:
    """Names ('N:Port Varensk', and each word of a name of several) and figures ('#:1284')
    of ``text``, with their counts. Capitalised function words, months, weekdays and
    titles (lexicon 'story_stop_names') are no names; a year is no figure (it is a date,
    the very thing in question), nor is a single digit."""
    stop = word_set("story_stop_names")
    out: Counter[str] = Counter()
    for m in _NAME.finditer(text):
        words = [w for w in m.group(0).split() if w.lower() not in stop]
        if not words:
            continue
        out["N:" + " ".join(words)] += 1
        if len(words) > 1:
            out.update("N:" + w for w in words if len(w) > 2)
    for m in _FIGURE.finditer(text):
        value = m.group(0).replace(",", "")
        if len(value) > 1 and not _YEAR.fullmatch(value):
            out["#:" + value] += 1
    return out


def _runs(text: str, size: int) -> frozenset[int]:
    """The text's runs of ``size`` words, hashed (compared within one process only)."""
    words = _WORD.findall(text.lower())
    return frozenset(hash(tuple(words[i:i + size])) for i in range(len(words) - size + 1))


def _distinct(terms: list[str]) -> int:
    """How many of ``terms`` are separate clues: a word of a name of several words among
    them ('N:Varensk' beside 'N:Varensk Point') is that name again."""
    words = {w for k in terms if " " in k for w in k[2:].split()}
    return sum(1 for k in terms if not (k.startswith("N:") and " " not in k and k[2:] in words))


@dataclass(frozen=True, slots=True)
class Neighbour:
    """Another article telling the story: its key, true date, cosine score, and the rare
    terms both use (rarest first)."""

    key: str
    dct: date
    score: float
    shared: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryFinding:
    """The story is told elsewhere around ``told_on``, far from the stated date."""

    stated: date
    told_on: date
    neighbours: tuple[Neighbour, ...]

    def reason(self, name: Callable[[str], str] = str) -> str:
        """In words, each witness named by ``name`` of its key (the key itself)."""
        return told_reason(self.stated, self.told_on, [n.key for n in self.neighbours], name)


def told_reason(stated: date, told_on: date, witnesses: list[str],
                name: Callable[[str], str] = str) -> str:
    """A finding in words from what the store keeps of it (date_stories: around when, the
    witnesses' keys), each witness named by ``name``."""
    names = ", ".join(name(k) for k in witnesses[:3])
    more = len(witnesses) - 3
    return (f"its story is told by {len(witnesses)} other article(s) dated around "
            f"{told_on.isoformat()} ({names}{f' and {more} more' if more > 0 else ''}), "
            f"none near the stated date {stated.isoformat()}")


class StoryIndex:
    """Same-story neighbours among many articles: idf-weighted cosine of names and figures.

    ``articles`` are (key, true or stated date, text); an undated article can be checked
    but is nobody's witness."""

    def __init__(self, articles: Iterable[tuple[str, date | None, str]]) -> None:
        cfg = settings()
        items = list(articles)
        self.keys = [k for k, _, _ in items]
        self.dates = [d for _, d, _ in items]
        self._at = {k: i for i, k in enumerate(self.keys)}
        terms = [story_terms(t) for _, _, t in items]
        # an article's word runs are read only when a copy test needs them
        self._texts = [t for _, _, t in items]
        self._run_sets: dict[int, frozenset[int]] = {}
        n = len(items)
        df: Counter[str] = Counter()
        for t in terms:
            df.update(t.keys())
        common = max(float(cfg["common_floor"]), cfg["common_share"] * n)
        self._rare = max(float(cfg["rare_floor"]), cfg["rare_share"] * n)
        self._df = df
        self._found: dict[int, list[Neighbour]] = {}
        self._vec: list[dict[str, float]] = []
        self._post: dict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(terms):
            raw = {k: math.log(n / df[k]) * (1 + math.log(c))
                   for k, c in t.items() if 2 <= df[k] <= common}
            norm = math.sqrt(sum(x * x for x in raw.values())) or 1.0
            vec = {k: x / norm for k, x in raw.items()}
            self._vec.append(vec)
            for k in vec:
                self._post[k].append(i)

    def sharing(self, keys: Iterable[str]) -> set[str]:
        """The other articles sharing enough rare terms with one of ``keys`` to take it as a
        neighbour: the only ones whose neighbours adding ``keys`` to the index can change
        (beside the small shift of every term's weight with the corpus's size)."""
        least = int(settings()["min_rare_terms"])
        mine = {self._at[k] for k in keys}
        found: set[int] = set()
        for i in mine:
            hits = Counter(self._rare_sharers(i))
            found.update(j for j, n in hits.items() if n >= least)
        return {self.keys[j] for j in found - mine}

    def naming_near(self, keys: Iterable[str]) -> set[str]:
        """The other articles sharing one rare term or more with one of ``keys`` and dated
        within 'near_days' of it: the articles whose tellings' terms ``keys`` now name near
        their date, which the elsewhere-only cut (:meth:`told_elsewhere_only`) reads; a
        neighbour left with too few terms is no witness (:meth:`sharing` finds the articles
        whose neighbours themselves can change)."""
        near = int(settings()["near_days"])
        found: set[int] = set()
        for i in {self._at[k] for k in keys}:
            when = self.dates[i]
            if when is None:
                continue
            found.update(j for j in self._rare_sharers(i)
                         if (d := self.dates[j]) is not None and abs(d - when).days <= near)
        return {self.keys[j] for j in found} - set(keys)

    def _rare_sharers(self, i: int) -> Iterator[int]:
        """Each article using a rare term of article ``i``, once per such term (``i`` too):
        what :meth:`sharing` counts and :meth:`naming_near` filters by date."""
        return (j for k in self._vec[i] if self._df[k] <= self._rare for j in self._post[k])

    def text(self, key: str) -> str:
        """The text ``key`` was indexed with."""
        return self._texts[self._at[key]]

    def _runs(self, i: int) -> frozenset[int]:
        if i not in self._run_sets:
            self._run_sets[i] = _runs(self._texts[i], int(settings()["copy_run_words"]))
        return self._run_sets[i]

    def _copy(self, i: int, j: int) -> bool:
        a, b = self._runs(i), self._runs(j)
        least = min(len(a), len(b))
        return least > 0 and len(a & b) / least >= settings()["copy_share"]

    def neighbours(self, key: str) -> list[Neighbour]:
        """The dated articles that tell ``key``'s story, best first: never ``key`` itself
        nor a copy of it."""
        i = self._at[key]
        if i not in self._found:
            self._found[i] = self._neighbours(i)
        return self._found[i]

    def _neighbours(self, i: int) -> list[Neighbour]:
        cfg = settings()
        vec = self._vec[i]
        score: dict[int, float] = defaultdict(float)
        for k, x in vec.items():
            for j in self._post[k]:
                if j != i:
                    score[j] += x * self._vec[j][k]
        out = []
        best = sorted(score.items(), key=lambda js: -js[1])[:int(cfg["candidates"])]
        for j, s in best:
            when = self.dates[j]
            if s < cfg["min_score"] or when is None or self._copy(i, j):
                continue
            shared = sorted((k for k in vec if k in self._vec[j]), key=lambda k: self._df[k])
            rare = [k for k in shared if self._df[k] <= self._rare]
            if not _keeps(rare):
                continue
            out.append(Neighbour(self.keys[j], when, round(s, 4), tuple(rare)))
        return out

    def told_elsewhere_only(self, key: str, stated: date, found: list[Neighbour]
                            ) -> list[Neighbour]:
        """``found`` with each neighbour's shared terms cut to those no other article
        dated near ``stated`` uses (nor a copy of ``key``): a club, a league, a yearly
        summit's host are named every season, so sharing them with articles a year away
        says nothing the stated date does not fit as well. A neighbour left without the
        terms that make one is dropped."""
        i = self._at[key]
        near = timedelta(days=int(settings()["near_days"]))
        told: dict[str, bool] = {}

        def at_stated(k: str) -> bool:
            if k not in told:
                told[k] = any(
                    j != i and (d := self.dates[j]) is not None and abs(d - stated) <= near
                    and not self._copy(i, j) for j in self._post.get(k, ()))
            return told[k]

        kept = []
        for n in found:
            rare = [k for k in n.shared if not at_stated(k)]
            if _keeps(rare):
                kept.append(n if len(rare) == len(n.shared) else
                            Neighbour(n.key, n.dct, n.score, tuple(rare)))
        return kept

    def backing(self, key: str, stated: date | None) -> tuple[Neighbour, ...]:
        """The neighbours dated within ``backing_days`` of ``stated`` when there are
        ``backing_neighbours`` of them holding ``backing_share`` of all neighbours' score
        (the story is told that very week, not only on the edge of a longer run), or fewer
        when one of them is as close to the article as ``backing_close_score`` (a telling of
        much the same names and figures that week: the same news, not a topic); else ()."""
        if stated is None:
            return ()
        cfg = settings()
        near = timedelta(days=int(cfg["backing_days"]))
        every = self.neighbours(key)
        found = tuple(n for n in every if abs(n.dct - stated) <= near)
        held = sum(n.score for n in found) >= cfg["backing_share"] * sum(n.score for n in every)
        close = any(n.score >= cfg["backing_close_score"] for n in found)
        return found if held and (close or len(found) >= cfg["backing_neighbours"]) else ()

    def check(self, key: str, stated: date | None, least: int | None = None,
              elsewhere_only: bool = False, weight: float | None = None,
              standing: bool = True) -> StoryFinding | None:
        """A finding when ``key``'s neighbours all lie far from ``stated`` and most of their
        weight agrees on one time (within ``near_days`` of one of them), that group holding
        ``least`` neighbours (default: the setting 'min_neighbours') and ``weight`` of score
        (default: 'min_weight'); None otherwise. With
        ``elsewhere_only`` a neighbour counts only by terms no other article dated near
        ``stated`` uses (:meth:`told_elsewhere_only`); without ``standing`` one only when
        its shared terms make it one with no standing body's name (a party, a market index,
        :func:`_standing`) as its name of several words."""
        if stated is None:
            return None
        cfg = settings()
        near = timedelta(days=int(cfg["near_days"]))
        found = self.neighbours(key)
        if not found or any(abs(n.dct - stated) <= near for n in found):
            return None
        if elsewhere_only:
            found = self.told_elsewhere_only(key, stated, found)
        if not standing:
            found = [n for n in found if _keeps(list(n.shared), standing=False)]
        if not found:
            return None
        total = sum(n.score for n in found)

        def around(n: Neighbour) -> list[Neighbour]:
            return [m for m in found if abs(m.dct - n.dct) <= near]

        best = max(found, key=lambda n: (sum(m.score for m in around(n)), n.score))
        group = around(best)
        held = sum(m.score for m in group)
        if (abs(best.dct - stated).days < cfg["far_days"]
                or held < (cfg["min_weight"] if weight is None else weight)
                or held < cfg["min_share"] * total
                or len(group) < (cfg["min_neighbours"] if least is None else least)):
            return None
        return _finding(stated, tuple(group))

    def _far_group(self, key: str, stated: date, when: date, days: int
                   ) -> tuple[list[Neighbour], tuple[Neighbour, ...]] | None:
        """``key``'s neighbours and those of them dated within ``days`` of ``when``; None
        when ``when`` lies under 'far_days' from ``stated`` or a neighbour lies within
        'near_days' of ``stated`` (the tellings then date the stated day, not ``when``)."""
        cfg = settings()
        found = self.neighbours(key)
        if abs(when - stated).days < cfg["far_days"] or any(
                abs(n.dct - stated).days <= cfg["near_days"] for n in found):
            return None
        return found, tuple(n for n in found if abs(n.dct - when).days <= days)

    def told_at(self, key: str, stated: date, when: date, days: int, least: int = 1
                ) -> StoryFinding | None:
        """A finding when ``least`` or more of ``key``'s neighbours are dated within ``days``
        of ``when`` (a writing date the article's own evidence names), ``when`` lies
        'far_days' or more from ``stated`` and no neighbour lies within 'near_days' of
        ``stated``; None otherwise. Tellers that close to the date the text itself points
        to need neither the weight nor the share :meth:`check` asks of a time found from
        the tellings alone."""
        got = self._far_group(key, stated, when, days)
        if got is None or not got[1] or len(got[1]) < least:
            return None
        return _finding(stated, got[1])

    def told_around(self, key: str, stated: date, when: date, days: int, least: int,
                    weight: float) -> StoryFinding | None:
        """A finding when the neighbours dated within ``days`` of ``when`` (a writing date the
        article's own evidence names) are ``least`` or more and hold ``weight`` of score and
        'min_share' of all neighbours' score, ``when`` lies 'far_days' or more from ``stated``
        and no neighbour lies within 'near_days' of ``stated``; None otherwise. A story told
        over months (a manhunt's turns, a trial's hearings) has no one time that holds most
        of its tellings, as :meth:`check` asks; around the date the text points to, they
        may still hold most of it, and none tells it near the stated date."""
        got = self._far_group(key, stated, when, days)
        if got is None:
            return None
        found, group = got
        held = sum(n.score for n in group)
        cfg = settings()
        if (len(group) < max(least, 1) or held < weight
                or held < cfg["min_share"] * sum(n.score for n in found)):
            return None
        return _finding(stated, group)


def _finding(stated: date, group: tuple[Neighbour, ...]) -> StoryFinding:
    """The finding a group of tellers makes: told on their median date."""
    dates = sorted(n.dct for n in group)
    return StoryFinding(stated, dates[len(dates) // 2], group)


def _keeps(rare: list[str], standing: bool = True) -> bool:
    """Do ``rare`` shared terms make a neighbour (two separate clues, one a figure or a
    name of several words; without ``standing``, a name that is no standing body's,
    :func:`_standing`)?"""
    return _distinct(rare) >= settings()["min_rare_terms"] and any(
        k.startswith("#:") or (" " in k and (standing or not _standing(k))) for k in rare)


def _standing(term: str) -> bool:
    """Is the name ``term`` a standing body's, its last word one of lexicon
    'story_standing_heads' ('N:Labour Party', 'N:Liberal Democrats', 'N:Composite Index')?
    A party, a market index, a ministry is named in every season's news and every day's
    report: two articles naming it, and a surname or a place besides, share a topic, not
    one story (a daily market report names the same indices each day, with new figures)."""
    return term.rsplit(" ", 1)[-1].lower() in word_set("story_standing_heads")


def backing_reason(backing: tuple[Neighbour, ...], stated: date,
                   name: Callable[[str], str] = str) -> str:
    """Why a weak alarm was cleared, in words, each witness named by ``name`` (none given:
    the store keeps no backing witnesses, only the verdict they made)."""
    names = ", ".join(name(n.key) for n in backing[:3])
    more = len(backing) - 3
    which = f" ({names}{f' and {more} more' if more > 0 else ''})" if backing else ""
    who = f"{len(backing)} other article(s)" if backing else "other articles"
    return (f"its story is told by {who} dated within "
            f"{int(settings()['backing_days'])} days of the stated date {stated.isoformat()}"
            f"{which}: the weak sign is outweighed")


def weighed(verdict: str | None, finding: StoryFinding | None,
            backing: tuple[Neighbour, ...], hinted: StoryFinding | None = None) -> str | None:
    """The date check's verdict with the other articles' word on it: a consistent date whose
    story they tell elsewhere (a finding of 'fold_min_neighbours') is suspicious; a date
    only suspicious (a weak sign, mostly the prior's) is consistent when they tell the
    story that very week (``backing``); a contradicted date stays so (its own text rules
    it out). On TimeBank+AQUAINT, TE3 silver A and B: false alarms 1.17%, 2.28%, 2.85%
    (own 1.17%, 2.20%, 2.53%), caught at -1y/+1y 25.0/24.2%, 34.1/28.4%, 32.8/26.6% (own
    21.9/20.3%, 23.8/14.4%, 24.8/11.4%), at -30d/+30d no fewer than by the own verdict
    (bench/bench_corpus_dates.py). ``hinted`` (:func:`hint_finding`): fewer tellings on the
    side the article's own weak sign points to (DateCheck.hint) do the same as ``finding``:
    false alarms the same on TimeBank+AQUAINT and silver A, 2.85 -> 2.94% on silver B
    (unseen), -1y/+1y 25.4/25.8%, 41.4/31.7%, 41.0/29.7%. With a hinted finding's tellers
    held to 'hint_min_weight' (0.25, not 'min_weight' 0.4) and tellings within
    'hint_agree_days' of the hint's own date enough (:meth:`StoryIndex.told_at`), folded
    with the parse's verdicts: TimeBank+AQUAINT -1y/+1y 32.4/27.3 -> 32.8/33.2%, silver A
    64.6/39.8 -> 67.6/50.3%, false alarms unchanged (0.78%, 1.79%)."""
    if verdict == "consistent" and (finding is not None or hinted is not None):
        return "suspicious"
    if verdict == "suspicious" and backing:
        return "consistent"
    return verdict


def fold_finding(index: StoryIndex, key: str, stated: date | None) -> StoryFinding | None:
    """The finding :func:`weighed` folds into a verdict: at least 'fold_min_neighbours',
    each witness by terms no article near ``stated`` uses ('fold_elsewhere_only') and by a
    name of several words that is no standing body's or a figure ('fold_no_standing': a
    party's, an index's tellings a year away tell a topic, not the story)."""
    cfg = settings()
    return index.check(key, stated, least=int(cfg["fold_min_neighbours"]),
                       elsewhere_only=bool(cfg.get("fold_elsewhere_only")),
                       standing=not cfg.get("fold_no_standing"))


def hint_finding(index: StoryIndex, key: str, stated: date | None, hint: date | None
                 ) -> StoryFinding | None:
    """A finding of 'hint_min_neighbours' or more that lies on the same side of ``stated``
    as the article's own weak sign ``hint`` (DateCheck.hint: its weekdays fit a year later,
    say, and others tell the story months later): two signs, each too weak alone (a lone
    weekday a day off; a story retold), that agree. The tellers need less weight than a
    finding alone ('hint_min_weight' of score, not 'min_weight'): the article's own sign
    already says which side, so a looser telling there only confirms it. Failing that, the
    tellings dated within 'hint_agree_days' of ``hint`` itself (:meth:`StoryIndex.told_at`):
    the text and the other articles name the same week, though the story is told at other
    times too (a trial, a retelling). Failing that too, the tellings within
    'hint_around_days' of ``hint`` when they hold most of the story's score
    (:meth:`StoryIndex.told_around`): told over the months around the date the sign names,
    at no one time. None without a hint."""
    if hint is None or stated is None or hint == stated:
        return None
    cfg = settings()
    least = int(cfg["hint_min_neighbours"])
    found = index.check(key, stated, least=least, weight=float(cfg["hint_min_weight"]))
    if found is not None and (found.told_on > stated) == (hint > stated):
        return found
    days = int(cfg["hint_agree_days"])
    told = index.told_at(key, stated, hint, days, least) if days > 0 else None
    around = int(cfg.get("hint_around_days", 0))
    if told is None and around > 0:
        return index.told_around(key, stated, hint, around, least,
                                 float(cfg["hint_min_weight"]))
    return told


def year_told(index: StoryIndex, key: str, stated: date | None, hint: date | None = None,
              fit: tuple[float, float] | None = None) -> StoryFinding | None:
    """A finding when another article tells ``key``'s story around the date a calendar year
    before or after ``stated``, none of its neighbours lies within 'near_days' of
    ``stated``, and the article's own cues do not object: a year's slip of the stated date
    leaves a story's tellings a year from it and, in most articles, nothing of its own that
    tells the year; an article retold a year later (a yearly event, a season) mostly names
    the weekdays and dates of its own year, which object. The text's own test is ``fit``
    (DateCheck.year_fit: how much better its cues fit the date a year before, and a year
    after, than ``stated``, as the check read them, with the parse's tables when it parsed),
    else the word heuristic's (:func:`_own_llr`).

    Three kinds of tier, asked in this order a year after and then a year before
    (:class:`_YearTiers`: 'year_told_close', 'year_told_loose', 'year_told_mute'; none: no
    finding): a close telling, else, unless the article's own weak sign of a year's shift
    (``hint``, DateCheck.hint) points the other way, a loose one, else a mute one.

    A weak sign that rests on one weekday alone ('year_told_lone_sign', :func:`_lone_sign`)
    does not point the other way for a text that says nothing about the telling's side
    (its ratio there within 'year_told_mute_ratio' of zero): a weekday a day or two off
    fits a slip of days as well as a year's, and the tables know no working week. A
    Monday's paper names Friday, its last working day; dated a year too early, on a
    Sunday, the text fits a year before that (a Friday, naming its own day) best, and
    its sign points away from the year after where it was written and told."""
    cfg = settings()
    tiers = _YearTiers.read(cfg)
    if not (tiers.close or tiers.loose or tiers.mute) or stated is None:
        return None
    near, days = int(cfg["near_days"]), int(cfg["year_told_days"])
    found = index.neighbours(key)
    if any(abs(n.dct - stated).days <= near for n in found):
        return None
    reach = tiers.reach(days)
    ratios: dict[int, float] = {}

    def ratio_at(side: int) -> float:
        if side not in ratios:
            ratios[side] = (_own_llr(index, key, stated, side) if fit is None
                            else fit[1] if side > 0 else fit[0])
        return ratios[side]

    for side in (365, -365):
        when = shifted(stated, side)  # a calendar year, as the prior shifts a date
        if when is None:
            continue
        gap = {n.key: abs((n.dct - when).days) for n in found}
        if not any(g <= reach for g in gap.values()):
            continue
        ratio = ratio_at(side)
        if close := tiers.close_told(found, gap, days, ratio):
            return _finding(stated, close)
        if (hint is not None and (hint > stated) != (side > 0)
                and not (abs(ratio) <= tiers.calm and _lone_sign(index, key, stated, hint))):
            continue
        if loose := tiers.loose_told(found, gap, ratio):
            return _finding(stated, loose)
        if told := tiers.mute_told(index, key, stated, found, gap, ratio,
                                   partial(ratio_at, -side), side):
            return _finding(stated, told)
    return None


@dataclass(frozen=True)
class _YearTiers:
    """:func:`year_told`'s tiers as rules.json 'stories' sets them, each tier's test."""

    close: tuple[tuple[float, float], ...]  # 'year_told_close': [cosine, least ratio]
    loose: tuple[tuple[int, float], ...]  # 'year_told_loose': [days, ratio above]
    #: 'year_told_mute': [days, least cosine, most ratio the other way (None: any)]
    mute: tuple[tuple[int, float, float | None], ...]
    calm: float  # 'year_told_mute_ratio'
    #: 'year_told_mute_lean_only': the sides whose mute tiers only a lean the other way bars
    lean_only: frozenset[int] = frozenset()

    @classmethod
    def read(cls, cfg: dict[str, Any]) -> _YearTiers:
        return cls(
            close=tuple((float(c), float(r)) for c, r in cfg.get("year_told_close") or ()),
            loose=tuple((int(d), float(r)) for d, r in cfg.get("year_told_loose") or ()),
            mute=tuple((int(d), float(c), None if o is None else float(o))
                       for d, c, o in cfg.get("year_told_mute") or ()),
            calm=float(cfg.get("year_told_mute_ratio", 0.0)),
            lean_only=frozenset(int(s) for s in cfg.get("year_told_mute_lean_only") or ()),
        )

    def reach(self, days: int) -> int:
        """The most days from the date a year away that any tier reads (close: ``days``)."""
        return max([days if self.close else 0, *(d for d, _ in self.loose),
                    *(d for d, _, _ in self.mute)])

    def close_told(self, found: list[Neighbour], gap: dict[str, int], days: int,
                   ratio: float) -> tuple[Neighbour, ...]:
        """Close, each [cosine, least ratio]: a neighbour that close (much the same names
        and figures, the same news) dated within ``days`` ('year_told_days') of the date a
        year away (``gap``), the text's ``ratio`` there at least that (a closer telling may
        outweigh a text that leans a little against it). The first tier's tellers that
        holds; () when none does."""
        for least, lean in self.close:
            close = tuple(n for n in found if n.score >= least and gap[n.key] <= days)
            if close and ratio >= lean:
                return close
        return ()

    def loose_told(self, found: list[Neighbour], gap: dict[str, int],
                   ratio: float) -> tuple[Neighbour, ...]:
        """Loose, each [days, ratio above]: any neighbour within that many days of the date
        a year away when the text's ratio there is strictly above that (and the article's
        own weak sign does not point the other way, which :func:`year_told` asks): two weak
        signs that agree, a text that leans a year away and a telling there, where neither
        alone tells (a lone weekday a day off fits a day's slip as well; a loose telling
        may be another story). The wider the window, the surer a lean it asks."""
        for window, lean in self.loose:
            loose = tuple(n for n in found if gap[n.key] <= window)
            if loose and ratio > lean:
                return loose
        return ()

    def mute_told(self, index: StoryIndex, key: str, stated: date, found: list[Neighbour],
                  gap: dict[str, int], ratio: float, other_ratio: Callable[[], float],
                  side: int = 0) -> tuple[Neighbour, ...]:
        """Mute, each [days, least cosine, most ratio the other way (None: any)]: a
        neighbour that close within that many days of the date a year away, counted only
        by terms no article dated near ``stated`` uses (:meth:`StoryIndex.told_elsewhere_only`),
        when the text says nothing against that date (its ``ratio`` there at least
        -'year_told_mute_ratio') and, within that bound of zero, nothing for the date a year
        the other way (``other_ratio``; most texts name nothing that tells the year, so the
        tellings are their only witness) and its weak sign does not point the other way. A
        topic shared with a story a year away (a ministry, a club, a parliament) is mostly
        named near the stated date too; the wider the window, the closer a telling and the
        more silent a text it asks. On a ``side`` of 'year_told_mute_lean_only' (a year
        before) only a lean the other way bars the tier, not an objection there: a text
        written a year before its stated date objects to the date a year after it (two
        years from its own), while at a true date the text's past weekdays, which fit a
        day later far better than a day earlier, object a year before and not a year after
        (a next season's fixture told a year after stays barred by its objection)."""
        for window, least, other in self.mute:
            told = [n for n in found if gap[n.key] <= window and n.score >= least]
            if not told or ratio < -self.calm or (
                    other is not None and self._against(other_ratio(), other, side)):
                continue
            told = index.told_elsewhere_only(key, stated, told)
            if told:
                return tuple(told)
        return ()

    def _against(self, other: float, bound: float, side: int) -> bool:
        """Does the text's ratio a year the other way (``other``) bar ``side``'s mute tier
        whose bound is ``bound``: past it either way, or on a lean-only side only toward
        that other date?"""
        return (other if side in self.lean_only else abs(other)) > bound


def _lone_sign(index: StoryIndex, key: str, stated: date, hint: date) -> bool:
    """Does the weak sign pointing to ``hint`` rest on one weekday alone: one to
    'year_told_lone_sign' 'cues' of the article fit ``hint`` better than ``stated``, each of
    its 'kinds' (read with the word heuristic, prior.json, as :func:`_own_llr`)? A sign no
    cue of the text backs as the word heuristic reads it is not known to be a weekday's."""
    from dateline.datecheck import sign_backing_of_text

    spec = settings().get("year_told_lone_sign")
    if not spec:
        return False
    backing = sign_backing_of_text(index.text(key), stated, hint)
    return 0 < len(backing) <= int(spec["cues"]) and all(c.base in spec["kinds"] for c in backing)


def _own_llr(index: StoryIndex, key: str, stated: date, side: int) -> float:
    """How much better the article's own cues (word heuristic, prior.json) fit the writing
    date ``side`` days (a year) from ``stated`` than ``stated`` itself: the text test where
    the check's own ratio (DateCheck.year_fit) is not at hand."""
    from dateline.datecheck import year_fit_of_text

    return year_fit_of_text(index.text(key), stated, side)


def year_reason(found: StoryFinding, name: Callable[[str], str] = str) -> str:
    """Why a consistent date became suspicious on a telling a year away (:func:`year_told`),
    in words."""
    return f"{found.reason(name)}, a year from it, and its own text does not object"


def hint_reason(found: StoryFinding | str, hint: date, name: Callable[[str], str] = str
                ) -> str:
    """Why a consistent date became suspicious on a hint, in words (``found``: the finding,
    or its reason already in words)."""
    told = found if isinstance(found, str) else found.reason(name)
    return (f"its own weak signs (weekdays, mostly) fit a writing date around "
            f"{hint.isoformat()}, and {told}")
