"""Which named hazard an occurrence mention tells of, when a title word before a name calls
it so (rules.json ``hazard_titles``: 'Hurricane Oriel', 'Tropical Storm Wenna'): two
mentions of one class naming two different hazards are two events however alike their
wording (:func:`hazards_apart`, a pair veto and a cannot-link), as two named diseases are
(:mod:`dateline.merge.diseases`). A story of one storm recalls others ('rebuilt after
Hurricane Bastien') beside its own."""

from __future__ import annotations

from dateline.merge.labelled import WORD, label_keys, labels_differ
from dateline.merge.mention import Mention, once
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_offset
from dateline.model import OCCURRENCE


def _titles(r: Rules) -> frozenset[tuple[str, ...]]:
    """Each ``hazard_titles`` phrase as a word tuple."""
    return frozenset(tuple(WORD.findall(p.lower())) for p in r.raw.get("hazard_titles", ()))


def hazard_of(m: Mention, r: Rules) -> str | None:
    """The named hazard an occurrence of a ``hazard_classes`` class is told of: the
    capitalised word right after a ``hazard_titles`` title that holds the trigger's first
    word ('Hurricane Oriel' for the trigger 'Hurricane', 'Tropical Storm Wenna' for 'Storm'),
    lower-cased; None when there is none, when that word is a ``hazard_name_not`` word ('the
    National Hurricane Center', 'Hurricane Season') or when the sentence is a headline in
    title case (:func:`_title_case`: its verbs are capitalised too). Worked out once per
    mention (mention.once)."""
    return once(m, "hazard", r, _hazard_of)


def _hazard_of(m: Mention, r: Rules) -> str | None:
    if m.type != OCCURRENCE or m.occurrence_class not in r.words("hazard_classes"):
        return None
    s = m.sentence or ""
    titles = r.derived("hazard_title_words", _titles)
    at = trigger_offset(m)
    if at < 0 or not titles:
        return None
    spans = [(w.start(), w.group()) for w in WORD.finditer(s)]
    words = [w.lower() for _, w in spans]
    first = next((i for i, (start, _) in enumerate(spans) if start >= at), None)
    if first is None or _title_case(spans):
        return None
    longest = max(len(t) for t in titles)
    for i in range(max(0, first - longest + 1), first + 1):
        for n in range(longest, 0, -1):
            end = i + n
            if end <= first or tuple(words[i:end]) not in titles or end >= len(spans):
                continue
            name = spans[end][1]
            if name[:1].isupper() and words[end] not in r.words("hazard_name_not"):
                return words[end]
    return None


def _title_case(spans: list[tuple[int, str]]) -> bool:
    """Every word of four letters or more after a sentence's first capitalised (four or
    more of them): a headline in title case, whose verbs and nouns all look like names. A
    sentence of many names still has a verb in lower case ('said')."""
    rest = [w for _, w in spans[1:] if len(w) > 3]
    return len(rest) >= 4 and all(w[:1].isupper() for w in rest)


def hazards_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two occurrences of one class each told of a named hazard (:func:`hazard_of`), the two
    different: 'Hurricane Bastien' recalled in a report of Hurricane Oriel is another storm."""
    if not r.limits.get("hazard_veto") or a.occurrence_class != b.occurrence_class:
        return False
    return labels_differ(a, b, r, hazard_of)


def hazard_keys(m: Mention, r: Rules) -> tuple[frozenset[object], frozenset[object]] | None:
    """Keys a mention is found under and looks for when :func:`hazards_apart` can hold for it
    (a hazard named: the named are few), else None (links.CheapLink)."""
    return label_keys(m, r, "hazard_veto", ("hazard", m.occurrence_class), hazard_of)
