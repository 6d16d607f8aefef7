"""Frames of a sentence that tell no one happening, read by the pair veto 'generic'
(:func:`dateline.merge.vetoes.generic`): what a kind does ('cases typically follow contact
with birds'), a precaution's idiom ('in case of a winter epidemic'), what anyone thinks
befell them ('those who fear they were infected'), a question put to the reader ('did
you touch sick birds?'), a question or a supposition of what someone could do ('how can
Kessa help Varn?', 'if the agency were to strike'), a threshold's bound ('cases in three
or more states'), what a kind is ('a tanker spill is never a reason to tax fuel'), a kind as a
topic of telling ('reporting on recent infections') and what it is like ('infections have
mostly been mild').
Each reads a few words next to the trigger; the word lists are in rules.json."""

from __future__ import annotations

from dateline.merge.acts import told_indefinite
from dateline.merge.dates import ANCHORED
from dateline.merge.mention import Mention
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import closes_phrase, trigger_offset, words_after, words_before
from dateline.model import OCCURRENCE


def adverb_after(m: Mention, r: Rules) -> bool:
    """A noun trigger right before a ``habitual_adverbs`` word ('human cases typically
    follow contact with sick birds', 'outbreaks often start in winter'): the subject of
    what a kind does, no one happening."""
    after = words_after(m, 1)
    return bool(after) and after[0] in r.words("habitual_adverbs")


def kind_is(m: Mention, r: Rules) -> bool:
    """An occurrence noun told with an indefinite article (acts.told_indefinite: 'a spill',
    'an oil spill') right before a ``kind_is_verbs`` word and a ``kind_is_next`` word ('a
    tanker spill is never a reason to tax fuel', 'a cyclone is like losing your shop for a
    week', 'a blast is a last resort'): what any instance of the kind is, no one happening
    ('a slick is drifting toward the quay' tells one)."""
    after = words_after(m, 2)
    if len(after) < 2 or after[0] not in r.words("kind_is_verbs"):
        return False
    return after[1] in r.words("kind_is_next") and told_indefinite(m, r)


def in_case(m: Mention, r: Rules) -> bool:
    """A trigger that is the noun of a conjunction's idiom (``idiom_triggers``: 'case' right
    after 'in', 'stocks antivirals in case of a winter epidemic', 'just in case'): a precaution, no
    case reported."""
    leads = r.raw.get("idiom_triggers", {}).get(m.trigger.lower())
    if not leads:
        return False
    before = words_before(m, 1, chars=20)
    return bool(before) and before[0] in leads


def who_think(m: Mention, r: Rules) -> bool:
    """A ``generic_who_heads`` word, 'who' and a ``generic_who_think`` verb before the
    trigger, at most ``limits.generic_who_think_words`` words between the verb and the
    trigger, no clause mark between ('those who fear they may have caught it should call
    a doctor'): advice to anyone, no one's case."""
    width = int(r.limits.get("generic_who_think_words", 0))
    if not width:
        return False
    before = words_before(m, width + 3, chars=120)
    heads, think = r.words("generic_who_heads"), r.words("generic_who_think")
    for i in range(len(before) - 2, 0, -1):
        w = before[i + 1]
        if w[-1:] in ",;:":
            return False
        if before[i] == "who" and w in think and before[i - 1] in heads:
            return len(before) - i - 2 <= width
    return False


def asked_of_you(m: Mention, r: Rules) -> bool:
    """A trigger right after 'you' and a ``question_aux`` word before it ('Did you touch
    sick birds?', 'did you catch it abroad?'): a question put to the reader or a
    traveller, no act told."""
    before = words_before(m, 2, chars=30)
    return len(before) == 2 and before[1] == "you" and before[0] in r.words("question_aux")


def kept_from(m: Mention, r: Rules) -> bool:
    """A trigger right after a ``generic_anyone`` word and a ``generic_kept_words`` word
    ('pills will not keep you from getting the flu', 'masks protect anyone against catching
    it'): what a remedy keeps anyone from, no one's case."""
    before = words_before(m, 2, chars=30)
    return (len(before) == 2 and before[0] in r.words("generic_anyone")
            and before[1] in r.words("generic_kept_words"))


def asked_or_supposed(m: Mention, r: Rules) -> bool:
    """An act asked about or supposed: a ``frame_question_words`` word, a ``frame_modals``
    word and at most ``limits.frame_between`` words before the trigger ('how can Kessa
    help Varn?', 'what the agency could do to curb it'), or a ``frame_if_words`` word and
    then 'were to' or 'was to' right before it ('if the army were to strike'), within
    ``limits.frame_words`` words and no clause mark between: what someone might do, no act
    done or planned. Acts only: an occurrence so framed is the story's own ('fought what
    may prove the largest spill', 'how Varn could ever rebuild after the quake')."""
    width = int(r.limits.get("frame_words", 0))
    if not width or m.type == OCCURRENCE:
        return False
    before = words_before(m, width, chars=120)
    if len(before) < 2:
        return False
    asks, modals = r.words("frame_question_words"), r.words("frame_modals")
    supposes = before[-2] in ("were", "was") and before[-1] == "to"
    near = int(r.limits.get("frame_between", 0))
    modal = False  # a modal read at most frame_between words before the trigger
    for i, w in enumerate(reversed(before)):
        if closes_phrase(w) or w in ("?", "!", "."):
            return False  # the frame ends with its clause or its question
        if supposes and w in r.words("frame_if_words"):
            return True
        if modal and w in asks:
            return True
        modal = modal or (w in modals and i <= near)
    return False


def bound_of(m: Mention, r: Rules) -> bool:
    """Of an occurrence, a figure told as a bound, a number and a ``criterion_marks`` phrase
    ('two or more'), in the trigger's own phrase: within ``limits.criterion_words`` words of
    it, no clause mark between ('a phase of outbreaks in three or more lands of a region',
    'a bill for any firm with 10 or more deaths'). A definition's or a rule's threshold: no
    count of one happening. An act's bound is its plan's (crews to shut two or more
    valves)."""
    width = int(r.limits.get("criterion_words", 0))
    if not width or m.type != OCCURRENCE or not m.numbers:
        return False
    if trigger_offset(m) < 0 or not m.sentence:
        return False
    before, after = words_before(m, width), words_after(m, width)
    lo = len(before)
    while lo > 0 and not closes_phrase(before[lo - 1]):
        lo -= 1
    hi = 0
    while hi < len(after) and not closes_phrase(after[hi]):
        hi += 1
    phrase = " ".join([*before[lo:], m.trigger, *after[:hi]]).lower()
    marks = r.words("criterion_marks")
    return any(f"{n.text.lower().split(mark)[0]}{mark}" in phrase
               for n in m.numbers for mark in marks if n.text and mark in n.text.lower())



def _bare_plural(m: Mention, before: list[str], r: Rules) -> bool:
    """An occurrence noun trigger in the plural with no figure, no day of its own clause and
    no determiner, possessive or count word right before it (``generic_not_after``)."""
    t = m.trigger.lower()
    if (m.type != OCCURRENCE or not m.nominal or m.numbers or m.time_how in ANCHORED
            or not t.isalpha() or not t.endswith("s") or t.endswith("ss")):
        return False
    return not before or before[-1] not in r.words("generic_not_after")


def topic_of(m: Mention, r: Rules) -> bool:
    """A bare plural occurrence noun (:func:`_bare_plural`; a ``topic_adjectives`` word may
    stand between) right after a ``topic_telling_words`` word and a ``topic_preps`` word
    ('clinics stopped reporting on recent infections', 'a briefing about outbreaks'): the kind as
    a topic of telling, no one happening. A determiner ('a briefing on the spill') names the
    story's event: read as usual."""
    before = words_before(m, 3, chars=60)
    if before and before[-1] in r.words("topic_adjectives"):
        before = before[:-1]
    return (len(before) >= 2 and before[-1] in r.words("topic_preps")
            and before[-2] in r.words("topic_telling_words") and _bare_plural(m, [], r))


def state_of(m: Mention, r: Rules) -> bool:
    """A bare plural occurrence noun (:func:`_bare_plural`) that is the subject of a
    ``state_be`` word and then a ``state_words`` word, at most ``limits.state_words`` words
    after it and no clause mark between ('infections of the Varn strain have mostly been
    mild'): what the cases are like, no one happening ('cases have been found' tells them)."""
    width = int(r.limits.get("state_words", 0))
    if not width or not _bare_plural(m, words_before(m, 1, chars=30), r):
        return False
    after = words_after(m, width + 1)
    for i, w in enumerate(after[:-1]):
        if closes_phrase(w):
            return False
        if w in r.words("state_be"):
            return after[i + 1].strip(",.;:") in r.words("state_words")
    return False
