"""Where a mention's trigger stands in its sentence and the words around it: its offset
(:func:`trigger_at`, :func:`trigger_offset`, :func:`offset_in_sentence`), the words before it
(:func:`words_before`, :func:`words_after`), the marks that close a phrase around it
(:func:`closes_phrase`), and whether it is told as a reply or as advice."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from dateline.merge.rules import Rules

if TYPE_CHECKING:
    from dateline.merge.mention import Mention


def trigger_at(kw: dict[str, Any], sent: str, trig: str) -> int:
    """Where the trigger stands in its sentence (-1 when it does not): its offset when the
    row carries one and it holds the trigger, else the trigger's first place in the text
    (rows read back from a store carry no sentence offset)."""
    at = kw["start"] - kw["sentence_start"] if kw.get("sentence_start") is not None else -1
    if not 0 <= at <= len(sent) or sent[at : at + len(trig)] != trig:
        at = sent.find(trig) if trig else -1
    return at


#: a word or a figure ('4,000', '1.5'), as the merge's trigger-side word tests read them
WORD_TOKEN = re.compile(r"[\w'’,.-]*\w")


def offset_in_sentence(start: int, sentence_start: int | None, sent: str) -> int:
    """Where a trigger at ``start`` starts in its sentence: -1 when the row carries no
    sentence offset or the offset falls outside the sentence."""
    if sentence_start is None:
        return -1
    at = start - sentence_start
    return at if 0 <= at <= len(sent) else -1


#: tokens that end a phrase (the corpus spaces its marks and writes its quotes, dashes and
#: brackets; the words are read lower-cased)
CLAUSE_MARKS = frozenset((",", ";", ":", "-", "--", "``", "''", "-lrb-", "-rrb-"))


def closes_phrase(w: str) -> bool:
    """A lower-cased token that ends a phrase: a clause mark, or a word a comma, semicolon
    or colon ends."""
    return w in CLAUSE_MARKS or w[-1:] in ",;:"


def trigger_offset(m: Mention) -> int:
    """Where a mention's trigger starts in its sentence (:func:`offset_in_sentence`): -1 when
    the mention carries no sentence offset or the offset falls outside the sentence."""
    return offset_in_sentence(m.start, m.sentence_start, m.sentence or "")


def words_before(m: Mention, n: int, chars: int | None = None) -> list[str]:
    """The last ``n`` lower-cased words before ``m``'s trigger in its sentence, of its last
    ``chars`` characters when given ([] for a mention placed in no sentence)."""
    at = trigger_offset(m)
    if at < 0 or not m.sentence:
        return []
    return m.sentence[0 if chars is None else max(0, at - chars):at].lower().split()[-n:]


def words_after(m: Mention, n: int) -> list[str]:
    """The first ``n`` lower-cased words after ``m``'s trigger in its sentence ([] for a
    mention placed in no sentence): :func:`words_before`'s other side."""
    at = trigger_offset(m)
    if at < 0 or not m.sentence:
        return []
    return m.sentence[at + len(m.trigger):].lower().split()[:n]


def told_as_reply(kw: Mapping[str, Any], sent: str, trig: str, r: Rules) -> bool:
    """The trigger opens with a ``reply_words`` word before the act's own word ('returned
    fire', 'returning fire'), or ``reply_after`` follows it ('fired back')."""
    words = trig.lower().split()
    if len(words) > 1 and words[0] in r.words("reply_words"):
        return True
    at = offset_in_sentence(kw["start"], kw.get("sentence_start"), sent)
    if at < 0:
        return False
    first = WORD_TOKEN.search(sent[at + (kw["end"] - kw["start"]):].lower())
    return first is not None and first.group() in r.words("reply_after")


def told_as_advice(sent: str, at: int, r: Rules) -> bool:
    """An ``advice_words`` modal among the three words before the trigger, which starts at
    ``at`` in ``sent`` (:func:`offset_in_sentence`; -1: not known, no advice)."""
    if at < 0:
        return False
    words = r.words("advice_words")
    return any(w in words for w in WORD_TOKEN.findall(sent[:at].lower())[-3:])
