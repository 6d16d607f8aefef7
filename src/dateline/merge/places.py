"""Where a place phrase puts an event, as a path from its country down ('United
Kingdom/Scotland/Glasgow'; ``data/merge/places.json``, then the entities stage's countries),
and whether two such places can hold one event: only when one path contains the other."""

from __future__ import annotations

from functools import lru_cache

from dateline.entities.resources import states
from dateline.merge.lexicon import read_data
from dateline.merge.rules import rules


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {_key(k): v for k, v in read_data("places.json")["places"].items()}


def _key(name: str) -> str:
    key = " ".join(name.lower().split())
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=4096)
def place_path(name: str | None) -> str | None:
    """The path of a place name: the merge's table first (a region or city, or a country
    the entities lexicon lacks), else the state the entities lexicon names (a name or an
    alias, not a demonym: a location is a place phrase), else None."""
    if not name:
        return None
    got = _table().get(_key(name))
    if got:
        return got
    hit = states().state_of(name)
    return hit[0] if hit is not None and hit[1] != "demonym" else None


def places_apart(pa: str, pb: str) -> bool:
    """Two places neither of which contains the other (two countries, two regions of one)."""
    return not (_within(pa, pb) or _within(pb, pa))


def _within(inner: str, outer: str) -> bool:
    return inner == outer or inner.startswith(outer + "/")


def finer(pa: str | None, pb: str | None) -> str | None:
    """The narrower of two places that do not conflict (a group takes it when it grows)."""
    if not pa or not pb:
        return pa or pb
    return pa if _within(pa, pb) else pb


def scoped(path: str | None, occurrence: str | None) -> str | None:
    """A place as the event's kind can hold it: the country alone for a kind that spreads
    over regions (rules.json ``place_country_kinds``: 'the spill off Louisiana' and 'the spill
    reaching Mississippi' are one spill), the whole path otherwise."""
    if not path or "/" not in path or not occurrence:
        return path
    kind = occurrence.split(".")[2] if occurrence.count(".") >= 2 else ""
    return path.split("/", 1)[0] if kind in rules().words("place_country_kinds") else path
