"""Whether two mentions name the same parties: actors and targets sharing a word, names of
one sentence found in the other, roles crossed (one's actor the other's target), and for
occurrences the place or party both name and what each hit."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.merge.mention import Mention
from dateline.merge.name_words import name_tokens
from dateline.merge.rules import Rules
from dateline.model import OCCURRENCE


def names_overlap(a: str | None, b: str | None) -> float | None:
    """1 when two names share a word, 0 when both are known and share none, None otherwise."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return None
    return 1.0 if ta & tb else 0.0


def targets_differ(a: Mention, b: Mention, r: Rules) -> bool:
    """Two targets known and sharing no word that are not one party either: a person the
    article ties to the other's organisation ('accused Velmar chief executive Dana Roth' /
    'lambasted Velmar': :attr:`Mention.target_of`), or a deed beside a party, which may be
    that party's own ('rebuked the government' / 'criticised the ban'; ``deed_targets``,
    the target's last word). Two deeds, two parties or two things stay apart."""
    if names_overlap(a.target, b.target) != 0.0:
        return False
    if _tied(a.target_of, b.target) or _tied(b.target_of, a.target):
        return False
    return deed_target(a, r) == deed_target(b, r)


def _tied(organisation: str | None, target: str | None) -> bool:
    return organisation is not None and bool(name_tokens(organisation) & name_tokens(target))


def deed_target(m: Mention, r: Rules) -> bool:
    """The mention's target is a deed, something a party did or said ('the ban', 'his
    remarks'), by its last word (``deed_targets``)."""
    words = (m.target or "").lower().split()
    return bool(words) and words[-1] in r.words("deed_targets")


def participants(
    a: str | None, b: str | None, wa: frozenset[str], wb: frozenset[str]
) -> float | None:
    """Like :func:`names_overlap`, but a conflict needs both to be proper names of their sentences.

    Extracted actors are often descriptions ('the virus', 'same strain', 'Swine
    flu cases') that two reports of one event word differently; only two
    different named participants ('Alleyn' vs 'Dolphin School') tell events apart."""
    rel = names_overlap(a, b)
    if rel == 0.0 and not (name_tokens(a) & wa and name_tokens(b) & wb):
        return None
    return rel


def named_in(wa: frozenset[str], wb: frozenset[str], a: Mention, b: Mention) -> float | None:
    """1 when a name of either mention is in the other's sentence, 0 when both name someone
    and neither's names appear in the other's sentence, None when either names no one.

    Looking in the other's words, not only its recognised names, keeps a name
    the entity recogniser missed in one sentence ('Nordhaven Terminals') from
    reading as a conflict."""
    if not wa or not wb:
        return None
    # asked twice for each scored pair: isdisjoint builds no set (wa & (wb | b.tokens) did)
    hit = not (wa.isdisjoint(wb) and wa.isdisjoint(b.tokens) and wb.isdisjoint(a.tokens))
    return 1.0 if hit else 0.0


def roles_crossed(a: Mention, b: Mention) -> bool:
    """Two named actors, sharing no word, one of them the other's target: 'Israel killed
    three Hamas commanders' / 'Hamas killed 3 Palestinians' are two acts, the one hit in one
    acting in the other. Each crossing name must be one of the sentences' recognised names
    (Mention.names) in both mentions, so a description read as an actor ('the tunnel') or a
    dateline does not count."""
    if not (a.actor and b.actor and (a.target or b.target)):
        return False
    aa, ab = name_tokens(a.actor), name_tokens(b.actor)
    if not aa or not ab or aa & ab:
        return False
    return _crossing(aa, b, a) or _crossing(ab, a, b)


def roles_keys(m: Mention) -> tuple[frozenset[object], frozenset[object]] | None:
    """Keys a mention is found under and keys it looks for, when :func:`roles_crossed` can
    hold for it (an actor named in words, its actor's or target's words among its sentence's
    names; else None): a crossing pairs a word of one's actor with a word of the other's
    target, so each is found under its actor's words ('a') and target's words ('t') and
    looks for the same words the other way round (joins._kept_apart scans by them)."""
    if not m.actor:
        return None
    actor, target = name_tokens(m.actor), name_tokens(m.target)
    names = _name_words(m)
    if not actor or not (actor & names or target & names):
        return None
    return (frozenset([("a", w) for w in actor] + [("t", w) for w in target]),
            frozenset([("t", w) for w in actor] + [("a", w) for w in target]))


def _crossing(actor: frozenset[str], other: Mention, own: Mention) -> bool:
    """``actor`` (words of ``own``'s actor) shares a word with ``other``'s target, the word
    a word of a name each sentence recognises."""
    hit = actor & name_tokens(other.target)
    return bool(hit) and bool(hit & _name_words(own)) and bool(hit & _name_words(other))


def _name_words(m: Mention) -> frozenset[str]:
    return frozenset().union(*(name_tokens(n) for n in m.names)) if m.names else frozenset()


def occurrence_names(a: Mention, b: Mention) -> bool:
    """Two occurrences (of one class: :func:`~dateline.merge.vetoes.veto` sees to that) whose
    sentences name one place or party, however common the name ('Mexico'): for a disaster,
    accident or disease the place is what tells one from another ('the virus has now killed at
    least 70 people in Mexico' / 'the strain that has killed people across Varnia'). A one-word
    name counts as a longer name that ends in it: a surname against the full name ('Jackson's
    death' / 'the death of Michael Jackson'); a name of two words or more counts as one that
    runs a word past it, which the recogniser cut too long ('Vila do Sal' / 'Vila do Sal
    residents')."""
    if a.type != OCCURRENCE or b.type != OCCURRENCE:
        return False
    offer_a, seek_a = a.name_sides  # worked out once per mention (mention.name_sides)
    offer_b, seek_b = b.name_sides
    return not (offer_a.isdisjoint(seek_b) and offer_b.isdisjoint(seek_a))


def occurrence_hit_conflict(a: Mention, b: Mention) -> bool:
    """Two occurrences whose 'what was hit' (the target: victims, the place or thing struck)
    share no word ('killing wildlife' / 'killing 11 workers'). A PLOVER event's target
    conflicts only between proper names (:func:`participants`); an occurrence's victims are
    descriptions, and two different ones are two different harms."""
    return (
        a.type == OCCURRENCE and b.type == OCCURRENCE and names_overlap(a.target, b.target) == 0.0
    )


def one_party_of_all(a: Mention, b: Mention, r: Rules) -> bool:
    """One mention's actor is all the parties (``collective_actors``: 'all parties', 'both
    sides'), the other's one party its sentence names, alone ('Norvik agreed to send
    envoys' / 'all sides agreed to the talks'): one party's act is a step on the way to the
    act of all, not that act. A party told with another ('Norvik and Tessel accepted') may
    be all of them."""
    if not (a.actor and b.actor):
        return False  # most pairs: the test costs no string work
    words = r.words("collective_actors")
    ca, cb = _collective(a.actor, words), _collective(b.actor, words)
    if ca == cb:
        return False
    return _named_alone(b if ca else a)


@lru_cache(maxsize=65536)
def _collective(actor: str, words: frozenset[str]) -> bool:
    return " ".join(actor.lower().split()) in words


def _named_alone(m: Mention) -> bool:
    """The actor is a name its sentence recognises, not joined to another by 'and' or ','."""
    actor = m.actor or ""
    if not name_tokens(actor) & _name_words(m):
        return False
    a = re.escape(actor)
    return re.search(rf"{a}\s*(?:,|and\b)|\band\s+{a}", m.sentence or "") is None


def target_near(a: Mention, b: Mention) -> float | None:
    """1 when ``a``'s target words all stand among the words around ``b``'s trigger, ``b``
    naming no target of its own ('blamed the army for shelling its depot' / 'its depot came
    under fire'): the events stage reads a target off some shapes of sentence only."""
    words = name_tokens(a.target)
    if not words or words & name_tokens(b.actor):
        return None  # the one hit in one report acts in the other
    return 1.0 if words <= b.context else None
