"""Claims tied to separate incidents (other places, other weapons or vehicles, 'in a separate
incident', figures far apart): no rivals. The pair scoring of the merge reads them too
(:func:`dateline.merge.similarity.incidents_apart`). ``disagree.json`` ``incidents``."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.merge.disagree.common import disagree_section
from dateline.merge.mention import Number
from dateline.wordlists import any_of, word_pattern

_CAPITAL = r"[A-Z][\w'\u2019-]*"


@lru_cache(maxsize=1)
def _incident_rules() -> tuple[re.Pattern[str], frozenset[str],
                               tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]]:
    """``disagree.json`` ``incidents``: the pattern of a place after a place word, the names
    that are no places, each class of means as one pattern, and the words that set an
    incident apart."""
    data = disagree_section("incidents")
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
    times = float(disagree_section("incidents")["far_apart"])
    if lo[1] >= hi[0] or hi[0] < times * lo[1]:
        return False
    (pa, ma), (pb, mb) = incident_marks(sa), incident_marks(sb)
    return any(not any(x <= y or y <= x for y in pb) for x in pa) or any(
        not any(x <= y or y <= x for y in pa) for x in pb) or any(
        x ^ y for x, y in zip(ma, mb, strict=True))
