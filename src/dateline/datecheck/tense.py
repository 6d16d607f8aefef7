"""The tense in which a date is referred to: the evidence a stated date must agree with.

"ran from Feb. 3 to April 9" (past) says April 9 is behind the writer; "will meet on
March 1" (future) says it is ahead. Two readings are neutral on purpose: ``prospective``
(a past-tense clause about a planned date: "was scheduled for March 1", "agreed to meet
on March 1", "extended until March 1") and ``modal`` ("would", "could"), because news
routinely reports plans in the past tense and those must not raise false alarms; and
``bounded`` (a limit: "until March 1", "through Oct. 19"), neutral both ways. ``aimed``
(a goal: "hoped to pass the levy on April 18", "before he flies to Lund on April 24")
lies ahead of its telling, but a hope may be overtaken: no rule reads it, the prior
weighs it with the future.

With a spaCy ``Doc`` the governing verb of the date is found through the dependency
tree; without one a word-window heuristic over the sentence is used.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import takewhile
from typing import TYPE_CHECKING, Any, Literal

from dateline.datecheck.resources import lexicon, word_set
from dateline.wordlists import PERSONAL_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

Tense = Literal["past", "present", "future", "prospective", "aimed", "bounded", "modal", "none"]

_FUTURE = ("will", "shall", "'ll", "wo", "’ll")
_VERB_POS = ("VERB", "AUX")
_NOUN_POS = ("NOUN", "PROPN")


def tense_of(text: str, start: int, end: int, doc: Any = None) -> Tense:
    """Tense of the clause that refers to ``text[start:end]``."""
    tense = _tense(text, start, end, doc)
    if tense == "future" and _BASELINE.search(text, max(0, start - 80), start):
        # "will drop from 7.2 in 2031 to 6.1 by 2035": the future is the change's, the
        # year the baseline's, already measured.
        return "none"
    return tense


#: "from 4.5 in ", "from roughly three per cent in ": a quantity's baseline before its date.
_BASELINE = re.compile(
    r"\bfrom\s+(?:about|around|some|nearly|almost|over|under|roughly|just)?\s*"
    r"(?:[$€£]?\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)\b[^,;.]{0,30}?"
    r"\s+in\s+$", re.IGNORECASE)


def _tense(text: str, start: int, end: int, doc: Any) -> Tense:
    context = _context(text, start, end)
    if context == "limit":
        # "will stay until early 1990": a limit of a future clause lies ahead of the
        # writer; of a past or planned clause it may lie on either side.
        return "future" if _clause_is_future(text, start, end, doc) else "bounded"
    if context == "boundary":
        # "output in the year ending Sept. 30 rose": the period's end takes the tense of
        # the clause the period belongs to (past: over); in any other clause it is a term.
        return _boundary_tense(doc, start, end) if doc is not None else "prospective"
    if context == "prospective" and doc is not None and _term_set_in_past(doc, start, end):
        return "bounded"
    if context is not None:
        return context
    if doc is not None:
        return _tense_from_doc(doc, start, end)
    if _retrospective_nearby(text[max(0, start - 60) : start], phrase_reach=True):
        return "past"  # "her third trip since the strike at the docks on March 1"
    return _tense_from_text(text, start, end)


def _context(text: str, start: int, end: int,
             ) -> Tense | Literal["limit", "boundary"] | None:
    """What the words right around a date say, before any verb is consulted.

    ``bounded``: a limit, neutral both ways ("until March 1", "through Oct. 19",
    "by the end of 1990"). ``prospective``: a term or plan ("due March 1, 2011",
    "payable Dec. 7", "the Jan. 14 deadline", "his 1990 earnings projection").
    ``past``: a starting point already reached ("since Jan. 13"). ``limit``: a limit
    (``limit_preps``: "until", "by") whose clause's tense decides (:func:`tense_of`).
    """
    before = re.findall(r"[a-z]+", text[max(0, start - 60) : start].lower())
    fillers, preps = word_set("span_fillers"), word_set("prospective_preps")
    popped: list[str] = []
    # "by the end of 1990", "due on March 1": look past filler words to the cue, but
    # not past a bare article ("by the Feb. 23 accord" is an agent, not a limit).
    while len(before) > 1 and before[-1] in fillers and before[-1] not in preps:
        popped.append(before.pop())
    only_articles = bool(popped) and set(popped) <= {"the", "a", "an"}
    last = before[-1] if before else ""
    if last in word_set("retrospective_preps") and not popped:
        return "past"
    if _retrospective_nearby(text[max(0, start - 60) : start]):
        return "past"  # "since the deadly Sept. 9 blast"
    if last in word_set("start_preps") and not popped and _open_start(text, start, end):
        # "accepted Angola as a member from January 1": a state's first day, told
        # without its end, is as often ahead of a past clause (a change taking effect);
        # as a limit, it lies ahead of a future one ("from Dec. 1, more will be sent").
        return "limit"
    if not only_articles and (last in preps or " ".join(before[-2:]) in preps):
        # "scheduled for March 1", "postponed until March 1": the verb makes it a plan.
        prev = before[-2] if len(before) > 1 else ""
        if prev.endswith("ed") and _is_prospective(prev):
            # "had been scheduled for Jan. 25", "originally set for Oct. 30": a plan told
            # in the past perfect or as the first of several was overtaken; its day
            # passing says nothing of the writing date.
            overtaken = "had" in before[-5:-2] or bool(
                set(before[-4:-2]) & word_set("overtaken_plan_adverbs"))
            return "bounded" if overtaken else "prospective"
        limits = word_set("limit_preps")
        return "limit" if last in limits or " ".join(before[-2:]) in limits else "bounded"
    if not popped and last in word_set("term_setting_verbs") and (
            _TERM_FOR.match(text, end)):
        # "the tribunal set May 12 for closing pleas": the day is the term being set, a plan.
        return "prospective"
    if last in word_set("boundary_cues"):
        return "boundary"
    if last in word_set("prospective_cues"):
        return "prospective"
    after = re.split(r"[,.;:()\"]", text[end : end + 50], maxsplit=1)[0]
    words = re.findall(r"[a-z]+", after.lower())[:4]
    # "passed away on Oct. 6 due to the fever": "due to" gives a cause, not a term.
    causal = {i for i, w in enumerate(words[:-1]) if w == "due" and words[i + 1] == "to"}
    if any(w in word_set("prospective_nouns_after") for i, w in enumerate(words)
           if i not in causal):
        # "missed the Nov. 4 deadline": a term someone missed or met has come.
        raw = re.findall(r"[a-z]+", text[max(0, start - 30) : start].lower())
        met = len(raw) > 1 and raw[-1] in word_set("term_reached_determiners") and (
            raw[-2] in word_set("term_reached_verbs"))
        return "past" if met else "prospective"
    if _names_scheduled_event(text[max(0, start - 6) : start], words):
        return "none"
    # "his 1990 earnings projection" is a forecast for 1990; "the May 27 estimate" was
    # made on May 27, so forecast nouns only count for dates without a day. A determiner
    # after the date opens another noun phrase, the verb's object ("published on Tuesday
    # a spending budget"): only the words before it may be the date's forecast. (A term's
    # noun keeps its determiner: "named July 2027 as a date" names the term.)
    own = takewhile(lambda w: w not in _DETERMINERS, words)
    forecast = any(w in word_set("forecast_nouns_after") for w in own)
    if forecast and not _names_a_day(text[start:end]):
        return "prospective"
    return None


#: "for" or "as" right after a day a verb sets: "set July 8 for", "fixed May 2 as".
_TERM_FOR = re.compile(r"(?:,?\s*\d{4})?\s+(?:for|as)\b", re.IGNORECASE)

#: Words that open a noun phrase of their own after a date.
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})

_RANGE_NEXT = re.compile(r"\s*(?:and\b|[-–—])")
_RANGE_END = re.compile(r"\b(?:to|through|till|until|thru)\b", re.I)


def _open_start(text: str, start: int, end: int) -> bool:
    """A yearless day that no range end follows in its sentence ("from May 3", not "from
    May 3 to 9" nor "from Sept. 9, when the pipe burst, until Friday")."""
    right = sentence_bounds(text, start, end)[1]
    return (_names_a_day(text[start:end]) and not re.search(r"\d{4}", text[start:end])
            and not _RANGE_NEXT.match(text, end) and not _RANGE_END.search(text, end, right))


def _boundary_tense(doc: Any, start: int, end: int) -> Tense:
    """Past if the clause above a period's boundary word ("ending") is past, else a term;
    a period the clause aims at ("hedged fuel for the year ending June 2007") lies ahead."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tok: Token | None = span.root if span is not None and len(span) else None
    for _ in range(10):
        if tok is None or tok.head.i == tok.i or _aimed_at(tok):
            break
        tok = tok.head
        if tok.pos_ in _VERB_POS and tok.lower_ not in word_set("boundary_cues"):
            return "past" if _verb_tense(tok) == "past" else "prospective"
    return "prospective"


def _names_a_day(date_text: str) -> bool:
    """Does the date name a day ("May 27", "27 May 1990"), not a month or a year?"""
    return bool(re.search(r"\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", date_text)) and not (
        re.fullmatch(r"\d{4}", date_text.strip()))


def _names_scheduled_event(before: str, after: list[str]) -> bool:
    """ "the Jan. 25 elections", "a 29 November hearing", "the minister's May 1 visit":
    the date names a scheduled event, which the clause may report as announced, awaited
    or held; its verb's tense ("entries shut for the June 8 ballot") does not date
    the event."""
    return bool(re.search(r"(?:\b(?:the|a|an)|\w['’]s?)\s+$", before, re.IGNORECASE)) and any(
        w in word_set("scheduled_event_nouns") for w in after[:3]
    )


def _retrospective_nearby(before: str, phrase_reach: bool = False) -> bool:
    """ "since" up to three words back in the date's sentence, or with ``phrase_reach``
    (the word heuristic: the parse reads a 'since' phrase itself) further where the date
    is a phrase of its own (lexicon ``since_phrase_preps``: "since the strike at the
    docks on March 1"), with no verb in between ("polls since 1995 are to be held on Dec.
    14": 'since' had its own object, and the verb group dates the day). A date inside a
    name further on is the subject's of a 'since' clause ("Since the Committee for the
    2008 Games launched ...")."""
    words = re.findall(r"[a-z]+", re.split(r"[.!?;:]", before.lower())[-1])
    for back, w in enumerate(reversed(words)):
        if w in word_set("retrospective_preps"):
            return back <= 3 or (phrase_reach and words[-1] in word_set("since_phrase_preps"))
        if _verb_like(w):
            return False
    return False


def _verb_like(w: str) -> bool:
    """A word that opens or is a verb group: an auxiliary, a past or present verb form."""
    return (w.endswith("ed") or w in _BE_PAST | _BE_PRESENT | _PERFECT | _BE_FORMS
            or w in _FUTURE or w in word_set("modal_aux") or w in word_set("past_words")
            or w in word_set("present_words"))


def _clause_is_future(text: str, start: int, end: int, doc: Any) -> bool:
    """Is the clause of the date future ("will continue to operate ... until 1990")? An
    infinitive's clause is that of the verb it completes."""
    if doc is None:
        left = sentence_bounds(text, start, end)[0]
        words = list(_WORD.finditer(text, left, start))
        # infinitives and bare participles ("closed", maybe an adjective) are no clause
        groups = [g for g in _groups(words)
                  if not g[3] and not text[g[0] : g[1]].lower().startswith("to ")]
        return bool(groups) and groups[-1][2] == "future"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok: Token = span.root
    for _ in range(12):
        if tok.pos_ in _VERB_POS and not any(c.dep_ == "aux" and c.lower_ == "to"
                                             for c in tok.children):
            return _verb_tense(tok) == "future" and not _future_perfect(tok)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _term_set_in_past(doc: Any, start: int, end: int) -> bool:
    """ "the envoys agreed on a customs union, setting March 2031 as its deadline", "the
    board had set a March 1 deadline": a term set (lexicon ``term_set_verbs``) in a
    participle's or an infinitive's clause under a past one, or in the past perfect, is
    background, a plan whose day may have passed since the setting; it says nothing of the
    writing date. A setting told in the simple past ("the tribunal set May 12 for its next
    sitting") is mostly the story's own act, days old, and "has set", "will set" keep the
    plan ahead."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok: Token = span.root
    for _ in range(8):
        if tok.pos_ in _VERB_POS or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in _VERB_POS or tok.lemma_.lower() not in word_set("term_set_verbs"):
        return False
    setter = tok
    for _ in range(4):
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if aux - {"to"} or tok.tag_ not in ("VBG", "VBN", "VB") or tok.head.i == tok.i:
            break  # a finite verb, or the clause's top
        tok = tok.head  # "setting ... as the deadline", "to set": the clause above tells
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return tok.pos_ in _VERB_POS and (
        (tok.tag_ == "VBD" and not aux and tok.i != setter.i) or bool(aux & {"had", "'d"}))


def _future_perfect(verb: Token) -> bool:
    """ "By 2031 the town will have built two bridges": a future perfect looks back from its
    limit, a horizon as far as the speaker sets it (lexicon ``future_perfect_aux``), not a
    time ahead as near as a plain future's; the limit is bounded."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in word_set("future_perfect_aux")
                                      for c in verb.children)


# -- with a parse ---------------------------------------------------------------------


def _tense_from_doc(doc: Any, start: int, end: int) -> Tense:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return _tense_from_text(doc.text, start, end)
    tok: Token = span.root
    if _year_names_noun(tok, span.text):
        return "none"
    below: Token = tok
    if tok.pos_ in _VERB_POS:
        # "output will fall in the season 2026/27": the parse may take a date's own token
        # for a verb (a past one); the date's clause is the one above it.
        if tok.head.i == tok.i:
            return _tense_from_text(doc.text, start, end)
        tok = tok.head
    hops = 0
    aimed = False
    measure = False
    while tok.pos_ not in _VERB_POS and tok.head.i != tok.i and hops < 8:
        below, tok = tok, tok.head
        hops += 1
        if tok.dep_ == "prep" and tok.lower_ in word_set("retrospective_preps"):
            return "past"  # "will make a trip ... since the April 20 explosion"
        if (below.dep_ == "prep" and tok.lemma_.lower() in word_set("scheduled_event_nouns")
                and _aimed_at(tok)):
            return "none"  # "days before the election on May 1", as "the May 1 election"
        if below.dep_ in ("prep", "npadvmod") and tok.pos_ in _NOUN_POS:
            # "the bidding for advertising in 2007 closed": the date times the clause's
            # aim, which a past act may precede ('to' and 'into' also lead a place:
            # "home to a million children in late 2005"); so does a day the parse hangs
            # on the aim's noun itself ("pressed her case ahead of a summit Thursday").
            aimed = aimed or (_aimed_at(tok) and tok.head.lower_ not in ("to", "into"))
            measure = measure or _announced_measure(tok)
            if tok.lemma_.lower() in word_set("forecast_nouns"):
                # "trimmed its forecast for growth in 2007": the forecast's target.
                return "none" if _names_a_day(span.text) else "prospective"
        if below.dep_ in ("attr", "acomp") and tok.lemma_ == "be" and hops > 1:
            return "none"  # "was a sign of the change on July 1": the noun's time
        while _names_a_work(tok) and hops < 8:
            # "will broadcast a film, entitled X, on Sunday": the naming is no act; the
            # date is that of the act the named thing belongs to.
            below, tok = tok, tok.head
            hops += 1
    if tok.pos_ not in _VERB_POS:
        return "none"
    verb = _prefix_split(tok)
    if _sets_a_named_day(verb):
        return "none"
    tense = _verb_tense(verb, _times_the_act(below, tok))
    if tense == "past" and (aimed or _after_aim(doc, span.root, verb.i)):
        return "none"
    if tense == "past" and (measure or _plan_says(verb)):
        return "bounded"
    if tense == "past" and _names_held_event(verb):
        return "none"
    if tense == "past" and _present_perfect(verb) and _names_a_day(span.text):
        # "have called a strike on May 3": a present perfect takes no definite past day,
        # so the day is the object's (a plan), not the act's.
        return "bounded"
    return tense


def _after_aim(doc: Any, date: Token, verb: int) -> bool:
    """ "lifted hopes for cheaper credit in 2031", "approved a stand for the trade fair in
    early 2031": a date's phrase right after an aim's or an expectation's noun phrase
    (``linear_aim_preps``, ``expectation_nouns``), with no verb between, may time the aim,
    whatever the parse hangs it on (it mostly picks the verb). The preposition must hang
    on a common noun: on a verb it is the act's own ("voted for the bill on May 1",
    "jailed for ten years in 2029") unless it is a trip's aim (:func:`_trip_aim`), in a
    name a part of it ("the Centre for Drugs in
    its 2031 report"). Read backwards from the
    date's own preposition ("profits for the fourth quarter" is the date's own aim) to the
    verb ``verb``; a comma ends the phrase unless it follows a name ("the games in Lund,
    Sweden, on Dec. 1")."""
    preps, hopes = word_set("linear_aim_preps"), word_set("expectation_nouns")
    first = min(t.i for t in date.subtree)
    if date.dep_ == "pobj" and date.head.i < first:
        first = date.head.i
    start = max(doc[first].sent.start, verb + 1 if verb < first else 0)
    for i in range(first - 1, max(start, first - 16) - 1, -1):
        t = doc[i]
        if t.pos_ in _VERB_POS and t.dep_ not in ("amod", "compound"):
            return False
        if t.is_punct and not (t.text == "," and i > 0 and doc[i - 1].pos_ == "PROPN"):
            return False
        if (t.dep_ == "prep" and t.lower_ in preps
                and (t.head.pos_ == "NOUN" or _trip_aim(t))) or (
                t.pos_ == "NOUN" and t.lemma_.lower() in hopes):
            return True
    return False


#: entity labels of a place: a trip's aim that is one takes the leaving's day.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _trip_aim(prep: Token) -> bool:
    """ "left for the Asian Games in Doha on Dec. 1-15": a verb of going
    (``journey_verbs``) whose phrase names an event, not a place, is a trip to the event,
    whose day follows; "left for Doha on Dec. 1" gives the leaving's. An event is a common
    noun ("the summit"), a name the parse takes for one, or a name held somewhere ("the
    Games in Doha"); a bare name may be a place the parse does not know ("Dhaka, capital
    of Bangladesh")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or prep.head.lemma_.lower() not in word_set("journey_verbs") \
            or obj.ent_type_ in _PLACE_ENTS:
        return False
    held = any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in obj.children)
    return (obj.ent_type_ == "EVENT" or held
            or (obj.pos_ == "NOUN" and obj.lower_ not in word_set("place_nouns")))


def _names_held_event(verb: Token) -> bool:
    """ "the rowing event hosted by Osk in 2031", "the summit held on May 1": a bare participle
    on an event's noun (``scheduled_event_nouns``, ``held_event_nouns``) names the event
    by its time, which may lie on either side of the writing date, as "the May 1 summit"
    does; "the man arrested on May 2" keeps the past."""
    return (verb.tag_ == "VBN" and verb.dep_ == "acl"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and verb.head.lemma_.lower() in word_set("scheduled_event_nouns")
            | word_set("held_event_nouns"))


def _sets_a_named_day(verb: Token) -> bool:
    """ "Grain Day was set by the Osk assembly on October 16": a named day (a proper
    noun of ``named_day_nouns``) set or designated in the passive (``day_naming_verbs``) is
    dated by its own day, kept every year, not by a plan ahead nor an act."""
    return (verb.lemma_.lower() in word_set("day_naming_verbs")
            and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN"
                    and c.lemma_.lower() in word_set("named_day_nouns") for c in verb.children))


def _announced_measure(noun: Token) -> bool:
    """ "announced the suspension of classes Thursday", "ordered the closure of the schools
    on Friday": a day the parse hangs on a measure's noun (``announced_measure_nouns``),
    the object of a verb of announcing or ordering (``announcing_verbs``), is mostly the
    measure's, often ahead of the telling: open (bounded), not the act's past ("announced
    the arrest of two men on Tuesday" keeps it: an arrest is no measure planned)."""
    return (noun.dep_ == "dobj" and noun.lemma_.lower() in word_set("announced_measure_nouns")
            and noun.head.lemma_.lower() in word_set("announcing_verbs"))


def _plan_says(verb: Token) -> bool:
    """ "The earlier timetable had put the finals on Dec. 5": a plan (``plan_nouns``) that
    puts something on a date, as the subject of an active verb with an object, tells the
    plan's day, not an act done on it."""
    kids = {c.dep_: c for c in verb.children}
    subj = kids.get("nsubj")
    return (subj is not None and "dobj" in kids
            and subj.lemma_.lower() in word_set("plan_nouns"))


def _prefix_split(verb: Token) -> Token:
    """ "would be re-introduced": the tokenizer splits a hyphened prefix off, and the
    parse hangs the auxiliaries on the prefix ("re"); the verb group is the prefix's."""
    doc = verb.doc
    if verb.i < 2 or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return verb
    hyphen, prefix = doc[verb.i - 1], doc[verb.i - 2]
    if hyphen.text == "-" and not prefix.whitespace_ and not hyphen.whitespace_:
        return prefix
    return verb


def _present_perfect(verb: Token) -> bool:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and bool(aux & _PERFECT) and not aux & {"had", "'d"}


def _year_names_noun(tok: Token, text: str) -> bool:
    """ "picked for the 2007 World Cup", "entry into the 2008 Olympics": a bare year
    before a name names an edition of an event, and one the clause aims at (:func:`_aimed_at`)
    may lie ahead whatever the verb's tense ("came second at the 2014 Nordic Cup"
    keeps the past: the edition was held)."""
    head = tok.head
    return (text.isdigit() and len(text) == 4 and head.i > tok.i and head.pos_ == "PROPN"
            and tok.dep_ in ("nummod", "compound", "amod", "nmod") and _aimed_at(head))


def _aimed_at(noun: Token) -> bool:
    """Is ``noun`` the object of a preposition of aim or limit ("selected for", "entry
    into", "days before the election")? Its event is the clause's goal, not its act."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    word = prep.lower_
    return word in word_set("aim_preps") or (word == "of" and prep.head.lower_ == "ahead")


def _names_a_work(tok: Token) -> bool:
    """Is ``tok`` a bare participle naming a work ("a film, entitled X"), hung on a noun
    or a verb above it (lexicon ``naming_participles``)?"""
    return (tok.tag_ == "VBN" and tok.head.i != tok.i
            and tok.lower_ in word_set("naming_participles")
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))


def _supposed(verb: Token) -> bool:
    """Does a supposition open ``verb``'s clause: a subordinator ("if", "unless") or an
    opener the parse leaves outside it ("provided that they beat Lund on Sunday")?"""
    if _marked(verb, "supposition_marks"):
        return True
    # where the clause opens, or its subject does (a parse may make the clause the root:
    # "go top provided they beat Lund on Sunday")
    opens = {verb.left_edge.i} | {c.left_edge.i for c in verb.children
                                  if c.dep_ in ("nsubj", "nsubjpass")}
    for i in opens:
        before = [t.lower_ for t in verb.doc[max(0, i - 4):i]]
        if before and before[-1] == "that":
            before.pop()  # "provided that", the 'that' left outside the clause
        if any(" ".join(before[-len(o.split()):]) == o for o in word_set("supposition_openers")):
            return True
    return False


def _times_the_act(below: Token, verb: Token) -> bool:
    """ "ordered an embargo on Aug. 6": the date says when the ordering happened."""
    if below.i == verb.i:
        return False
    if below.dep_ in ("npadvmod", "tmod"):
        return True
    return below.dep_ == "prep" and below.lower_ in ("on", "in", "at", "during")


def _marked(verb: Token, words: str) -> bool:
    """Does a subordinator of the lexicon list ``words`` open ``verb``'s clause?"""
    return any(c.dep_ == "mark" and c.lower_ in word_set(words) for c in verb.children)


def _verb_tense(verb: Token, times_act: bool = False) -> Tense:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # "will be re-opened": a split parse may hang "will" on "be", not on the verb.
    aux += [g for a in aux for g in a.children if g.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in aux}
    lemma = verb.lemma_.lower()
    # "a club was set up in August": a phrasal verb that plans nothing.
    phrasal = any(f"{lemma} {c.lower_}" in word_set("unplanned_phrasal")
                  for c in verb.children if c.dep_ == "prt")
    # Verbs of planning put their date in the future ("set for", "expected on"). Other
    # verbs of intent ("ordered", "decided") leave it open unless the date is plainly
    # the act's own ("on Aug. 6 ordered"): neutral, neither past nor a plan.
    # A verb that moves a date gives the new one with 'to' or 'until'; with 'on' or 'in'
    # the date is the act's ("the vote was postponed on Monday").
    moved = times_act and lemma in word_set("date_moving_verbs")
    if lemma in word_set("target_verbs") and not phrasal and not moved:
        return "prospective"
    if (lemma in word_set("prospective_verbs") and not phrasal and not moved
            and (not times_act or lemma in word_set("waiting_verbs"))):
        return "bounded"
    if aux_words & set(_FUTURE):
        return "future"
    if aux_words & word_set("modal_aux"):
        return "modal"
    if "to" in aux_words:
        return _infinitive_tense(verb)
    tag = verb.tag_
    if tag == "VBD" and _supposed(verb):
        return "modal"  # "if the cabinet fell on Dec. 8": a supposition, not a past act
    if tag == "VBD" and _marked(verb, "completed_ahead_marks") and _under_ahead(verb):
        # "said the deal would be signed after he attended talks on June 22": a past
        # form under a clause told ahead is the reported future, not a past act.
        return "bounded"
    if tag == "VBD":
        return "past"
    if tag == "VBN":
        if aux_words & {"is", "are", "am", "be", "being"}:
            return "present"
        if aux_words & {"has", "have"} and _marked(verb, "completed_ahead_marks"):
            return "bounded"  # "once the draw has taken place on Dec. 9": done, but ahead
        # has/had/was + participle, or a reduced relative ("the man arrested on May 2").
        return "past"
    if tag == "VBG":
        if aux_words & {"was", "were"}:
            return "past"
        if aux_words & {"is", "are", "am"}:
            return "present"
        return "none"
    if tag in ("VBZ", "VBP"):
        # "before he flies to Lund on April 24": a time clause's present tells a time ahead.
        return "aimed" if _marked(verb, "time_clause_marks") else "present"
    if tag == "VB" and aux_words & {"did", "didn't"}:
        return "past"
    return "none"


def _met_need(verb: Token) -> bool:
    """Is ``verb`` a past need told as a fact ("had to be put off", lexicon.json
    ``met_need``'s verbs in a past form), not a reported one ("said the firm had to pay in
    June": a clause under a verb of saying may be the speaker's need still ahead)?"""
    spec = lexicon().get("met_need", {})
    return (verb.lemma_.lower() in spec.get("verbs", ()) and verb.tag_ == "VBD"
            and verb.dep_ not in spec.get("not_deps", ()))


def _under_ahead(verb: Token) -> bool:
    """Does the clause ``verb``'s clause hangs on look ahead ("will", "would", ...)?"""
    head = verb.head
    return head.i != verb.i and head.pos_ in _VERB_POS and _told_ahead(head)


def _told_ahead(verb: Token) -> bool:
    """Is ``verb`` told ahead ("will", "would", ...)?"""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & (set(_FUTURE) | word_set("modal_aux")))


def _infinitive_tense(verb: Token) -> Tense:
    """ "to meet on March 1" looks ahead from whatever governs it."""
    head = verb.head
    if head.i == verb.i:
        return "bounded"
    if head.pos_ == "ADJ" and head.lemma_.lower() in word_set("target_verbs"):
        return "aimed"  # "is due to arrive on May 3": a plan ahead, or one overtaken ("was")
    if head.pos_ not in _VERB_POS:
        return "bounded"
    if head.lemma_.lower() in ("be", "go") and head.tag_ in ("VBZ", "VBP"):
        return "future"  # "is to meet", "are going to meet"
    if _met_need(head):
        return "past"  # "the vote had to be put off on Oct. 26": a need met, the act done
    if head.lemma_.lower() in word_set("target_verbs"):
        return "prospective"  # "due to be completed by July"
    # the form's stems too: the lemmatizer may miss ("hoped" -> "hop")
    if ({head.lemma_.lower()} | _stems(head.lower_)) & word_set("goal_verbs") or _told_ahead(head):
        # "hoped to pass the levy on April 18", "would ask him to cut fares on April 25":
        # the goal lies ahead of the hope; a hope may be overtaken, so no rule reads it.
        return "aimed"
    # "invited them to join the bloc in July 1997": the date may be the invitation's.
    return "bounded"


# -- without a parse ------------------------------------------------------------------

_NOUN_MODIFIER = re.compile(r"\b(?:the|its|his|her|their|our|a|an)\s+$|['’]s\s+$", re.I)
_WORD = re.compile(r"[A-Za-z’']+")
#: a sentence's end: a stop, closing quotes, space, then a capital, a quote, or a list's
#: bullet ("... will grow.\n* April 27 - the agency announces": the entry is its own)
#: The stop is matched, not looked behind at (the end is group 'gap'): a pattern opening with
#: a stop lets the engine skip from one to the next, where a lookbehind is tried at every
#: offset; a scan from ``lo`` starts one before it, and keeps the ends after ``lo``.
_SENT_END = re.compile(r"[.!?](?P<gap>[\"”’')]{0,2}\s+)(?=[\"“`'A-Z]|\\?[*•]\s)")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    lo = max(0, start - 600)
    for m in _SENT_END.finditer(text, max(0, lo - 1), start):
        if m.start("gap") >= lo:
            left = m.end()
    m2 = next((m for m in _SENT_END.finditer(text, max(0, end - 1), min(len(text), end + 600))
               if m.start("gap") >= end), None)
    right = m2.start("gap") if m2 else min(len(text), end + 600)
    return left, right


_BE_PRESENT = frozenset({"is", "are", "am", "'s", "’s"})
_BE_PAST = frozenset({"was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't"})
_PERFECT = frozenset({"has", "have", "hasn't", "haven't"})
_BE_FORMS = frozenset({"be", "been", "being"})
_WEAK = 40  # characters of extra distance for a bare -ed word
_COMMA = 25  # and for each comma (a clause boundary) between group and date
_FILLERS = frozenset(
    {
        "be",
        "been",
        "being",
        "not",
        "never",
        "also",
        "still",
        "already",
        "just",
        "have",
        "n't",
        "likely",
        "probably",
        "soon",
        "then",
        "to",
    }
)


def _is_participle(w: str) -> bool:
    return w in word_set("past_words") or (
        w.endswith(("ed", "en")) and len(w) > 4 and w not in word_set("not_past_ed")
    )


def _stems(w: str) -> set[str]:
    stems = {w, w[:-1], w[:-2], w[:-2] + "e", w[:-3], w[:-3] + "e"} if len(w) > 3 else {w}
    if w.endswith("ied"):
        stems.add(w[:-3] + "y")
    return stems


def _is_prospective(w: str) -> bool:
    return bool(_stems(w) & word_set("prospective_verbs"))


def _planning(w: str) -> Tense:
    """ "expected", "scheduled" make a plan; "ordered", "decided" leave the date open."""
    return "prospective" if _stems(w) & word_set("target_verbs") else "bounded"


def _after_to_be(words: list[re.Match[str]], i: int) -> bool:
    return i >= 2 and [m.group().lower() for m in words[i - 2 : i]] == ["to", "be"]


def _groups(words: list[re.Match[str]]) -> list[tuple[int, int, Tense, int]]:
    """Verb groups as (first char, last char, tense, distance penalty): "will be held" is
    one future group."""
    out: list[tuple[int, int, Tense, int]] = []
    i = 0
    while i < len(words):
        w = words[i].group().lower()
        lead = _lead(w)
        if lead is None:
            if w == "to" and (inf := _infinitive(words, i)) is not None:
                out.append(inf)
                i += 2
                continue
            if (lone := _lone_group(words, i, w)) is not None:
                out.append(lone)
            i += 1
            continue
        group, i = _led_group(words, i, w, lead)
        out.append(group)
    return out


#: Words that may follow a supposition's opener: its 'that' or the clause's subject.
_SUBJECTS = frozenset({"that", "they", "he", "she", "we", "you", "i"})


def _lead(w: str) -> Tense | None:
    """The tense an auxiliary that leads a verb group gives it ("will", "could", "was",
    "has", "is"), or None for any other word."""
    if w in _FUTURE or w.endswith(("'ll", "’ll")):
        return "future"
    if w in word_set("modal_aux"):
        return "modal"
    if w in _BE_PAST or w in _PERFECT:
        return "past"
    if w in _BE_PRESENT:
        return "present"
    return None


def _infinitive(words: list[re.Match[str]], i: int) -> tuple[int, int, Tense, int] | None:
    """"to redeem on Nov. 16": an infinitive (the 'to' at ``i`` and its verb), whose date
    stays open; None where the next word is no verb of one."""
    if i + 1 >= len(words):
        return None
    nxt = words[i + 1].group()
    adjacent = words[i + 1].start() - words[i].end() == 1
    if adjacent and nxt.islower() and nxt not in word_set("to_not_verb") and (
            not nxt.endswith("ed")):
        tense: Tense = "prospective" if _plan_head(words, i) else "bounded"
        return (words[i].start(), words[i + 1].end(), tense, 0)
    return None


def _plan_head(words: list[re.Match[str]], i: int) -> bool:
    """Does a verb of planning that sets a date (lexicon ``target_verbs``: "expected",
    "scheduled", "due", "set") stand right before the 'to' at ``i``? Its infinitive is the
    plan ("is expected to brief the board on Monday", "due to open on 9 March"), as a
    passive one is ("due to be completed by July"). Not one told in the past perfect
    ("had been due to open the baths on Sunday", "had planned to vote on Dec. 5"): that
    plan was overtaken, and its day says nothing of the writing date."""
    if i < 1 or _planning(words[i - 1].group().lower()) != "prospective":
        return False
    before = [w.group().lower() for w in words[max(0, i - 3) : i - 1]]
    return "had" not in before


def _lone_group(words: list[re.Match[str]], i: int, w: str,
                ) -> tuple[int, int, Tense, int] | None:
    """The group of a verb with no auxiliary before it: a verb of planning, a passive
    infinitive, a bare participle (weak: it may be an adjective), a present verb."""
    if _is_prospective(w) and w.endswith(("ed", "s", "ing")):
        return (words[i].start(), words[i].end(), _planning(w), 0)
    if w in word_set("supposition_openers") and i + 1 < len(words) and (
            words[i + 1].group().lower() in _SUBJECTS):
        # "provided that they win on Sunday", "providing he signs on Friday": a supposition
        return (words[i].start(), words[i].end(), "modal", 0)
    if _is_participle(w) and w != "been" and _after_to_be(words, i):
        # "the summit to be held on Nov. 17": a passive infinitive, open as any
        # infinitive is ("to be" itself is no verb group: see to_not_verb), a
        # plan after a verb of planning ("due to be completed by July").
        head = words[i - 3].group().lower() if i >= 3 else ""
        tense: Tense = _planning(head) if _is_prospective(head) else "bounded"
        return (words[i - 2].start(), words[i].end(), tense, 0)
    if _is_participle(w) and w != "been":
        # A bare -ed word may be an adjective ("preferred shares"): it loses
        # to any auxiliary-led group at a similar distance; right after a subject
        # pronoun ("we announced") it can only be the clause's past verb.
        weak = w not in word_set("past_words") and not _after_subject_pronoun(words, i)
        return (words[i].start(), words[i].end(), "past", _WEAK if weak else 0)
    if w in word_set("present_words"):
        return (words[i].start(), words[i].end(), "present", 0)
    return None


def _after_subject_pronoun(words: list[re.Match[str]], i: int) -> bool:
    """Word ``i`` follows a personal pronoun, which can only be a clause's subject: an -ed
    word right after one is its verb."""
    return i > 0 and words[i - 1].group().lower() in PERSONAL_PRONOUNS and (
        words[i].start() - words[i - 1].end() == 1)


def _led_group(words: list[re.Match[str]], i: int, w: str, lead: Tense,
               ) -> tuple[tuple[int, int, Tense, int], int]:
    """(the group an auxiliary ``w`` at ``i`` leads, the index after it): its tense from
    the main verb a few fillers on ("will soon be held"); a copula stands alone ("was in
    March")."""
    j = i + 1
    while j < len(words) and j <= i + 3 and words[j].group().lower() in _FILLERS:
        j += 1
    plan = _be_to_plan(words, i, w)
    tense = lead if plan is None else plan
    if plan is None and j < len(words) and j <= i + 3:
        main = words[j].group().lower()
        if _is_prospective(main):
            tense = _planning(main)
        elif lead == "present" and main == "going":
            tense = "future"
        elif lead in ("past", "present") and not (_is_participle(main) or main.endswith("ing")):
            if w in _PERFECT:
                tense = "present"  # "has no intention": possession, not a perfect
            j -= 1  # a copula: "was in March"
    return (words[i].start(), words[min(j, len(words) - 1)].end(), tense, 0), max(j, i) + 1


def _be_to_plan(words: list[re.Match[str]], i: int, w: str) -> Tense | None:
    """The tense of a plan that a form of 'be' at ``i`` and 'to' with a verb tell ("is to
    meet Mr Lund on Tuesday", "was to be screened late on Tuesday", "were to tour the
    beaches on Monday"; lexicon ``be_to_plan``: ahead for a present form, open for a
    past one, as the parse reads them), where the group read alone is a copula's present
    or a past act; None for any other group."""
    plan: Mapping[str, str] = lexicon().get("be_to_plan", {})
    if w not in plan or i + 2 >= len(words) or words[i + 1].group().lower() != "to":
        return None
    nxt = words[i + 2].group()
    if not nxt.islower() or (nxt != "be" and nxt in word_set("to_not_verb")):
        return None
    return plan[w]  # type: ignore[return-value]


def _tense_from_text(text: str, start: int, end: int) -> Tense:
    """Nearest verb group in the sentence; ties go to the group before the date. A group
    of the date's own clause (no comma between) beats any across a comma, however near:
    in "who will open the fair on Sunday, said the mayor" the date is the opening's, and
    the reporting verb past the comma tells nothing of it. A word that opens a clause of
    its own right after the date (``clause_openers``: "told reporters on Saturday that he
    could") is such a boundary too: the modal after 'that' is the reported clause's, the
    date the telling's; and so is an infinitive after the date (:func:`_aim_of`)."""
    if _NOUN_MODIFIER.search(text[max(0, start - 8) : start]) and text[start:end].isdigit():
        return "none"  # "its 1990 invasion": the tense is the event noun's, unknown here
    left, right = sentence_bounds(text, start, end)
    words = [m for m in _WORD.finditer(text, left, right) if not start <= m.start() < end]
    best: tuple[bool, int, Tense] | None = None
    for g_start, g_end, tense, penalty in _groups(words):
        gap = text[g_end:start] if g_end <= start else text[end:g_start]
        dist = (start - g_end if g_end <= start else (g_start - end) + 1) + penalty
        dist += _COMMA * gap.count(",")
        key = ("," in gap or (g_start >= end and (_opens_clause(gap) or _aim_of(text, g_start))),
               dist, tense)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else "none"


def _aim_of(text: str, g_start: int) -> bool:
    """Is the verb group at ``g_start``, after a date, an infinitive ("landed on Tuesday to
    help the crews", "tried Wednesday to calm the traders")? It tells the act's aim, a
    clause of its own: the date is the act's, as across a comma."""
    return text[g_start : g_start + 3].lower() == "to "


def _opens_clause(gap: str) -> bool:
    """Does the first word after a date open a clause of its own (lexicon
    ``clause_openers``: "on Saturday that he could", "on Monday and will meet")? Only
    there: an 'and' further on mostly joins nouns ("before the Farm and Trade
    Committee"), a 'that' after a noun ("the explosion that killed") opens the noun's
    relative clause, which tells the date's own event."""
    first = _WORD.search(gap)
    return first is not None and first.group().lower() in word_set("clause_openers")
