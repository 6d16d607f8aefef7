"""An act a verb of the article told, named again later by a definite noun ('two deckhands
died' ... 'the deaths'; 'a tanker exploded' ... 'the blast'): one event, a must-link within
the article, applied to the finished groups. Such a back-reference shares too few words
with its verb to be scored with it, and often stands alone, so the groups keep them apart.

Only a definite noun (``told_back.words``: 'the', 'this', 'that' ... with nothing between
it and the noun but ``named_once_between`` words) of a ``told_back.kinds`` occurrence joins,
only to the ONE earlier mention of its occurrence class in its article, which must be a verb
the noun is a form of (``told_back.nouns``: 'died' of 'death', not 'flowing' of 'spill'):
with two earlier mentions of the act the noun could mean either. A figure in the noun's
mention that the verb's does not give (a tally: 'the deaths climbed to 40') keeps it out, as
does a tally word after the noun ('the death toll'), a hedge, a negation or a plan on either
side. One of the two must stand alone in its group; it moves to the other's group unless
``refused`` (a place apart or a hard rule against that group)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from dateline.merge.mention import Mention
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_offset, words_after, words_before

Key = tuple[str, str]


def definite_back(m: Mention, r: Rules) -> bool:
    """``m`` is a noun trigger of ``told_back.nouns`` after a definite word
    (``told_back.words``), nothing but ``named_once_between`` words between, not followed by a
    tally word ('the death toll': ``told_back.tally_words``)."""
    spec = r.raw.get("told_back", {})
    if not m.nominal or not told_plainly(m) or not noun_of(m, r):
        return False
    if trigger_offset(m) < 0:
        return False
    if set(words_after(m, 1)) & set(spec.get("tally_words", ())):
        return False
    before = words_before(m, 4, 80)
    before += [w.lower() for w in m.trigger.split()[:-1]]
    words, between = set(spec.get("words", ())), r.words("named_once_between")
    for n in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if before[n] in words:
            return all(w in between for w in before[n + 1:])
    return False


def noun_of(m: Mention, r: Rules) -> str:
    """The ``told_back.nouns`` noun ``m``'s trigger names ('deaths' -> 'death'), or ''."""
    nouns = r.raw.get("told_back", {}).get("nouns", {})
    words = m.trigger.lower().split()
    if not words:
        return ""
    word = words[-1]
    for w in (word, word[:-1] if word.endswith("s") else word):
        if w in nouns:
            return w
    return ""


def tells(verb: Mention, noun: str, r: Rules) -> bool:
    """The verb trigger ``verb`` is one whose act ``noun`` names (``told_back.nouns``:
    'died' of 'death', 'exploded' of 'blast')."""
    forms = r.raw.get("told_back", {}).get("nouns", {}).get(noun, ())
    words = verb.trigger.lower().split()
    return bool(words) and words[0] in forms


def _act(m: Mention) -> str:
    return m.occurrence_class or ""


def told_plainly(m: Mention) -> bool:
    """Asserted or reported, neither negated, hedged nor planned (both sides of a join)."""
    return (not m.negated and not m.hedged and not m.planned
            and m.modality in ("asserted", "reported"))


def _plain_verb(m: Mention) -> bool:
    return not m.nominal and told_plainly(m)


def told_back(groups: list[list[Key]], mentions: Mapping[Key, Mention], r: Rules,
              refused: Callable[[Key, list[Key]], bool]) -> list[list[Key]]:
    """``groups`` with each definite back-reference joined to the one earlier verb of its
    act in its article (module docstring). Each decision reads the groups as they were."""
    spec = r.raw.get("told_back")
    if not spec:
        return groups
    kinds = set(spec.get("kinds", ()))
    where = {k: i for i, g in enumerate(groups) for k in g}
    by_article: dict[str, list[Key]] = {}
    for k in where:
        by_article.setdefault(k[0], []).append(k)
    moves: dict[Key, int] = {}
    for keys in by_article.values():
        for k in keys:
            m = mentions[k]
            act = _act(m)
            if m.occurrence_kind not in kinds:
                continue
            if not definite_back(m, r):
                continue
            earlier = [o for o in keys if o != k and mentions[o].start < m.start
                       and _act(mentions[o]) == act]
            if len(earlier) != 1 or not _plain_verb(mentions[earlier[0]]):
                continue
            o = earlier[0]
            if not tells(mentions[o], noun_of(m, r), r) or not m.figures <= mentions[o].figures:
                continue  # another verb of the kind, or a figure the verb did not give: a tally
            gk, go = where[k], where[o]
            if gk == go:
                continue
            if len(groups[go]) == 1:
                mover, to = o, gk
            elif len(groups[gk]) == 1:
                mover, to = k, go
            else:
                continue
            if mover in moves or refused(mover, groups[to]):
                continue
            moves[mover] = to
    return moved_into(groups, moves)


def moved_into(groups: list[list[Key]], moves: Mapping[Key, int]) -> list[list[Key]]:
    """``groups`` with each key of ``moves`` taken out of its group and put in group
    ``moves[key]`` (an index of ``groups``); groups left empty dropped, each sorted."""
    if not moves:
        return groups
    out: list[list[Key]] = [[k for k in g if k not in moves] for g in groups]
    for k, to in sorted(moves.items()):
        out[to].append(k)
    return [sorted(g) for g in out if g]
