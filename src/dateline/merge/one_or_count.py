"""One case and a count of cases: a report of a single death or case ('a boy died of the fever
in Velmora', 'Varnia confirmed its first case, in a nurse') and a count of several ('the toll
rose to 149', '40 cases in Varnia') are two events by the labelling guideline -- the count adds
the one up, or counts others -- however many of one day's reports link the two. Each mention of
a ``one_count_classes`` class is read as one or as a count (or neither), and the group marks
(:mod:`dateline.merge.marks`) never join a group holding the one with a group holding the
other of that class."""

from __future__ import annotations

from dateline.merge.acts import told_of
from dateline.merge.mention import Mention, Number, once
from dateline.merge.places import places_apart
from dateline.merge.rules import Rules
from dateline.merge.tallies import tally_place_strict
from dateline.merge.trigger_words import closes_phrase, trigger_offset, words_after, words_before

ONE, COUNT = "one", "count"
#: a mention's mark for its group: (occurrence class, ONE or COUNT, the one case's place)
Reading = tuple[str, str, str]


def one_or_count(m: Mention, r: Rules) -> str | None:
    """``'one'`` for a mention of a ``one_count_classes`` class told of a single person
    (:func:`~dateline.merge.acts.told_of`: 'a retired nurse died', 'the first case, in a girl
    of 9'; not a plural noun trigger a person noun qualifies: 'child deaths') or told as one
    instance (:func:`_one_instance`: 'its only case', 'a third death'), else ``'count'``
    when its own clause (:func:`_own_clause`) gives a figure of two or more whose counted
    noun ends in a word of its class (``one_count_counted``: 'the toll rose to 40 deaths';
    not a death's '109 infections') or of people (``one_count_people``: '300 people have
    died'); else None. Worked out once per mention."""
    return once(m, "one_or_count", r, _one_or_count)


def _one_or_count(m: Mention, r: Rules) -> str | None:
    if m.occurrence_class not in r.words("one_count_classes"):
        return None
    plurals = r.raw.get("one_many_plurals", {}).values()
    if (told_of(m, r) == ONE and m.trigger.lower() not in plurals) or _one_instance(m, r):
        return ONE
    return COUNT if count_figure(m, r) is not None else None


def count_figure(m: Mention, r: Rules, people: bool = True) -> float | None:
    """The largest figure of two or more its own clause (:func:`_own_clause`) gives of a
    ``one_count_classes`` mention's class noun (``one_count_counted``) or, with ``people``,
    of people (``one_count_people``): what a COUNT reading counts; None for none."""
    if m.occurrence_class not in r.words("one_count_classes"):
        return None
    counted = frozenset(r.raw.get("one_count_counted", {}).get(m.occurrence_class, ()))
    if people:
        counted |= r.words("one_count_people")
    clause = _own_clause(m, r)
    if not clause:
        return None
    got = [_top(n) for n in m.numbers if _several(n) and n.counts
           and n.counts.split()[-1].lower() in counted and n.text and n.text in clause]
    return max(got) if got else None


def _one_instance(m: Mention, r: Rules) -> bool:
    """A singular noun trigger (a key of ``one_many_plurals``: 'case', 'death') led by a
    ``one_count_leads`` word among the three words before it, none of them a clause mark
    ('Varnia 's only confirmed case', 'a third death'), or a ``one_count_first_leads`` word
    there when :func:`_first_of_one` holds, and no ``one_count_not_before`` word after it ('a
    death toll', 'the first death rate')."""
    if not m.nominal or m.trigger.lower() not in r.raw.get("one_many_plurals", {}):
        return False
    if trigger_offset(m) < 0 or not m.sentence:
        return False
    after = words_after(m, 1)
    if after and after[0] in r.words("one_count_not_before"):
        return False
    leads, firsts = r.words("one_count_leads"), r.words("one_count_first_leads")
    for w in reversed(words_before(m, 3)):
        if closes_phrase(w):
            return False
        if w in leads or (w in firsts and _first_of_one(m, r)):
            return True
    return False


def _first_of_one(m: Mention, r: Rules) -> bool:
    """A 'first' case or death that is one instance: told of a person in its sentence (a
    ``one_person_nouns`` word: 'Ostrel 's first case - a boy back from a trip') or a first of
    a kind, a ``one_count_kind_marks`` word opening a relative clause among the six words after
    the trigger ('the first case of the fever that resists the drug'). A place's first case
    told of no one is the onset of its outbreak, which other reports tell as the count it
    began with ('confirmed its first case' beside 'has two cases')."""
    text = m.sentence or ""
    ones = r.words("one_person_nouns")
    if any(w.strip(".,") in ones for w in text.lower().split()):
        return True
    kinds = r.words("one_count_kind_marks")
    for w in words_after(m, 6):
        if w in kinds:
            return True
        if closes_phrase(w):
            return False
    return False


def _own_clause(m: Mention, r: Rules) -> str | None:
    """The words of the trigger's own clause: from the clause mark or
    ``clause_place_breaks`` word ('where', 'which', 'but' ...) before it to the one after
    ('a boy of 2 died in Texas , far from Varnia , where 149 have died': not the 149)."""
    at = trigger_offset(m)
    if at < 0 or not m.sentence:
        return None
    breaks = r.words("clause_place_breaks")
    before = m.sentence[:at].split()
    after = m.sentence[at + len(m.trigger):].split()
    lo = len(before)
    while lo > 0 and not _mark(before[lo - 1], breaks):
        lo -= 1
    if lo > 0 and before[lo - 1].lower() in breaks:
        lo -= 1  # the break word opens this clause
    hi = 0
    while hi < len(after) and not _mark(after[hi], breaks):
        hi += 1
    return " ".join([*before[lo:], m.trigger, *after[:hi]])


def _mark(w: str, breaks: frozenset[str]) -> bool:
    low = w.lower()
    return closes_phrase(low) or low in breaks



def _several(n: Number) -> bool:
    """A figure of two or more ('more than 300', 'nearly 7'): one is a single case however
    told ('one person has died')."""
    return _top(n) >= 2


def _top(n: Number) -> float:
    return max((v for v in (n.value, n.low, n.high) if v is not None), default=0.0)


def tested_number(m: Mention, r: Rules) -> str | None:
    """Of a ``tested_number_classes`` mention (a test of suspected patients), whether its own
    clause (:func:`_own_clause`) tells one person tested or several: ONE for 'on a' or 'on an'
    after the trigger ('tests on a flight attendant') or an undergo verb (``tested_undergo``)
    after a singular auxiliary (``tested_one_aux``: 'the sailor was undergoing tests');
    COUNT for 'on' before a figure, a ``tested_many_words`` or ``many_person_nouns`` word
    within two words ('tests on suspected cases', 'on 75 children') or an undergo verb after
    a plural auxiliary ('the patients are undergoing tests'); else None. Tests of one
    traveller and of several patients are different events however one day's reports of
    suspected cases link them."""
    clause = _own_clause(m, r)
    if not clause:
        return None
    words = clause.lower().split()
    undergo = r.words("tested_undergo")
    for i, w in enumerate(words):
        if w in undergo and i:
            aux = words[i - 1] if words[i - 1] != "been" or i < 2 else words[i - 2]
            if aux in r.words("tested_one_aux"):
                return ONE
            if aux in r.words("tested_many_aux"):
                return COUNT
    first = m.trigger.lower().split()[:1]
    at = words.index(first[0]) if first and first[0] in words else 0
    many = r.words("tested_many_words") | r.words("many_person_nouns")
    for i in range(at + 1, len(words) - 1):
        if words[i] != "on":
            continue
        after = words[i + 1:i + 3]
        if after[0] in ("a", "an"):
            return ONE
        return COUNT if any(x[:1].isdigit() or x in many for x in after) else None
    return None


def readings(m: Mention, r: Rules) -> frozenset[Reading]:
    """The (class, reading, place) mark ``m`` gives its group, for :mod:`dateline.merge.marks`
    when ``limits.one_count_marks`` is on: its :func:`one_or_count` reading and, for one
    case, where it happened (:func:`~dateline.merge.tallies.tally_place_strict`, else its
    own place; '' for none); empty for no reading."""
    if not r.limits.get("one_count_marks"):
        return frozenset()
    if m.occurrence_class in r.words("tested_number_classes"):
        got = tested_number(m, r)
        return frozenset({(m.occurrence_class or "", got, "")}) if got else frozenset()
    got = one_or_count(m, r)
    if got is None:
        return frozenset()
    place = (tally_place_strict(m, r) or m.place or "") if got == ONE else ""
    return frozenset({(m.occurrence_class or "", got, place)})


def one_and_count(a: frozenset[Reading], b: frozenset[Reading]) -> bool:
    """Two groups' readings (:func:`readings`) hold, of one class, one case and a count, or
    two single cases placed apart ('a nurse died in Varnia' / 'a boy died in Ostrel': one
    person falls ill or dies in one place)."""
    return any(ca == cb and (ra != rb or (ra == ONE and pa and pb and places_apart(pa, pb)))
               for ca, ra, pa in a for cb, rb, pb in b)
