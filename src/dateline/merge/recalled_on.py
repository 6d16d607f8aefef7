"""The old occurrence an article goes on about: a plain 'the spill' in the sentence after
one that opens on a past occurrence's name ('The Corvane Meridian spill of 1989 killed 600
otters.' ... 'Cod catches fell for a decade after the spill.') names that old one again, not the
story's own, though its phrase recalls no name (merge.recalled; rules.json
``recalled_on_about``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from dateline.merge.mention import Mention
from dateline.merge.once import named_once
from dateline.merge.recalled import named_past
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import WORD_TOKEN, trigger_offset
from dateline.model import OCCURRENCE


def recalled_on(mentions: Iterable[Mention], r: Rules,
                opened: Mapping[tuple[str, int], str] | None = None) -> None:
    """Give each plain back-reference (:func:`~dateline.merge.once.named_once`: 'the spill',
    'the oil spill') whose phrase recalls no name (``Mention.recalled`` '') the name of the
    old occurrence its article's previous mention of its class tells, when that one stands
    in an earlier sentence at most ``limits.recalled_on`` sentences before it and either
    opens its sentence by the old one's name (:func:`opens_on_name`: the sentence is about
    it) or took the name so; a third 'the spill' the sentence after reads the second's. Any
    other mention of the class ends the run ('several times the Corvane Meridian spill' compares
    the story's with it; 'Unlike the Corvane Meridian spill, the spill ...'). ``opened``:
    (article, sentence) -> the old one's name for sentences that tell no mention of the class
    but open on an old one's name and name its year (:func:`opens_on_old`: 'Corvane Shipping
    fought suits for years after its Meridian tanker ran aground in 1989.'); the sentence right
    after one of them reads it as the sentence of such a mention."""
    reach = int(r.limits.get("recalled_on", 0))
    if not reach:
        return
    by_article: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == OCCURRENCE and m.recalled is not None and m.occurrence_class:
            by_article.setdefault(m.article_id, []).append(m)
    for told in by_article.values():
        topic: dict[str, tuple[str, int]] = {}  # class -> the old one's name, its sentence
        last: dict[str, int] = {}  # class -> the sentence of its latest mention
        for m in sorted(told, key=lambda x: (x.start, x.end)):
            cls = m.occurrence_class or ""
            old = topic.pop(cls, None)
            before = m.sentence_index - 1
            if old is None and opened and last.get(cls) != before:
                name = opened.get((m.article_id, before))
                old = (name, before) if name else None
            last[cls] = m.sentence_index
            if (old is not None and m.recalled == "" and 0 < m.sentence_index - old[1] <= reach
                    and named_once(m, r)):
                object.__setattr__(m, "recalled", old[0])
                topic[cls] = (old[0], m.sentence_index)
            elif m.recalled and opens_on_name(m, r):
                topic[cls] = (m.recalled, m.sentence_index)


def opens_on_name(m: Mention, r: Rules) -> bool:
    """Nothing before ``m``'s trigger in its sentence but ``reference_words``, capitalised
    words, figures and ``recalled_sites`` words: its phrase opens the sentence ('The Corvane
    Meridian tanker spill of 1989 killed ...'; not 'those hurt by the Corvane Meridian spill')."""
    at = trigger_offset(m)
    if at < 0:
        return False
    plain = r.words("reference_words") | r.words("recalled_sites")
    return all(_opening(w, plain) for w in WORD_TOKEN.findall((m.sentence or "")[:at]))


def _opening(word: str, plain: frozenset[str]) -> bool:
    """A word a name's opening run may hold: capitalised, a figure, or one of ``plain``."""
    return word[:1].isupper() or word.isdigit() or word.lower() in plain


def opens_on_old(text: str, past: dict[str, tuple[str, int]], dct: date, r: Rules) -> str:
    """The name of an old occurrence (``past``, as merge.recalled.past_names gives it, tied
    to a year ``limits.recalled_years`` or more before ``dct``'s) that ``text`` opens on --
    among its first capitalised words, figures and ``recalled_sites`` words -- when the
    sentence also names that year ('Corvane Shipping fought suits for years after its Meridian
    tanker ran aground in 1989.'); '' else."""
    words = WORD_TOKEN.findall(text)
    run: list[str] = []
    sites = r.words("recalled_sites")
    for w in words:
        if not _opening(w, sites):
            break
        run.append(w.lower())
    name = named_past(run, past, dct, int(r.limits["recalled_years"])) if run else ""
    years = {str(y) for label, y in past.values() if label == name}
    return name if name and years & set(words) else ""
