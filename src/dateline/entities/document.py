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
  recently mentioned entity of a compatible label, only when one is in the window
  (``descriptions``);
* a person's organisation, named with their role, is kept in ``attrs`` ("affiliation";
  ``affiliations``).

The working record of a mention and ``clean_name`` are in ``record``.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from dateline.entities import resources
from dateline.entities.affiliations import affiliations
from dateline.entities.descriptions import descriptions
from dateline.entities.record import EntityMention, sentence_index
from dateline.model import Entity
from dateline.text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


#: bracket tokens of text tokenised Penn-Treebank style (Timeline17: 'the Office for Relief
#: Work -LRB- ORW -RRB-', 'June 4 -LRB- Reuters -RRB- - Acme Oil told'), which the
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


def collect(doc: Doc) -> list[EntityMention]:
    """Named mentions with titles and state relations; aliases resolved afterwards."""
    sent_of = sentence_index(doc)
    out: list[EntityMention] = []
    for whole in doc.ents:
        if whole.label_ not in NAME_LABELS:
            continue
        ent = _unbracket(doc, whole)
        if ent is None:
            continue
        m = EntityMention(ent, sent_of.get(ent.sent.start))
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


def _installations(mentions: list[EntityMention]) -> None:
    """A name the text gives a rig or vessel ('the Dana Ridge rig') names it wherever the
    recogniser took it for a person ('the Dana Ridge sank')."""
    fac = {m.name for m in mentions if m.attrs.get("relabelled_from") == "PERSON"
           and m.label == "FAC"}
    for m in mentions:
        if m.label == "PERSON" and m.name in fac:
            m.attrs["relabelled_from"] = "PERSON"
            m.label = "FAC"


def _resolve_people(mentions: list[EntityMention]) -> None:
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


#: labels the recogniser gives a lone surname now and then ('Roth' tagged GPE after 'Dana Roth')
_SURNAME_MISLABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
#: prepositions whose object a place name is ('in Roth', 'near Roth'): such a mention stays
_PLACE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "across", "inside", "outside",
                          "throughout", "around", "off", "on", "toward", "towards", "via"})


def _surnames_as_places(doc: Doc, mentions: list[EntityMention]) -> None:
    """A lone name the recogniser calls a place or a people ('Roth said', tagged GPE) that is
    the surname of exactly one full person name the document gave before it ('Dana Roth')
    is that person, unless the text uses it as a place: a state's name or alias, the object
    of a place preposition ('in Roth') or a modifier of a noun ('the Roth field')."""
    states = resources.states()
    people: list[tuple[int, str]] = [
        (m.start, m.canonical) for m in mentions
        if m.label == "PERSON" and 2 <= len(m.canonical.split()) <= 4
        and not m.canonical.split()[0].isupper()]
    if not people:
        return
    for m in mentions:
        if (m.label not in _SURNAME_MISLABELS or len(m.name.split()) != 1
                or states.state_of(m.name) is not None):
            continue
        low = m.name.lower()
        full = {name for start, name in people
                if start < m.start and name.split()[-1].lower() == low}
        if len(full) != 1:
            continue
        tok = doc[m.head_i]
        if tok.dep_ in ("compound", "amod", "nmod") or (
                tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS):
            continue
        m.attrs["relabelled_from"] = m.label
        m.label = "PERSON"
        m.canonical = next(iter(full))
        m.attrs["alias_of"] = m.canonical


def _resolve_orgs(doc_text: str, mentions: list[EntityMention]) -> None:
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
            if len(cands) == 1 and not _unit_of(m.canonical, next(iter(cands))):
                m.canonical = next(iter(cands))
                m.attrs["alias_of"] = m.canonical


def _unit_of(word: str, long: str) -> bool:
    """Whether a longer name is a body inside what ``word`` names, not its full form: a
    unit noun right after the word ('Grenland Ministry of Health', 'Kessel Board') or a unit
    of it ('Division of Kessel'); a government portfolio ('Interior' of the 'Interior
    Department') is its department's short form (organisations.json units)."""
    units, portfolios = resources.unit_words()
    if word in portfolios:
        return False
    words = long.split()
    k = words.index(word)
    return (k + 1 < len(words) and words[k + 1] in units) or (
        k >= 2 and words[k - 1] == "of" and words[k - 2] in units)


def entities(doc: Doc) -> tuple[Entity, ...]:
    """All entity mentions of one parsed document, canonical names resolved."""
    named = collect(doc)
    _installations(named)
    _resolve_people(named)
    _surnames_as_places(doc, named)
    _resolve_orgs(text_of(doc), named)
    affiliations(doc, named)
    described = descriptions(doc, named)
    merged = sorted(named + described, key=lambda m: (m.start, m.end))
    return tuple(m.freeze() for m in merged)
