"""Where sources disagree about one event: numbers, dates, and accusation versus denial.

Each :class:`Disagreement` lists the competing claims side by side, each with
the article that made it, so a report can show "38 (Karsholm Courier) vs at
least 40 (Nordic Wire)". Numbers are compared per counted thing ("injured",
"hostages"); two claims disagree when the intervals they allow do not overlap.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any, Literal, NamedTuple

from dateline.crosscheck import counts_persons, scope_at
from dateline.datecheck.resources import lexicon as datecheck_lexicon
from dateline.events.lexicon import page_stamp
from dateline.merge.cluster import CanonicalEvent
from dateline.merge.lexicon import lexicon, read_data
from dateline.merge.mention import Mention, Number
from dateline.merge.rules import Rules, rules
from dateline.merge.similarity import pair_score
from dateline.numbers.lexicon import load
from dateline.wordlists import any_of, word_pattern

Kind = Literal["number", "date", "denial"]
Strength = Literal["strong", "weak"]


@lru_cache(maxsize=16)
def _section(name: str) -> Any:
    """A section of ``disagree.json``, read once."""
    return read_data("disagree.json")[name]


@dataclass(frozen=True, slots=True)
class Claim:
    """One source's version: ``value`` is the number, the date, or 'asserted'/'denied'."""

    value: str
    article_id: str
    event_id: str
    source: str | None
    title: str | None
    dct: date | None
    sentence: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "article_id": self.article_id,
            "event_id": self.event_id,
            "source": self.source,
            "title": self.title,
            "dct": self.dct.isoformat() if self.dct else None,
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Sources that tell one event differently; ``about`` names what is disputed."""

    kind: Kind
    event_id: str
    type: str
    date: str | None
    about: str
    claims: tuple[Claim, ...]
    #: the evidence for the row and the doubts against it, in words (:func:`strength`)
    evidence: tuple[str, ...] = ()
    doubts: tuple[str, ...] = ()

    @property
    def strength(self) -> Strength:
        """'strong' (shown by default) or 'weak' (a doubt holds: shown with ``--all``)."""
        return "weak" if self.doubts else "strong"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "event_id": self.event_id,
            "type": self.type,
            "date": self.date,
            "about": self.about,
            "strength": self.strength,
            "evidence": list(self.evidence),
            "doubts": list(self.doubts),
            "claims": [c.to_dict() for c in self.claims],
        }


def _days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"


def strength(kind: Kind, *, bounds: Iterable[tuple[float, float]] = (), days: int = 0,
             reports: Iterable[str | None] = (), report_type: str = "",
             denied_in_words: bool = False,
             mentions: int = 0) -> tuple[Strength, tuple[str, ...], tuple[str, ...]]:
    """How far a row can be trusted: ('strong' or 'weak', the evidence for it, the doubts
    against it), each in words. A row is weak when a doubt holds (``disagree.json``
    ``strength``, with examples): for numbers (their figures' ``bounds`` and ``days``
    between the reports' articles) more than two different figures, figures more than
    ``max_ratio`` times apart, or reports more than ``max_days`` days apart; for a denial
    anything but an accusation denied (the reported event's ``report_type`` one of
    ``allegation_types``, or the events lexicon rule of one of its ``reports`` an allegation:
    'accused', 'criticised', 'sued') or a denial in words (``denied_in_words``:
    :func:`says_denied`), a bare negation of another act ('no food was handed out') most
    often telling another occasion; for dates an event of more than
    ``max_date_mentions`` ``mentions``, which only the merge ties to one act."""
    evidence: list[str] = []
    doubts: list[str] = []
    if kind == "number":
        _number_strength(bounds, days, evidence, doubts)
    elif kind == "denial":
        _denial_strength(reports, report_type, denied_in_words, evidence, doubts)
    else:
        _date_strength(mentions, evidence, doubts)
    return ("weak" if doubts else "strong"), tuple(evidence), tuple(doubts)


def _number_strength(bounds: Iterable[tuple[float, float]], days: int, evidence: list[str],
                     doubts: list[str]) -> None:
    """:func:`strength` of a number row: its figures' count and spread, its reports' days."""
    max_ratio, max_days = float(_section("strength")["max_ratio"]), int(
        _section("strength")["max_days"])
    figures = sorted(set(bounds))
    if len(figures) > 2:
        doubts.append(f"{len(figures)} different figures: a running tally or several counts")
    else:
        evidence.append("two figures of one counted thing")
    if figures:
        low = min(hi for _, hi in figures)
        high = max(lo for lo, _ in figures)
        ratio = high / low if low > 0 else float("inf")
        if ratio > max_ratio:
            doubts.append(f"figures {ratio:.1f} times apart: more often counts of "
                          "different scope than rival counts")
        else:
            evidence.append(f"figures within {max_ratio:g} times of each other")
    if days > max_days:
        doubts.append(f"reports {_days(days)} apart: a running figure updated")
    else:
        evidence.append(f"reports {_days(days)} apart")


def _denial_strength(reports: Iterable[str | None], report_type: str, denied_in_words: bool,
                     evidence: list[str], doubts: list[str]) -> None:
    """:func:`strength` of a denial row: an accusation denied, a denial in words, or else a
    bare negation."""
    allegations = _section("denials")["allegations"]
    told = sorted({a for a in map(_act, reports) if a in allegations})
    if report_type in _section("strength")["allegation_types"]:
        told = told or [report_type]
    if told:
        evidence.append(f"an accusation ({', '.join(told)}) and its denial")
    elif denied_in_words:
        evidence.append("a denial in words (not only a negation)")
    else:
        doubts.append("a negated report, no allegation denied: often another occasion "
                      "or matter")


def _date_strength(mentions: int, evidence: list[str], doubts: list[str]) -> None:
    """:func:`strength` of a date row: how many mentions its event merges."""
    max_mentions = int(_section("strength")["max_date_mentions"])
    if mentions > max_mentions:
        doubts.append(f"the event merges {mentions} mentions: in a large merge one "
                      "report's date is more often another act's")
    else:
        evidence.append(f"an event {mentions} mention{'' if mentions == 1 else 's'} tell")


@lru_cache(maxsize=1)
def _denying_words() -> re.Pattern[str]:
    """``disagree.json`` ``strength`` ``denying_words`` as one pattern."""
    return word_pattern(_section("strength")["denying_words"])


def _clause(text: str, trigger: str) -> tuple[int, int, int] | None:
    """The trigger's clause in its sentence (the stretch between clause breaks: ``disagree.json``
    ``denials`` ``breaks``) as (where the trigger stands, the clause's start, its end), or None
    when the trigger is not found."""
    at = text.find(trigger) if trigger else -1
    if at < 0:
        return None
    breaks = _denial_rules()[1]
    start = max((b.end() for b in breaks.finditer(text, 0, at)), default=0)
    after = breaks.search(text, at + len(trigger))
    return at, start, after.start() if after else len(text)


def says_denied(sentence: str | None, trigger: str) -> bool:
    """Does a word of denying ('denied', 'refuted': ``disagree.json`` ``strength``
    ``denying_words``), not only a negation, stand in the trigger's clause? 'The army denied
    that its troops fired' does; 'The army did not fire' does not."""
    text = sentence or ""
    clause = _clause(text, trigger)
    return clause is not None and _denying_words().search(text, clause[1], clause[2]) is not None


def _dct_days(claims: Iterable[Claim]) -> int:
    """Days between the earliest and the latest article of the claims."""
    dcts = sorted(c.dct for c in claims if c.dct is not None)
    return (dcts[-1] - dcts[0]).days if dcts else 0


def _claim(value: str, m: Mention) -> Claim:
    return Claim(value, m.article_id, m.event_id, m.source, m.title, m.dct, m.sentence)


def _unique(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """One claim per (value, article): two mentions of one sentence are one source's claim."""
    seen: dict[tuple[str, str], Claim] = {}
    for c in claims:
        seen.setdefault((c.value, c.article_id), c)
    return tuple(seen.values())


def counted_thing(n: Number, r: Rules) -> str:
    """What a number counts, reduced to its head word's stem ('injured people' -> 'people')."""
    words = r.tokens(n.counts) or tuple((n.counts or "").lower().split())
    return words[-1] if words else ""


_FIGURE_WORD = re.compile(r"[a-z]+|%")
_DECIMAL = re.compile(r"\d\.\d")


@lru_cache(maxsize=1)
def _figure_rules() -> tuple[dict[tuple[str, ...], str | None], frozenset[str], int]:
    """``disagree.json`` ``figures``: unit phrases (as words) to their unit, None for a clock
    time; the scale words; the longest phrase."""
    data = _section("figures")
    phrases: dict[tuple[str, ...], str | None] = {
        tuple(_FIGURE_WORD.findall(p)): unit for unit, ps in data["units"].items() for p in ps}
    phrases.update((tuple(_FIGURE_WORD.findall(p)), None) for p in data["not_figures"])
    return phrases, frozenset(data["scale_words"]), max(len(k) for k in phrases)


def _figure_at(figure: str, text: str) -> int:
    """Where a figure stands in its sentence, -1 if absent: standing alone first ('30' in
    'At 10.30 am, 30 were hurt' is not the '30' of 10.30)."""
    if not figure:
        return -1
    alone = re.search(rf"(?<![\d.,]){re.escape(figure)}(?!\d|[.,]\d)", text)
    return alone.start() if alone else text.find(figure)


def _phrase_from(words: list[str], i: int, phrases: dict[tuple[str, ...], Any],
                 longest: int) -> tuple[str, ...] | None:
    """The longest phrase of ``phrases`` that starts at ``words[i]``, or None."""
    for size in range(min(longest, len(words) - i), 0, -1):
        key = tuple(words[i : i + size])
        if key in phrases:
            return key
    return None


def figure_unit(figure: str, sentence: str | None) -> str | None:
    """The unit a figure without a counted noun is in, read from the words after it in its
    sentence ('3.2 ft' -> 'ft'); '' when none follows; None when it is no tally to compare:
    a clock time, or a decimal with neither unit nor scale ('3.2'). ``data/merge/disagree.json``
    ``figures``, with examples."""
    phrases, scales, longest = _figure_rules()
    text = sentence or ""
    at = _figure_at(figure, text)
    words = _FIGURE_WORD.findall(text[at + len(figure):].lower()) if at >= 0 else []
    own = _FIGURE_WORD.findall(figure.lower())
    i = 0
    while i < len(words) and words[i] in scales:
        i += 1
    if (key := _phrase_from(words, i, phrases, longest)) is not None:
        return phrases[key]
    scaled = i > 0 or any(w in scales for w in own)
    return None if _DECIMAL.search(figure) and not scaled else ""


@lru_cache(maxsize=1)
def _thing_rules() -> tuple[dict[tuple[str, ...], str], frozenset[str], tuple[int, int, int, int],
                            int]:
    """``disagree.json`` ``counted``: the words that tell what a bare figure counts, as word
    tuples, each to its thing (a counted noun: 'deaths'); the words that set a figure as a
    tally's value ('rose to'); the near, left, right and right-of-a-noun reach in words; the
    longest phrase."""
    data = _section("counted")
    words = {tuple(_FIGURE_WORD.findall(p)): noun
             for noun, ps in data["things"].items() for p in ps}
    reach = (int(data["near"]), int(data["left"]), int(data["right"]), int(data["noun_right"]))
    return words, frozenset(data["tally_words"]), reach, max(len(k) for k in words)


_BREAK = re.compile(r"[.!?]\s|[.!?]$|\n")
# an aside between dashes or brackets ('three million people - a third of the population -
# need aid', '38 people, including two officers, were hurt') says nothing of what the figure
# counts; the words after it do
_ASIDE = re.compile(r"\s(?:--?|\u2013|\u2014)\s.*?\s(?:--?|\u2013|\u2014)\s|\([^()]*\)"
                    r"|-LRB-.*?-RRB-|^\s*,\s*(?:including|among them|most of them)\b[^,;:]*,")


def figure_thing(figure: str, sentence: str | None, counted: bool = False) -> str:
    """What a figure with neither counted noun nor unit counts, told by its sentence: a word
    of deaths, cases, injured ... right after it ('18 have died', '13 were hurt') or, failing
    that, the nearest one before it ('the death toll rose to 18', 'the number of confirmed
    cases reached 160', 'killing 13'); '' when none is within reach. The thing is a counted
    noun ('deaths'), so a bare figure joins the figures that count it ('20 deaths').
    ``counted``: the figure holds its counted noun ('200,000 people'), and the words tell
    what befell them ('may have died', 'in need of aid'), looked for a little further on.
    ``data/merge/disagree.json`` ``counted``, with examples."""
    phrases, tally, (near, left, right, noun_right), longest = _thing_rules()
    right = noun_right if counted else right
    text = sentence or ""
    at = _figure_at(figure, text)
    if at < 0:
        return ""
    after = _ASIDE.sub(" ", text[at + len(figure):])
    before = text[:at]
    cut = _BREAK.search(after)
    after = after[: cut.start()] if cut else after
    after = re.split(r"[,;:()]", after, maxsplit=1)[0]
    starts = [m.end() for m in _BREAK.finditer(before)]
    before = before[starts[-1]:] if starts else before
    if counted:  # the verb right before, taking the persons as its object ('killed 200
        # people'; not 'killed and 12 people were injured')
        clause = _FIGURE_WORD.findall(re.split(r"[,;:()]", before)[-1].lower())
        if (thing := _thing_ending(clause[-longest:], phrases, longest, last=True)):
            return thing
    ahead = _FIGURE_WORD.findall(after.lower())[:right]
    for i in range(len(ahead)):
        if (key := _phrase_from(ahead, i, phrases, longest)) is not None:
            return phrases[key]
    back = _FIGURE_WORD.findall(before.lower())
    # a word further back names the figure's thing only through a tally's value ('the toll
    # of the outbreak rose to 18'), not any figure after it ('a case ... in a girl of 16')
    back = back[-left:] if back and back[-1] in tally else back[-near:] if near else []
    return _thing_ending(back, phrases, longest)


def _thing_ending(back: list[str], phrases: dict[tuple[str, ...], str], longest: int,
                  last: bool = False) -> str:
    """The thing of the phrase of ``back`` that ends nearest its end (``last``: at its end),
    or ''."""
    for end in range(len(back), len(back) - 1 if last else 0, -1):
        for size in range(min(longest, end), 0, -1):
            if (thing := phrases.get(tuple(back[end - size : end]))) is not None:
                return thing
    return ""


@lru_cache(maxsize=1)
def _object_things() -> frozenset[str]:
    """``disagree.json`` ``counted.object_things``: what befell counted things (not persons)
    that sets their figures apart ('rockets (intercepted)' against 'rockets' fired)."""
    return frozenset(_section("counted")["object_things"])


def _of_persons(n: Number) -> bool:
    """A figure that counts persons ('200,000 people', '12 aid workers'), not a thing that
    itself names what it counts ('20 deaths', '40 injuries')."""
    if not counts_persons(n.counts):
        return False
    phrases, _, _, _ = _thing_rules()
    return tuple(_FIGURE_WORD.findall((n.counts or "").lower())[-1:]) not in phrases


def _bounds(n: Number) -> tuple[float, float]:
    """The bounds of a figure a number dispute compares (one without is left out first)."""
    bounds = n.bounds()
    if bounds is None:
        raise ValueError(f"a figure without bounds compared: {n.text!r}")
    return bounds


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


@lru_cache(maxsize=1)
def _side_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
                           re.Pattern[str], re.Pattern[str]]:
    """``disagree.json`` ``no_side``: a vague figure, a part's mark after a figure, a name's
    word before one, a figure in brackets, a figure (digits, or a number word of one to
    ``part_counts``: ``data/numbers/words.json`` ``units``) and the opening of a range
    before its end ('from 50,000 to'), each as one pattern."""
    data = _section("no_side")
    vague = re.compile(rf"^(?!.*\d)(?:.*\s)?(?i:{any_of(data['vague_words'])})\b")
    part = re.compile(rf"^\s*(?i:{any_of(data['part_words'])})\b")
    name = re.compile(rf"\b(?i:{any_of(data['name_words'])})\s*$")
    bracket = re.compile(r"(?:\(|-LRB-)\s*$")
    top = int(data["part_counts"])
    words = [w for w, v in load("words.json")["units"].items() if 1 <= v <= top]
    figure = re.compile(rf"\b(?:\d[\d,.]*|{any_of(words)})\b", re.IGNORECASE)
    range_end = re.compile(rf"\b(?:{any_of(data['range_opens'])})\s+\S+(?:\s+\S+)?\s+"
                           rf"(?:{any_of(data['range_joins'])})\s*$", re.IGNORECASE)
    return vague, part, name, bracket, figure, range_end


def takes_no_side(figure: str, sentence: str | None) -> str:
    """Why a figure can be no rival of another report's, '' if it can: 'vague' ('thousands',
    'millions of barrels': no figure to set against an exact one), 'part' ('four other people
    were rescued', and every figure of a sentence that holds one: 'nine were killed on the
    deck, along with two others', a part of the toll, not the toll), 'name' ('flight 103',
    'gate 4', '0370': a figure that names, not counts), 'range' (the end of a range 'from
    50,000 to at least 200,000': the range is the claim, its ends none) or 'conversion'
    ('60,683 square miles (157,169 square km)', 'GBP 13.5bn)': a figure in brackets restates
    the one before it in another unit). ``disagree.json`` ``no_side``, with examples."""
    vague, part, name, bracket, figures, range_end = _side_rules()
    text = sentence or ""
    if vague.search(figure):
        return "vague"
    digits = re.sub(r"[^\d]", "", figure)
    if len(digits) > 1 and digits[0] == "0" and not re.search(r"0[.,]\d", figure):
        return "name"
    at = _figure_at(figure, text)
    if at < 0:
        return ""
    after = text[at + len(figure):]
    if part.search(after) or any(part.search(text[x.end():]) for x in figures.finditer(text)):
        return "part"
    if name.search(text[:at]):
        return "name"
    if range_end.search(text[:at]):
        return "range"
    if bracket.search(text[:at]) or re.match(r"\s*(?:\)|-RRB-)", after) or re.match(
            r"\s*(?:[a-z]+\s+){0,2}(?:\)|-RRB-)", after):
        return "conversion"
    return ""


@lru_cache(maxsize=1)
def _measure_rules() -> tuple[frozenset[str], int, int, float, frozenset[str]]:
    """``disagree.json`` ``no_side``: the unit words (a counted noun that is a unit measures),
    the window, the common-word count and share, and the words that tell no measure."""
    data = read_data("disagree.json")
    units = frozenset(w for ps in data["figures"]["units"].values() for p in ps
                      for w in _FIGURE_WORD.findall(p)) | frozenset(data["figures"]["units"])
    side = data["no_side"]
    return (units, int(side["measure_window"]), int(side["common_count"]),
            float(side["common_share"]), frozenset(side["measure_ignore"]))


@lru_cache(maxsize=1)
def _rate_rules() -> tuple[re.Pattern[str], int, float, re.Pattern[str]]:
    """``disagree.json`` ``no_side``: the words of a rate as one pattern, their reach in
    words after the figure, the least idf of a word that tells a measure, and the words a
    rate opens with that it is named without ('per day' -> 'day')."""
    side = _section("no_side")
    openers = re.compile(rf"^(?:{any_of(side['rate_openers'])})\s+")
    return (word_pattern(side["rate_words"]), int(side["rate_reach"]),
            float(side["measure_min_idf"]), openers)


def rate_of(figure: str, sentence: str | None) -> str:
    """The rate a measured figure is given at ('5,000 barrels a day' -> 'a day'), '' for a
    total ('4.9 million barrels'): a rate and a total are two measures."""
    pattern, reach, _, openers = _rate_rules()
    text = sentence or ""
    at = _figure_at(figure, text)
    if at < 0:
        return ""
    after = _ASIDE.sub(" ", text[at + len(figure):])
    after = re.split(r"[.!?]\s|[,;:]", after, maxsplit=1)[0]
    after = " ".join(after.split()[:reach])
    found = pattern.search(after)
    return openers.sub("", found.group(0).lower()) if found else ""


def _dropped(r: Rules) -> frozenset[str]:
    """The units, scales and ``measure_ignore`` words, and their stems under ``r``."""
    return r.derived("disagree.dropped", _make_dropped)


def _make_dropped(r: Rules) -> frozenset[str]:
    units, _, _, _, ignore = _measure_rules()
    words = units | ignore | _figure_rules()[1]
    return words | {t for w in words for t in r.tokens(w)}


def is_measure(thing: str, r: Rules) -> bool:
    """Is a number dispute's key a measure ('in mile', 'dollar', 'percent'): a unit, not a
    counted thing?"""
    units = _measure_rules()[0]
    return thing.startswith("in ") or thing in units or any(
        thing in r.tokens(u) for u in units)


def measure_words(figure: str, sentence: str | None, r: Rules) -> frozenset[str]:
    """The words that tell what a measured figure is of: the content words (stems) within
    ``measure_window`` of it in its clause, units, scales and figures out."""
    _, window, _, _, _ = _measure_rules()
    text = sentence or ""
    at = _figure_at(figure, text)
    if at < 0:
        return frozenset()
    before, after = text[:at], text[at + len(figure):]
    starts = [m.end() for m in re.finditer(r"[.!?]\s|[;:]|\s--?\s", before)]
    before = before[starts[-1]:] if starts else before
    after = _ASIDE.sub(" ", after)
    after = re.split(r"[.!?]\s|[,;:]|\s--?\s", after, maxsplit=1)[0]
    drop = _dropped(r)

    def keep(part: str) -> list[str]:
        # names ('BP', 'Jackson', 'Gulf') say who or where, not what is measured
        plain = re.sub(r"\b[A-Z][\w'.-]*", " ", part)
        return [w for w in r.tokens(plain) if w not in drop and not w[0].isdigit()]

    return frozenset(keep(before)[-window:] + keep(after)[:window])


def _event_words(ev: CanonicalEvent, r: Rules) -> frozenset[str]:
    """Words of many of an event's sentences ('spill', 'rig' in every report of an oil
    spill): they tell no measure apart."""
    _, _, count, share, _ = _measure_rules()
    sentences = {m.sentence or "" for m in ev.mentions}
    df: dict[str, int] = {}
    for s in sentences:
        for w in set(r.tokens(s)):
            df[w] = df.get(w, 0) + 1
    need = max(count, share * len(sentences))
    return frozenset(w for w, c in df.items() if c >= need)


class Measure(NamedTuple):
    """What a measured figure is of, read once per claim (:func:`measure_of`): its rate
    (:func:`rate_of`), the words near it (:func:`measure_words`) and its mention's trigger
    words."""

    rate: str
    words: frozenset[str]
    trigger: frozenset[str]


def measure_of(claim: tuple[Number, Mention], r: Rules) -> Measure:
    """The :class:`Measure` of a figure of a mention."""
    n, m = claim
    return Measure(rate_of(n.text, m.sentence), measure_words(n.text, m.sentence, r),
                   frozenset(r.tokens(m.trigger)))


def same_measure(a: tuple[Number, Mention], b: tuple[Number, Mention], r: Rules,
                 common: frozenset[str] = frozenset()) -> bool:
    """Do two measured figures measure one thing (:func:`measures_meet`)?"""
    return measures_meet(measure_of(a, r), measure_of(b, r), common)


def measures_meet(a: Measure, b: Measure, common: frozenset[str] = frozenset()) -> bool:
    """Do two measured figures measure one thing: at one rate (:func:`rate_of`), with words
    near them in common that are not common in news (idf ``measure_min_idf`` or more: 'oil',
    'cost', 'pay' tell nothing) nor the event's own (``common``) unless one is a mention's
    trigger (the sum of 'an appeal for $550m' is the appeal's)? '$100m relief well' and
    '$319m paid out in compensation' are two sums, 'an appeal for $550m' and 'launched an
    appeal for $562m' one."""
    if a.rate != b.rate:
        return False
    least = _rate_rules()[2]
    idf = lexicon().idf
    return any(idf(w) >= least for w in (a.words & b.words) - (common - a.trigger - b.trigger))


_CAPITAL = r"[A-Z][\w'\u2019-]*"


@lru_cache(maxsize=1)
def _incident_rules() -> tuple[re.Pattern[str], frozenset[str],
                               tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]]:
    """``disagree.json`` ``incidents``: the pattern of a place after a place word, the names
    that are no places, each class of means as one pattern, and the words that set an
    incident apart."""
    data = _section("incidents")
    words = any_of(data["place_words"])
    mods = any_of(data["place_modifiers"])
    name = rf"{_CAPITAL}(?:\s+{_CAPITAL})*"
    place = re.compile(rf"\b(?i:{words})\s+(?:(?i:{mods})\s+)*({name}(?:(?:,\s*|\s+and\s+)"
                       rf"(?:(?i:{mods})\s+)*{name})*)")
    means = tuple(
        (cls, re.compile(rf"(?<![\w-])(?:{any_of(ws)})(?![\w-])", re.IGNORECASE))
        for cls, ws in data["means"].items())
    own = word_pattern(data["own_incident"])
    return place, frozenset(data["not_places"]), means, own


@lru_cache(maxsize=4096)
def incident_marks(sentence: str | None) -> tuple[frozenset[frozenset[str]],
                                                  tuple[frozenset[str], ...]]:
    """The places a sentence names (each as its words, lower-cased) and, per class of means,
    the means it names."""
    place, not_places, means, _ = _incident_rules()
    text = sentence or ""
    places = set()
    for m in place.finditer(text):
        for name in re.split(r",\s*|\s+and\s+", m.group(1)):
            words = frozenset(w for w in re.findall(r"[a-z]+", name.lower())
                              if w not in not_places)
            if words:
                places.add(words)
    named = tuple(frozenset(x.group(0).lower() for x in pat.finditer(text)) for _, pat in means)
    return frozenset(places), named


def separate_incidents(a: str | None, b: str | None) -> bool:
    """Do two sentences tie their claims to separate incidents: places named by both and none
    of one among the other's, or for some class of means (weapon, vehicle, site) one named by
    both and none in common, or one says its incident is another ('in a separate incident')
    and the other shares none of its places and means? ``data/merge/disagree.json``
    ``incidents``, with examples."""
    pa, ma = incident_marks(a)
    pb, mb = incident_marks(b)
    if pa and pb and not any(x <= y or y <= x for x in pa for y in pb):
        return True
    if any(x and y and not x & y for x, y in zip(ma, mb, strict=True)):
        return True
    # 'In a separate incident, mortar fire killed four': compared only with a sentence
    # sharing one of its places or means
    own = _incident_rules()[3]
    shares = (any(x <= y or y <= x for x in pa for y in pb)
              or any(x & y for x, y in zip(ma, mb, strict=True)))
    return not shares and any(
        (places or any(means)) and own.search(text or "")
        for places, means, text in ((pa, ma, a), (pb, mb, b)))


def far_apart(a: Number, sa: str | None, b: Number, sb: str | None) -> bool:
    """Are two figures ``far_apart`` times apart or more, one of them tied by its sentence
    to a place or means the other's does not name ('five rockets from the Tarn valley',
    'about 135 rockets')? Then they count separate incidents. ``data/merge/disagree.json``
    ``incidents``, with figure examples."""
    ba, bb = a.bounds(), b.bounds()
    if ba is None or bb is None:
        return False
    lo, hi = (ba, bb) if ba[1] < bb[0] else (bb, ba)
    times = float(_section("incidents")["far_apart"])
    if lo[1] >= hi[0] or hi[0] < times * lo[1]:
        return False
    (pa, ma), (pb, mb) = incident_marks(sa), incident_marks(sb)
    return any(not any(x <= y or y <= x for y in pb) for x in pa) or any(
        not any(x <= y or y <= x for y in pa) for x in pb) or any(
        x ^ y for x, y in zip(ma, mb, strict=True))


def _rivals(a: tuple[Number, Mention], b: tuple[Number, Mention]) -> bool:
    """Two figures of one thing that may be rival tellings: not of separate incidents
    (:func:`separate_incidents`, :func:`far_apart`)."""
    return not (separate_incidents(a[1].sentence, b[1].sentence)
                or far_apart(a[0], a[1].sentence, b[0], b[1].sentence))


def _tell_both(mine: list[tuple[float, float]], theirs: list[tuple[float, float]],
               a: Number, b: Number) -> bool:
    """Does each of two articles tell both figures of the thing, ``a``'s the one and ``b``'s
    the other ('was given four milligrams of the drug' and 'a 10 milligram tablet' of another
    drug, in both)? They agree on both: the figures count two things, or each article
    reports the same disagreement (which its own sentences show)."""
    ab, bb = a.bounds(), b.bounds()
    return (ab is not None and bb is not None and any(_overlap(x, bb) for x in mine)
            and any(_overlap(x, ab) for x in theirs))


def _components(size: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected groups of ``edges`` over 0..size-1 (only nodes on an edge), each sorted,
    in order of their first member."""
    parent = list(range(size))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    on: set[int] = set()
    for i, j in edges:
        on.update((i, j))
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in sorted(on):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def number_disagreements(ev: CanonicalEvent, r: Rules | None = None) -> list[Disagreement]:
    """Per counted thing: numbers from different articles whose intervals do not overlap.

    Only figures of one kind are compared: of one counted noun (its head's stem), or of one
    unit (:func:`figure_unit`; 'in ft'). A bare figure counts what its sentence says it
    counts (:func:`figure_thing`: 'the death toll rose to 18' joins the deaths); one whose
    sentence does not tell joins the event's one counted thing when it has one, and is left
    out otherwise: deaths, cases and people evacuated are never set against each other.
    Figures of persons count what befell them too (:func:`figure_thing`): '200,000 people
    may have died' and 'three million people need aid' count two things, 'people (deaths)'
    and 'people (affected)'. A figure of persons whose sentence does not say what befell
    them ('around 100 people packed the hall') is compared only when no figure of its noun
    says, or counts what its sentence's other figure of the noun counts ('killed 5,000 people
    and the other flu 200 people'); else it cannot be placed, and is left out.

    The merge may join reports of separate incidents of a day (a tunnel raid and a missile
    strike on a jeep): figures whose sentences tie them to separate incidents are not rivals
    (:func:`_rivals`), and each connected group of rival figures is a row of its own, so a
    jeep's four dead against its seven is not shown beside a raid's two.

    Some figures take no side (:func:`takes_no_side`: vague, a part, a name, a range's end,
    a conversion in brackets); measures (dollars, per cent, miles) are rivals only when they
    measure one thing (:func:`same_measure`), and running totals ('since the blast') of
    articles of different days are a progression, not rivals. Two articles each of which
    tells both figures are not rivals over them (:func:`_tell_both`)."""
    r = r or rules()
    by_thing: dict[str, list[tuple[Number, Mention]]] = {}
    measured: set[str] = set()  # keys that are units ('ft'), not counted things
    untold_persons: dict[str, list[tuple[Number, Mention]]] = {}  # noun -> its untold figures
    told_persons: dict[str, set[str]] = {}  # noun -> the keys its told figures went to
    in_sentence: dict[tuple[str, str | None, str], set[str]] = {}  # ... in one sentence
    for m in ev.mentions:
        for n in m.numbers:
            if n.bounds() is None or takes_no_side(n.text, m.sentence):
                continue
            thing = counted_thing(n, r)
            if thing and not _of_persons(n) and (
                    told := figure_thing(n.text, m.sentence, counted=True)) in _object_things():
                thing = f"{thing} ({told})"  # 'one rocket downed' is no count of rockets fired
            elif thing and _of_persons(n):
                if told := figure_thing(n.text, m.sentence, counted=True):
                    told_persons.setdefault(thing, set()).add(key := f"{thing} ({told})")
                    by_thing.setdefault(key, []).append((n, m))
                    in_sentence.setdefault((m.article_id, m.sentence, thing), set()).add(key)
                else:
                    untold_persons.setdefault(thing, []).append((n, m))
                continue
            if not thing:  # no counted noun: a unit after it, or a bare tally
                unit = figure_unit(n.text, m.sentence)
                if unit is None:
                    continue
                if unit:
                    thing = "in " + unit
                    measured.add(thing)
                elif told := figure_thing(n.text, m.sentence):
                    thing = counted_thing(Number(None, n.text, counts=told), r)
            by_thing.setdefault(thing, []).append((n, m))
    for noun, found in untold_persons.items():
        for n, m in found:
            # 'killed 5,000 people and the other flu 200 people': the verb left out is the
            # one its sentence gives the noun's other figure
            keys = in_sentence.get((m.article_id, m.sentence, noun), set())
            if len(keys) == 1 or noun not in told_persons:  # none told: compared as before
                by_thing.setdefault(next(iter(keys), noun), []).append((n, m))
    named = [k for k in by_thing if k and k not in measured]
    untold = by_thing.pop("", [])
    if untold and len(named) == 1:  # "about 35" in a cluster that only counts injured
        by_thing[named[0]].extend(untold)
    out = []
    common: frozenset[str] | None = None
    for thing, found in sorted(by_thing.items()):
        items = _consistent(found)
        totals = [_running_total(n, m) for n, m in items]
        measure = is_measure(thing, r)
        if measure and common is None:
            common = _event_words(ev, r)
        measures = [measure_of(x, r) for x in items] if measure else []  # once per claim
        tells: dict[str, list[tuple[float, float]]] = {}  # article -> the figures it tells
        for n, m in items:
            tells.setdefault(m.article_id, []).append(_bounds(n))
        edges = [
            (i, j) for i, a in enumerate(items) for j in range(i + 1, len(items))
            if (a[1].article_id != (b := items[j])[1].article_id and totals[i] == totals[j]
                and not _tell_both(tells[a[1].article_id], tells[b[1].article_id], a[0], b[0])
                and not (totals[i] and a[1].dct != b[1].dct)
                and _same_time(a[1], b[1])
                and not _overlap(_bounds(a[0]), _bounds(b[0]))
                and (not measure or measures_meet(measures[i], measures[j], common or frozenset()))
                and _rivals(a, b))]
        for group in _components(len(items), edges):
            claims = _unique(_claim(items[k][0].text, items[k][1]) for k in group)
            how = strength("number", bounds=[bd for k in group if (bd := items[k][0].bounds())],
                           days=_dct_days(claims))
            out.append(Disagreement("number", ev.id, ev.type, ev.date, thing, claims, *how[1:]))
    return out


@lru_cache(maxsize=1)
def _elsewhere_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``disagree.json`` ``dated_elsewhere``: the report words, the perfect words and the
    span tallies, each as one pattern."""
    data = _section("dated_elsewhere")
    return (word_pattern(data["report_words"]), word_pattern(data["perfect_words"]),
            word_pattern(data["span_tallies"]))


def _running_total(n: Number, m: Mention) -> bool:
    """Is the figure a running total ('bringing the total to 27', 'the toll has risen to
    867', '32 killed since 19 July') or a tally of a span of days ('killed in 24 hours';
    ``disagree.json`` ``dated_elsewhere`` ``span_tallies``)? A total and a count of one day
    or incident are two tallies, never set against each other (dateline.crosscheck.scope_at)."""
    text = m.sentence or ""
    at = _figure_at(n.text, text)
    return at >= 0 and (scope_at(text, at, at + len(n.text)) == "cumulative"
                        or _elsewhere_rules()[2].search(text) is not None)


def dates_itself(sentence: str | None, trigger: str, nominal: bool = False) -> bool:
    """Is a verb's clause date its own, not a saying's: no past perfect under a verb of
    saying before it ('In the morning, the army said that two soldiers had been killed' dates
    the saying), and not the sentence's only day when that stands right after a verb of
    saying ('..., the Coast Guard said on Wednesday', 'Two senators said on Wednesday the
    firm should cut its dividend')? Nor is a headline a link list stamps with its age ('-
    2 hrs ago') or a page stamp ('Last updated at') dated by it, nor a speaker's act by a
    'tomorrow' reckoned from when the speaker spoke ('Tomorrow, I will meet the chairman'
    in a speech's transcript), nor a verb's to-infinitive
    dated by the clause it hangs on ('apologised on Thursday for having to agree to the
    levy' dates the apology), unless that names a plan, a start or an attempt ('is due to
    visit on Friday', 'began to shell the town on Monday'). ``disagree.json``
    ``dated_elsewhere``, with examples."""
    report, perfect, _ = _elsewhere_rules()
    text = sentence or ""
    at = text.find(trigger) if trigger else -1
    if at < 0:
        return True
    if _age_stamp().search(text, at + len(trigger)) is not None:
        return False  # 'Premier visits valley - 2 hrs ago', '... 16 March Last updated at
    speaker, speaker_day = _speaker_rules()
    if speaker.search(text, 0, at) is not None and speaker_day.search(text) is not None:
        return False  # 'Tomorrow, I will meet ...' in a speech: reckoned from the speech's day
    if not nominal and (head := _INFINITIVE.search(text, 0, at)) is not None \
            and head.group(1).lower() not in _infinitive_heads():
        return False
    said = report.search(text, 0, at)
    if said is not None and perfect.search(text, said.end(), at) is not None:
        return False
    # 'Eleven workers were missing after the blast, the Coast Guard said on Wednesday': the
    # only day the sentence names is the saying's
    # ', the Coast Guard said on Wednesday' after it, or 'Two senators said on Wednesday
    # (that) the firm should cut ...' before it
    day = _saying_day()
    for x in report.finditer(text):
        if x.start() < at < x.end() or not (said := day.match(text, x.end())):
            continue
        if not day.search(text, 0, x.start()) and not day.search(text, said.end()):
            return False
    return True


@lru_cache(maxsize=1)
def _age_stamp() -> re.Pattern[str]:
    """``disagree.json`` ``dated_elsewhere`` ``age_stamps`` after a dash and a number ('- 2
    hrs ago'): a link list's headline, dated by its posting; or a page's update stamp ('Last
    updated at', the events stage's list, :func:`dateline.events.lexicon.page_stamp`): a
    headline before its page's stamp."""
    ages = "|".join(r"\s+".join(map(re.escape, w.split()))
                    for w in _section("dated_elsewhere")["age_stamps"])
    return re.compile(rf"-\s+\d+\s+(?:{ages})\b|{page_stamp().pattern}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _speaker_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``disagree.json`` ``dated_elsewhere``: the speaker as the subject of the trigger
    (``speakers``, as written, up to ``speaker_reach`` words before it: 'I will meet', 'we
    have agreed'), and ``speaker_days``, days reckoned from when the speaker spoke
    ('tomorrow')."""
    data = _section("dated_elsewhere")
    speaker = re.compile(rf"\b(?:{any_of(data['speakers'])})"
                         rf"(?:\s+[A-Za-z']+){{0,{int(data['speaker_reach'])}}}\s+$")
    return speaker, word_pattern(data["speaker_days"])


#: a to-infinitive right before a trigger, and the word it hangs on ('having to agree')
_INFINITIVE = re.compile(r"\b([A-Za-z]+)\s+to\s+$")


@lru_cache(maxsize=1)
def _infinitive_heads() -> frozenset[str]:
    """``disagree.json`` ``dated_elsewhere`` ``infinitive_heads``: words a to-infinitive
    after which takes the clause's date ('due to visit on Friday')."""
    return frozenset(_section("dated_elsewhere")["infinitive_heads"])


@lru_cache(maxsize=1)
def _saying_day() -> re.Pattern[str]:
    """``disagree.json`` ``dated_elsewhere`` ``saying_days``: a day right after a verb of
    saying ('said on Wednesday'); searched alone, a day anywhere."""
    words = any_of(_section("dated_elsewhere")["saying_days"])
    return re.compile(rf"(?:\s+on)?\s+(?:{words})\b|\b(?:{words})\b", re.IGNORECASE)


def _same_time(a: Mention, b: Mention) -> bool:
    """Do two reports' figures speak of one time? Their dates (the event's own, else their
    article's) cover the same days, or one is undated. Figures of different days are an
    update or two days' counts ('over 35 rockets' in the first hours of one day, 'over 30'
    over the next day), and a count of one day and one of a span of days ('since the truce
    broke down the week before') two tallies, not rival tellings, though the merge joined
    the reports into one event."""
    return a.span is None or b.span is None or a.span == b.span


def _consistent(items: list[tuple[Number, Mention]]) -> list[tuple[Number, Mention]]:
    """The figures of sentences that give one figure (or agreeing ones) for the thing: a
    sentence with clashing figures for it ('the 1918 flu killed more than 50 million
    people, the 1957 one two million') counts several things, it takes no side, so its
    figures are left out. Rival figures in one article's different sentences ('38, police
    said. The union put it at 40 or more.') stay: that is a disagreement it reports."""
    by_sentence: dict[tuple[str, str | None], list[tuple[Number, Mention]]] = {}
    for n, m in items:
        by_sentence.setdefault((m.article_id, m.sentence), []).append((n, m))
    return [
        x for own in by_sentence.values()
        if all(_overlap(_bounds(a[0]), _bounds(b[0]))
               for i, a in enumerate(own) for b in own[i + 1 :])
        for x in own
    ]


#: An article states an event's date when the event's own clause carries it ("began on Monday");
#: a date elsewhere in the sentence ("the queue grew on Tuesday as the strike entered its second
#: day") or the article's own date says when something else happened, or nothing. The date
#: heading an entry of a dated list ("June 16 - BP agrees ...") is stated too.
STATED = frozenset({"clause", "label"})


@lru_cache(maxsize=1)
def _claim_rules() -> tuple[int, tuple[tuple[str, ...], ...]]:
    """``disagree.json``: the window and the words of beginning or happening, split."""
    data = read_data("disagree.json")
    return int(data["window"]), tuple(tuple(w.split()) for w in data["occurrence_words"])


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def claims_date(sentence: str | None, trigger: str, nominal: bool) -> bool:
    """Whether a mention's clause date is its claim about when the event happened: always
    for a verb; for an event noun only beside a verb of beginning or happening
    (``data/merge/disagree.json``, with examples)."""
    if not nominal:
        return True
    window, verbs = _claim_rules()
    text = sentence or ""
    at = text.find(trigger) if trigger else -1
    if at < 0:
        return False
    left, right = _words(text[:at])[-window:], _words(text[at + len(trigger):])[:window]
    return any(
        side[i : i + len(v)] == list(v)
        for side in (left, right) for v in verbs for i in range(len(side) - len(v) + 1)
    )


def _other_counts(a: Mention, b: Mention, r: Rules) -> bool:
    """Do two reports count one thing with figures that do not overlap ('five rockets were
    fired early in the morning', 'over 182 rockets were fired the day before')? Then they
    tell two occurrences (two days' fire), not rival dates of one."""
    mine: dict[str, list[tuple[float, float]]] = {}
    for n in a.numbers:
        if (bounds := n.bounds()) is not None and (thing := counted_thing(n, r)):
            mine.setdefault(thing, []).append(bounds)
    return any(
        (bounds := n.bounds()) is not None and (thing := counted_thing(n, r)) in mine
        and not any(_overlap(x, bounds) for x in mine[thing])
        for n in b.numbers)


def date_disagreements(ev: CanonicalEvent, r: Rules | None = None) -> list[Disagreement]:
    """Articles that state dates for the same event that do not overlap.

    Only dates an article states in the event's own clause count (see
    :data:`STATED`): an event dated by default to its article's own date ("Ships
    pile up as strike enters second day") makes no claim about when it happened, nor
    does an event noun whose clause dates something else (:func:`claims_date`).
    "2025-03-03" and "2025-03-03 morning" overlap, so they agree. Two reports that each
    date it on their own article's day, articles of two days, tell two occurrences
    (:func:`_on_its_day`), as do a report on its own day and one written before that day
    (:func:`_told_before`), reports tied to separate incidents (:func:`separate_incidents`)
    and reports counting one thing with figures that do not overlap (:func:`_other_counts`);
    two days a week apart, one read off a weekday, are a weekday read in the wrong week
    (:func:`_week_off`).
    A date a verb of saying gives a past perfect ('the army said in the morning that two
    soldiers had been killed') is the saying's (:func:`dates_itself`). Each connected group
    of clashing reports is a row."""
    r = r or rules()
    stated = [m for m in ev.mentions if m.date_start is not None and m.time_how in STATED
              and claims_date(m.sentence, m.trigger, m.nominal) and m.span is not None
              and dates_itself(m.sentence, m.trigger, m.nominal)]
    edges = []
    for i, a in enumerate(stated):
        for j in range(i + 1, len(stated)):
            b = stated[j]
            sa, sb = a.span, b.span
            if sa is None or sb is None or not (sa[1] < sb[0] or sb[1] < sa[0]):
                continue
            if a.article_id == b.article_id:
                continue  # one article's two dates: two acts it tells (two comments' times)
            if _on_its_day(a) and _on_its_day(b) and a.dct != b.dct:
                continue  # each tells it on its own day: two occurrences (daily fire), not one
            if _told_before(a, b) or _told_before(b, a):
                continue
            if separate_incidents(a.sentence, b.sentence) or _other_counts(a, b, r):
                continue
            if _week_off(a, b):
                continue
            edges.append((i, j))
    how = strength("date", mentions=len(ev.mentions))
    return [Disagreement("date", ev.id, ev.type, ev.date, "date",
                         _unique(_claim(stated[k].time_value or "", stated[k]) for k in group),
                         *how[1:])
            for group in _components(len(stated), edges)]


@lru_cache(maxsize=1)
def _weekdays() -> tuple[str, ...]:
    """The weekdays' names, Monday first (``data/datecheck/lexicon.json`` ``weekdays``)."""
    days = datecheck_lexicon()["weekdays"]
    return tuple(sorted((w for w in days if w.endswith("day")), key=days.__getitem__))


def _week_off(a: Mention, b: Mention) -> bool:
    """Are two single days a week apart, one of them read off a weekday its sentence names
    ("last Tuesday's quake" in a Wednesday's article read as the day before, 'Tuesday's
    earthquake' in a Monday's read as the next day)? A weekday read in the wrong week, not
    a rival date: two tellings of one event rarely differ by exactly seven days."""
    if a.span is None or b.span is None or a.span[0] != a.span[1] or b.span[0] != b.span[1]:
        return False
    if abs((a.span[0] - b.span[0]).days) != 7:
        return False
    names = _weekdays()
    return any(re.search(rf"\b{names[day.weekday()]}\b", m.sentence or "", re.IGNORECASE)
               for m, day in ((a, a.span[0]), (b, b.span[0])))


def _on_its_day(m: Mention) -> bool:
    """Does the report date the event on its own article's day ('rockets were fired this
    morning' in that day's update)? Two reports of different days that each do tell an
    event that recurs (a day's rocket fire, a day's strikes), not rival dates of one: the
    merge may join them, the dates do not clash."""
    return m.span is not None and m.dct is not None and m.span[0] <= m.dct <= m.span[1]


def _told_before(a: Mention, b: Mention) -> bool:
    """Was ``b``'s article written before the day ``a`` tells the event on its own day
    ('two soldiers were killed today' in the update of the 22nd; 'on the 19th, a soldier
    was killed' in that of the 20th)? ``b`` cannot tell that occurrence: two occurrences."""
    return (_on_its_day(a) and b.dct is not None and a.span is not None
            and a.span[0] > b.dct)


def _as_positive(m: Mention) -> Mention:
    return replace(m, negated=False, modality="asserted")


class _Reports:
    """Reports (positive events) by type and by date, so a denial is scored only against those
    the pair score's date veto lets through: of its type, and dated within the widest gap it
    allows (``limits`` ``date_gap_days``, ``dct_gap_days``) or, for an undated denial, undated
    too (:func:`dateline.merge.similarity.veto` refuses the rest). Same pairs as scoring every
    report of the type: on all of t17-dev that took 2.3 million pair scores."""

    def __init__(self, events: list[CanonicalEvent], r: Rules) -> None:
        self.pad = max(int(r.limits["date_gap_days"]), int(r.limits.get("dct_gap_days", 0)))
        self.undated: dict[str, list[CanonicalEvent]] = {}
        dated: dict[str, list[tuple[int, int, int, CanonicalEvent]]] = {}
        for i, e in enumerate(events):
            span = e.mentions[0].span
            if span is None:
                self.undated.setdefault(e.type, []).append(e)
            else:
                dated.setdefault(e.type, []).append(
                    (span[0].toordinal(), i, span[1].toordinal(), e))
        self.dated = {t: sorted(xs, key=lambda x: (x[0], x[1])) for t, xs in dated.items()}
        self.starts = {t: [x[0] for x in xs] for t, xs in self.dated.items()}
        self.longest = {t: max(x[2] - x[0] for x in xs) for t, xs in self.dated.items()}

    def near(self, type_: str, m: Mention) -> list[CanonicalEvent]:
        """The reports of ``type_`` the date veto does not refuse against ``m``, in input order."""
        if m.span is None:
            return self.undated.get(type_, [])
        xs = self.dated.get(type_)
        if not xs:
            return []
        lo, hi = m.span[0].toordinal() - self.pad, m.span[1].toordinal() + self.pad
        starts = self.starts[type_]
        first = bisect.bisect_left(starts, lo - self.longest[type_])
        last = bisect.bisect_right(starts, hi)
        found = sorted((x for x in xs[first:last] if x[2] >= lo), key=lambda x: x[1])
        return [x[3] for x in found]


def _denies(m: Mention) -> bool:
    """Does a negative mention gainsay the event: a denial cue ('denied that the blast
    killed anyone') or a negated act with an actor ('the army did not fire')? A negated
    state with no doer ('districts which had not been affected by the storm', 'the town
    was not hit by the floods') says what the event spared, not that it did not happen;
    a negated act in a condition or a hedge ('if the city does not meet their demands')
    or an intention ('would not accept any truce') says nothing of what happened."""
    if not denies_in_clause(m.sentence, m.trigger):
        return False
    if m.modality == "denied":
        return True
    return m.actor is not None and not m.hedged and m.modality != "planned"


@lru_cache(maxsize=1)
def _denial_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                             re.Pattern[str]]:
    """``disagree.json`` ``denials``: the cues, the clause breaks, a refusal ending at a cue
    and a charge's matter after one, each as one pattern."""
    data = _section("denials")
    cues = re.compile("|".join((r"\b" if w[0].isalnum() else "") + re.escape(w) + r"\b"
                               for w in data["cues"]), re.IGNORECASE)
    breaks = re.compile(any_of(data["breaks"]), re.IGNORECASE)
    refusal = re.compile(rf"\b(?:{any_of(data['refusals'])})\b(?!\s+by\b)", re.IGNORECASE)
    matter = re.compile(rf"\b(?:{any_of(data['charges'])})\b.*\b(?:{any_of(data['matters'])})"
                        r"\b", re.IGNORECASE)
    return cues, breaks, refusal, matter


def _act(rule: str | None) -> str:
    """The events lexicon act a mention's entry names: 'v.accuse', 'light:lead+n.accuse' and
    'v.accuse+intent' are 'accuse'."""
    part = next((p for p in (rule or "").split("+") if "." in p), "")
    return part.split(".", 1)[1] if part else ""


@lru_cache(maxsize=1)
def _allegation_rules() -> tuple[frozenset[str], frozenset[str]]:
    data = _section("denials")
    return frozenset(data["denying_acts"]), frozenset(data["allegations"])


def gainsays(denier_rule: str | None, report_rule: str | None) -> bool:
    """Can a denial coded by ``denier_rule`` gainsay a report coded by ``report_rule``? A
    verb of denying itself ('denied it was pressure from the regulator') denies only an
    allegation ('accused', 'criticised'), not an act of another kind ('questioned him
    for hours'); a denied act ('denied that troops fired') any report of it.
    ``disagree.json`` ``denials``, with examples."""
    denying, allegations = _allegation_rules()
    return _act(denier_rule) not in denying or _act(report_rule) in allegations


def is_refusal(sentence: str | None, trigger: str) -> bool:
    """Is a denying verb a refusal ('he was denied bail'): nothing said is denied?"""
    text = sentence or ""
    at = text.find(trigger) if trigger else -1
    return at >= 0 and any(x.end() == at + len(trigger)
                           for x in _denial_rules()[2].finditer(text))


def denies_in_clause(sentence: str | None, trigger: str) -> bool:
    """Does a negation or a verb of denying stand in the trigger's own clause (the stretch
    of its sentence between clause breaks)? 'The governor denied sending any warning, while
    marines seize the harbour' denies no seizing. A trigger not found in its sentence is
    taken as denied. A cue that is a refusal ('he was denied bail') denies nothing, nor does
    one of a charge against the matter it is brought over ('denied a charge of manslaughter
    over the singer's death' denies no death). ``disagree.json`` ``denials``, with
    examples."""
    cues, _, refusal, matter = _denial_rules()
    text = sentence or ""
    if (clause := _clause(text, trigger)) is None:
        return True
    at, start, end = clause
    for cue in cues.finditer(text, start, end):
        if any(x.end() == cue.end() for x in refusal.finditer(text, 0, cue.end() + 4)):
            continue
        if cue.end() <= at and matter.search(text, cue.end(), at):
            continue
        return True
    return False


def denial_disagreements(
    events: list[CanonicalEvent], r: Rules | None = None
) -> list[Disagreement]:
    """A denied or negated event against the report of it, by wording or by an in-article link.

    Denials never merge with the report (see similarity), so they are paired here:
    a negative event that denies (:func:`_denies`) whose mention would merge with a
    positive one if it were asserted; and a report an article links to its denial
    (``denies``/``denied_by``)."""
    r = r or rules()
    by_key = {m.key: e for e in events for m in e.mentions}
    mention = {m.key: m for e in events for m in e.mentions}
    pairs: dict[tuple[str, str], set[tuple[str, str]]] = {}  # (pos event, neg event) -> claim keys
    pos = _Reports([e for e in events if e.polarity == "pos"], r)
    for neg in (e for e in events if e.polarity == "neg" and _denies(e.mentions[0])):
        nm = _as_positive(neg.mentions[0])
        for p in pos.near(neg.type, nm):
            if (gainsays(nm.rule, p.mentions[0].rule)
                    and pair_score(nm, p.mentions[0], r).same(r.threshold)):
                pairs.setdefault((p.id, neg.id), set())
    for e in events:
        for m in e.mentions:
            for rel, other in m.links:
                target = by_key.get((m.article_id, other))
                if (rel == "denies" and target is not None and target.id != e.id
                        and not is_refusal(m.sentence, m.trigger)
                        and gainsays(m.rule, mention[(m.article_id, other)].rule)):
                    pairs.setdefault((target.id, e.id), set())
    ids = {e.id: e for e in events}
    out = []
    for pid, nid in sorted(pairs):
        p, n = ids[pid], ids[nid]
        claims = tuple(_claim("asserted", m) for m in p.mentions)
        claims += tuple(_claim("denied", m) for m in n.mentions)
        how = strength("denial", reports=[m.rule for m in p.mentions], report_type=p.type,
                       denied_in_words=any(says_denied(m.sentence, m.trigger)
                                           for m in n.mentions))
        out.append(Disagreement("denial", p.id, p.type, p.date, p.trigger, claims, *how[1:]))
    return out


@lru_cache(maxsize=1)
def _comment_stamp() -> re.Pattern[str]:
    """``disagree.json`` ``comments`` ``stamps`` as one pattern."""
    return re.compile("|".join(_section("comments")["stamps"]))


def comment_stamp_at(sentence: str | None) -> int:
    """Where a reader's comment stamp ('At 04:50 am on 16 Jun 2010 , reader1 wrote :')
    begins in a sentence, or -1."""
    hit = _comment_stamp().search(sentence or "")
    return -1 if hit is None else hit.start()


def comment_starts(events: Iterable[CanonicalEvent]) -> dict[str, int]:
    """Where each article's readers' comments begin: the offset of the first comment stamp
    ('At 04:50 am on 16 Jun 2010 , reader1 wrote :') a mention's sentence holds. A reader's
    comment is no source's claim (``disagree.json`` ``comments``, with examples)."""
    out: dict[str, int] = {}
    for e in events:
        for m in e.mentions:
            if (hit := comment_stamp_at(m.sentence)) < 0:
                continue
            if m.sentence_start is not None:
                at = m.sentence_start + hit
            else:  # the stamp's offset from the trigger's (a stored sentence may be respaced)
                trig = (m.sentence or "").find(m.trigger) if m.trigger else -1
                if trig < 0:
                    continue
                at = m.start + hit - trig
            out[m.article_id] = min(at, out.get(m.article_id, at))
    return out


def _sources_only(evs: list[CanonicalEvent]) -> list[CanonicalEvent]:
    """The events with their readers' comments left out (:func:`comment_starts`); an event
    only readers mention is dropped."""
    starts = comment_starts(evs)
    if not starts:
        return evs
    out = []
    for e in evs:
        kept = tuple(m for m in e.mentions if m.start < starts.get(m.article_id, m.start + 1))
        if len(kept) == len(e.mentions):
            out.append(e)
        elif kept:
            out.append(replace(e, mentions=kept))
    return out


def disagreements(events: Iterable[CanonicalEvent], r: Rules | None = None) -> list[Disagreement]:
    """Every disagreement among merged events: numbers, dates, denials (in event order).
    Readers' comments under an article make no claims (:func:`comment_starts`)."""
    evs = _sources_only(list(events))
    out: list[Disagreement] = []
    for ev in evs:
        out.extend(number_disagreements(ev, r))
        out.extend(date_disagreements(ev, r))
    out.extend(denial_disagreements(evs, r))
    order = {e.id: i for i, e in enumerate(evs)}
    out.sort(key=lambda d: (order.get(d.event_id, 0), d.kind, d.about))
    return out
