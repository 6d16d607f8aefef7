"""Which kind of site an occurrence mention tells of, when its own noun phrase names one
(rules.json ``site_nouns``: 'the refinery explosion', 'a fire at a refinery', 'the rig
blast', 'the pipeline spill'): two mentions of one class told at two kinds of site are two
events however alike their wording (:func:`sites_apart`, a pair veto and a cannot-link), as
two named hazards are (:mod:`dateline.merge.hazards`). A story of one blast on a drilling rig
recalls a refinery blast of the same company elsewhere or years before ('the Valmer
refinery explosion, which killed nine') beside its own."""

from __future__ import annotations

from dateline.merge.labelled import WORD, label_keys, labels_differ
from dateline.merge.mention import Mention, once
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_offset
from dateline.model import OCCURRENCE


def site_of(m: Mention, r: Rules) -> str | None:
    """The kind of site (a ``site_nouns`` value) an occurrence of a ``site_classes`` class is
    told at: a ``site_nouns`` noun among the ``limits.site_before`` words right before its
    trigger with no ``site_stop`` or ``site_determiners`` word between ('the Valmer refinery
    explosion', 'the rig blast'), or after it, when its next word is a ``site_after_words`` word
    ('at', 'on', 'aboard'), within ``limits.site_after`` words and no ``site_stop`` word
    between ('a blast at the big Valmer refinery'). None when it names none or sites of two
    kinds. Worked out once per mention (mention.once)."""
    return once(m, "site", r, _site_of)


def _site_of(m: Mention, r: Rules) -> str | None:
    if m.type != OCCURRENCE or m.occurrence_class not in r.words("site_classes"):
        return None
    s = m.sentence or ""
    at = trigger_offset(m)
    nouns: dict[str, str] = r.raw.get("site_nouns", {})
    if at < 0 or not nouns:
        return None
    stop = r.words("site_stop")
    kinds: set[str] = set()
    before_stop = stop | r.words("site_determiners")
    for w in reversed(WORD.findall(s[:at].lower())[-int(r.limits["site_before"]):]):
        if w in before_stop:
            break
        if w in nouns:
            kinds.add(nouns[w])
    after = WORD.findall(s[at + (m.end - m.start):].lower())
    if after and after[0] in r.words("site_after_words"):
        for w in after[1:1 + int(r.limits["site_after"])]:
            if w in nouns:
                kinds.add(nouns[w])
                break
            if w in stop:
                break
    return next(iter(kinds)) if len(kinds) == 1 else None


def sites_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two occurrences of one class each told at a kind of site (:func:`site_of`), the two
    different: 'the refinery explosion' recalled in a report of a rig's blast is another."""
    if not r.limits.get("site_veto") or a.occurrence_class != b.occurrence_class:
        return False
    return labels_differ(a, b, r, site_of)


def site_keys(m: Mention, r: Rules) -> tuple[frozenset[object], frozenset[object]] | None:
    """Keys a mention is found under and looks for when :func:`sites_apart` can hold for it
    (a site named), else None (links.CheapLink)."""
    return label_keys(m, r, "site_veto", ("site", m.occurrence_class), site_of)
