"""Which disease an occurrence mention tells of, when its sentence names one
(rules.json ``disease_names``): two disease mentions whose named diseases differ ('the 2003
SARS outbreak' / 'the swine flu outbreak') are two events however alike their wording
(:func:`diseases_apart`, a pair veto and a cannot-link)."""

from __future__ import annotations

import re

from dateline.merge.labelled import label_keys, labels_differ
from dateline.merge.mention import Mention, once
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import offset_in_sentence
from dateline.model import OCCURRENCE

#: a word as the disease lexicon reads it: letters and digits, inner hyphens kept
# ('h1n1', 'covid-19', '1918-19')
WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _phrases(r: Rules) -> dict[tuple[str, ...], str]:
    """Each ``disease_names`` phrase as a word tuple, with the disease it names."""
    got: dict[tuple[str, ...], str] = {}
    for key, phrases in r.raw.get("disease_names", {}).items():
        if key.startswith("_"):
            continue
        for p in phrases:
            got[tuple(WORD.findall(p.lower()))] = key
    return got


def disease_of(m: Mention, r: Rules) -> str | None:
    """The disease a disease occurrence (class ``occ.disease.*``) is told of: the one
    ``disease_names`` disease its sentence names, or, when it names several, the one named
    nearest the trigger, at most ``limits.disease_near_words`` words off and nearer than
    any other; None when none is named, when the nearest are a tie, or when a
    ``disease_current_words`` word stands just before the trigger ('this outbreak', 'the
    current outbreak': the story's own, whatever the sentence compares it with) or is
    nearest, before a ``disease_current_nouns`` word ('killed more than this flu has'). A
    naming is no naming after a ``disease_compare_words`` phrase ('worse than SARS', 'like
    the 1918 flu': what the disease is likened to) or before a ``disease_not_before`` word
    ('the normal flu season', 'flu symptoms'), nor before a ``disease_other_plurals`` noun
    that is not the trigger ('where common flu epidemics strike the old': those epidemics'
    disease, not the trigger's). Worked out once per mention (mention.once)."""
    return once(m, "disease", r, _disease_of)


def _disease_of(m: Mention, r: Rules) -> str | None:
    if m.type != OCCURRENCE or not (m.occurrence_class or "").startswith("occ.disease"):
        return None
    s = (m.sentence or "").lower()
    phrases = r.derived("disease_phrases", _phrases)
    if not s or not phrases:
        return None
    at = offset_in_sentence(m.start, m.sentence_start, s)
    if at < 0:
        at = s.find(m.trigger.lower())
    if at < 0:
        return None
    spans = [(w.start(), w.group()) for w in WORD.finditer(s)]
    words = [w for _, w in spans]
    first = sum(1 for start, _ in spans if start < at)  # the trigger's first word
    last = first + max(len(WORD.findall(m.trigger.lower())), 1) - 1
    current, current_nouns = r.words("disease_current_words"), r.words("disease_current_nouns")
    if set(words[max(0, first - 2):first]) & current:
        return None
    longest = max(len(p) for p in phrases)
    compare, not_before = r.words("disease_compare_words"), r.words("disease_not_before")
    others = r.words("disease_other_plurals")
    found: list[tuple[int, str | None]] = []  # (words off the trigger, disease; None: the story's)
    i = 0
    while i < len(words):
        n, key = next(((n, k) for n in range(min(longest, len(words) - i), 0, -1)
                       if (k := phrases.get(tuple(words[i:i + n]))) is not None), (1, None))
        end = i + n - 1
        if key is None and words[i] in current and words[i + 1:i + 2] and (
                words[i + 1] in current_nouns):
            end = i + 1  # 'this flu', 'this virus': the story's own disease, named so
        elif key is None or (end + 1 < len(words) and words[end + 1] in not_before) or (
                _compared(words, i, compare, r.words("disease_compare_skip"))) or (
                end + 1 < len(words) and not first <= end + 1 <= last and words[end + 1] in others):
            # no name; 'flu season', 'flu symptoms'; 'like the 1918 flu', 'than SARS';
            # 'where common flu epidemics strike the old first': not the trigger's outbreak
            i += 1
            continue
        gap = 0 if end >= first and i <= last else min(abs(i - last), abs(first - end))
        found.append((gap, key))
        i = end + 1
    if not found:
        return None
    found.sort(key=lambda f: f[0])
    gap, key = found[0]
    rivals = [g for g, k in found if k != key]  # the nearest naming of another disease
    if not rivals:
        return key
    return key if gap <= int(r.limits.get("disease_near_words", 0)) and gap < min(rivals) else None


def _compared(words: list[str], i: int, compare: frozenset[str], skip: frozenset[str]) -> bool:
    """The naming at word ``i`` follows a ``disease_compare_words`` phrase of up to three
    words, a ``disease_compare_skip`` word ('a', 'the', 'ordinary') or two aside ('less
    deadly than a normal flu')."""
    j = i
    while j > 0 and i - j < 2 and words[j - 1] in skip:
        j -= 1
    return any(" ".join(words[j - n:j]) in compare for n in (1, 2, 3) if j >= n)


def diseases_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two disease occurrences each told of a named disease (:func:`disease_of`), the two
    different: the SARS outbreak of 2003 a flu story recalls is no case of its flu."""
    if not r.limits.get("disease_veto"):
        return False
    return labels_differ(a, b, r, disease_of)


def disease_keys(m: Mention, r: Rules) -> tuple[frozenset[object], frozenset[object]] | None:
    """Keys a mention is found under and looks for when :func:`diseases_apart` can hold for
    it (a disease named: every such mention may meet another; the named are few), else
    None (links.CheapLink)."""
    return label_keys(m, r, "disease_veto", "disease", disease_of)
