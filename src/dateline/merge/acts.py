"""Two acts one article or one sentence tells: triggers of no class in common side by side,
two figures before one word, trigger contexts unlike, and 'another' act after a first; and
one act it tells twice (:func:`told_once`)."""

from __future__ import annotations

from functools import lru_cache

from dateline.merge.copies import copies_apart
from dateline.merge.dates import date_gap, one_day
from dateline.merge.lede_day import lede_day_before
from dateline.merge.mention import Mention, once
from dateline.merge.name_words import name_tokens
from dateline.merge.once import head as named_head
from dateline.merge.once import in_quote, named_once
from dateline.merge.parties import names_overlap, participants
from dateline.merge.places import place_path
from dateline.merge.references import DCT_DATED
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import (
    WORD_TOKEN,
    closes_phrase,
    trigger_offset,
    words_after,
    words_before,
)
from dateline.merge.triggers import same_trigger, word_classes
from dateline.merge.wording import weighted_similarity
from dateline.model import rule_entry


def one_sense(a: Mention, b: Mention, r: Rules) -> bool:
    """Whether two mentions tell an act by one trigger sense: one head word, or triggers
    :func:`same_trigger` reads as one."""
    return a.trigger_head == b.trigger_head or same_trigger(a, b, r)


def told_once(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article the events stage linked as one act told twice ('same':
    'the talks that were held', an event noun and the verb of its own clause): a
    must-link, whatever their trigger contexts or classes say -- unless one is the harm the
    other caused ('clashes that left dozens injured': :func:`cause_and_effect`). A report
    verb the act's own clause adds after a comma is that act too (:func:`said_in_passing`),
    and so is one speaker's statement the article quotes twice (:func:`quoted_twice`)."""
    return (
        a.article_id == b.article_id
        and (("same", b.event_id) in a.links
             or said_in_passing(a, b, r) or said_in_passing(b, a, r)
             or quoted_twice(a, b, r) or words_quoted_twice(a, b, r))
        and not cause_and_effect(a, b, r)
    )


def quoted_twice(a: Mention, b: Mention, r: Rules) -> bool:
    """Two report frames (``passing_report_rules``) of two sentences of one article (the
    caller's test), of one type, by one speaker, in sentences near copies of each other
    (``near_duplicate``: 'the mayor said the port must reopen soon' / 'Ann Berg told
    reporters the port must reopen soon'): the article quotes one statement twice, whatever
    date a paragraph lends either."""
    if a.sentence_index == b.sentence_index or a.type != b.type or not (a.actor and b.actor):
        return False
    frames = tuple(r.words("passing_report_rules"))
    if not ((a.rule or "").startswith(frames) and (b.rule or "").startswith(frames)):
        return False
    if participants(a.actor, b.actor, a.name_words, b.name_words) != 1.0:
        return False
    near = weighted_similarity(a.tokens, b.tokens, a.text_norm, b.text_norm)
    return near >= r.limits["near_duplicate"]


def words_quoted_twice(a: Mention, b: Mention, r: Rules) -> bool:
    """Two sentences of one article (the caller's test) telling one act by one trigger
    sense, of one type, by one doer, each quoting the same words of at least
    ``quoted_twice_words`` words ('the mayor pledged on Monday to "rebuild every damaged
    house"' / 'the mayor, who pledged to "rebuild every damaged house", faces a vote'): the
    article tells one pledge twice, whatever date a paragraph lends either. A doer's own
    quoted words are not repeated for another act of the same kind."""
    if a.sentence_index == b.sentence_index or a.type != b.type or not (a.actor and b.actor):
        return False
    if a.hedged != b.hedged or a.negated != b.negated or not same_trigger(a, b, r):
        return False
    if participants(a.actor, b.actor, a.name_words, b.name_words) != 1.0:
        return False
    least = int(r.limits.get("quoted_twice_words", 0))
    if not least:
        return False
    mine = _quoted(a.sentence or "", r, least)
    return bool(mine) and not mine.isdisjoint(_quoted(b.sentence or "", r, least))


def _quoted(sentence: str, r: Rules, least: int) -> frozenset[str]:
    """The direct quotes of a sentence (between ``quote_marks``) of ``least`` words or more,
    lower-cased with their words single-spaced."""
    marks = r.raw.get("quote_marks", {})
    spans = [part.split(closed, 1)[0]
             for opened, closed in zip(marks.get("open", ()), marks.get("close", ()),
                                       strict=False)
             for part in sentence.split(opened)[1:] if closed in part]
    for q in marks.get("straight", ()):
        spans += sentence.split(q)[1:-1:2]  # between the first and second mark, ...
    out = set()
    for span in spans:
        words = span.lower().split()
        if sum(w.isalpha() for w in words) >= least:
            out.add(" ".join(words))
    return frozenset(out)


def said_in_passing(act: Mention, said: Mention, r: Rules) -> bool:
    """``said`` a participle of a report frame (``passing_report_rules``) right after a
    comma, which the events stage read as governed by ``act`` of its sentence, both of one
    type ('the mayor urged the port to reopen, saying the town needed the trade'): the
    participle tells how the act was done, not a second statement."""
    if ("governed_by", act.event_id) not in said.links or act.type != said.type:
        return False
    if act.sentence_index != said.sentence_index or not said.trigger.lower().endswith("ing"):
        return False
    if not (said.rule or "").startswith(tuple(r.words("passing_report_rules"))):
        return False
    at = trigger_offset(said)
    return at > 0 and (said.sentence or "")[:at].rstrip().endswith(",")


def those_told(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article of one trigger sense, the later a verb right after a
    ``those_words`` word ('two of those arrested were later freed' after 'police
    arrested nine fans'): the participle names the people the earlier act touched, so it refers
    back to that act. Read after the vetoes (a date or target apart still parts them)."""
    if a.article_id != b.article_id or a.key == b.key:
        return False
    later, earlier = (a, b) if a.start > b.start else (b, a)
    words = r.words("those_words")
    if later.nominal or not _after_word(later, words) or _after_word(earlier, words):
        return False
    return one_sense(later, earlier, r)


def _after_word(m: Mention, words: frozenset[str]) -> bool:
    """The word just before ``m``'s trigger is one of ``words``."""
    at = trigger_offset(m)
    if at < 0:
        return False
    prev = WORD_TOKEN.findall((m.sentence or "")[:at].lower())[-1:]
    return bool(prev) and prev[0] in words


def headline_retold(a: Mention, b: Mention, r: Rules) -> bool:
    """One article's first sentence (its headline, the lede often glued to it) and one of
    the ``limits.lede_sentences`` after it telling an act of the same type by the same
    trigger word, both dated only by the article's own date: the act headlined and then told
    (the labelling guideline: a headline and the lede's report of one act are one); or the
    headline dated that day and the lede's clause the day before (merge.lede_day)."""
    if a.article_id != b.article_id:  # most pairs: the sort below is their cost
        return False
    if lede_day_before(a, b, r) or lede_day_before(b, a, r):
        return True  # the lede's report of the day before, a wire's next-day story
    first, later = sorted((a.sentence_index, b.sentence_index))
    return (
        first == 0
        and 0 < later <= r.limits.get("lede_sentences", 0)
        and a.type == b.type
        and a.trigger_head == b.trigger_head
        and {a.time_how, b.time_how} <= DCT_DATED
        and a.date_start is not None
        and (a.date_start, a.date_end) == (b.date_start, b.date_end)
    )


def planned_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two verbs of one article of one trigger sense, one told as planned (the events stage's
    modality: 'the ban will be regretted', 'plans to meet') and the other as done
    (``planned_done_modalities``): what is to come is no report of what was done (the
    labelling guideline: planned against done are different). A noun ('the meeting') names
    the act either way, so it is not read. A cannot-link too: other reports of the day do
    not make the two one ('five schools shut' / 'will close' / 'have been closed'). One
    sense: :func:`one_sense`, or two verbs of one events-lexicon entry ('shuttered' / 'will be
    closed': :func:`_one_entry`)."""
    if a.article_id != b.article_id or a.key == b.key or a.nominal or b.nominal:
        return False
    pa, pb = planned_verb(a), planned_verb(b)
    if pa == pb or (b.modality if pa else a.modality) not in r.words("planned_done_modalities"):
        return False
    return one_sense(a, b, r) or _one_entry(a, b)


def _one_entry(a: Mention, b: Mention) -> bool:
    """Two mentions the events lexicon coded by one entry ('v.close' and 'v.close+intent')."""
    ra = rule_entry(a.rule)
    return ra is not None and ra == rule_entry(b.rule)


def planned_verb(m: Mention) -> bool:
    """A verb told as planned: the mention test of :func:`planned_apart` (the merger scans
    two groups of one article for it only when one holds such a mention)."""
    return m.modality == "planned" and not m.nominal


def cause_and_effect(a: Mention, b: Mention, r: Rules) -> bool:
    """One trigger names the harm an act or occurrence caused (the dead, the injured, the
    damage: ``harm_words``, ``harm_prefixes``) and the other names none ('clashes left
    dozens injured', 'the blast killed two'): the cause and its casualties are two events."""
    return tells_harm(a, r) != tells_harm(b, r)


def tells_harm(m: Mention, r: Rules) -> bool:
    """The trigger names harm (:func:`names_harm`), or the events stage coded it as harm of a
    ``harm_kinds`` kind whatever its word ('an explosion that demolished the rig', 'the quake
    claimed 40 lives'): the damage lexicon's verbs are more than the harm words list."""
    return (m.occurrence_kind in r.words("harm_kinds")
            or names_harm(m.trigger, r.words("harm_words"), r.prefixes("harm_prefixes")))


@lru_cache(maxsize=1 << 16)
def names_harm(trigger: str, words: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    """A word of ``trigger`` in ``words`` or opening with one of ``prefixes``."""
    return any(w in words or w.startswith(prefixes) for w in WORD_TOKEN.findall(trigger.lower()))


def another_one(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article of one trigger sense, the later one told as one more
    ('another type of spill' after 'one type of spill', 'accepted another six-hour
    extension' after 'accepted a ten-hour truce'): ``another_words`` among the
    ``another_before`` words before its trigger, or, for a trigger that is no noun, among
    the ``another_after`` words after it. An article that tells a second act of a kind has
    told the first; another article's 'another' may be the first's own report. Told first
    ('a valve failure let out another leak' ... 'the oil spill'), it is another act
    only than a later naming of the story's occurrence by another noun
    (:func:`another_told_first`)."""
    if a.article_id != b.article_id or a.key == b.key:
        return False
    later, earlier = (a, b) if a.start > b.start else (b, a)
    if not one_more_told(later, r) and not another_told_first(earlier, later, r):
        return False
    if later.sentence_index != earlier.sentence_index and later.date_start != earlier.date_start:
        return False  # one more act of that day, or of that sentence
    return one_sense(later, earlier, r)


def another_told_first(earlier: Mention, later: Mention, r: Rules) -> bool:
    """``earlier`` told as one more of its kind (:func:`one_more_told`: 'let out another
    leak') and ``later`` a back-reference to the story's occurrence by another noun
    (:func:`~dateline.merge.once.named_once`, :func:`~dateline.merge.once.head`: 'the oil
    spill'): the article names its running occurrence apart from the new one. A later
    naming by the same noun ('another quake struck' ... 'the quake') may tell the new one
    (limits.another_first_veto)."""
    if not r.limits.get("another_first_veto") or not one_more_told(earlier, r):
        return False
    return named_once(later, r) and named_head(later, r) != named_head(earlier, r)


def earlier_one(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article of one trigger sense, one a noun told as an earlier
    instance of its kind (:func:`told_earlier`: 'the previous confirmed case', 'after past
    oil spills', 'an earlier appeal') and the other not: the article sets a former one
    beside the one it reports. Another article's 'previous case' may be this one's case."""
    if a.article_id != b.article_id or a.key == b.key:
        return False
    if told_earlier(a, r) == told_earlier(b, r):
        return False
    return one_sense(a, b, r)


def two_indefinites(a: Mention, b: Mention, r: Rules) -> bool:
    """Two nouns of one occurrence class in two sentences of one article, each told with an
    indefinite article (:func:`told_indefinite`: 'demand soared after a flu outbreak' ...
    'the strain spread after an outbreak in Varn'): each brings in an occurrence of its own;
    an article naming its story's occurrence again says 'the outbreak'. Another article's 'an
    outbreak' may be this one's, and one sentence may name one twice: neither is read
    (limits.indefinites_veto)."""
    if (not r.limits.get("indefinites_veto") or a.article_id != b.article_id
            or a.sentence_index == b.sentence_index or a.occurrence_class is None
            or a.occurrence_class != b.occurrence_class):
        return False
    return told_indefinite(a, r) and told_indefinite(b, r)


def indefinite_after(a: Mention, b: Mention, r: Rules) -> bool:
    """An occurrence noun told with an indefinite article (:func:`told_indefinite`) in a later
    sentence of an article that has told an occurrence of that class otherwise ('the oil
    spill has focused attention' ... 'they say an oil spill is no reason for a tax'; 'denied
    causing the singer's death' ... 'the charge applies when a death results from neglect'):
    an article naming its occurrence again says 'the spill', so 'a'/'an' brings in another
    or the kind. Not inside a direct quote (one who lived through it may say 'an
    earthquake': :func:`~dateline.merge.once.told_indefinitely`); two indefinite nouns are
    :func:`two_indefinites`' (limits.indefinite_after_veto)."""
    if (not r.limits.get("indefinite_after_veto") or a.article_id != b.article_id
            or a.sentence_index == b.sentence_index or a.occurrence_class is None
            or a.occurrence_class != b.occurrence_class):
        return False
    later, earlier = (a, b) if a.sentence_index > b.sentence_index else (b, a)
    return (told_indefinite(later, r) and not told_indefinite(earlier, r)
            and not in_quote(later, r))


def told_indefinite(m: Mention, r: Rules) -> bool:
    """An occurrence noun trigger of one word with a ``named_once_indefinite_words`` word ('a',
    'an') among the ``limits.indefinite_before`` words just before it and only words of
    letters between, none a ``reference_words``, ``reference_new_instance`` or
    ``indefinite_not`` word ('a flu outbreak'; not 'a day after the outbreak', 'a 2009
    outbreak', 'another outbreak'). Worked out once per mention."""
    return once(m, "told_indefinite", r, _told_indefinite)


def _told_indefinite(m: Mention, r: Rules) -> bool:
    if not m.nominal or m.occurrence_class is None or len(m.trigger.split()) != 1:
        return False
    words = words_before(m, int(r.limits["indefinite_before"]))
    marks = r.words("named_once_indefinite_words")
    not_between = (r.words("reference_words") | r.words("reference_new_instance")
                   | r.words("indefinite_not"))
    for i in range(len(words) - 1, -1, -1):
        if words[i] in marks:
            return all(w.isalpha() and w not in not_between for w in words[i + 1:])
    return False


def told_earlier(m: Mention, r: Rules) -> bool:
    """A noun trigger with an ``earlier_instance_words`` word among the
    ``limits.earlier_before`` words just before it, nothing but words between ('previous
    plague cases'; not 'in the past, spills occur'). Worked out once per mention."""
    return once(m, "told_earlier", r, _told_earlier)


def _told_earlier(m: Mention, r: Rules) -> bool:
    return _marked_noun(m, r, "earlier_instance_words")


def other_one(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one sentence of one trigger sense, one a noun told as others of its
    kind (:func:`told_other`: 'the other deaths were in Varn, where nine died') and the
    other not: the sentence sets the rest apart from the one it reports. Across sentences
    'other' may be set against any earlier line, and another article's 'other cases' may be
    this one's cases: neither is read."""
    if (a.article_id != b.article_id or a.key == b.key
            or a.sentence_index != b.sentence_index):
        return False
    if told_other(a, r) == told_other(b, r):
        return False
    return one_sense(a, b, r)


def told_other(m: Mention, r: Rules) -> bool:
    """A noun trigger with an ``other_instance_words`` word among the
    ``limits.earlier_before`` words just before it, nothing but words between ('the other
    fatalities', 'other swine flu cases'). Worked out once per mention."""
    return once(m, "told_other", r, _told_other)


def _told_other(m: Mention, r: Rules) -> bool:
    return _marked_noun(m, r, "other_instance_words")


def _marked_noun(m: Mention, r: Rules, key: str) -> bool:
    """A noun trigger with a word of the list ``key`` among the ``limits.earlier_before``
    words just before it and nothing but words between."""
    if not m.nominal:
        return False
    words = words_before(m, int(r.limits["earlier_before"]))
    for i, w in enumerate(words):
        if w in r.words(key):
            return all(x.isalpha() for x in words[i + 1:])
    return False


def verbs_days_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two verbs of one article of one trigger sense (no occurrence), each dated to one day,
    more than ``date_gap_days`` apart ('four more guards were shot' today, 'a guard shot at the
    gate' two days before): the article tells two acts, however other
    reports of either day link them. A noun ('the strike') may name an act that lasts, an
    occurrence ('died') may be dated by a later paragraph, a concession agreed one day may be
    carried out days later (``verbs_apart_not_types``): none of them is read. Nor are two
    near copies of one line each dated by a default (:func:`~dateline.merge.copies.copies_apart`:
    a paragraph's date, the article's): their days apart are the dating stage's guesses for
    one line, not two acts' own days."""
    if a.article_id != b.article_id or a.key == b.key or not (
            verb_dated(a, r) and verb_dated(b, r)):
        return False
    gap = date_gap(a, b)
    assert gap is not None  # verb_dated: both dated
    if gap <= r.limits["date_gap_days"]:
        return False
    return one_sense(a, b, r) and not copies_apart(a, b, r)


def verb_dated(m: Mention, r: Rules) -> bool:
    """A verb dated to one day, reaching no day back, of a type not in
    ``verbs_apart_not_types``: the mention test of :func:`verbs_days_apart` (the merger
    scans two groups of one article for it only when one holds such a mention)."""
    return (not m.nominal and one_day(m)
            and m.type not in r.words("verbs_apart_not_types"))


def one_more_told(m: Mention, r: Rules) -> bool:
    """An ``another_words`` word just before ``m``'s trigger (or just after a verb's), or a
    sentence opened by an ``another_openers`` word and an ``another_opener_next`` word ('Also
    in Varn, ...'): the mention test of :func:`another_one` (the merger scans two groups of one
    article for it only when one holds such a mention)."""
    s = m.sentence or ""
    at = trigger_offset(m)
    if at < 0:
        return False
    low = s.lower()
    first = WORD_TOKEN.findall(low[:at])[:2]
    if len(first) == 2 and first[0] in r.words("another_openers") and (
            first[1] in r.words("another_opener_next")):
        return True  # 'Also in Tarn, a second crowd marched': one more of the kind told
    words = r.words("another_words")
    if not any(w in low for w in words):  # most sentences: no word to read
        return False
    n_before = int(r.limits.get("another_before", 0))
    head = ["", *WORD_TOKEN.findall(low[:at])]  # '' before the sentence's first word
    rest = WORD_TOKEN.findall(low[at:])
    if n_before and _one_more(head[-n_before - 1:], rest, words, r):
        return True
    n_after = int(r.limits.get("another_after", 0))
    if m.nominal or not n_after:
        return False
    tail = WORD_TOKEN.findall(low[at + (m.end - m.start):])
    return _one_more(head[-1:] + tail[:n_after], tail[n_after:], words, r)


def _one_more(window: list[str], rest: list[str], words: frozenset[str], r: Rules) -> bool:
    """An ``another_words`` word in ``window`` (its first word only as the word before),
    not reciprocal ('blamed one another': ``another_not_after``), not comparing with the act
    its clause tells ('a second tremor shook the island, five days after another quake'),
    and not a stretch of time ('closed for another day', 'shut for another 24 hours':
    ``another_not_before``, after a figure in digits if one comes first)."""
    not_after = r.words("another_not_after")
    not_before = r.words("another_not_before")
    seq = window + rest[:2]
    for i in range(1, len(window)):
        if seq[i] not in words or seq[i - 1] in not_after:
            continue
        nxt = seq[i + 1:i + 3]
        if nxt and any(c.isdigit() for c in nxt[0]):
            nxt = nxt[1:]
        if not nxt or nxt[0] not in not_before:
            return True
    return False


def two_triggers(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one sentence of one article coded on two different words, of no
    trigger class in common ('firing back once shot at', 'killed by air strikes
    and artillery fire'): two acts the sentence tells side by side. Their copies in other
    reports each follow their own trigger, so the two never end in one event."""
    return (
        a.article_id == b.article_id
        and a.sentence_index == b.sentence_index
        and a.key != b.key
        and a.trigger_head != b.trigger_head
        and not same_trigger(a, b, r)
        and not word_classes(a, r) & word_classes(b, r)
    )


def two_sums(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article of one ``sum_types`` type and one trigger sense, each
    with a sum of money in its sentence (``sum_units``) and no sum of one alike in the other
    (within ``number_near_ratio``): 'the EU released $4.3 million in aid' / 'China is to
    donate $1 million' are two pledges, whatever the article's other reports link them by."""
    if a.article_id != b.article_id or a.key == b.key or a.type != b.type:
        return False
    if a.type not in r.words("sum_types"):
        return False
    sa, sb = _sums(a, r), _sums(b, r)
    if not (sa and sb) or not same_trigger(a, b, r):
        return False
    near = r.limits["number_near_ratio"]
    return not any(max(x, y) <= near * min(x, y) for x in sa for y in sb)


def told_sum(m: Mention, r: Rules) -> bool:
    """A mention :func:`two_sums` can keep apart from another (the merger's group scan)."""
    return m.type in r.words("sum_types") and bool(_sums(m, r))


def _sums(m: Mention, r: Rules) -> tuple[float, ...]:
    units = r.words("sum_units")
    return tuple(n.value for n in m.numbers
                 if n.value and n.value > 0 and (n.counts or "") in units)


def two_counts(a: Mention, b: Mention) -> bool:
    """Two mentions of one sentence of one article on one word, each right after a figure of
    its own, the two figures different ('$41 million in aid ..., $47 million in aid')."""
    if (a.article_id != b.article_id or a.sentence_index != b.sentence_index
            or a.key == b.key or a.trigger_head != b.trigger_head):
        return False
    fa, fb = _figure_before(a), _figure_before(b)
    return bool(fa and fb and fa != fb)


def two_targets(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one sentence of one article on one word, each with a person as its
    own target (:func:`_person`), the two sharing no word ('the death of the infant only weeks
    after the death of its mother'): one sentence names one act twice only by one wording,
    so two people undergoing it are two acts -- a name or a description alike
    (vetoes.targets_apart, across a whole article, lets a description stand for a name).
    Other targets are too loosely read to tell acts by (the disease, a place: 'cases of the
    virus' / 'cases of the disease')."""
    if (a.article_id != b.article_id or a.sentence_index != b.sentence_index
            or a.key == b.key or a.trigger_head != b.trigger_head or a.start == b.start):
        return False
    return (names_overlap(a.target, b.target) == 0.0 and _person(a.target, a, r)
            and _person(b.target, b, r))


def _person(target: str | None, m: Mention, r: Rules) -> bool:
    """A target that is one or more people: its last word a person noun
    (``one_person_nouns``, ``many_person_nouns``), or a name of its sentence that names no
    place."""
    words = (target or "").split()
    if not words:
        return False
    if words[-1].lower() in r.words("one_person_nouns") | r.words("many_person_nouns"):
        return True
    return bool(name_tokens(target) & m.name_words) and place_path(target) is None


def _figure_before(m: Mention) -> str | None:
    s = m.sentence or ""
    at = m.start - m.sentence_start if m.sentence_start is not None else -1
    if at < 0:
        return None
    window = " ".join(s[:at].split()[-4:])
    hits = [f for n in m.numbers if (f := _figure_text(n.text, m.trigger)) and f in window]
    return max(hits, key=len) if hits else None


def _figure_text(text: str, trigger: str) -> str:
    """A figure's words before the trigger when the figure runs into it: the numbers stage
    keeps the counted noun ('36,000 deaths'), which for a noun trigger is the trigger itself
    and so never stands before it."""
    if text and trigger and text.lower().endswith(" " + trigger.lower()):
        return text[: -len(trigger)].rstrip()
    return text


def one_sentence_two_acts(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one sentence of one article whose trigger contexts are less alike
    than ``limits.mid_similarity``: they share every word, name, figure and date of the
    sentence trivially, so only the words around each trigger tell one act ('hold a
    meeting ... to discuss') from two ('Five schools shut ... Governors at Dolphin school
    decided to shut its doors', a headline glued to another report)."""
    if a.article_id != b.article_id or a.sentence_index != b.sentence_index or a.key == b.key:
        return False
    context = weighted_similarity(a.context, b.context, a.context_norm, b.context_norm)
    return context < r.limits["mid_similarity"]


def listed_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one sentence of one article of one type whose triggers stand side by
    side in a list: only a ``list_coordinators`` word ('and', 'or', 'as well as', a comma
    before it or not) and up to ``limits.list_between`` words of the second's own phrase
    between them ('the Varn well blowout and platform explosion', 'hand out some water and
    give out blankets'): a sentence lists two things, each by its own word. Two bare verbs
    joined so are one act told by a doublet ('demanded and required', 'handcuffed and
    arrested'), so a verb pair is read only when each trigger names its own object."""
    if (a.article_id != b.article_id or a.sentence_index != b.sentence_index
            or a.key == b.key or a.type != b.type):
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    if first.end > second.start:
        return False
    if not (first.nominal and second.nominal) and (
            len(first.trigger.split()) < 2 or len(second.trigger.split()) < 2):
        return False
    at, to = trigger_offset(first), trigger_offset(second)
    if at < 0 or to < 0:
        return False
    between = (first.sentence or "")[at + first.end - first.start:to].lower().split()
    if between[:1] == [","]:
        between = between[1:]
    for word in sorted(r.words("list_coordinators"), key=len, reverse=True):
        lead = word.split()
        if between[:len(lead)] == lead:
            rest = between[len(lead):]
            return len(rest) <= r.limits["list_between"] and all(w.isalpha() for w in rest)
    return False


def reply_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of ``reply_types`` sharing a trigger class, one told as the answer to an
    act of that kind and the other not ('the navy returned fire' / 'gunmen fired at the
    navy'; 'sued back' / 'sued'): the act and the reply to it are two acts, however alike
    the sentences that tell them side by side."""
    types = r.words("reply_types")
    if a.type not in types or b.type not in types:
        return False
    if not a.trigger_classes & b.trigger_classes:
        return False
    return a.replied != b.replied  # trigger_words.told_as_reply, read once per mention


def reply_keys(m: Mention, r: Rules) -> tuple[frozenset[object], frozenset[object]] | None:
    """Keys a mention is found under and keys it looks for, when :func:`reply_apart` can hold
    for it (a ``reply_types`` mention with a trigger class; else None): the pair test holds
    only when what one looks for meets what the other is found under -- told as a reply or
    not, with a class in common (the merger scans two groups by them: joins._kept_apart)."""
    if m.type not in r.words("reply_types") or not m.trigger_classes:
        return None
    return (frozenset((m.replied, c) for c in m.trigger_classes),
            frozenset((not m.replied, c) for c in m.trigger_classes))


def one_and_many(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article of one trigger sense, one told of a single person and the
    other of many (:func:`told_of`: 'a retired nurse infected in Varn' / 'some 300 residents
    were infected'), or the one person's noun trigger beside the plural of that noun told of
    no person ('the first case, in a girl of 12' / 'the first cases in the capital'): the
    article sets one case beside the tally it belongs to. Another article's single case may
    be this article's only case, so only one article is read."""
    if a.article_id != b.article_id or a.key == b.key:
        return False
    na, nb = told_of(a, r), told_of(b, r)
    if na == nb or (na is None and not _plural_of(b, a, r)) or (
            nb is None and not _plural_of(a, b, r)):
        return False
    return one_sense(a, b, r)


def _plural_of(one: Mention, other: Mention, r: Rules) -> bool:
    """``one`` is told of a single person by a noun trigger and ``other``'s trigger is that
    noun's plural (``one_many_plurals``: 'case' / 'cases'); the caller has read ``other`` as
    told of no person."""
    plurals: dict[str, str] = r.raw.get("one_many_plurals", {})
    got = plurals.get(one.trigger.lower())
    return told_of(one, r) == "one" and got is not None and other.trigger.lower() == got


def told_of(m: Mention, r: Rules) -> str | None:
    """'one' or 'many': the person noun nearest before the trigger, among the
    ``limits.subject_before`` words of its own clause (``one_person_nouns``: 'a teenage girl
    caught'; ``many_person_nouns``: 'some 40 pupils infected'); for a noun trigger with no
    person noun before it, 'one' when a ``person_after_leads`` word and 'a' or 'an' follow
    it in its clause among the ``limits.person_after`` words after it, then a one-person noun within
    three words ('the first case of the fever , found in a 9-year-old boy'); None when no
    person noun stands there. Worked out once per mention."""
    return once(m, "told_of", r, _told_of)


def _told_of(m: Mention, r: Rules) -> str | None:
    for w in reversed(words_before(m, int(r.limits["subject_before"]))):
        if closes_phrase(w):
            return None
        if w in r.words("one_person_nouns"):
            return "one"
        if w in r.words("many_person_nouns"):
            return "many"
    return _one_after(m, r) if m.nominal else None


def _one_after(m: Mention, r: Rules) -> str | None:
    """'one' for a noun trigger a 'in a girl' phrase follows in its clause (:func:`told_of`)."""
    most = int(r.limits["person_after"])
    words = words_after(m, most + 4)
    leads, ones = r.words("person_after_leads"), r.words("one_person_nouns")
    for n, w in enumerate(words[:most]):
        if closes_phrase(w):
            return None
        if w in leads and n + 1 < len(words) and words[n + 1] in ("a", "an"):
            return "one" if any(x in ones for x in words[n + 2:n + 5]) else None
    return None

