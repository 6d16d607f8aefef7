"""Definite descriptions ('the militant group', 'the Israeli military', 'the agency', 'the
rig') linked back to a named entity the text mentioned before them (descriptions.json)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from dateline.entities import resources
from dateline.entities.record import EntityMention, sentence_index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def descriptions(doc: Doc, named: list[EntityMention]) -> list[EntityMention]:
    """Definite descriptions that point back at a named entity the text mentioned."""
    window, descs = resources.descriptions()
    heads = resources.description_heads()
    sent_of = sentence_index(doc)
    taken = {i for m in named for i in range(m.start, m.end)}
    out: list[EntityMention] = []
    indefinite: list[tuple[int, str, int | None]] | None = None  # (_indefinites, when asked)
    sole: list[tuple[int, resources.Description]] = []  # (index in out, its description)
    # read once: spaCy's noun_chunks re-runs its syntax iterator on every read, and
    # _indefinites walks the same chunks again
    chunks = list(doc.noun_chunks)
    for chunk in chunks:
        if chunk[0].lower_ not in ("the", "its", "their"):
            continue  # (the cheaper test first)
        head = chunk.root.lower_
        if head not in heads:
            continue  # no description has this head: the loop below would skip them all
        if chunk.root.idx in taken:
            continue
        # a chunk holding a name other than a demonym is that name, not a description; a
        # state-modified one may hold a state name ('the U.S. carmaker')
        names = {t.ent_type_ for t in chunk if t.idx in taken and t.ent_type_ != "NORP"}
        mods = {t.lower_ for t in chunk if t.i != chunk.root.i}
        sidx = sent_of.get(chunk.sent.start)
        for d in descs:
            if head not in d.heads or (d.requires_modifier and not mods & d.requires_modifier):
                continue
            if d.plain:
                if not _plain(chunk, d, bool(names)):
                    continue
                reach = d.window if d.window is not None else window
                if indefinite is None:
                    indefinite = _indefinites(chunks, sent_of)
                if _introduced(indefinite, chunk, sidx, reach):
                    break  # 'a group of residents ... the group': that group, not a name
                if d.same_head:
                    target = _named_installation(named, chunk, sidx, reach)
                else:
                    target = _named_organisation(named, chunk, sidx, reach, d)
                if target is None and d.sole_window is not None:
                    target = _sole_organisation(named, chunk, sidx, d, indefinite)
                    if target is not None and d.sole_not_described_as:
                        sole.append((len(out), d))
            elif names and not (d.requires_state and _states_only(named, chunk)):
                continue
            elif d.requires_state:
                if _state_inside(chunk) is None:
                    continue
                target = _named_organisation(named, chunk, sidx, window, d)
            elif "GPE" in d.labels:
                # a people named inside ('the Dorvanian government') is that people's own
                # state, or none the lexicon knows: never the state named last before it
                target = _state_inside(chunk) or (None if _people_inside(chunk, taken) else (
                    _nearest(named, chunk.start_char, sidx, window, d.labels)))
            else:
                target = _nearest(named, chunk.start_char, sidx, window, d.labels,
                                  _subject_parties(named, chunk))
            if target is None:
                break
            m = EntityMention(chunk, sidx)
            m.canonical, m.label = target
            m.attrs.update({"mention": "description", "role": d.role, "description": d.id})
            out.append(m)
            break
    if sole:  # a sole organisation the article describes otherwise elsewhere: not this one
        drop = {i for i, d in sole if any(o.canonical == out[i].canonical and o.attrs[
            "description"] in d.sole_not_described_as for o in out)}
        out = [m for i, m in enumerate(out) if i not in drop]
    return out


def _state_inside(chunk: Span) -> tuple[str, str] | None:
    for tok in chunk:
        hit = resources.states().state_of(tok.text)
        if hit:
            return hit[0], "GPE"
    return None


def _people_inside(chunk: Span, taken: set[int]) -> bool:
    """A word of the chunk the recogniser named as a people or nationality (NORP)."""
    return any(t.ent_type_ == "NORP" and t.idx in taken for t in chunk)


def _states_only(named: list[EntityMention], chunk: Span) -> bool:
    """Every name inside the chunk is a state ('U.S.' in 'the U.S. carmaker')."""
    states = resources.states()
    return all(states.state_of(m.name) is not None for m in named
               if m.start >= chunk.start_char and m.end <= chunk.end_char)


def _named_organisation(
    named: list[EntityMention], chunk: Span, sidx: int | None, window: int, d: resources.Description
) -> tuple[str, str] | None:
    """The organisation a company or body noun stands for, of the organisations (no state)
    named within ``window`` sentences before it, none whose name holds a word of
    ``d.not_antecedent_words`` (a public body is no company) and, when
    ``d.antecedent_words`` is given, one whose name holds one of them ('the agency':
    'Food Safety Agency'): with ``d.pick`` 'most_named' (every state-modified one) the one
    the article names most ('the Norlish energy giant' recalls the story's company, seldom
    the agency quoted last), the nearest on a tie; with 'nearest' the one named last.

    Never the subject of the description's own clause ('Lund has toured with the Irish
    band': the band is not Lund). A state-modified one ('the Norlish carmaker') takes an
    organisation the text ties to that state ('Norland's Velmar', 'Norlish carmaker
    Velmar') before any other, and never one it ties to another state only."""
    states = resources.states()
    before = chunk.start_char
    rigs = resources.installation_nouns()
    seen = Counter(m.canonical for m in named if m.label == "ORG" and m.modifies not in rigs)
    most = d.requires_state or d.pick == "most_named"
    own = _state_inside(chunk) if d.requires_state else None
    subjects = _clause_subjects(chunk)
    clause = {m.canonical for m in named if m.head_i in subjects}
    best: tuple[int, int, int, str] | None = None
    for m in named:
        if m.label != "ORG" or m.end > before or states.state_of(m.canonical) is not None:
            continue
        if m.modifies in rigs:
            continue  # 'the Dana well', 'the Brask rig': a name of a well, or its owner's
        words = {w.lower() for w in m.canonical.split()}
        if words & d.not_antecedent_words:
            continue
        if d.antecedent_words and not words & d.antecedent_words and not _acronym_of(m, d):
            continue
        if sidx is not None and m.sentence is not None and sidx - m.sentence > window:
            continue
        if m.canonical in clause:
            continue
        tie = 0
        if own is not None:
            ties = _state_ties(chunk.doc, m)
            if ties and own[0] not in ties:
                continue
            tie = 1 if ties else 0
        key = (tie, seen[m.canonical] if most else 0, m.start, m.canonical)
        if best is None or key > best:
            best = key
    return (best[3], "ORG") if best is not None else None


def _sole_organisation(
    named: list[EntityMention], chunk: Span, sidx: int | None, d: resources.Description,
    indefinite: list[tuple[int, str, int | None]],
) -> tuple[str, str] | None:
    """The one organisation (no state, no rig's name) named within ``d.sole_window``
    sentences before a plain description, when no other is named there: 'Torvik Oil said
    ... the group said' (a company's group), 'KRF's clinics ... but the agency' (a body the
    article names only by its initials; with ``d.sole_acronym`` it must be such an acronym,
    never expanded, and no person be named there either: 'Dorr's scenario ... the agency
    added' is the agency the recogniser took for a person). Never one holding a word of
    ``d.sole_not_words`` (a public body is no company's group) nor the subject of the
    description's own clause; only for a description that acts (a subject, or the agent
    of a passive: 'reported missing by the organisation'), not one after a preposition ('a
    campaign manager for the group'); and not past an indefinite phrase of one of
    ``d.sole_new_nouns`` ('set up a charitable trust, and the group said': that trust);
    and not one the article names once beside another it names more often."""
    assert d.sole_window is not None
    root = chunk.root
    if not (root.dep_ in ("nsubj", "nsubjpass")
            or (root.dep_ == "pobj" and root.head.dep_ == "agent")):
        return None
    states = resources.states()
    rigs = resources.installation_nouns()
    found: set[str] = set()
    pick: EntityMention | None = None
    for m in named:
        if m.end > chunk.start_char or m.modifies in rigs:
            continue
        if sidx is None or m.sentence is None or sidx - m.sentence > d.sole_window:
            continue
        if m.label == "PERSON" and d.sole_acronym:
            found.add(m.canonical)  # 'Fitch's scenario ... the agency': an unnamed body
            continue
        if m.label != "ORG" or states.state_of(m.canonical) is not None:
            continue
        found.add(m.canonical)
        pick = m
    if pick is None or len(found) != 1:
        return None
    seen = Counter(m.canonical for m in named if m.label == "ORG" and m.modifies not in rigs
                   and states.state_of(m.canonical) is None)
    if seen[pick.canonical] < min(2, max(seen.values())):
        return None  # 'broker Dorr said ... the group': the story's company is another
    if {w.lower() for w in pick.canonical.split()} & d.sole_not_words:
        return None
    if d.sole_acronym and not (pick.canonical == pick.name and _acronym(pick.name)):
        return None
    if pick.head_i in _clause_subjects(chunk):
        return None
    if any(pick.head_i < at < chunk.start and word in d.sole_new_nouns
           for at, word, _ in indefinite):
        return None
    return pick.canonical, "ORG"


def _named_installation(
    named: list[EntityMention], chunk: Span, sidx: int | None, window: int
) -> tuple[str, str] | None:
    """The rig, platform or vessel a plain 'the rig' recalls: the nearest name within
    ``window`` sentences before it written right before the same noun ('the Sela Ridge
    rig'), unless the article names it as an organisation elsewhere (an owner: 'the Brask
    rig', 'Brask said')."""
    head = chunk.root.lemma_.lower()
    rigs = resources.installation_nouns()
    owners = {m.canonical for m in named
              if m.label in ("ORG", "GPE", "NORP") and m.modifies not in rigs}
    for m in sorted((m for m in named if m.end <= chunk.start_char), key=lambda m: -m.start):
        if sidx is not None and m.sentence is not None and sidx - m.sentence > window:
            return None
        if m.modifies == head and m.canonical not in owners:
            return m.canonical, "FAC"
    return None


def _acronym(name: str) -> bool:
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper()


def _acronym_of(m: EntityMention, d: resources.Description) -> bool:
    """An acronym (2-6 capitals) whose last letter is one of ``d.acronym_ends``: the last
    word of the body's name ('NMSA' for the agency, 'GHO' for the organisation)."""
    return _acronym(m.canonical) and m.canonical[-1] in d.acronym_ends


def _clause_subjects(chunk: Span) -> set[int]:
    """Token indices of the subjects of the clause the chunk is in (its nearest verb's)."""
    tok = chunk.root
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return set()
    return {c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")}


def _state_ties(doc: Doc, m: EntityMention) -> set[str]:
    """States the text names on an organisation's own name: an owner or a modifier in its
    phrase ('Norland's Velmar', 'Norlish carmaker Velmar', tokenised 'Norland s Velmar')."""
    root = doc[m.head_i]
    out: set[str] = set()
    for tok in doc[root.left_edge.i : root.i]:
        if tok.idx >= m.start:
            break
        hit = resources.states().state_of(tok.text)
        if hit:
            out.add(hit[0])
    return out


def _plain(chunk: Span, d: resources.Description, named: bool) -> bool:
    """'the agency', 'the oil company': 'the', then words that add no name, no state and
    none of ``d.not_modifiers`` ('the other company'), and nothing after the head ('the
    company that owns the rig', 'the group of students', 'the agency responsible')."""
    if chunk[0].lower_ != "the" or named or _state_inside(chunk) is not None:
        return False
    if any(t.lower_ in d.not_modifiers for t in chunk):
        return False
    root = chunk.root
    if any(t.pos_ == "PROPN" for t in chunk[1:] if t.i != root.i):
        return False  # a name the recogniser missed ('the Sela Ridge rig')
    return not any(c.i > root.i and c.dep_ not in ("case", "punct") for c in root.children)


#: words opening a phrase that brings in a new one ('a group of residents', 'another firm')
_INDEFINITE = frozenset({"a", "an", "another", "one"})


def _indefinites(chunks: list[Span], sent_of: dict[int, int]
                 ) -> list[tuple[int, str, int | None]]:
    """(token index, head word, sentence) of each indefinite phrase of the noun ``chunks``
    that brings in a new one ('a group of residents', 'another firm'), not one that
    describes a name ('Brask, a shipping company,', 'Brask is a company')."""
    return [(c.start, c.root.lower_, sent_of.get(c.sent.start)) for c in chunks
            if c[0].lower_ in _INDEFINITE and c.root.dep_ not in ("appos", "attr")]


def _introduced(indefinite: list[tuple[int, str, int | None]], chunk: Span, sidx: int | None,
                window: int) -> bool:
    """An indefinite phrase of the description's head within ``window`` sentences before it:
    'a group of residents sued ... the group said' is that group."""
    head = chunk.root.lower_
    for start, word, at in indefinite:
        if start >= chunk.start:
            break
        if word == head and (sidx is None or at is None or sidx - at <= window):
            return True
    return False


def _subject_parties(named: list[EntityMention], chunk: Span) -> set[str]:
    """Names that are, or name, the subject of the description's own clause: the subject
    itself, or a name modifying a subject that is a group or force of its own ('the Velkan
    army warned the rebels': the rebels are not Velkan's; a description's head noun)."""
    subjects, doc = _clause_subjects(chunk), chunk.doc
    groups = resources.description_heads()
    return {m.canonical for m in named if m.head_i in subjects or (
        doc[m.head_i].dep_ in ("compound", "amod") and doc[m.head_i].head.i in subjects
        and doc[m.head_i].head.lower_ in groups)}


def _nearest(
    named: list[EntityMention], before: int, sidx: int | None, window: int, labels: frozenset[str],
    not_names: set[str] | frozenset[str] = frozenset(),
) -> tuple[str, str] | None:
    """Most recent earlier named mention of an allowed label within ``window`` sentences,
    none of ``not_names``."""
    states = resources.states()
    for m in sorted((m for m in named if m.end <= before), key=lambda m: -m.start):
        if sidx is not None and m.sentence is not None and sidx - m.sentence > window:
            return None
        if m.canonical in not_names:
            continue
        if m.label not in labels and not ("GPE" in labels and m.label == "NORP"):
            continue
        if "GPE" in labels and states.state_of(m.canonical) is None:
            continue  # a state institution needs a state, not a city or region
        return m.canonical, ("GPE" if "GPE" in labels else m.label)
    return None
