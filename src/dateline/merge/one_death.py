"""A named person's death an article tells twice ('He was declared dead an hour after
the call' ... 'Vey died of the overdose'): one event, a must-link within the article, applied to
the finished groups. A person dies once, but the two tellings share little but the person
(another verb, another clause's date), so the groups keep them apart.

The person is read from the sentence: the name written right before the trigger ('Vey
died', 'Orlan Vey death', 'Vey 's death', auxiliaries ``one_death.skip`` between;
not a complement, 'fans of Vey died': ``one_death.not_after``), else for a subject
pronoun there ('when he died': ``one_death.pronouns``) the mention's target when the events
stage resolved the pronoun to a person's name ('He was declared dead'), else the nearest
name before the pronoun. A name counts only as one of its sentence's person, organisation or
facility entities (Mention.specific), by its last word: 'Orlan Vey' and 'Vey' are
one person. Only a singular death told by a ``one_death.words`` word ('died', 'death'; not
'killed', which more often tells many, nor a well's 'kill'), told plainly, joins.

A disaster's toll an article tells twice ('some 3,000 are feared dead' ...
'the toll may pass 20,000') is one event too: rival tolls of one occurrence
are one set of dead (sample_merge_pairs.py's guideline), unlike a running tally
(``tally_classes``: an outbreak's deaths, counted anew each day). Its tellings are read by
:func:`whose_toll` (a ``one_death.toll_classes`` class, told plainly, one day) and gathered
the same way."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from dateline.merge.mention import Mention
from dateline.merge.references import plural_trigger
from dateline.merge.rules import Rules
from dateline.merge.told_back import moved_into, told_plainly
from dateline.merge.trigger_words import trigger_offset

Key = tuple[str, str]


def surnames(m: Mention) -> frozenset[str]:
    """The last words of the names of ``m``'s sentence's specific entities."""
    return frozenset(k.split()[-1] for k in m.specific if k.split())


def _name_before(words: list[str], known: frozenset[str], not_after: set[str]) -> str:
    """The last word of the capitalised run ending ``words``, if it is a ``known`` surname
    and the run is no complement of a word before it (``not_after``: 'fans of Orlan Vey')."""
    if not words or not words[-1][:1].isupper() or words[-1].lower() not in known:
        return ""
    i = len(words) - 1
    while i > 0 and words[i - 1][:1].isupper():
        i -= 1
    return "" if i > 0 and words[i - 1].lower() in not_after else words[-1].lower()


def _target_name(m: Mention) -> str:
    """The surname of ``m``'s target when it names a person: a name of two or more
    capitalised words that its sentence's entities hold as specific or not at all (not as a
    place; 'He was declared dead': the events stage resolved 'He'), else ''."""
    words = (m.target or "").split()
    low = " ".join(words).lower()
    if len(words) > 1 and all(w[:1].isupper() and w.isalpha() for w in words) and (
            low in m.specific or low not in m.names):
        return words[-1].lower()
    return ""


def whose_death(m: Mention, r: Rules) -> str:
    """The surname of the person whose one death ``m`` tells (module docstring), or ''."""
    spec = r.raw.get("one_death") or {}
    if m.occurrence_kind not in spec.get("kinds", ()) or not told_plainly(m):
        return ""
    words = m.trigger.lower().split()
    if not words or plural_trigger(words[-1], r) or not set(words) & set(spec.get("words", ())):
        return ""
    at = trigger_offset(m)
    if at < 0 or not m.sentence:
        return ""
    told = [w[:-2] if w[-2:] in ("'s", "\u2019s") and len(w) > 2 else w
            for w in m.sentence[:at].split()]  # 'Vey's death' as 'Vey 's death'
    skip, not_after = set(spec.get("skip", ())), set(spec.get("not_after", ()))
    known = surnames(m)
    while told and told[-1].lower() in skip:
        told.pop()
    if told and told[-1].lower() in set(spec.get("pronouns", ())):
        person = _target_name(m)
        if person:
            return person
        for i in range(len(told) - 2, -1, -1):
            name = _name_before(told[:i + 1], known, not_after)
            if name:
                return name
        return ""
    return _name_before(told, known, not_after)


def whose_toll(m: Mention, r: Rules) -> str:
    """A key for the toll of one day's disaster ``m`` tells (module docstring), or '': a
    ``one_death.toll_classes`` occurrence class, told plainly, dated to one day, no tally
    class's (a running count is of its day) and no one person's death."""
    spec = r.raw.get("one_death") or {}
    cls = m.occurrence_class
    if cls not in spec.get("toll_classes", ()) or cls in r.words("tally_classes"):
        return ""
    if not told_plainly(m) or m.date_start is None or m.date_start != m.date_end:
        return ""
    return f"toll {cls} {m.date_start.isoformat()}"


def one_death_group(groups: list[list[Key]], mentions: Mapping[Key, Mention], r: Rules,
                    row: Callable[[Key], Iterable[tuple[Key, float]]],
                    refused: Callable[[Key, list[Key]], bool]) -> list[list[Key]]:
    """``groups`` with each article's tellings of one person's death (:func:`whose_death`),
    or of one day's disaster toll (:func:`whose_toll`), in one group: a telling that a
    scored pair ties to a telling of that death in another
    group (``row``: its partners at the floor; a set of groups closed under scored pairs
    stays closed) moves to the group holding most of the article's tellings of it (then
    the larger, then the smaller key), unless ``refused`` (a place apart or a hard rule).
    Each decision reads the groups as they were: no chains, any order."""
    if not r.raw.get("one_death"):
        return groups
    where = {k: i for i, g in enumerate(groups) for k in g}
    owner: dict[Key, str] = {}
    for k, m in mentions.items():
        if k in where:
            who = whose_death(m, r) or whose_toll(m, r)
            if who:
                owner[k] = who
    told: dict[tuple[str, str], list[Key]] = {}
    for k, who in owner.items():
        told.setdefault((k[0], who), []).append(k)
    moves: dict[Key, int] = {}
    for ks in told.values():
        held = Counter(where[k] for k in ks)
        if len(held) < 2:
            continue
        to = min(held, key=lambda i: (-held[i], -len(groups[i]), groups[i][0]))
        there = {k for k in ks if where[k] == to}
        for k in sorted(ks):
            if where[k] == to or not any(o in there for o, _s in row(k)):
                continue
            if not refused(k, groups[to]):
                moves[k] = to
    return moved_into(groups, moves)
