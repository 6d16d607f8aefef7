"""An act one article tells and then names again by a definite noun a sentence or two on
('rallies were held in five cities ...' / '... to describe the protests'): the noun refers
back to the act just told, though the two sentences share too few words to score alike."""

from __future__ import annotations

from dateline.merge.mention import Mention
from dateline.merge.references import plural_trigger
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import WORD_TOKEN, trigger_offset, words_after
from dateline.merge.triggers import same_trigger
from dateline.model import OCCURRENCE


def referred_back(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article, of one type and trigger sense (an act: the story's
    occurrence has rules of its own, merge.once and merge.lone_tellings), dated to one exact
    span, the later a plural noun (the acts just told, gathered: a singular 'the aid' or
    'the appeal' names the whole effort as often) after 'the' and at most
    ``limits.referred_back_between`` plain words (no figure, no ``referred_back_not_between``
    word: 'the other protests', 'the 2011 protests') and no ``referred_back_not_after`` word
    after it (a complement of its own names its scope: 'the detentions of two leaders', 'the
    rallies in Tarn and elsewhere'), in one of the ``limits.referred_back_sentences``
    sentences after the earlier's. Neither trigger takes in an ``effect_told_words`` word
    ('affected by the spill' tells the effect). Read after the vetoes (a place or target
    apart still parts them)."""
    reach = int(r.limits.get("referred_back_sentences", 0))
    if not reach or a.article_id != b.article_id or a.key == b.key:
        return False
    earlier, later = (a, b) if a.sentence_index < b.sentence_index else (b, a)
    if not (0 < later.sentence_index - earlier.sentence_index <= reach and later.nominal
            and a.type == b.type and a.type != OCCURRENCE and a.date_start is not None
            and (a.date_start, a.date_end) == (b.date_start, b.date_end)):
        return False
    effect = r.words("effect_told_words")
    if any(effect & set(m.trigger.lower().split()) for m in (a, b)):
        return False
    if r.words("referred_back_not_after") & set(words_after(later, 1)):
        return False
    return _definite(later, r) and same_trigger(a, b, r)


def _definite(m: Mention, r: Rules) -> bool:
    """``m``'s trigger is one plural word after 'the' and at most ``referred_back_between``
    plain words (letters only, none of ``referred_back_not_between``)."""
    at, word = trigger_offset(m), m.trigger.lower()
    if at < 0 or " " in word or not plural_trigger(word, r):
        return False
    before = WORD_TOKEN.findall((m.sentence or "")[:at].lower())
    most = int(r.limits.get("referred_back_between", 0))
    stop = r.words("referred_back_not_between")
    for n in range(min(most, len(before) - 1) + 1):
        between = before[len(before) - n:] if n else []
        if before[len(before) - n - 1] == "the":
            return all(w.replace("-", "").isalpha() and w not in stop for w in between)
    return False

