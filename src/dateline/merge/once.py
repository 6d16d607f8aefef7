"""The story's occurrence an article names twice ('the spill' in its third paragraph and
again in its ninth, 'his death' in a quote and again in a later line): one event, a
must-link within the article, applied to the finished groups. Each 'the spill' is dated
by whatever clause it stands in, so the two can end in two day groups of the story;
re-dating them to the article's day parted the story's cross-article day groups instead
(rules.json ``named_once_about``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from dateline.merge.mention import Mention
from dateline.merge.references import plural_trigger
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_offset
from dateline.merge.union_find import joined

Key = tuple[str, str]


def named_once(m: Mention, r: Rules) -> bool:
    """A back-reference to its story's occurrence ('the spill', 'the earthquake', 'his
    death': the singular noun after a reference word or a possessive
    (``named_once_possessives``), as Mention.back_reference reads it, also at the end of a
    longer trigger: 'hit by the spill'; not one taking in an ``effect_told_words`` word,
    '[[affected by the spill]]', which tells the effect) of a ``named_once_kinds`` kind,
    with nothing between the reference word and the noun but ``named_once_between`` words
    ('the oil spill'; not 'the Varrow Bay spill', 'the latest spill', 'the 1979 spill':
    another one), or as the second noun of a coordination the reference word opens ('the
    rig blast and oil spill': :func:`_first_conjunct`): what its article means by it is
    the one occurrence, whatever day its clause gives it."""
    if m.occurrence_kind not in r.words("named_once_kinds"):
        return False
    words = m.trigger.lower().split()
    if not words or not (m.rule or "").endswith("+noun") or plural_trigger(words[-1], r):
        return False
    if r.words("effect_told_words") & set(words[:-1]):  # the effect: effect_told_about
        return False
    told = told_before(m) + m.trigger.split()[:-1]  # as written: a name's capital kept
    before = [w.lower() for w in told]
    refs = r.words("reference_words") | r.words("named_once_possessives")
    between = r.words("named_once_between")
    for n in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if before[n] in refs:
            return all(w in between for w in before[n + 1:])
        if before[n] in r.words("reference_coordinators"):
            return all(w in between for w in before[n + 1:]) and _first_conjunct(told[:n], r)
    return False


def told_indefinitely(m: Mention, r: Rules) -> bool:
    """The story's one-time occurrence told with an indefinite article inside a direct quote
    ('"We pulled a girl out nine days after an earthquake"', where the article has 'the
    earthquake'): one who lived through it names it so; outside a quote an indefinite noun is
    as often a general one ('buildings tend to collapse in an earthquake') or another ('it was
    an earthquake', an aftershock told in a diary). A singular noun of a
    ``named_once_indefinite_kinds`` kind after 'a' or 'an' (``named_once_indefinite_words``)
    with nothing between but plain lower-case words ('a powerful earthquake'; not 'another',
    a figure or a name: 'a magnitude five quake'), asserted or reported, not hedged.
    :func:`one_named_group` gathers it only with its article's :func:`named_once` mentions of
    that noun, on a scored pair (a hypothetical one, 'an earthquake could hit', is vetoed)."""
    if m.occurrence_kind not in r.words("named_once_indefinite_kinds"):
        return False
    if m.hedged or m.modality not in ("asserted", "reported") or not in_quote(m, r):
        return False
    words = m.trigger.split()
    if len(words) != 1 or not (m.rule or "").endswith("+noun") or plural_trigger(words[0], r):
        return False
    before = told_before(m)
    new = (r.words("reference_new_instance") | r.words("reference_words")
           | r.words("named_once_indefinite_not"))
    for n in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if before[n].lower() in r.words("named_once_indefinite_words"):
            return all(w.isalpha() and w.islower() and w not in new for w in before[n + 1:])
    return False


def story_label(m: Mention, r: Rules) -> bool:
    """The story's occurrence named as the label a paper files its article under, opening
    the headline ('Tessel oil spill : shares slide again', 'Oil spill : what comes next ?',
    'Island quake : toll could reach 90,000'): a singular noun of a ``named_once_kinds``
    kind in its article's first sentence, a ``story_label_marks`` mark right after it, and
    before it at most ``limits.story_label_words`` words, each a name's capitalised word, a
    ``named_once_between`` word or a ``story_label_between`` one ('BP 's oil spill :'). Not
    'Oil spills : the lessons of earlier wrecks' (a plural: spills of every kind), not a noun
    deeper in the line ('Life after the Tessel oil spill :'). :func:`one_named_group` gathers it
    only with its article's :func:`named_once` mentions of that noun, on a scored pair."""
    if m.sentence_index != 0 or m.occurrence_kind not in r.words("named_once_kinds"):
        return False
    words = m.trigger.split()
    if not words or not (m.rule or "").endswith("+noun") or plural_trigger(words[-1].lower(), r):
        return False
    at = trigger_offset(m)
    if at < 0:
        return False
    text = m.sentence or ""
    if not text[at + len(m.trigger):].lstrip().startswith(tuple(r.words("story_label_marks"))):
        return False
    before = text[:at].split() + words[:-1]
    if len(before) > int(r.limits.get("story_label_words", 0)):
        return False
    between = r.words("named_once_between") | r.words("story_label_between")
    return all(w[:1].isupper() or w.lower() in between for w in before)


def in_quote(m: Mention, r: Rules) -> bool:
    """The trigger stands inside a direct quote of its sentence: more opening marks
    (``quote_marks`` 'open') than closing ones before it, or an odd count of straight ones."""
    at = trigger_offset(m)
    if at < 0:
        return False
    marks = r.raw.get("quote_marks", {})
    told = (m.sentence or "")[:at]
    opened = sum(told.count(q) for q in marks.get("open", ()))
    closed = sum(told.count(q) for q in marks.get("close", ()))
    return opened > closed or sum(told.count(q) for q in marks.get("straight", ())) % 2 == 1


def told_before(m: Mention) -> list[str]:
    """The last words before the trigger in its sentence, as written."""
    at = trigger_offset(m)
    return (m.sentence or "")[max(0, at - 80):at].split()[-7:] if at >= 0 else []


def _first_conjunct(told: list[str], r: Rules) -> bool:
    """The words before a coordinator ('the rig blast' of 'the rig blast and oil
    spill') are a reference word and one or two plain lower-case words: the determiner
    covers both nouns. A name, a figure or a new-instance word in the first conjunct tells
    another occurrence ('the Varrow Bay blowout and spill', 'the 1979 blowout and spill')."""
    refs, new = r.words("reference_words"), r.words("reference_new_instance")
    for n in (len(told) - 2, len(told) - 3):
        if n >= 0 and told[n].lower() in refs:
            return all(w.isalpha() and w.islower() and w not in refs and w not in new
                       for w in told[n + 1:])
    return False


def head(m: Mention, r: Rules | None = None) -> str:
    """The noun a :func:`named_once` mention names ('spill' of 'affected by the spill'); with
    ``r``, for a kind that happens once (``reference_kinds``) its occurrence class: the
    story's one quake is 'the quake' and 'the earthquake' alike, while a lasting one's
    nouns name its parts ('the slick', 'the gusher' apart from 'the spill'; nouns that name
    it alike are :func:`story_noun`'s)."""
    cls = m.occurrence_class or ""
    if r is not None and m.occurrence_kind in r.raw.get("reference_kinds", ()):
        return cls
    words = m.trigger.lower().split()
    return words[-1] if words else ""


def story_noun(m: Mention, r: Rules) -> str:
    """The noun :func:`one_named_group` gathers ``m`` by: its :func:`head`, read through
    ``named_once_nouns`` ('the oil leak' names the story's spill as 'the spill' does; 'the
    gusher' and 'the slick' stay nouns of their own)."""
    noun = head(m, r)
    return str(r.raw.get("named_once_nouns", {}).get(noun, noun))


def one_named_group(groups: list[list[Key]], mentions: Mapping[Key, Mention], r: Rules,
                    row: Callable[[Key], Iterable[tuple[Key, float]]],
                    refused: Callable[[Key, list[Key]], bool]) -> list[list[Key]]:
    """``groups`` with each article's :func:`named_once` mentions of one noun
    (:func:`story_noun`) gathered in one group ('the spill' and 'the oil leak'; never 'the
    gusher' with them, the flow a cap stops): those scored pairs tie (``row``: a mention's
    scored partners; a vetoed pair is unscored, and a set of groups closed under scored
    pairs stays closed) that stand in two or more groups move to the group holding most of
    them (then the larger, then the smaller key), unless ``refused`` (a place apart or a
    hard rule against that group). Each decision reads the groups as they were: no chains,
    any order."""
    refs = {k for g in groups for k in g if named_once(mentions[k], r)}
    # an indefinite noun joins only an article naming its kind's one by that noun ('an
    # earthquake' with 'the earthquake'; 'an aftershock' is another quake)
    named = {(mentions[k].article_id, head(mentions[k])) for k in refs}
    noun = {k: story_noun(mentions[k], r) for k in refs}  # read once, not per scored pair
    labelled = {(mentions[k].article_id, n) for k, n in noun.items()}
    refs |= {k for g in groups for k in g if (mentions[k].article_id, head(mentions[k]))
             in named and told_indefinitely(mentions[k], r)}
    # a headline's label joins only an article naming the story's one by that noun
    refs |= {k for g in groups for k in g if story_label(mentions[k], r) and (
             mentions[k].article_id, story_noun(mentions[k], r)) in labelled}
    if len(refs) < 2:
        return groups
    noun |= {k: story_noun(mentions[k], r) for k in refs - noun.keys()}
    uf = joined(refs, row, lambda k, o, _s: mentions[o].article_id == mentions[k].article_id
                and noun[o] == noun[k])
    sets: dict[Key, list[Key]] = {}
    for k in refs:
        sets.setdefault(uf.find(k), []).append(k)
    where = {k: i for i, g in enumerate(groups) for k in g}
    moves: dict[int, list[Key]] = {}
    for ks in sets.values():
        held = Counter(where[k] for k in ks)
        if len(held) < 2:
            continue
        to = min(held, key=lambda i: (-held[i], -len(groups[i]), groups[i][0]))
        for k in sorted(ks):
            if where[k] != to and not refused(k, groups[to]):
                moves.setdefault(to, []).append(k)
    if not moves:
        return groups
    moved = {k for ks in moves.values() for k in ks}
    out = []
    for i, g in enumerate(groups):
        kept = [k for k in g if k not in moved] + moves.get(i, [])
        if kept:
            out.append(sorted(kept))
    return out
