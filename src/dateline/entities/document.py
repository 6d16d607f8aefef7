"""In-document entities: spaCy NER mentions merged into one canonical name each.

Why these steps: news text names the same actor many ways ("Prime Minister Benjamin
Netanyahu", "Netanyahu", "the militant group", "Israeli forces"). A timeline or an event
coder needs one name per actor, so every mention gets ``canonical``:

* titles are split off the name and kept in ``attrs`` ("title");
* a short person name that is the surname or first name of one full name seen in the
  document maps to that full name; spaCy sometimes labels such a surname ORG, which is
  corrected when it matches a person;
* an acronym in parentheses after an organisation aliases it ('-LRB- WHO -RRB-' in text
  tokenised Penn-Treebank style too), and the recogniser's names lose the tokenised brackets
  they took in ('-RRB- - BP Plc' -> 'BP Plc': bracket_cut);
* demonyms and state aliases map to the state ("Israeli" -> Israel, "U.S." -> United States);
* definite descriptions ("the militant group", "the Israeli military") link back to a
  recently mentioned entity of a compatible label, only when one is in the window.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from dateline.entities import resources
from dateline.model import Entity
from dateline.text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_STRIP_CHARS = " \t\n'\u2019\",;:()[]"  # not "." (U.S.)


def clean_name(text: str) -> str:
    """Surface name without a leading article or trailing possessive."""
    t = text.strip(_STRIP_CHARS)
    for suffix in ("'s", "\u2019s"):
        if t.endswith(suffix):
            t = t[: -len(suffix)]
    if t.lower().startswith("the "):
        t = t[4:]
    return t.strip(_STRIP_CHARS)


#: bracket tokens of text tokenised Penn-Treebank style (Timeline17: 'the World Health
#: Organisation -LRB- WHO -RRB-', 'May 2 -LRB- Reuters -RRB- - BP Plc said'), which the
#: recogniser takes into names ('-RRB- - BP Plc', 'the Minerals Management Service -LRB-')
OPEN_BRACKETS = frozenset({"-LRB-", "-LSB-", "-LCB-"})
CLOSE_BRACKETS = frozenset({"-RRB-", "-RSB-", "-RCB-"})
_STRAY = frozenset({"-", "--", ",", ":", ";", "#", "`", "``", "''"})


def bracket_cut(words: list[str]) -> tuple[int, int]:
    """The words of a name around tokenised brackets, as (start, end) indices: what stands
    before an opening bracket ('BP Plc -LRB- BP' -> 'BP Plc') and after the last closing one
    before it ('-RRB- - BP Plc' -> 'BP Plc'), or else what the first closing one closes
    ('WHO -RRB-' -> 'WHO'), stray punctuation at the cut dropped. A name with no bracket
    word is whole; an empty span means nothing is left."""
    if not any(w in OPEN_BRACKETS or w in CLOSE_BRACKETS for w in words):
        return 0, len(words)
    hi = next((i for i, w in enumerate(words) if w in OPEN_BRACKETS), len(words))
    lo = max((i + 1 for i, w in enumerate(words[:hi]) if w in CLOSE_BRACKETS), default=0)
    if lo >= hi and any(w in CLOSE_BRACKETS for w in words):
        # nothing after the closing bracket: the name is what it closes ('IMO -RRB-')
        hi = next(i for i, w in enumerate(words) if w in CLOSE_BRACKETS)
        lo = max((i + 1 for i, w in enumerate(words[:hi]) if w in OPEN_BRACKETS), default=0)
    while lo < hi and words[lo] in _STRAY:
        lo += 1
    while hi > lo and words[hi - 1] in _STRAY:
        hi -= 1
    return lo, hi


def _unbracket(doc: Doc, ent: Span) -> Span | None:
    """An entity span without the tokenised brackets it took in (bracket_cut); None when
    nothing is left ('-RRB-' alone)."""
    lo, hi = bracket_cut([t.text for t in ent])
    if (lo, hi) == (0, len(ent)):
        return ent
    if lo >= hi:
        return None
    from spacy.tokens import Span

    return Span(doc, ent.start + lo, ent.start + hi, label=ent.label_)


def split_title(tokens: list[str]) -> tuple[str | None, list[str]]:
    """Split a leading title ("Prime Minister", "Far-right Finance Minister") off name tokens."""
    lex = resources.titles()
    low = [t.lower() for t in tokens]
    i = 0
    while i < len(low) and low[i] in lex.modifiers:
        i += 1
    for n in range(min(lex.max_len, len(low) - i), 0, -1):
        if " ".join(low[i : i + n]) in lex.titles:
            j = i + n
            if j < len(tokens):
                return " ".join(tokens[:j]), tokens[j:]
    return None, tokens


def _title_before(doc: Doc, ent: Span) -> str | None:
    """Title words just before an entity ("Prime Minister" + "Benjamin Netanyahu")."""
    lex = resources.titles()
    start = ent.start
    words: list[str] = []
    k = start - 1
    while k >= max(ent.sent.start, start - (lex.max_len + 3)):
        tok = doc[k]
        if tok.is_punct and tok.text != "-":
            break
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ") and tok.text not in ("-",):
            break
        words.insert(0, tok.text)
        k -= 1
    best: str | None = None
    for i in range(len(words)):
        cand = words[i:]
        low = [w.lower() for w in cand]
        j = 0
        while j < len(low) and low[j] in lex.modifiers:
            j += 1
        if j < len(low) and " ".join(low[j:]) in lex.titles:
            best = " ".join(cand)
            break
    return best


def _is_title_fragment(doc: Doc, ent: Span) -> bool:
    """spaCy sometimes tags the first word of a title as ORG ("Finance" of "Finance Minister")."""
    if ent.end >= len(doc):
        return False
    joined = f"{ent.text} {doc[ent.end].text}".lower()
    return joined in resources.titles().titles


class _Mention:
    """A mutable working record turned into a frozen Entity at the end."""

    __slots__ = ("start", "end", "text", "label", "name", "canonical", "sentence", "attrs",
                 "head_i", "modifies")

    def __init__(self, ent: Span, sentence: int | None) -> None:
        self.start, self.end = ent.start_char, ent.end_char
        self.text = ent.text
        self.label = ent.label_
        self.name = clean_name(ent.text)
        self.canonical = self.name
        self.sentence = sentence
        self.attrs: dict[str, str] = {}
        self.head_i = ent.root.i
        #: the noun the name modifies right after it ('rig' of 'the Dana Ridge rig'), or None
        self.modifies = _modified(ent)

    def freeze(self) -> Entity:
        return Entity(self.start, self.end, self.text, self.label, self.canonical,
                      self.sentence, tuple(sorted(self.attrs.items())))


def _modified(ent: Span) -> str | None:
    """The noun right after a name that it modifies: its head ('the Dana Ridge rig'), or a
    word after 'the' + the name, which the parser may read otherwise ('the Kessel well
    leaked': 'well' an adverb)."""
    doc = ent.doc
    if ent.end >= len(doc):
        return None
    after = doc[ent.end]
    if ent.root.head.i == after.i and after.pos_ == "NOUN":
        return after.lemma_.lower()
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the" and after.is_lower and after.is_alpha:
        return after.lower_
    return None


def _sentence_index(doc: Doc) -> dict[int, int]:
    return {s.start: i for i, s in enumerate(doc.sents)}


def collect(doc: Doc) -> list[_Mention]:
    """Named mentions with titles and state relations; aliases resolved afterwards."""
    sent_of = _sentence_index(doc)
    out: list[_Mention] = []
    for whole in doc.ents:
        if whole.label_ not in NAME_LABELS:
            continue
        ent = _unbracket(doc, whole)
        if ent is None:
            continue
        m = _Mention(ent, sent_of.get(ent.sent.start))
        if not m.name or _is_title_fragment(doc, ent):
            continue
        if m.label == "PERSON" and m.name.split()[-1] in resources.organisation_words():
            # the small model calls many companies and bodies persons ('Nordhaven
            # Terminals'); 'it said' must be able to refer to them
            m.attrs["relabelled_from"] = "PERSON"
            m.label = "ORG"
        if m.label == "PERSON":
            title, rest = split_title(m.name.split())
            if title:
                m.attrs["title"] = title
                m.name = m.canonical = " ".join(rest)
            before = _title_before(doc, ent)
            if before and "title" not in m.attrs:
                m.attrs["title"] = before
        if m.label == "PERSON" and m.modifies in resources.installation_nouns():
            # 'the Dana Ridge rig': a rig, platform or vessel, no person ('he' is not it)
            m.attrs["relabelled_from"] = "PERSON"
            m.label = "FAC"
        state = resources.states().state_of(m.name)
        if state and m.label in ("GPE", "NORP", "LOC", "ORG"):
            m.canonical = state[0]
            if state[1] == "demonym":
                m.attrs["demonym"] = m.name
        out.append(m)
    return out


def _installations(mentions: list[_Mention]) -> None:
    """A name the text gives a rig or vessel ('the Dana Ridge rig') names it wherever the
    recogniser took it for a person ('the Dana Ridge sank')."""
    fac = {m.name for m in mentions if m.attrs.get("relabelled_from") == "PERSON"
           and m.label == "FAC"}
    for m in mentions:
        if m.label == "PERSON" and m.name in fac:
            m.attrs["relabelled_from"] = "PERSON"
            m.label = "FAC"


def _resolve_people(mentions: list[_Mention]) -> None:
    """Map short person names onto the one full name they abbreviate."""
    full: Counter[str] = Counter(
        m.name for m in mentions if m.label == "PERSON" and len(m.name.split()) >= 2
    )
    by_part: dict[str, set[str]] = {}
    for name in full:
        toks = name.split()
        for part in (toks[-1], toks[0]):
            by_part.setdefault(part.lower(), set()).add(name)
    for m in mentions:
        if m.label not in ("PERSON", "ORG") or len(m.name.split()) != 1:
            continue
        cands = by_part.get(m.name.lower())
        if cands and len(cands) == 1:
            m.canonical = next(iter(cands))
            if m.label == "ORG":
                m.attrs["relabelled_from"] = "ORG"
                m.label = "PERSON"
            m.attrs["alias_of"] = m.canonical


#: ' (WHO)' or, tokenised, ' -LRB- WHO -RRB-' just after an organisation's name
_ACRONYM = re.compile(r" (?:\(|-LRB- )([^()]{0,11}?) ?(?:\)|-RRB-)")


def _resolve_orgs(doc_text: str, mentions: list[_Mention]) -> None:
    """Acronyms in parentheses and shortened organisation names share the long name."""
    acronyms: dict[str, str] = {}
    for m in mentions:
        if m.label != "ORG" or len(m.name.split()) < 2:
            continue
        got = _ACRONYM.match(doc_text, m.end)
        if got:
            acr = got.group(1).strip()
            if acr.isupper() and 2 <= len(acr) <= 8:
                acronyms[acr] = m.canonical
    longs = [m.canonical for m in mentions if m.label == "ORG" and len(m.canonical.split()) >= 2]
    for m in mentions:
        if m.label != "ORG":
            continue
        if m.name in acronyms:
            m.canonical = acronyms[m.name]
            m.attrs["alias_of"] = m.canonical
            continue
        if len(m.canonical.split()) == 1:
            cands = {ln for ln in longs if m.canonical in ln.split()}
            if len(cands) == 1:
                m.canonical = next(iter(cands))
                m.attrs["alias_of"] = m.canonical


#: labels of the names a person's role ties them to ('Velmar chief executive Dana Roth')
_AFFILIATING = frozenset({"ORG", "GPE", "NORP"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019", "s"})
_ARTICLES = frozenset({"the", "a", "an"})


def _affiliations(doc: Doc, named: list[_Mention]) -> None:
    """A person's organisation, as the text ties them (titles.json 'affiliation'), kept as
    attrs 'affiliation' on every mention of that person: the organisation or state named
    right before the role that precedes the name ('Velmar chief executive Dana Roth',
    "Velmar 's spokesman Ivo Lind"), else in an apposition after it ('Dana Roth, Velmar's
    chief executive', 'Ivo Lind, a senior engineer at Brask Drilling'). The first the text
    gives wins."""
    by_end = {m.end: m for m in named if m.label in _AFFILIATING}
    by_start = {m.start: m for m in named if m.label in _AFFILIATING}
    if not by_end:
        return
    roles, links = resources.affiliation_words()
    found: dict[str, str] = {}
    for m in named:
        if m.label != "PERSON" or m.canonical in found:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        org = (_organisation_before(span, by_end, roles, "title" in m.attrs)
               or _organisation_after(span, by_start, roles, links))
        if org is not None and org.canonical != m.canonical:
            found[m.canonical] = org.canonical
    for m in named:
        if m.label == "PERSON" and m.canonical in found:
            m.attrs["affiliation"] = found[m.canonical]


def _organisation_before(span: Span, by_end: dict[int, _Mention], roles: frozenset[str],
                         titled: bool) -> _Mention | None:
    """The name ending right before the role words before ``span`` (or its own title),
    a possessive between them ('Velmar 's spokesman Ivo Lind')."""
    doc, first = span.doc, span.sent.start
    k, seen = span.start - 1, 0
    while k >= first and doc[k].lower_ in roles:
        k, seen = k - 1, seen + 1
    if not (seen or titled) or k < first:
        return None
    if doc[k].lower_ in _POSSESSIVE and k - 1 >= first and doc[k].idx > 0:
        k -= 1
    return by_end.get(doc[k].idx + len(doc[k]))


def _organisation_after(span: Span, by_start: dict[int, _Mention], roles: frozenset[str],
                        links: frozenset[str]) -> _Mention | None:
    """The name an apposition after ``span`` gives as the person's: ', Velmar's chief
    executive', ', a senior engineer at Brask Drilling', ', the head of Velmar'."""
    doc, end = span.doc, span.sent.end
    k = span.end
    if k >= end or doc[k].text != ",":
        return None
    k += 1
    if k < end and doc[k].lower_ in _ARTICLES:
        k += 1
    if k >= end:
        return None
    org = by_start.get(doc[k].idx)
    if org is not None:  # ', Velmar's chief executive', ', a Velmar official'
        while k < end and doc[k].idx < org.end:
            k += 1
        if k < end and doc[k].lower_ in _POSSESSIVE:
            k += 1
        return org if k < end and doc[k].lower_ in roles else None
    seen = 0
    while k < end and doc[k].lower_ in roles:
        k, seen = k + 1, seen + 1
    if not seen or k >= end or doc[k].lower_ not in links:
        return None
    k += 1
    if k < end and doc[k].lower_ in _ARTICLES:
        k += 1
    return by_start.get(doc[k].idx) if k < end else None


def _descriptions(doc: Doc, named: list[_Mention]) -> list[_Mention]:
    """Definite descriptions that point back at a named entity the text mentioned."""
    window, descs = resources.descriptions()
    sent_of = _sentence_index(doc)
    taken = {i for m in named for i in range(m.start, m.end)}
    out: list[_Mention] = []
    indefinite: list[tuple[int, str, int | None]] | None = None  # (_indefinites, when asked)
    sole: list[tuple[int, resources.Description]] = []  # (index in out, its description)
    for chunk in doc.noun_chunks:
        if chunk[0].lower_ not in ("the", "its", "their"):
            continue  # (the cheaper test first)
        if chunk.root.idx in taken:
            continue
        # a chunk holding a name other than a demonym is that name, not a description; a
        # state-modified one may hold a state name ('the U.S. carmaker')
        names = {t.ent_type_ for t in chunk if t.idx in taken and t.ent_type_ != "NORP"}
        head = chunk.root.lower_
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
                    indefinite = _indefinites(doc, sent_of)
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
            else:
                target = (_state_inside(chunk) if "GPE" in d.labels else None) or _nearest(
                    named, chunk.start_char, sidx, window, d.labels)
            if target is None:
                break
            m = _Mention(chunk, sidx)
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


def _states_only(named: list[_Mention], chunk: Span) -> bool:
    """Every name inside the chunk is a state ('U.S.' in 'the U.S. carmaker')."""
    states = resources.states()
    return all(states.state_of(m.name) is not None for m in named
               if m.start >= chunk.start_char and m.end <= chunk.end_char)


def _named_organisation(
    named: list[_Mention], chunk: Span, sidx: int | None, window: int, d: resources.Description
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
    named: list[_Mention], chunk: Span, sidx: int | None, d: resources.Description,
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
    pick: _Mention | None = None
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
    named: list[_Mention], chunk: Span, sidx: int | None, window: int
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


def _acronym_of(m: _Mention, d: resources.Description) -> bool:
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


def _state_ties(doc: Doc, m: _Mention) -> set[str]:
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


def _indefinites(doc: Doc, sent_of: dict[int, int]) -> list[tuple[int, str, int | None]]:
    """(token index, head word, sentence) of each indefinite phrase that brings in a new one
    ('a group of residents', 'another firm'), not one that describes a name ('Brask, a
    shipping company,', 'Brask is a company')."""
    return [(c.start, c.root.lower_, sent_of.get(c.sent.start)) for c in doc.noun_chunks
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


def _nearest(
    named: list[_Mention], before: int, sidx: int | None, window: int, labels: frozenset[str]
) -> tuple[str, str] | None:
    """Most recent earlier named mention of an allowed label within ``window`` sentences."""
    states = resources.states()
    for m in sorted((m for m in named if m.end <= before), key=lambda m: -m.start):
        if sidx is not None and m.sentence is not None and sidx - m.sentence > window:
            return None
        if m.label not in labels and not ("GPE" in labels and m.label == "NORP"):
            continue
        if "GPE" in labels and states.state_of(m.canonical) is None:
            continue  # a state institution needs a state, not a city or region
        return m.canonical, ("GPE" if "GPE" in labels else m.label)
    return None


def entities(doc: Doc) -> tuple[Entity, ...]:
    """All entity mentions of one parsed document, canonical names resolved."""
    named = collect(doc)
    _installations(named)
    _resolve_people(named)
    _resolve_orgs(text_of(doc), named)
    _affiliations(doc, named)
    described = _descriptions(doc, named)
    merged = sorted(named + described, key=lambda m: (m.start, m.end))
    return tuple(m.freeze() for m in merged)
