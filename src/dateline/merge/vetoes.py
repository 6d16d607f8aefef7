"""Why two mentions can never be one event: the veto chain of the pair score (opposite
polarity, incompatible types, nothing in common, two different acts, dates apart) and the
act tests only it reads (places, a hedge, separate incidents)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from dateline.merge.act_places import acts_placed_apart
from dateline.merge.acts import (
    another_one,
    earlier_one,
    indefinite_after,
    listed_apart,
    one_and_many,
    one_sentence_two_acts,
    other_one,
    planned_apart,
    reply_apart,
    tells_harm,
    two_indefinites,
)
from dateline.merge.counts import rung_conflict
from dateline.merge.dates import ANCHORED, anchored_same_date, date_veto
from dateline.merge.diseases import diseases_apart
from dateline.merge.flowing import flowing_noun
from dateline.merge.generic_frames import (
    adverb_after,
    asked_of_you,
    asked_or_supposed,
    bound_of,
    in_case,
    kept_from,
    kind_is,
    state_of,
    topic_of,
    who_think,
)
from dateline.merge.hazards import hazards_apart
from dateline.merge.incident_clause import incident_clause
from dateline.merge.mention import Mention, once
from dateline.merge.name_words import name_tokens
from dateline.merge.own_objects import own_objects
from dateline.merge.parties import (
    names_overlap,
    one_party_of_all,
    roles_crossed,
    targets_differ,
)
from dateline.merge.places import places_apart
from dateline.merge.readers import WORD, incident_readers
from dateline.merge.residue import split_off
from dateline.merge.rules import Rules
from dateline.merge.sites import sites_apart
from dateline.merge.status import status_apart
from dateline.merge.subset import subset_apart
from dateline.merge.tallies import (
    part_and_whole,
    tallies_apart,
    tally_day,
    tally_place_strict,
    total_and_part,
)
from dateline.merge.tally_kind import kinds_apart
from dateline.merge.title_places import without_title_places
from dateline.merge.trends import trend_and_count
from dateline.merge.trigger_words import trigger_offset, words_before
from dateline.merge.triggers import kinds_meet, same_trigger, sibling_trigger
from dateline.model import OCCURRENCE

Key = tuple[str, str]


def shares_enough(
    a: Mention, b: Mention, shared: int, r: Rules, same: bool | None = None
) -> bool:
    """Enough in common to be worth scoring: words, the trigger's sense, or an own date.

    Two content words, or one trigger sense ('walkout' ~ 'strike'), or the same
    type dated to the same span by each mention's own clause. ``same``: their
    :func:`same_trigger`, when the caller has asked it."""
    return (
        shared >= r.limits["min_shared_tokens"]
        or (same_trigger(a, b, r) if same is None else same)
        or (a.type == b.type and anchored_same_date(a, b))
    )


def veto(a: Mention, b: Mention, text: float, r: Rules, shared: int | None = None,
         same: bool | None = None, dated: bool = False) -> str | None:
    """Why two mentions can never be one event, or ``None`` (``same``: their
    :func:`same_trigger`, when the caller has asked it: millions of pairs ask it once;
    ``dated``: the caller found both plainly dated (dates.plainly_dated) within
    ``date_gap_days`` of each other, where the date veto, last in the chain, says nothing)."""
    why = kind_veto(a, b, r)
    if why:
        return why
    return veto_besides_kind(a, b, text, r, shared, same, dated)


def veto_besides_kind(a: Mention, b: Mention, text: float, r: Rules, shared: int | None = None,
                      same: bool | None = None, dated: bool = False) -> str | None:
    """:func:`veto` after :func:`kind_veto`: what the 'retold' rule still asks of a pair of
    two near roots (merge.retold.near_roots), whose type veto it may lift (``dated`` as
    :func:`veto` reads it)."""
    if shared is None:
        shared = len(a.tokens & b.tokens)
    if shared < r.limits["min_shared_tokens"] and not shares_enough(a, b, shared, r, same):
        return "nothing shared"  # shares_enough's first test read here: most pairs pass it
    return act_veto(a, b, r, same) or (None if dated else date_veto(a, b, text, r))


def kind_veto(a: Mention, b: Mention, r: Rules) -> str | None:
    """Opposite polarity, or PLOVER types (occurrence classes) that never tell one event."""
    if a.negated != b.negated or (a.modality == "denied") != (b.modality == "denied"):
        if a.polarity != b.polarity:
            return "polarity"
    elif a.negated and b.negated and absence(a, r) and absence(b, r):
        return "absences"  # 'no confirmed cases' on two days: nothing happened, twice
    if a.type != b.type and not r.types_compatible(a.type, b.type) and a.act != b.act:
        if not kinds_meet(a, b, r):
            return "type"  # an intention meets the act it names ('will close' / 'closed')
    elif a.type == OCCURRENCE and a.occurrence_class != b.occurrence_class:
        return "type"  # a quake is no flu death, the deaths no explosion
    return None


def absence(m: Mention, r: Rules) -> bool:
    """A negated occurrence ('no confirmed cases have been found'): no event took place, so
    two such reports are no one event however alike (limits.absence_veto)."""
    return bool(r.limits.get("absence_veto")) and m.negated and m.type == OCCURRENCE


def act_veto(a: Mention, b: Mention, r: Rules, same: bool | None = None) -> str | None:
    """Two different acts told: named diseases or hazards, named actors, another trigger, one
    sentence, targets of one article, places, rungs, tallies, a hedge, separate incidents, one
    more, one person beside many, an act and its reply.

    Asked for millions of pairs: what each mention alone says to a test (:func:`act_flags`)
    is read once per mention, and the tests of two mentions of one article are skipped for
    two articles (each of them says no there); the verdict is the same as asking every test.
    ``same``: their :func:`same_trigger`, when the caller has asked it."""
    memo_a, memo_b = a.memo, b.memo  # act_flags' memo read here first: two calls a pair less
    flags_a = memo_a[1].get("act_flags") if memo_a is not None and memo_a[0] is r else None
    flags_b = memo_b[1].get("act_flags") if memo_b is not None and memo_b[0] is r else None
    gen_a, harm_a, place_a, inc_a, reply_a, tally_a = flags_a or act_flags(a, r)
    gen_b, harm_b, place_b, inc_b, reply_b, tally_b = flags_b or act_flags(b, r)
    if gen_a or gen_b:
        return "generic"  # 'schools drill pupils for earthquakes': no one quake
    if diseases_apart(a, b, r):
        return "diseases apart"  # 'the 2003 SARS outbreak' beside the swine flu outbreak
    if hazards_apart(a, b, r):
        return "hazards apart"  # 'after Hurricane Bastien' beside 'Hurricane Oriel'
    if sites_apart(a, b, r):
        return "sites apart"  # 'the refinery explosion' beside 'the rig blast'
    actors = a.actor and b.actor  # both tests below need both actors
    if actors and r.limits["actor_conflict_veto"] and names_overlap(a.actor, b.actor) == 0.0:
        return "actors differ"  # both name who acted, and no word in common
    if actors and roles_crossed_on(a, b, r):  # the same test cannot_link's cheap gate reads
        return "roles crossed"
    if r.limits.get("sibling_veto") and sibling_trigger(a, b, r, same):
        return "another act"  # the other sentence names this act by its own word
    one_article = a.article_id == b.article_id
    if one_article and one_sentence_two_acts(a, b, r):
        return "one sentence"
    if one_article and own_objects(a, b, r):
        return "own objects"  # 'approving the permits, accepting its claims': two acts
    if one_article and acts_placed_apart(a, b, r):
        return "acts placed apart"  # 'In Tessel , marchers demand' / 'A Varnow rally demands'
    if one_article and listed_apart(a, b, r):
        return "listed apart"  # 'the well blowout and platform explosion': two things
    if harm_a != harm_b:  # cause_and_effect, of the flags
        return "cause and effect"  # 'clashes left dozens injured': the harm is its own event
    if a.advised != b.advised:  # Mention.advised, set once per mention
        return "advice"  # 'should ask' against 'asked': what ought to be done is not done
    if one_article and planned_apart(a, b, r):
        return "planned and done"  # 'will be regretted' against 'regret': to come, not done
    if one_article and targets_apart(a, b, r):
        return "targets apart"
    if one_article and synonyms_apart(a, b, r):
        return "synonyms apart"  # 'rebuked the judge' beside 'lambasted the agency'
    if place_a is not None and place_b is not None and places_apart(place_a, place_b):
        return "places apart"  # place_of, of the flags
    if a.rungs and b.rungs and rung_conflict(a, b):
        return "rungs apart"
    if tally_a is not None and tally_b is not None and tallies_apart(a, b, r):
        return "tallies apart"
    if trend_and_count(a, b, r):
        return "trend and count"  # 'the increasing number of cases' beside '65 cases'
    if one_article and total_and_part(a, b, r):
        return "total and part"
    if one_article and part_and_whole(a, b, r):
        return "part and whole"  # 'cases in Lima' beside 'cases across Peru', figures apart
    if a.hedged != b.hedged and hedge_conflict(a, b, r):
        return "hedged"
    if inc_a and inc_b and incidents_apart(a, b, r):
        return "incidents apart"
    if one_article and inc_a and inc_b and one_place_of_many(a, b, r):
        return "one place of many"  # 'rallies in five cities' beside 'in Tarn, a march'
    if one_article and another_one(a, b, r):
        return "another one"
    if one_article and earlier_one(a, b, r):
        return "earlier one"  # 'previous plague cases' beside 'the new cases'
    if one_article and other_one(a, b, r):
        return "other one"  # 'the other deaths were in Varn' beside 'nine died there'
    if one_article and two_indefinites(a, b, r):
        return "two indefinites"  # 'after a flu outbreak' beside 'after an outbreak in Varn'
    if one_article and indefinite_after(a, b, r):
        return "indefinite after"  # 'the spill' ... 'an oil spill is no reason to tax'
    if one_article and status_apart(a, b, r):
        return "confirmed and suspected"  # 'the confirmed toll' beside 'suspected deaths'
    if one_article and kinds_apart(a, b, r):
        return "tally kinds apart"  # 'nine new cases, bringing the tally to 41'
    if one_article and one_and_many(a, b, r):
        return "one and many"  # 'a nurse infected' beside '300 residents infected'
    if one_article and subset_apart(a, b, r):
        return "part of a count"  # 'of those , nine were infected' beside '40 infected'
    if reply_a and reply_b and reply_apart(a, b, r):
        return "reply"
    if actors and one_party_of_all(a, b, r):
        return "one party of all"
    return None


def act_flags(m: Mention, r: Rules) -> tuple[bool, bool, str | None, bool, bool, date | None]:
    """What one mention alone tells :func:`act_veto`: generic, names harm
    (:func:`cause_and_effect`), its place (:func:`place_of`, else a tally report's clause
    place read strictly: :func:`~dateline.merge.tallies.tally_place_strict`, 'Peru on Monday
    confirmed 12 cases' against another article's Chile count), of an incident type, of a
    reply type, its tally day (:func:`tally_day`); worked out once per mention (mention.once)."""
    return once(m, "act_flags", r, _act_flags)


def _act_flags(m: Mention, r: Rules) -> tuple[bool, bool, str | None, bool, bool, date | None]:
    harm = tells_harm(m, r)
    place = place_of(m, r) or tally_place_strict(m, r)
    return (generic(m, r), harm, place, m.type in r.incident_types,
            m.type in r.words("reply_types"), tally_day(m, r))


def targets_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article, of one trigger sense, whose targets differ (share no
    word and are not one party: :func:`~dateline.merge.parties.targets_differ`) and are
    both names or both descriptions ('discusses the costs' / 'discussing the new port'):
    the article tells the act twice, of two things. A description may stand for a name
    ('the port operator' / 'Nordhaven Terminals'); another article's report may word the
    target otherwise."""
    if a.article_id != b.article_id or not (a.target and b.target):
        return False
    if not targets_differ(a, b, r):
        return False
    named_a = bool(name_tokens(a.target) & a.name_words)
    return named_a == bool(name_tokens(b.target) & b.name_words) and same_trigger(a, b, r)


def synonyms_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article whose triggers are two words of one class that
    ``synonym_guard_classes`` lists ('rebuked' / 'lambasted'): an article retelling one
    criticism in other words names one target and one day, so targets that differ
    (:func:`~dateline.merge.parties.targets_differ`, named or not: 'the judge' / 'the
    agency') or two days each mention's own clause or sentence states are two criticisms."""
    if a.article_id != b.article_id or a.trigger_key == b.trigger_key:
        return False
    shared = a.trigger_classes & b.trigger_classes
    if not shared or shared.isdisjoint(r.words("synonym_guard_classes")):
        return False
    if a.target and b.target and targets_differ(a, b, r):
        return True
    return (a.time_how in ANCHORED and b.time_how in ANCHORED and a.date_start is not None
            and b.date_start is not None and a.date_start != b.date_start)


def roles_crossed_on(a: Mention, b: Mention, r: Rules) -> bool:
    return bool(r.limits.get("roles_crossed_veto")) and roles_crossed(a, b)


def place_of(m: Mention, r: Rules) -> str | None:
    """Where a mention's own place phrase puts it (:attr:`Mention.place`), when its type
    is one ``place_conflict_types`` lists; else None (no conflict can be read from it).
    Two mentions placed, in their own words, in two places neither of which contains the
    other ('1 confirmed case in Denmark' / '403 cases in the United States'; 'cases in
    Scotland' / 'in England') are two happenings however alike the wording (act_veto's
    'places apart', of the flags); a sea or a continent ('the Gulf') places nothing, since
    what it holds is unknown."""
    return m.place if m.type in r.place_types else None


def hedge_conflict(a: Mention, b: Mention, r: Rules) -> bool:
    """One mention hedged or conditional ('discuss whether to raise the alert', 'could
    raise'), the other not, both of one trigger class, and no rung or figure of one in the
    other: an act that may come and the act itself. A hedge over a perfect ('seem to have
    had any contact', 'may have died': ``hedge_perfect_words`` just before the trigger)
    doubts an act that is past, which the plain report may tell: no conflict."""
    if a.hedged == b.hedged or not (a.trigger_classes & b.trigger_classes):
        return False
    if a.rungs & b.rungs or a.figures & b.figures:
        return False
    return not _perfect(a if a.hedged else b, r)


def _perfect(m: Mention, r: Rules) -> bool:
    """The two words before the trigger hold a perfect's auxiliary ('to have had')."""
    words = r.words("hedge_perfect_words")
    s = m.sentence or ""
    at = m.start - m.sentence_start if m.sentence_start is not None else s.find(m.trigger)
    before = s[: max(at, 0)].lower().split()[-2:]
    return any(w in words for w in before)


def incidents_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of the types ``incident_types`` lists (attacks, fighting, protests: a
    conflict day holds many of one type) whose sentences tie them to separate incidents, as
    :mod:`dateline.merge.disagree` reads them for its rows (``data/merge/disagree.json``
    ``incidents``): places after a place word, none of one's among the other's ('in Tessel' /
    'in Varnow'); for weapon, vehicle or site, one named by both and none in common ('a
    tunnel' / 'an anti-tank missile'); 'in a separate incident' with no place or means
    shared; or figures of one counted thing ``far_apart`` times apart, one sentence naming a
    place or means the other does not ('killing at least 32 soldiers' / 'two soldiers killed
    when a militant came through a tunnel')."""
    if a.type not in r.incident_types or b.type not in r.incident_types:
        return False
    counted, far_apart, separate_incidents, marks = incident_readers()
    ca, cb = incident_clause(a, r), incident_clause(b, r)
    if separate_incidents(ca, cb) and not (
            _place_in_other(ca, cb, marks, _seats_out(b.sentence, r))
            or _place_in_other(cb, ca, marks, _seats_out(a.sentence, r))):
        return True  # not: 'at Gate 4 of Karsholm port' / 'the Gate 4 picket at Karsholm port'
    return any(
        (thing := counted(x, r)) and thing == counted(y, r)
        and far_apart(x, a.sentence, y, b.sentence)
        for x in a.numbers for y in b.numbers)


def _seats_out(sentence: str | None, r: Rules) -> str | None:
    """``sentence`` without the place names of offices ('the Velsk mayor'; merge.title_places):
    an office-holder's seat is not where the exemption's place stands."""
    return without_title_places(sentence, r) if sentence else sentence


def one_place_of_many(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article, of ``incident_types``, in two sentences: one sentence
    lists ``limits.places_listed`` places or more after a place word ('rallies were held in
    Tarn, Varn, Oskar and Lenmark'; read as :func:`incidents_apart` reads places) and the
    other names fewer, one of them among the list ('in Varn, protesters marched to the
    town hall'): the article tells the spread of a kind of act over many places, then, apart,
    what happened in one. Another article's report of one place may be its only report."""
    most = int(r.limits.get("places_listed", 0))
    if (not most or a.article_id != b.article_id or a.key == b.key
            or a.sentence_index == b.sentence_index):
        return False
    marks = incident_readers().marks
    pa, pb = marks(a.sentence)[0], marks(b.sentence)[0]
    return any(
        len(many) >= most and 0 < len(few) < len(many)
        and any(x <= y or y <= x for x in few for y in many)
        for many, few in ((pa, pb), (pb, pa)))


def _place_in_other(a: str | None, b: str | None, marks: Callable[[str | None], Any],
                    whole: str | None = None) -> bool:
    """A place ``a`` names after a place word stands, all its words, anywhere in ``b``; with
    ``whole`` (``b``'s sentence, ``b`` its trigger's clause: :func:`~dateline.merge.
    incident_clause.incident_clause`) anywhere in the sentence but as a place another of its
    clauses names after a place word ('all is calm in Tarnow , but ...')."""
    places = marks(a)[0]
    if not places:
        return False
    if whole is None:
        words = frozenset(WORD.findall((b or "").lower()))
        return any(p <= words for p in places)
    words = frozenset(WORD.findall(whole.lower()))
    elsewhere = marks(whole)[0] - marks(b)[0]
    return any(p <= words and p not in elsewhere for p in places)


def generic(m: Mention, r: Rules) -> bool:
    """A generic plural (:func:`generic_plural`), an act of anyone (:func:`anyone_if`), an
    occurrence told as a risk (:func:`risk_of`), as what recurs (:func:`habitual`), as what
    befalls anyone who does something (:func:`anyone_who`), one readied for
    (:func:`readied_for`), one imagined (:func:`imagined`), a kind likened to
    (:func:`likened`), one withstood (:func:`kind_withstood`), a trigger quoted as a word
    (:func:`quoted_term`), one asked about or supposed
    (:func:`~dateline.merge.generic_frames.asked_or_supposed`), one whose figure is a
    threshold's bound (:func:`~dateline.merge.generic_frames.bound_of`), a kind told what it is
    (:func:`~dateline.merge.generic_frames.kind_is`), as a topic of telling
    (:func:`~dateline.merge.generic_frames.topic_of`) or what it is like
    (:func:`~dateline.merge.generic_frames.state_of`); worked out once per mention
    (mention.once: act_veto asks it for every pair)."""
    return once(m, "generic", r, _generic)


def _generic(m: Mention, r: Rules) -> bool:
    return (generic_plural(m, r) or anyone_if(m, r) or risk_of(m, r) or habitual(m, r)
            or anyone_who(m, r) or readied_for(m, r) or quoted_term(m, r)
            or relief_at_large(m, r) or imagined(m, r) or likened(m, r) or stance_on(m, r)
            or kind_withstood(m, r) or in_case(m, r) or asked_of_you(m, r) or kept_from(m, r)
            or asked_or_supposed(m, r) or bound_of(m, r) or kind_is(m, r)
            or topic_of(m, r) or state_of(m, r))


def kind_withstood(m: Mention, r: Rules) -> bool:
    """A compound adjective of the kind and a ``kind_suffixes`` ending ('quake-proof homes',
    'flood-prone valleys', 'fire-resistant doors'): what withstands or suffers any instance
    of the kind, no one reported."""
    t = m.trigger.lower()
    return " " not in t and "-" in t and t.endswith(tuple(r.words("kind_suffixes")))


def stance_on(m: Mention, r: Rules) -> bool:
    """A bare plural noun trigger right after a ``stance_before`` phrase ('not in favour of
    raids', 'opposed to strikes on towns'): the kind someone is for or against, not an act
    reported; a determiner or figure between ('opposed to the raids') is read as usual."""
    t = m.trigger.lower()
    if not m.nominal or " " in t or not t.endswith("s") or t.endswith("ss"):
        return False
    before = " ".join(words_before(m, 3))
    return any(before.endswith(p) for p in r.words("stance_before"))


def likened(m: Mention, r: Rules) -> bool:
    """A noun trigger followed by a ``likeness_after`` phrase ('not seen a spill like this',
    'no flood like it in a century'), or bare and lower-case right after a
    ``likeness_before`` word ('more fatigue than death'): any instance of the kind the
    speaker compares with, not one reported."""
    if not m.nominal or not m.sentence:
        return False
    if (m.type == OCCURRENCE and m.trigger.isalpha() and m.trigger.islower()
            and r.words("likeness_before") & set(words_before(m, 1, 20))):
        return True
    at = trigger_offset(m)
    if at < 0:
        return False
    after = " ".join(WORD.findall(m.sentence[at + len(m.trigger):].lower())[:2])
    return after in r.words("likeness_after")


def imagined(m: Mention, r: Rules) -> bool:
    """A trigger in the clause a ``scenario_nouns`` noun opens with a ``scenario_openers``
    phrase ('a scenario in which the spill reaches the coast', 'a drill where the dam
    breaks'), within ``limits.scenario_words`` words and no clause mark between: an
    instance imagined, not one reported."""
    before = words_before(m, int(r.limits.get("scenario_words", 0)), chars=200)
    nouns, openers = r.words("scenario_nouns"), r.raw.get("scenario_openers", ())
    for i, w in enumerate(before):
        if w not in nouns:
            continue
        rest = before[i + 1:]
        if rest[:1] == [","]:
            rest = rest[1:]
        for opener in openers:
            words = opener.split()
            if rest[:len(words)] == words:
                return not set(rest[len(words):]) & r.words("scenario_stops")
    return False


def relief_at_large(m: Mention, r: Rules) -> bool:
    """Aid named by a bare mass noun (``relief_mass_nouns`` under ``relief_mass_rules``:
    'flights bringing aid', 'aid is trickling in', 'donations to charities') with no giver
    and no sum in its sentence, and no reference word or possessive just before it ('the
    aid', 'their donations' name one the article tells of), and no day of its own clause
    ('flood aid sent to Kessa on Friday'): the relief effort at large, not one delivery or
    pledge ('the EU released $4 million in aid' is one: two_sums reads it)."""
    if m.actor or m.time_how in ANCHORED or (m.rule or "") not in r.words("relief_mass_rules"):
        return False  # a giver, or a day its own clause gives it: one delivery
    if m.trigger.lower() not in r.words("relief_mass_nouns"):
        return False
    told = r.words("reference_words") | r.words("named_once_possessives")
    if set(words_before(m, 1, chars=20)) & told:
        return False  # 'the aid', 'their donations': one the article has told of
    units = r.words("sum_units")
    return not any((n.counts or "") in units for n in m.numbers)


def _marks(r: Rules) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """rules.json ``quote_marks`` as quoted_term reads them: the opening and closing marks,
    single ones too (a term is as often set in single quotes), and the marks that open a
    quote glued to its first word ('"oil', not an apostrophe's "'s")."""
    q = r.raw.get("quote_marks", {})
    straight, opens = tuple(q.get("straight", ())), tuple(q.get("open", ()))
    return (opens + straight + tuple(q.get("single_open", ())),
            tuple(q.get("close", ())) + straight + tuple(q.get("single_close", ())),
            straight + opens)


def quoted_term(m: Mention, r: Rules) -> bool:
    """A trigger quoted as a word after a ``quoted_term_words`` word ('paid for the search
    term "harbour leak"', 'typed the words "port blast"'): the words named, no happening.
    The quote mark opens at most ``limits.quoted_term_before`` words before the trigger and
    closes right after it; a naming word at most four words before the mark."""
    s = m.sentence or ""
    at = trigger_offset(m)
    opens, closes, glued = _marks(r)
    if at < 0 or not s[at + (m.end - m.start):].lstrip().startswith(closes):
        return False
    words = s[:at].split()
    n = int(r.limits.get("quoted_term_before", 0))
    for i in range(1, min(n + 1, len(words)) + 1):
        if words[-i] in opens or words[-i].startswith(glued):  # '"' or '"oil
            mark = len(words) - i
            named = [w.lower().strip(",.") for w in words[max(0, mark - 4):mark]]
            return not r.words("quoted_term_words").isdisjoint(named)
    return False


def going_on(m: Mention, r: Rules) -> bool:
    """An occurrence verb of a ``going_on_kinds`` kind told as going on: a form in -ing
    after a ``going_on_aux`` word ('oil is gushing', 'has been spewing for 47 days'), or the
    verb within three words after a ``going_on_words`` word ('continues to gush', 'still
    leaking', 'kept flowing'), or for a ``going_on_participle_kinds`` kind any -ing form
    ('the spill seeping into the marshes', 'oil spewing from the well') but the flow a
    ``going_on_causers`` verb sent ('the blast sent oil spewing': the spill's own release).
    The flow as a state of its day, which a report of the spill (a noun naming the story's
    event) is not. Asked once per mention (mention.once)."""
    return once(m, "going_on", r, _going_on)


def going_split(groups: list[list[Key]], mentions: Mapping[Key, Mention],
                r: Rules) -> list[list[Key]]:
    """Each group less its occurrences told as going on (:func:`going_on`: 'oil continues
    to gush') when it also holds one of their kind not so told ('the spill'): the flow as
    the state of its day leaves the event, together, as one group of its own. A pass over
    the finished groups, not a pair veto: a veto's missing pairs regroup the rest of a
    story's day groups; this moves only the flow's mentions, and each group alone decides
    (the result stays independent of order and batches)."""
    return split_off(groups, mentions, lambda m: going_on(m, r))


def _going_on(m: Mention, r: Rules) -> bool:
    kind = m.occurrence_kind
    if m.nominal:
        return flowing_noun(m, r)  # 'the gushing oil leak'
    if kind not in r.words("going_on_kinds"):
        return False
    before = words_before(m, 3, chars=40)
    ing = m.trigger.lower().split()[0].endswith("ing")
    if ing and r.words("going_on_aux") & set(before[-2:]):
        return True
    if ing and kind in r.words("going_on_participle_kinds") and not (
            r.words("going_on_causers") & set(words_before(m, 6, chars=60))):
        return True
    return bool(r.words("going_on_words") & set(before))


def anyone_who(m: Mention, r: Rules) -> bool:
    """An occurrence verb in the present after a relative 'who' on an unnamed kind of
    people (``generic_who_heads``: 'most people who catch this flu',
    'those who catch it'): what befalls anyone, no one's case. A past form (in -ed or
    ``generic_who_past``: 'people who died', 'those who caught it') may tell who it befell.
    So is any trigger told as what such people think befell them: a ``generic_who_think``
    verb right after that 'who', the trigger within ``limits.generic_who_think_words``
    words after it in one clause ('those who fear they may have caught it should call a
    doctor'). Asked once per mention (:func:`generic`'s memo)."""
    if m.type != OCCURRENCE:
        return False
    if who_think(m, r):
        return True
    if m.nominal:
        return False
    verb = (m.trigger.lower().split() or [""])[0]
    if verb.endswith("ed") or verb in r.words("generic_who_past"):
        return False
    before = words_before(m, 2, chars=40)
    return len(before) == 2 and before[1] == "who" and before[0] in r.words("generic_who_heads")


def habitual(m: Mention, r: Rules) -> bool:
    """An occurrence told as what recurs every year or season (``habitual_phrases`` among
    the ``limits.habitual_words`` words after the trigger: 'seasonal flu kills as many as
    400,000 people every year', 'deaths each winter'): a kind's rate, no one happening. So
    is a verb after a ``habitual_adverbs`` word ('oil naturally seeps', 'it rarely infects
    people'): what a kind does. So is a verb of any act after a ``habitual_leads`` word and a
    ``habitual_units`` word in its own clause ('every afternoon an officer visits the camp'):
    what someone does day after day, no one visit. Asked once per mention (:func:`generic`'s
    memo)."""
    at = trigger_offset(m)
    if at < 0 or not m.sentence:
        return False
    if not m.nominal and _recurs_before(m, r):
        return True
    if m.type != OCCURRENCE:
        return False
    if not m.nominal and r.words("habitual_adverbs") & set(words_before(m, 2, chars=40)):
        return True
    if m.nominal and adverb_after(m, r):
        return True
    width = int(r.limits.get("habitual_words", 0))
    after = " ".join(WORD.findall(m.sentence[at + len(m.trigger):].lower())[:width])
    return any(f" {p} " in f" {after} " for p in r.words("habitual_phrases"))


def _recurs_before(m: Mention, r: Rules) -> bool:
    """A ``habitual_leads`` word then a ``habitual_units`` word among the
    ``limits.habitual_before`` words before the trigger, no clause mark or
    ``habitual_stops`` word between ('every day since the barge sank' dates one sinking)."""
    before = words_before(m, int(r.limits.get("habitual_before", 0)), chars=120)
    leads, units, stops = (r.words("habitual_leads"), r.words("habitual_units"),
                           r.words("habitual_stops"))
    for i in range(len(before) - 2, -1, -1):
        w = before[i + 1]
        if w in stops or w[-1:] in ",;:":
            return False
        if before[i] in leads and w in units:
            return True
    return False


def risk_of(m: Mention, r: Rules) -> bool:
    """An occurrence told as a risk ('the risk of a major spill', 'the possibility of an
    explosion': ``generic_risk_words``, 'of', then ``generic_risk_articles``, at most two words
    to the trigger; or 'of' right before a lower-case trigger: 'a higher risk of explosion',
    'the chances of catching it'): what might happen, not what did. Asked once per mention
    (:func:`generic`'s memo)."""
    if m.type != OCCURRENCE:
        return False
    before = words_before(m, 5, chars=60)
    risks, arts = r.words("generic_risk_words"), r.words("generic_risk_articles")
    if len(before) >= 2 and before[-2] in risks and before[-1] == "of" and m.trigger.islower():
        return True  # no article: 'a higher risk of explosion', the kind
    return any(
        w in risks and before[i + 1] == "of" and before[i + 2] in arts
        for i, w in enumerate(before[:-2])
    )


def readied_for(m: Mention, r: Rules) -> bool:
    """An occurrence after an indefinite that something is readied for ('preparing for an
    outbreak', 'capable of tackling an outbreak', 'plans to deal with a spill': a
    ``generic_ready_words`` word at most three words before the article, one clause) or told
    as possible ('a possible widespread outbreak': ``generic_possible_words`` between the
    article and the trigger): any one that may come, not the story's. Asked once per
    mention (:func:`generic`'s memo)."""
    if m.type != OCCURRENCE:
        return False
    before = after_clause_mark(words_before(m, 8, chars=80))
    at = next((i for i in range(len(before) - 1, max(len(before) - 4, -1), -1)
               if before[i] in ("a", "an")), None)
    if at is None:
        return False
    if not r.words("generic_possible_words").isdisjoint(before[at + 1:]):
        return True
    return not r.words("generic_ready_words").isdisjoint(before[max(0, at - 3):at])


def anyone_if(m: Mention, r: Rules) -> bool:
    """A trigger in a condition on an unnamed anyone (``generic_if_words`` then
    ``generic_anyone``, at most two words between them and the trigger: 'if you catch swine
    flu', 'when someone is infected'): advice or a rule of thumb, no one's act. Asked once
    per mention (:func:`generic`'s memo), so it keeps no cache of its own."""
    ifs, anyone = r.words("generic_if_words"), r.words("generic_anyone")
    before = words_before(m, 4, chars=60)
    if any(w in ifs and before[i + 1] in anyone for i, w in enumerate(before[:-1])):
        return True
    # further into the condition, an indefinite before the trigger ('if you were to cover
    # the gulf with an oil spill', 'if you lack the gear to answer a spill'): any
    # one, no one's; 'if you want to know about the spill' names the story's own
    if r.words("generic_if_indefinite").isdisjoint(before[-2:]):
        return False
    clause = after_clause_mark(words_before(m, 14, chars=100))
    return any(w in ifs and clause[i + 1] in anyone for i, w in enumerate(clause[:-1]))


def generic_plural(m: Mention, r: Rules) -> bool:
    """A bare plural noun of a one-time occurrence kind (``reference_kinds``) or of
    ``generic_lasting_kinds`` (spills: one story's spill is told in the singular), with no
    figure and no determiner, possessive or count word among the three words before it
    (``generic_not_after``): 'drill pupils for earthquakes', 'there will always be oil spills'
    speak of a kind, not of one event."""
    kind = m.occurrence_kind
    t = _kind_noun(m.trigger.lower(), r)
    kinds = r.words("reference_kinds") | r.words("generic_lasting_kinds")
    if (not m.nominal or kind not in kinds or not t
            or not t.endswith("s") or t.endswith("ss")):
        return False
    if m.location and kind in r.words("generic_unless_placed"):
        return False  # 'outbreaks in three schools': real ones, wherever the kind is told
    at = m.start - m.sentence_start if m.sentence_start is not None else -1
    if at < 0:
        return False
    before = (m.sentence or "")[max(0, at - 40):at].lower().replace("'s", " 's").split()[-3:]
    # the noun phrase ends at a clause mark: a 'the' before a comma determines another noun
    before = after_clause_mark(before)
    if kind in r.words("generic_lasting_kinds") and not before_determiner(before, r) and any(
            w in r.words("generic_lasting_many") for w in before):
        return True  # crews that cleaned up hundreds of spills: none is the story's one
    if m.numbers:
        return False
    stop = r.words("generic_not_after")
    return not any(w in stop or w[:1].isdigit() for w in before) and not _told_past(m, at, r)


def before_determiner(before: list[str], r: Rules) -> bool:
    """A determiner or possessive (``generic_lasting_owned``) among the words before: 'the
    dozens of spills', 'its many spills' name ones the story knows."""
    return any(w in r.words("generic_lasting_owned") for w in before)


#: tokens that end a clause or phrase (the corpus' tokenised quotes and dashes too)
_CLAUSE_MARKS = frozenset((",", ";", ":", "--", "``", "''", "(", ")", "-lrb-", "-rrb-"))


def after_clause_mark(words: list[str]) -> list[str]:
    """The words after the last clause mark: a mark token (the corpus spaces them) or a word
    ending in one ('ask,' in raw text)."""
    cut = max((i + 1 for i, w in enumerate(words)
               if w in _CLAUSE_MARKS or w[-1:] in _MARK_ENDS), default=0)
    return words[cut:]


_MARK_ENDS = frozenset(",;:")


def _kind_noun(trigger: str, r: Rules) -> str:
    """The plural a trigger tests: itself when one word, or the noun of a noun-and-verb
    trigger whose verb says what the kind does ('spills occur', 'quakes will happen':
    ``generic_kind_verbs``; 'are' not before a form in -ing, which tells real ones going on,
    'aftershocks are hitting'); '' otherwise ('aftershocks rocked' tells what happened)."""
    words = trigger.split()
    if len(words) <= 1:
        return words[0] if words else ""
    if words[1] not in r.words("generic_kind_verbs"):
        return ""
    if words[1] in ("are", "is") and any(w.endswith("ing") for w in words[2:]):
        return ""
    return words[0]


def _told_past(m: Mention, at: int, r: Rules) -> bool:
    """The plural is the subject of a past verb right after it ('explosions shook the town'):
    the report tells what happened, not of the kind. Only ``generic_past_verbs``: a word in -ed
    may be a participle ('quakes called tremors', 'explosions caused by gas')."""
    after = (m.sentence or "")[at + len(m.trigger):at + len(m.trigger) + 30].lower().split()[:1]
    return bool(after) and after[0] in r.words("generic_past_verbs")
