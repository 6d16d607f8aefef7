"""Find reported quantities and what they count.

A regex built from the package tables proposes number expressions; the spaCy
parse then (a) vetoes what is not a count (dates, times, ordinals, labels such as
"Phase 2", compound adjectives such as "15-year") and (b) finds the counted noun.
Every step is linear in the number of matches, so the cost is small next to spaCy.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from dateline.model import Quantity, Sentence
from dateline.numbers import scan
from dateline.numbers.designation import designations
from dateline.numbers.lexicon import Tables, tables
from dateline.numbers.parse import norm, value_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Entity labels that mark a number as part of a date/time/rank, not a count.
_NOT_COUNTS = {"DATE", "TIME", "ORDINAL"}
# Head nouns that only point back at something counted earlier: "the bodies of eight
# others" counts bodies, so the noun that governs "of" is reported instead.
_FILLERS = {"other", "others", "more"}
_MAX_GAP = 5  # tokens allowed between the number and its counted noun


class _Spans:
    """Sorted spans answering overlap queries by bisection (timexes can be many)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.items = sorted(spans)
        self.starts = [s for s, _ in self.items]
        self.reach: list[int] = []
        for _, e in self.items:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1  # spans starting before ``end``
        return i >= 0 and self.reach[i] > start


def _tokens(doc: Doc | None, start: int, end: int) -> list[Token]:
    if doc is None:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _with_compounds(tok: Token, text: str, after: int = 0) -> tuple[int, str]:
    """A noun with its contiguous compound modifiers ("aid workers") that start at or
    after ``after`` (the figure's end: '30m litres' counts litres), and where it starts."""
    first = tok
    for child in tok.lefts:
        if child.dep_ == "compound" and child.i == first.i - 1 and child.idx >= after:
            first = child
    return first.idx, text[first.idx : tok.idx + len(tok)]


def _counted(toks: list[Token]) -> Token | None:
    """The noun a number counts: "25 Israeli hostages", "dozens of Palestinians".

    Either an "of" phrase right after the number, or the noun to the right that
    one of the number's tokens modifies ("two dozen journalists": "two" -> noun), a vague
    word the parse makes its adjective included ("several Hamas members": members).
    """
    last = toks[-1]
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "of":
        for child in nxt.children:
            if child.dep_ == "pobj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                return _possessor(child, nxt) or child
        # 'two of (the) four pings': the parse hangs 'of' on the second figure
        j = nxt.i + 1
        if j < len(doc) and doc[j].dep_ == "det":
            j += 1
        if (j < len(doc) and doc[j].like_num and doc[j].dep_ == "nummod"
                and doc[j].head.pos_ in ("NOUN", "PROPN") and doc[j].head.i > j):
            return doc[j].head
    for tok in reversed(toks):
        head = tok.head
        # 'Several Hamas members': the parse makes a vague word an adjective of a plural
        amod = tok.dep_ == "amod" and head.tag_ in ("NNS", "NNPS") and not tok.like_num
        if (
            (tok.dep_ in ("nummod", "quantmod", "compound") or amod)
            and head.i > last.i
            and head.pos_ in ("NOUN", "PROPN")
            and head.i - last.i <= _MAX_GAP
        ):
            return head
        # 'two longer lasting signals': the figure parsed as a measure of the adjective
        if (tok.dep_ == "npadvmod" and head.dep_ == "amod" and head.i > last.i
                and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i
                and head.head.i - last.i <= _MAX_GAP):
            return head.head
    return None


def _partitive(toks: list[Token], counted: Token) -> bool:
    """Was ``counted`` found past a second figure ('two of four pings': the second's noun)?"""
    doc = toks[-1].doc
    nxt = toks[-1].i + 1
    return nxt < len(doc) and doc[nxt].lower_ == "of" and counted.head.i != nxt


def _possessor(noun: Token, of: Token) -> Token | None:
    """'millions of Internet users' passwords' counts users: a plural possessor opening the
    'of' phrase is what the figure counts, not the thing it owns."""
    for c in noun.children:
        if (c.dep_ == "poss" and c.i < noun.i and c.tag_ in ("NNS", "NNPS")
                and c.i - of.i <= 3):
            return c
    return None


def _tally_subject(tok: Token, t: Tables) -> Token | None:
    """What a bare figure tallies (words.json 'tallies'): the plural subject of a tally verb
    it is the object of ('the boats searching now total twelve': boats), the plural subject
    of a level verb ('cases rose to 120', 'deaths reached 31'), or what a tally noun tallies
    ('the total number of tunnels ... reached 1,200', 'bringing the number of tunnels to
    1,200': tunnels; 'the number of cases stands at 300': cases). 'The death toll rose to
    57' names no counted noun and counts none (bench/eval_st_numbers.py's gold reads it so;
    reading 'death toll' cost two gaza figures their casualty reading)."""
    head = tok.head
    if tok.dep_ in ("dobj", "attr", "npadvmod") and head.lemma_.lower() in t.tally_verbs:
        for c in head.children:
            if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.tag_ in ("NNS", "NNPS"):
                return c
    level = _level_verb(tok, t)
    if not (tok.dep_ in ("dobj", "attr", "npadvmod")
            or tok.dep_ == "pobj" and head.lower_ == "to" or level is not None):
        return None
    if level is not None and level.lemma_.lower() in t.tally_levels:
        for c in level.children:  # 'cases rose to 120': the plural subject is what it counts
            if (c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.tag_ == "NNS"
                    and c.lemma_.lower() not in t.tally_nouns):
                return c
    # the tally noun is the verb's subject or object, or an ancestor when the parse hangs
    # 'to 1,200' on a clause inside its 'of' phrase ('number of tunnels wrecked ... to')
    for depth, anc in enumerate(tok.ancestors):
        if depth > 5:
            break
        near = [anc, *(c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
        for c in near:
            if c.lemma_.lower() not in t.tally_nouns or c.pos_ != "NOUN":
                continue
            if (of := _tallied(c, t)) is not None:
                return of
    return None


def _level_verb(tok: Token, t: Tables) -> Token | None:
    """The verb of words.json 'levels' that puts its subject at the figure ``tok`` ('rose to
    120', 'reached 31', 'stands at 300'; a figure after 'at' only under such a verb), or of
    'object_levels' that puts its object at it ('put the number of dead at 45', 'gave the
    number of cases as 8,412')."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "at", "as"):
        verb = head.head
        levels = t.tally_levels if head.lower_ != "as" else frozenset()
        if verb.lemma_.lower() in t.tally_object_levels and head.lower_ != "to":
            levels = t.tally_object_levels
    elif tok.dep_ == "dobj":
        verb, levels = head, t.tally_levels
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in levels else None


def _tallied(noun: Token, t: Tables) -> Token | None:
    """The plural (or a word standing for people: 'the number of dead') of a tally noun's
    'of' phrase."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (pobj.tag_ in ("NNS", "NNPS")
                                            or pobj.lower_ in t.tally_of_words):
                    return pobj
    return None


_ROLES = {"dobj": ("dobj",), "nsubj": ("nsubj", "nsubjpass"), "nsubjpass": ("nsubj", "nsubjpass")}


def _parallel_noun(tok: Token) -> Token | None:
    """A bare figure in the same role of a joined verb as a counted noun ('killed three
    people and wounded two', 'Three people were killed, 15 were hurt'): that noun."""
    roles = _ROLES.get(tok.dep_)
    verb = tok.head
    if roles is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    others = [c for c in verb.children if c.dep_ in ("conj", "ccomp") and c.pos_ == "VERB"]
    if verb.dep_ in ("conj", "ccomp") and verb.head.pos_ == "VERB":
        others.append(verb.head)
    for other in others:
        for c in other.children:
            if (c.dep_ in roles and c.pos_ in ("NOUN", "PROPN") and c.tag_ in ("NNS", "NNPS")
                    and any(n.dep_ == "nummod" for n in c.children)):
                return c
    return None


def _of_which(tok: Token) -> bool:
    """'fired 90 shells, of which six were stopped': the figure is the subject of a clause
    opened by 'of which', so it counts a part of what an earlier figure counts."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.i < tok.i
               and any(w.lower_ in _RELATIVE for w in c.children) for c in tok.head.children)


def _measure_unit(toks: list[Token], t: Tables) -> Token | None:
    """The unit a figure measures in, however the parse hangs it: '45,000 square km search
    zone' (km), 'a 40,000-square-kilometre zone', '4.5 by 2 metres' (metres)."""
    doc = toks[-1].doc
    i = toks[-1].i + 1
    if i + 1 < len(doc) and doc[i].lower_ in ("by", "x") and doc[i + 1].like_num:
        i += 2
    while i < len(doc) and (doc[i].lower_ in t.measure_before or doc[i].text == "-") and (
            i - toks[-1].i <= 4):
        i += 1
    if i < len(doc) and doc[i].lower_ in t.measures:
        return doc[i]
    return None


def _noun_after(toks: list[Token]) -> Token | None:
    """The plural noun right after a figure, past adjectives ('1.5 m homeless Haitians'):
    spaCy parses a letter scale as a noun of its own ('m' the subject) or a date ('10k')."""
    doc = toks[-1].doc
    i = toks[-1].i + 1
    while i < len(doc) and doc[i].pos_ in ("ADJ", "ADV") and i - toks[-1].i <= _MAX_GAP:
        i += 1
    while i + 1 < len(doc) and doc[i].pos_ in ("NOUN", "PROPN") and doc[i + 1].pos_ in (
            "NOUN", "PROPN") and doc[i].tag_ not in ("NNS", "NNPS"):
        i += 1  # 'aid workers'
    if i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].tag_ in ("NNS", "NNPS"):
        return doc[i]
    return None


def _report_noun(noun: Token) -> Token:
    """Swap a filler ("others") for the noun governing its "of" phrase ("bodies")."""
    if noun.lower_ in _FILLERS and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        gov = noun.head.head
        if gov.pos_ in ("NOUN", "PROPN"):
            return gov
    return noun


def _coordinated_noun(tok: Token) -> Token | None:
    """The counted noun a bare number is coordinated with ('killed 3 farmers and seven were
    arrested': farmers), when that noun carries a figure of its own."""
    head = tok.head
    if tok.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and head.i < tok.i and any(
            c.dep_ == "nummod" for c in head.children):
        return head
    return None


# 'N of which/whom' counts a part of what an earlier figure of its sentence counts
_RELATIVE = {"which", "whom"}


def _antecedent(found: list[Quantity], sent: int | None, value: float) -> str | None:
    """What 'eight of which' counts: the nearest earlier figure of the sentence that counts
    a noun and is larger ('fired 119 rockets ..., eight of which were intercepted': rockets),
    or None."""
    for q in reversed(found):
        if q.sentence != sent:
            break
        if (q.counts and q.value is not None and q.value > value
                and not q.counts.lower().endswith(_UNITS)):
            return q.counts
    return None


_UNITS = ("dollars", "euros", "pounds", "percent")


def _is_label_or_date(
    m: re.Match[str], toks: list[Token], text: str, counted: Token | None,
    measured: bool = False,
) -> bool:
    """Vetoes that need no table: dates, "Phase 2", "15-year", "COVID-19", bare years
    (a hyphened measure, 'a 40,000-square-kilometre zone', is ``measured``: a figure)."""
    # spaCy's entities misread a letter scale ('10k' a DATE, '2bn' an ORDINAL)
    if not m.group("abbr") and not measured and any(t.ent_type_ in _NOT_COUNTS for t in toks):
        return True
    end = m.end()
    if text[end : end + 1] in ("/", ":") or text[end : end + 1] == "-" and not measured:
        return True  # "15-year", "3-2", "5/6", "10:30"
    num = m.group("num")
    plain = num.isdigit() and not m.group("cur") and not m.group("pct")
    # a year, not a count (length first: int() refuses digit runs over 4,300 long)
    if plain and len(num) == 4 and 1000 <= int(num) <= 2100 and counted is None:
        return True
    if toks and plain:
        prev = toks[0].doc[toks[0].i - 1] if toks[0].i > 0 else None
        label = prev is not None and prev.is_title and prev.pos_ in ("PROPN", "NOUN")
        if label and not m.group("mod"):
            return True  # "Phase 2", "Article 5", "Room 101"
    return False


def _bounds(m: re.Match[str], t: Tables) -> tuple[float | None, bool, float | None, float | None]:
    """value, approx, low, high from the number itself and its bounding modifier."""
    key = norm(m.group("num"))
    vague = t.vague.get(key)
    value: float | None
    low: float | None
    high: float | None
    if vague is not None:
        value, approx, low, high = vague.value, vague.approx, vague.low, vague.high
        if not vague.approx:  # "a dozen" is exact: bound it like a plain number
            low = high = None
    else:
        value = value_of(key, t)
        approx, low, high = False, None, None
    mod = m.group("mod")
    if mod and value is not None:
        bound = t.bounds[norm(mod)]
        approx = True
        if bound == "below":
            high = vague.high if vague and vague.approx else value
        elif bound == "above":
            low = value
    return _f(value), approx, _f(low), _f(high)


#: How far before a figure (characters) the word opening a range may stand ('between ')
_RANGE_OPENING_REACH = 20


def range_high(text: str, m: re.Match[str], low: float, t: Tables) -> float | None:
    """The high end of a range the figure ``m`` (of value ``low``) opens ('between 20,000 and
    70,000'): the second figure's value when it is larger, else None (``modifiers.json``
    ``ranges``)."""
    for opening, joining in t.ranges:
        if opening.search(text, max(0, m.start() - _RANGE_OPENING_REACH), m.start()) is None:
            continue
        join = joining.match(text, m.end())
        second = t.pattern.match(text, join.end()) if join is not None else None
        if second is None or second.group("mod"):
            continue
        value = _bounds(second, t)[0]
        if value is not None and value > low:
            return value
    return None


def _f(x: float | None) -> float | None:
    return None if x is None else float(x)


def _spelled(num: str, t: Tables) -> bool:
    """A plain spelled-out number ("two", "twenty-five"), not a vague phrase ("dozens")."""
    return norm(num) not in t.vague and not any(ch.isdigit() for ch in num)


def _scaled(num: str, t: Tables) -> bool:
    """A spelled number with a scale word ('thirty thousand', 'two hundred'): a count even
    with no noun after it ('the toll passed thirty thousand'), never a list's 'one, two'."""
    words = norm(num).replace("-", " ").split()
    # 'by the million', 'once out of a hundred', 'parts per million' stay out
    return (len(words) > 1 and (words[0] in t.units or words[0] in t.tens)
            and any(w in t.scales for w in words[1:]))


# A bare number after these determiners still counts ('and another seven were arrested')
_BARE_DETS = {"another"}
# A bare number in a list of the victims ('including seven who died', 'among them three')
_LISTING = {"including", "among"}


def _bare_count(tok: Token) -> bool:
    """A spelled number standing for its noun still counts: the subject ('Two were
    killed') or object of a verb ('killing three', 'wounded two'), one coordinated with a
    verb or with a counted noun ('killed 3 farmers and seven were arrested'), one a list of
    the victims names ('including seven who died'). Not after another determiner ('those
    two'), nor in an enumeration ('one, his temperament, and two, ...')."""
    if any(c.dep_ in ("det", "poss") and c.lower_ not in _BARE_DETS for c in tok.children):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True
    head = tok.head
    if tok.dep_ == "conj":
        return head.pos_ == "VERB" or (
            head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in head.children))
    return tok.dep_ == "pobj" and head.lower_ in _LISTING


def _measure(m: re.Match[str], counted: Token | None, t: Tables) -> bool:
    """'300m', 'a 5m wall', 'the 400m hurdles': a letter that is a scale or a unit ('m'
    million or metres) is a scale only with money ('£20m') or before a plural counted noun
    that is no race or distance ('1.5 m Haitians', '30m people')."""
    abbr = m.group("abbr")
    if not abbr or abbr.lower() not in t.ambiguous or m.group("cur"):
        return False
    if counted is None or counted.tag_ not in ("NNS", "NNPS"):
        return True
    return counted.lower_ in t.measured


def _unit(m: re.Match[str], t: Tables) -> str | None:
    if m.group("pct"):
        return "percent"
    cur = m.group("cur")
    return t.currency.get(cur) if cur else None


def _matches(text: str, t: Tables) -> Iterator[re.Match[str]]:
    """``t.pattern.finditer(text)``, the pattern tried only where ``t.starts`` finds that a
    quantity can begin in the lower-cased text (:mod:`dateline.numbers.scan`)."""
    low = scan.lowered(text)
    if low is None or t.starts is None:
        return t.pattern.finditer(text)
    return scan.tried_at(t.pattern, text, (m.start() for m in t.starts.finditer(low)))


def find(
    text: str,
    doc: Doc | None = None,
    skip: Iterable[tuple[int, int]] = (),
    sentences: Sequence[Sentence] = (),
) -> tuple[Quantity, ...]:
    """Quantities in ``text``; ``skip`` spans (timexes) are never reported, nor numbers of
    a designation ('level 5', 'phase four out of six': :mod:`dateline.numbers.designation`).

    ``doc`` is the spaCy parse of the same text: without it numbers are still
    found and valued, but nothing is known of what they count.
    """
    t = tables()
    skip_spans = _Spans([*skip, *((d.start, d.end) for d in designations(text))])
    sent_starts = [s.start for s in sentences]
    out: list[Quantity] = []
    for m in _matches(text, t):
        start, end = m.start(), m.end()
        if skip_spans.overlaps(start, end):
            continue
        toks = _tokens(doc, m.start("num"), m.end("num"))
        counted, unit = _counted_word(m, toks, t)
        if _no_count(m, toks, text, counted, unit, t):
            continue
        value, approx, low, high = _bounds(m, t)
        if value is None:
            continue
        if low is None and high is None and (top := range_high(text, m, value, t)) is not None:
            approx, low, high = True, value, top  # 'between 20,000 and 70,000'
        si = bisect.bisect_right(sent_starts, start) - 1
        sent = sentences[si].index if si >= 0 and start < sentences[si].end else None
        counts, end = _what_counted(text, m, toks, counted, unit, _unit(m, t), out, sent, value)
        out.append(Quantity(start, end, text[start:end], value, approx, low, high, counts, sent))
    return tuple(out)


def old_value(text: str, start: int, end: int, t: Tables) -> bool:
    """Whether the figure at ``start``..``end`` is the earlier value of a change ('rose to
    52, up from 45', 'rose from 45 to 52'): a report of 52 must not match one of 45 (the
    merge's shared figures skip it: :mod:`dateline.merge.mention_figures`)."""
    before = text[max(0, start - 30) : start]
    if t.old_before is not None and t.old_before.search(before):
        return True
    return t.old_from is not None and bool(
        t.old_from[0].search(before) and t.old_from[1].match(text, end, min(len(text), end + 40)))


def _counted_word(m: re.Match[str], toks: list[Token], t: Tables,
                  ) -> tuple[Token | None, Token | None]:
    """(the word a number counts, the unit of measure it is in) from the parse: the noun
    it modifies, else a unit after it, else the subject it is a tally of; after an
    abbreviation ('5m'), the noun right after it."""
    counted = _counted(toks) if toks else None
    unit = _measure_unit(toks, t) if toks and not m.group("abbr") else None
    if unit is not None:
        counted = unit
    elif toks and counted is None:
        counted = _tally_subject(toks[-1], t)
    if toks and m.group("abbr") and (counted is None or counted.i <= toks[-1].i + 1
                                      and counted.tag_ not in ("NNS", "NNPS")):
        counted = _noun_after(toks) or counted
    return counted, unit


def _no_count(m: re.Match[str], toks: list[Token], text: str, counted: Token | None,
              unit: Token | None, t: Tables) -> bool:
    """A number that tells no quantity: 'one' as a pronoun, a spelled number that counts
    nothing, a label, a date or a measure."""
    num = m.group("num")
    if num.lower() == "one" and (counted is None or toks[-1].dep_ != "nummod"):
        return True  # "no one", "one of them", "the one who"
    if (toks and counted is None and _spelled(num, t) and not _bare_count(toks[-1])
            and not _scaled(num, t)):
        return True  # "one, his temperament, and two, ...", "those two": not counts
    return _is_label_or_date(m, toks, text, counted, unit is not None) or _measure(m, counted, t)


def _what_counted(text: str, m: re.Match[str], toks: list[Token], counted: Token | None,
                  unit: Token | None, counts: str | None, out: list[Quantity],
                  sent: int | None, value: float) -> tuple[str | None, int]:
    """(what the number counts, where its quantity ends): its unit, else the counted noun
    with its compounds (the quantity then reaching over it), else a noun it is coordinated
    or parallel with, or the antecedent quantity of a relative ('of which six')."""
    end = m.end()
    if counted is None and counts is None and toks:
        counted = _coordinated_noun(toks[-1])  # 'killed 3 farmers and seven were held'
        if counted is None and _of_which(toks[-1]):  # ', of which six were stopped'
            counts = _antecedent(out, sent, value)
        elif counted is None:
            counted = _parallel_noun(toks[-1])  # 'killed three people and wounded two'
    if counted is not None and counts is None:
        reported = _report_noun(counted)
        _, counts = _with_compounds(reported, text, end if reported.idx >= end else 0)
        if reported.lower_ in _RELATIVE:  # 'eight of which'
            counts = _antecedent(out, sent, value) or counts
        if (unit is not None or _partitive(toks, counted)) and any(
                tok.like_num for tok in toks[-1].doc[toks[-1].i + 1 : counted.i]):
            pass  # '4.5 by 2 metres', 'two of four pings': not stretched past the other
        elif reported is counted:
            end = max(end, counted.idx + len(counted))
        elif counted.idx > end:
            end = counted.idx + len(counted)
    return counts, end
