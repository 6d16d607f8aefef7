"""Two acts of one sentence, each told with its own object: 'lax oversight in approving the
Varn Drilling permits, accepting too readily its safety claims' -- the words after the first
verb up to the second, and after the second up to the clause's end, share none, so each
verb acts on its own thing and the sentence tells two acts, however alike their kinds
(rules.json ``own_objects_about``)."""

from __future__ import annotations

import re

from dateline.merge.mention import Mention
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_offset, words_before
from dateline.model import OCCURRENCE

#: where a verb's own words end: a clause's punctuation, a bracket, a quote or a dash
_CLAUSE_END = re.compile(r"[,;:()\"`']|\s--\s")


def own_objects(a: Mention, b: Mention, r: Rules) -> bool:
    """Two verb triggers of one sentence of one article, neither an occurrence, each
    followed by content words of its own (:func:`object_words`: the first's up to the
    second trigger, the second's up to its clause's end, ``limits.own_object_words`` at
    most) and the two sets sharing no word: one act told twice names one thing ('helped
    send aid' has no words between; 'agreed to approve the deal' none of its own). A second
    verb right after an ``own_objects_not_after`` word ('met with the makers on Friday to
    discuss vaccines') tells the first one's purpose: not read. Nouns
    are left out: a noun's following words are often another phrase's ('the earthquake
    14 Jan live coverage'), and an occurrence is told again by the same sentence's
    other words ('died on 25 June ... his death')."""
    if (a.article_id != b.article_id or a.sentence_index != b.sentence_index
            or a.sentence != b.sentence or a.key == b.key or a.nominal or b.nominal
            or OCCURRENCE in (a.type, b.type)):
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    if first.end > second.start or words_before(second, 1)[-1:] in (
            [w] for w in r.words("own_objects_not_after")):
        return False
    at, to = trigger_offset(first), trigger_offset(second)
    if at < 0 or to < 0 or not first.sentence:
        return False
    n = int(r.limits.get("own_object_words", 0))
    if not n:
        return False
    ours = object_words(first.sentence[at + len(first.trigger):to], n, r)
    theirs = object_words(first.sentence[to + len(second.trigger):], n, r)
    return bool(ours and theirs and not ours & theirs)


def object_words(text: str, n: int, r: Rules) -> frozenset[str]:
    """The first ``n`` content tokens (:meth:`Rules.tokens`: stemmed, no stopwords) of
    ``text`` before its first clause end."""
    return frozenset(r.tokens(_CLAUSE_END.split(text, maxsplit=1)[0])[:n])
