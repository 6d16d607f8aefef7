"""The place of the clause that tells an occurrence, read when its own place phrase names
none (rules.json ``clause_place_about``): one sentence often gives two tallies of two places
('killed 40 in Ruritania and spread to Freedonia, where two died'), and only the clause
holding each trigger says which is whose."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from dateline.entities.resources import states
from dateline.merge.places import place_path
from dateline.merge.rules import Rules, rules

_TOKEN = re.compile(r"\S+")
#: the place that holds every country: a world tally ('deaths worldwide', 'in 40
#: countries'), apart from any one country's tally of the same thing (no path contains it)
WORLD = "World"
#: a tally over several countries of one part of the world ('cases reported across Asia',
#: 'around the region'): apart from any one country's tally and from the world's; one
#: continent's path lies under it ('Region/asia'), so 'the region' may be any continent
REGION = "Region"


def clause_place(sentence: str | None, at: int, tally: bool, strict: bool = False) -> str | None:
    """The place of the clause holding the character offset ``at`` of ``sentence``: the
    place of an 'in' phrase after the offset (or opening the clause) nearest it; for a
    clause that opens with a relative word ('where', 'which') the place ending the clause
    before it (its antecedent: 'Freedonia , where two died'); for a clause that only adds to
    the one before ('including 30 deaths', 'taking the total to 50') that clause's place. With
    no 'in' phrase, the clause's subject ('Freedonia has 12 cases'), else (not ``strict``) the
    place of the authority reporting it (:func:`_agency_place`); for a clause after a colon
    the place(s) labelling it ('Freedonia : 12 cases'). With ``tally`` (a count of cases or
    deaths), a clause counting over the world ('worldwide', 'in 40 countries') is placed in
    :data:`WORLD`, and so is one told of a set of countries ('nations with known
    cases'). None when the clause names no place. ``strict`` (the place two articles'
    tallies are told apart by, :func:`~dateline.merge.tallies.tally_place_strict`): no place
    when the nearest 'in' phrase names a list ('in Ruritania and Freedonia') or lies past an
    'and' or a subordinating word after the trigger (``clause_place_strict_stops``: 'cases rose
    and most deaths were in Freedonia', 'died since the strain appeared in Freedonia')."""
    if not sentence or at < 0:
        return None
    r = rules()
    layout = _layout(sentence)
    if layout is None:
        return None
    starts, words, segs = layout
    i = min(bisect_left(starts, at), len(words) - 1)
    k = next(n for n, (lo, hi) in enumerate(segs) if lo <= i < hi or hi == len(words))
    relative, carry = r.words("clause_place_relative"), r.words("clause_place_carry")
    carrying = False  # walking back from a clause that adds to the one before
    while True:
        lo, hi = segs[k]
        if lo >= hi and carrying and k > 0:  # two marks in a row (', -LRB-'): no clause
            k -= 1
            i = segs[k][1] - 1
            continue
        got = _own_place(words, lo, hi, i, tally, r, strict)
        if got == _UNSURE:
            return None
        got = got or _subject_place(words, lo, i, r) or (
            None if strict else _agency_place(words, lo, i, r) or _agency_in(words, lo, i, r))
        if got or k == 0 or lo >= hi:
            return got
        first = words[lo].lower()
        if first in relative:
            return _last_place(words, *segs[k - 1])
        if words[lo - 1] == ":":
            return _label_place(words, *segs[k - 1], r)
        if first not in carry and not (carrying and _aside(words, lo, hi, r)):
            # past an aside with no place of its own ('or fever A (X1) ...'); a place
            # phrase opening the sentence still scopes it ('In Peru , officials said ...')
            return _fronted(words, segs, k, tally, r)
        carrying = True
        k -= 1
        i = segs[k][1] - 1


def _fronted(words: list[str], segs: list[tuple[int, int]], k: int, tally: bool,
             r: Rules) -> str | None:
    """The place of an 'in' phrase that is the whole first clause of the sentence, set off by
    a comma ('In Peru , the ministry said the first person to catch the fever ...'), for the
    clause ``k`` after it when no clause between names a place of its own: a fronted place
    scopes the sentence (rules.json ``clause_place_fronted_about``). None otherwise, and
    when ``limits.clause_place_fronted`` is off."""
    if not r.limits.get("clause_place_fronted") or k < 1:
        return None
    lo, hi = segs[0]
    if hi - lo < 2 or lo != 0 or words[0].lower() != "in" or hi >= len(words) or (
            words[hi] != ","):
        return None
    got = _name_at(words, 1, hi)
    if got is None or _name_span(words, 1, hi) != 1:
        return None  # not a name filling the phrase ('In a statement', 'In Peru last week')
    if any(_own_place(words, *segs[n], segs[n][0], tally, r) for n in range(1, k)):
        return None
    return got


def _aside(words: list[str], lo: int, hi: int, r: Rules) -> bool:
    """A clause that only names again what the one before names: it opens with a
    ``clause_place_aside_leads`` word (', or fever A (X1) infection ,') or stands next to a
    bracket (``clause_place_brackets``), so a clause adding to it ('including 70 deaths')
    adds to the clause before it."""
    brackets = r.words("clause_place_brackets")
    return lo < hi and (words[lo].lower() in r.words("clause_place_aside_leads")
                        or (lo > 0 and words[lo - 1] in brackets)
                        or (hi < len(words) and words[hi] in brackets))


@lru_cache(maxsize=4096)
def _layout(sentence: str) -> tuple[list[int], list[str], list[tuple[int, int]]] | None:
    """A sentence's word starts, words and clauses (first, end word ranges: split at
    ``clause_place_punct`` and before ``clause_place_breaks`` words), read once per
    sentence (its mentions share it); None when no word could place a clause (most)."""
    r = rules()
    low = sentence.lower()
    cues = r.words("clause_place_cues")
    if not any(c in low for c in cues):
        return None
    found = list(_TOKEN.finditer(sentence))
    if not found:
        return None
    words = [m.group() for m in found]
    punct, breaks = r.words("clause_place_punct"), r.words("clause_place_breaks")
    segs: list[tuple[int, int]] = []
    lo = 0
    for n, w in enumerate(words):
        if w in punct:
            segs.append((lo, n))
            lo = n + 1
        elif n > lo and w.lower() in breaks:
            segs.append((lo, n))
            lo = n
    segs.append((lo, len(words)))
    return [m.start() for m in found], words, segs


#: what a strict read of a clause's own words gives for an 'in' phrase it cannot be sure of
_UNSURE = "?"


def _own_place(words: list[str], lo: int, hi: int, i: int, tally: bool, r: Rules,
               strict: bool = False) -> str | None:
    """The place of the clause's own words nearest the trigger (word ``i``): an 'in' phrase
    after the trigger or opening the clause ('In Freedonia 20 died'; one before the trigger
    in mid-clause belongs to another phrase: 'talks in Oslo on the quake'), or for a tally a
    world count."""
    skip, world = r.words("clause_place_skip"), r.words("clause_place_world")
    counts = r.words("clause_place_world_counts")
    stops = r.words("clause_place_strict_stops")
    spread = r.words("clause_place_scope_leads")
    best: tuple[int, str] | None = None
    for n in range(lo, hi):
        w = words[n].lower()
        got: str | None = None
        if w == "in" and (n > i or n == lo):
            j = n + 1
            while j < hi and j <= n + 3 and (words[j].lower() in skip or _figure(words[j], r)):
                j += 1
            got = _name_at(words, j, hi)
            if got and strict and (_listed_after(words, j, hi) or (n > i and any(
                    _word(words[x]) in stops for x in range(i + 1, n)))):
                got = _UNSURE
        elif tally and ((w in world and _ends_phrase(words, n + 1, hi, r))
                        or (w in counts and n > lo and _figure(words[n - 1], r))
                        or (w in counts and _counts_with(words, n, i, r))):
            got = WORLD
        elif tally and not strict and w in spread and (n > i or n == lo):
            got = _scope_at(words, n + 1, hi, r)
        if got and (best is None or abs(n - i) < best[0]):
            best = (abs(n - i), got)
    return best[1] if best else None


def _counts_with(words: list[str], n: int, i: int, r: Rules) -> bool:
    """A count word at word ``n`` then a ``clause_place_world_links`` word leads to the
    trigger (word ``i``) within ``limits.world_link_gap`` words: a tally over a set of
    countries ('nations with known cases', 'countries reporting deaths')."""
    gap = int(r.limits["world_link_gap"])
    return n + 1 < i <= n + 2 + gap and words[n + 1].lower() in r.words("clause_place_world_links")


def _scope_at(words: list[str], j: int, hi: int, r: Rules) -> str | None:
    """The part of the world a phrase opening at word ``j`` spreads a tally over, after
    'across' or 'around' (``clause_place_scope_leads``): a continent or 'the region'
    (``clause_place_scopes``, :data:`REGION`), the world or the globe (:data:`WORLD`); None
    for any other phrase ('across the city', 'around Lima': one place's count)."""
    if j < hi and words[j].lower() == "the":
        j += 1
    scopes = r.words("clause_place_scopes")
    for size in (2, 1):
        name = " ".join(w.lower() for w in words[j:j + size])
        if j + size > hi or name not in scopes:
            continue
        if name in r.words("clause_place_world_scopes"):
            return WORLD
        return REGION if name in r.words("clause_place_region_words") else f"{REGION}/{name}"
    return None


def _subject_place(words: list[str], lo: int, i: int, r: Rules) -> str | None:
    """The place whose tally the clause tells as its subject, nearest before the trigger
    (word ``i``): a name opening the clause or after ``clause_place_subject_leads`` ('and',
    'but'), then a verb of holding or reporting (``clause_place_subject_verbs``, past
    ``clause_place_subject_skip`` words and a weekday: 'Ruritania on Monday confirmed two
    cases'), or a figure straight after it ('and Freedonia 8 cases'). Not a name in a list
    ('Ruritania and Freedonia have ...'): the clause then counts over several places."""
    verbs, skip = r.words("clause_place_subject_verbs"), r.words("clause_place_subject_skip")
    days, leads = r.words("clause_place_weekdays"), r.words("clause_place_subject_leads")
    for n in range(i - 1, lo - 1, -1):
        if n > lo and words[n - 1].lower() not in leads:
            continue
        if n > lo and (_name_ending(words, lo, n - 1)
                       or (n - 1 == lo and _listed(words, lo - 1))):
            continue  # 'Ruritania and Freedonia have', 'Peru , and Chile have': a list
        for size in (3, 2, 1):
            end = n + size
            if end >= i or not all(w[:1].isupper() for w in words[n:end]):
                continue
            got = place_path(" ".join(words[n:end]))
            if not got:
                continue
            if _figure(words[end], r):
                return got
            for w in (w.lower() for w in words[end:i]):
                if w in verbs:
                    return got
                if w not in skip and w not in days:
                    break
            break
    return None


def _agency_place(words: list[str], lo: int, i: int, r: Rules) -> str | None:
    """The place of an authority opening the clause as the one reporting its tally before the
    trigger (word ``i``): a name of at most ``clause_place_agency_max`` words, capitalised or
    ``clause_place_agency_words``, holding a place or its demonym and an agency word, then a
    ``clause_place_agency_verbs`` verb ('Ruritania 's health ministry said 40 cases ...',
    'Health Protection Ruritania reported ...'): a place's authority counts its own place."""
    heads, verbs = r.words("clause_place_agency_words"), r.words("clause_place_agency_verbs")
    j = lo + (lo < i and words[lo].lower() in r.words("clause_place_skip"))
    for n in range(j, min(i, j + int(r.limits["clause_place_agency_max"]) + 1)):
        w = words[n].lower()
        if w in verbs:
            name = [x[:-2] if x.endswith("'s") else x for x in words[j:n] if x != "'s"]
            return _agency_named(name, heads) if n > j else None
        if not (words[n][:1].isupper() or w in heads or w == "'s"):
            return None
    return None


def _agency_in(words: list[str], lo: int, i: int, r: Rules) -> str | None:
    """The place of an authority named by an agency word and an 'in' phrase, then a
    ``clause_place_agency_verbs`` verb (past an auxiliary, ``clause_place_agency_aux``)
    before the trigger (word ``i``): 'health officials in Ruritania have confirmed the first
    cases', 'authorities in Peru said 14 had died' -- anywhere in the clause, since a
    headline run into the sentence may open it. None for a person or a body that is no
    agency ('doctors in Peru said')."""
    verbs, aux = r.words("clause_place_agency_verbs"), r.words("clause_place_agency_aux")
    heads = r.words("clause_place_agency_words")
    for n in range(i - 1, lo + 2, -1):
        if words[n].lower() not in verbs:
            continue
        end = n
        while end > lo and words[end - 1].lower() in aux:
            end -= 1
        for size in (3, 2, 1):
            s = end - size
            if s - 2 < lo or words[s - 1].lower() != "in" or words[s - 2].lower() not in heads:
                continue
            if all(w[:1].isupper() for w in words[s:end]) and (got := place_path(
                    " ".join(words[s:end]))):
                return got
    return None


def _agency_named(name: list[str], heads: frozenset[str]) -> str | None:
    """The place (or demonym) a name of an authority holds, when another of its words is an
    agency word ('Mexican health ministry'); None otherwise."""
    for size in (3, 2, 1):
        for s in range(len(name) - size + 1):
            part = name[s:s + size]
            if not all(w[:1].isupper() for w in part):
                continue
            rest = name[:s] + name[s + size:]
            if not any(w.lower() in heads for w in rest):
                continue
            got = place_path(" ".join(part))
            if got is None:
                hit = states().state_of(" ".join(part))
                got = hit[0] if hit is not None and hit[1] == "demonym" else None
            if got:
                return got
    return None


def _name_ending(words: list[str], lo: int, end: int) -> bool:
    """A place name ends just before word ``end`` (a name before 'and': a list)."""
    return _name_span(words, lo, end) is not None


def _name_span(words: list[str], lo: int, end: int) -> int | None:
    """Where a place name of up to three capitalised words ending just before word ``end``
    starts (not before word ``lo``), the longest first; None when none does."""
    for size in (3, 2, 1):
        s = end - size
        if s >= lo and all(w[:1].isupper() for w in words[s:end]) and place_path(
                " ".join(words[s:end])):
            return s
    return None


def _listed(words: list[str], comma: int) -> bool:
    """The words before a comma at word ``comma`` are a place name standing alone, an item
    of a list of places ('Peru , Chile : two cases each')."""
    if comma < 1 or words[comma] != ",":
        return False
    s = _name_span(words, max(0, comma - 3), comma)
    return s is not None and (s == 0 or words[s - 1] == ",")


def _label_place(words: list[str], lo: int, hi: int, r: Rules) -> str | None:
    """The place labelling a list entry, the name right before its colon ('Ruritania : 12
    confirmed cases'), or the places of a list of names (:func:`_label_list`: 'Peru ,
    Chile :'); not one a preposition leads ('talks in Oslo :')."""
    for size in (3, 2, 1):
        s = hi - size
        if s < lo or not all(w[:1].isupper() for w in words[s:hi]):
            continue
        got = place_path(" ".join(words[s:hi]))
        if not got:
            continue
        return _label_list(words, s, got, r)
    return None


def _label_list(words: list[str], s: int, last: str, r: Rules) -> str | None:
    """The places of a label ending with ``last`` (its name opening at word ``s``), back
    through names joined by ',' or 'and' ('Peru , Chile and Bolivia :'), joined by '+': a
    line counting over several places, apart from each one's count. None when a
    preposition leads the names (a phrase of the sentence: 'tests in Peru and Chile :')."""
    got = {last}
    while s >= 2 and words[s - 1].lower() in (",", "and"):
        start = _name_span(words, max(0, s - 4), s - 1)
        if start is None:
            break
        got.add(place_path(" ".join(words[start:s - 1])) or last)
        s = start
    if s > 0 and words[s - 1].lower() in r.stopwords and words[s - 1].lower() != "and":
        return None
    return "+".join(sorted(got))


def _last_place(words: list[str], lo: int, hi: int) -> str | None:
    """The place a clause ends with (the antecedent of a relative clause right after it:
    'Freedonia , where'), not the last word of a longer name ('the Gulf of Freedonia')."""
    for size in (3, 2, 1):
        s = hi - size
        if s < lo or not all(w[:1].isupper() for w in words[s:hi]):
            continue
        if s - 2 >= lo and words[s - 1] == "of" and words[s - 2][:1].isupper():
            return None
        got = place_path(" ".join(words[s:hi]))
        if got:
            return got
    return None


def _name_at(words: list[str], j: int, hi: int) -> str | None:
    """The place a capitalised name of up to three words opening at word ``j`` names, the
    longest first ('in two California children' is California)."""
    for size in (3, 2, 1):
        if j + size > hi or not all(w[:1].isupper() for w in words[j:j + size]):
            continue
        got = place_path(" ".join(words[j:j + size]))
        if got:
            return got
    return None


def _listed_after(words: list[str], j: int, hi: int) -> bool:
    """The place name opening at word ``j`` is followed by 'and' or a comma and another place
    name: a list ('in Ruritania and Freedonia', 'in Peru , Chile')."""
    for size in (3, 2, 1):
        end = j + size
        if end > hi or not all(w[:1].isupper() for w in words[j:end]):
            continue
        if not place_path(" ".join(words[j:end])):
            continue
        k = end + 1
        if k < hi and words[end].lower() in (",", "and"):
            if words[k].lower() == "the":
                k += 1
            return k < hi and _name_at(words, k, hi) is not None
        return False
    return False


def _ends_phrase(words: list[str], j: int, hi: int, r: Rules) -> bool:
    """Only a function word or punctuation follows a world word ('killed 90 worldwide by
    May'), not a noun it qualifies ('worldwide alarm')."""
    return j >= hi or not words[j][:1].isalpha() or words[j].lower() in r.stopwords


def _word(word: str) -> str:
    """A word lowercased to match a function word, but not an acronym ('WHO' is no 'who')."""
    return word if word.isupper() and len(word) > 1 else word.lower()


def _figure(word: str, r: Rules) -> bool:
    return any(c.isdigit() for c in word) or word.lower() in r.words("clause_place_numbers")
