"""Who speaks for a cue, read off the spaCy dependency parse: the cue's subject (borrowed
from the verb it hangs on when it has none), the reporter or controller it really speaks
for, and the speaker the parser put elsewhere (right before the verb, after a dateline,
inside the reported clause) or a subject that names no source (a dateline, a time stamp,
a dummy or causing 'it'). Spans and a cue's content are :mod:`dateline.quotes.syntax`'s."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.quotes.syntax import joined_to
from dateline.text import text_of
from dateline.wordlists import ACTOR_ENTS, PERSONAL_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.quotes.learned import Parse
    from dateline.quotes.lexicon import Lexicon

_SUBJ = ("nsubj", "nsubjpass")
# A participle or coordinated verb borrows its subject from the verb it hangs on:
# "..., Trump tweeted, saying ..." / "She smiled and said ...".
_BORROW = ("advcl", "xcomp", "conj", "pcomp", "acl")
# "WASHINGTON (AP) —", "Washington (AFP) –", "PHILADELPHIA, July 25 (UPI) --" at a line
# start; with no agency, a city in capitals and a spaced dash: "WASHINGTON — ", "NEW YORK - "
_DATELINE = re.compile(
    r"[A-Z][\w.,'\u2019 ]{0,40}?\([A-Z][A-Za-z]*\)\s*(?:\u2014|\u2013|--|-)\s*"
    r"|[A-Z]{3}[A-Z.'\u2019]*(?:,? [A-Z][A-Za-z.]*){0,3} (?:\u2014|\u2013|--|-)\s+"
)


def subject(verb: Token, depth: int = 2) -> Token | None:
    """The grammatical subject of ``verb``, climbing to the governing verb if it has none."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJ]
    if subjects:
        return _nearest_subject(verb, subjects)
    if not depth or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "Trump's refusal to endorse ...": the possessor; "an opportunity to
            # support ...", "a bid to persuade ...": nobody named
            return next((c for c in head.children if c.dep_ == "poss"), None)
        return head  # "a lawmaker calling for ...", "911 calls saying ..."
    if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.i != head.i:
        return subject(head.head, depth - 1)  # "..., accusing him of ...", "by saying ..."
    if verb.dep_ in _BORROW:
        return _comma_set_name(verb) or subject(head, depth - 1) or _misjoined(verb, depth)
    return None


def subject_at(p: Parse, i: int, depth: int = 2) -> int | None:
    """``subject`` of word ``i``, read from the doc's arrays (``learned.Parse``) with no
    Token made: the learned tagger asks it of nearly every verb."""
    dep, head, pos = p.dep, p.head, p.pos
    kids = p.kids(i)
    subjects = [c for c in kids if dep[c] in _SUBJ]
    if subjects:
        before = [c for c in subjects if c < i]
        return before[-1] if len(subjects) > 1 and before else subjects[0]
    h = head[i]
    if not depth or h == i:
        return None
    if dep[i] == "acl" and pos[h] in ("NOUN", "PROPN"):
        if any(dep[c] == "aux" and p.lowers[c] == "to" for c in kids):
            return next((c for c in p.kids(h) if dep[c] == "poss"), None)
        return h
    if dep[i] == "pcomp" and pos[h] == "ADP" and head[h] != h:
        return subject_at(p, head[h], depth - 1)
    if dep[i] in _BORROW:
        found = _comma_set_name_at(p, i)
        if found is None:
            found = subject_at(p, h, depth - 1)
        if found is None:
            joined = _joined_to_at(p, i)
            found = None if joined is None else subject_at(p, joined, depth - 1)
        return found
    return None


def _comma_set_name_at(p: Parse, i: int) -> int | None:
    """``_comma_set_name`` of word ``i`` of ``p``."""
    dep, head = p.dep, p.head
    if dep[i] != "conj" or p.tag[i] not in ("VBD", "VBZ", "VBP") or i < 2:
        return None
    h = head[i]
    if p.lowers[i - 1] != "," or any(dep[c] == "cc" and c < i for c in p.kids(h) if c > h):
        return None
    t = i - 2
    if p.ent[t] != "PERSON" or p.pos[t] != "PROPN":
        return None
    while dep[t] in ("compound", "flat") and i > head[t] > t:
        t = head[t]
    return head[t] if dep[t] == "appos" and head[t] < t else None


def _joined_to_at(p: Parse, i: int) -> int | None:
    """``syntax.joined_to`` of word ``i`` of ``p``."""
    if p.dep[i] != "conj" or p.tag[i] not in ("VBD", "VBZ", "VBP"):
        return None
    pos, head = p.pos, p.head
    t = head[i]
    if pos[t] not in ("NOUN", "PROPN"):
        return None
    while pos[t] in ("NOUN", "PROPN") and head[t] != t:
        t = head[t]
    return t if pos[t] == "VERB" and t < i else None


def _misjoined(verb: Token, depth: int) -> Token | None:
    """A finite verb the parser joined to a noun ('released a statement condemning the
    shelling, the use of schools, and called for talks', 'called' a conjunct of 'use'):
    it shares the subject of the verb that noun hangs from."""
    head = joined_to(verb)
    return subject(head, depth - 1) if head is not None else None


def _comma_set_name(verb: Token) -> Token | None:
    """A speech verb the parser joined to the verb before it with no 'and' between, right
    after a name set in apposition by commas ("Voters are watching a member of the elite,
    Ann Lee, argue that ...", "Acme made the tool, a spokeswoman, Ann Lee, said"): that
    phrase speaks, not the first verb's subject. A plain name there is the first verb's
    object ("Lee slams Garcia, praises Lopez")."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    if doc[verb.i - 1].text != "," or any(
        c.dep_ == "cc" and c.i < verb.i for c in verb.head.children if c.i > verb.head.i
    ):
        return None
    tok = doc[verb.i - 2]
    if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
        return None
    while tok.dep_ in ("compound", "flat") and verb.i > tok.head.i > tok.i:
        tok = tok.head
    return tok.head if tok.dep_ == "appos" and tok.head.i < tok.i else None


def _nearest_subject(verb: Token, subjects: list[Token]) -> Token:
    """Of two subjects the parser gave one verb ("Salem, New Hampshire, Trump went ...",
    "9:00 p.m. A court filing says ..."), the one nearest before it: the other is a
    place or time stamp set ahead of the clause."""
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if len(subjects) > 1 and before else subjects[0]


_COMMA_QUOTE = {(",", q) for q in ('"', "\u201d", "''")}


def reporter(verb: Token, lex: Lexicon) -> Token | None:
    """The subject of the reporting verb a cue really hangs on when the parser put it
    under that verb's reported clause: a comma-set participle after a speech verb's
    clause ("Sanders said the process could be messy, adding, ...": 'adding' under
    'be', whose subject is no speaker), or a second cue conjoined to the reported clause
    ("Ardell said she will try to build a coalition and insisted that ...": 'insisted'
    under 'try'). Neither may have a subject or marker of its own."""
    head = verb.head
    if head.dep_ != "ccomp" or any(c.dep_ in ("mark", "nsubj") for c in verb.children):
        return None
    gov = head.head
    cue = lex.cue(lex.lemma(gov))
    if cue is None or not gov.i < head.i < verb.i:
        return None
    if speaks_itself(head, lex):
        return None  # '"...," Lee added, saying ...': the clause's own speech verb reports
    if verb.dep_ == "conj":
        tacked = lex.cue(lex.lemma(verb)) is not None
    else:
        before = tuple(t.text for t in verb.doc[max(verb.i - 2, 0) : verb.i])
        comma = before[-1:] == (",",) or before in _COMMA_QUOTE  # ', adding' / ',\u201d adding'
        tacked = verb.dep_ == "advcl" and verb.tag_ == "VBG" and cue.direct and comma
    return next((c for c in gov.children if c.dep_ == "nsubj"), None) if tacked else None


def speaks_itself(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is a speech verb (a direct cue of the lexicon) with a subject of
    its own ('"...," Lee added', '..., the aide recalled'): a comma-set participle hung on
    it reports for that subject, also where the parser made the verb part of another
    speaker's reported clause."""
    cue = lex.cue(lex.lemma(verb))
    return cue is not None and cue.direct and any(c.dep_ == "nsubj" for c in verb.children)


def _names_someone(tok: Token) -> bool:
    """A name of someone who can speak, or a personal pronoun."""
    return tok.ent_type_ in ACTOR_ENTS or tok.pos_ == "PROPN" or tok.lower_ in PERSONAL_PRONOUNS


def clause_teller(verb: Token, subj: Token | None, lex: Lexicon) -> Token | None:
    """The subject of the adverbial clause right before a comma-set speech participle
    that the parser hung on the main verb, when the main verb's subject names no one
    ('The fuss comes as Lind leans on the governor, mentioning him ...', 'It was a blow,
    as Lee echoed the charge, saying ...'): the participle goes on from that clause, which
    opens with one of the lexicon's ``clause_marks`` and names its own subject."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.left_edge.i < 2:
        return None
    if subj is not None and _names_someone(subj):
        return None
    cue = lex.cue(lex.lemma(verb))
    comma = verb.doc[verb.left_edge.i - 1]
    if cue is None or not cue.direct or comma.text != ",":
        return None
    clause = verb.doc[comma.i - 1]
    while clause.head.i not in (verb.head.i, clause.i):
        clause = clause.head
    if clause.dep_ != "advcl" or clause.head.i != verb.head.i or clause.i > verb.i:
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in lex.clause_marks
               for c in clause.children):
        return None  # 'called for allies to act, saying': no telling of its own
    own = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return own if own is not None and _names_someone(own) else None


def with_subject(verb: Token) -> Token | None:
    """The object of a 'with' right before a participle that has no subject of its own,
    where the parser hung both on one verb ('The talk ended with Lee asking whether ...'):
    the 'with' absolute names who does the participle's act, not the verb's subject."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.left_edge.i != verb.i or verb.i < 2:
        return None
    if any(c.dep_ in _SUBJ for c in verb.children):
        return None
    tok = verb.doc[verb.i - 1]
    while tok.dep_ in ("compound", "flat") and tok.head.i < verb.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i != verb.head.i:
        return None
    return tok if tok.right_edge.i == verb.i - 1 else None


def controller(verb: Token, subj: Token, lex: Lexicon) -> Token | None:
    """Who speaks for a cue that borrowed ``subj`` from the word it hangs on, when that
    is not ``subj``: the object of an object-control verb ("The victory led Priebus to
    declare ...", lexicon ``object_control``), or the subject of the verb whose object is
    the statement, ad or article the cue describes ("the council approved a resolution
    condemning ...", "the Ledger replied in an article stating ..."; through a preposition
    only for the lexicon's ``issuer_nouns``)."""
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "xcomp" and subj.head.i != verb.i and subj.dep_ == "nsubj":
        if lex.lemma(head) not in lex.object_control:
            return None
        return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if verb.dep_ != "acl" or subj.i != head.i or subj.ent_type_ in ACTOR_ENTS:
        return None
    if subj.dep_ == "dobj":
        gov = subj.head
    elif subj.dep_ == "pobj" and lex.lemma(subj) in lex.issuer_nouns and subj.head.dep_ == "prep":
        gov = subj.head.head
    else:
        return None
    if gov.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in gov.children if c.dep_ == "nsubj"), None)


_SKIP_LEFT = ("ADV", "AUX", "PART", "PUNCT", "SPACE")
_WHEN = {"DATE", "TIME"}


def left_speaker(verb: Token) -> Token | None:
    """The name or pronoun right before a speech verb, for a verb the parser left without
    a usable subject ("Pollster Ann Selzer says ...", "her adviser, Jake Sullivan, said:"),
    past a bracketed tag after the name ("Sen. Ann Lee (D-MA) said": the senator)."""
    i = verb.i - 1
    sent_start = verb.sent.start
    while i >= sent_start and verb.doc[i].pos_ in _SKIP_LEFT:
        if verb.doc[i].text == ")":
            i = _opening_bracket(verb.doc, i, sent_start)  # "Sen. Ann Lee (D-MA) said"
        i -= 1
    if i < sent_start:
        return None
    tok = verb.doc[i]
    if tok.pos_ == "PRON" and tok.lower_ in PERSONAL_PRONOUNS:
        return tok
    if tok.ent_type_ in _WHEN or (tok.pos_ != "PROPN" and tok.ent_type_ not in ACTOR_ENTS):
        return None
    while tok.dep_ in ("compound", "flat") and tok.head.i < verb.i and tok.head.i > tok.i:
        tok = tok.head
    if _object_of_phrase(tok):
        return None  # "said Tuesday in Paris, noting", "at a rally in Charleston, Ohio, did"
    return tok


def _object_of_phrase(tok: Token) -> bool:
    """A place or thing inside a prepositional phrase or an object (or in apposition to
    one): where or about what something was said, never who said it. A person there is
    the parser's error more often ("Speaker of the House Rep. Ann Lee said")."""
    if tok.ent_type_ == "PERSON":
        return False
    if tok.dep_ == "appos":
        tok = tok.head
    return tok.dep_ in ("pobj", "dobj", "poss")


_TAG_TOKENS = 6  # at most this many tokens inside a bracketed tag: "(R-N.Y.)", "(I-Vt.)"


def _opening_bracket(doc: Doc, close: int, floor: int) -> int:
    """Index of the '(' a short bracketed tag closed at ``close`` opens with (a party and
    state tag after a name), or ``close`` itself when there is none."""
    for j in range(close - 1, max(floor, close - _TAG_TOKENS - 1) - 1, -1):
        if doc[j].text == "(":
            return j
        if doc[j].text == ")":
            break
    return close


def opening_name(verb: Token) -> Token | None:
    """The first person, organisation or group named (or personal pronoun) in the verb's
    sentence before it, outside prepositional and object phrases, for a speech verb the
    parser left without any subject ("Senator Ada Brill, the party whip, said ...",
    "Mr. Slinker, whose start-up uses big data, said ...": the subject went to the
    apposition or the relative clause)."""
    for tok in verb.doc[verb.sent.start : verb.i]:
        named = tok.ent_type_ in ("PERSON", "ORG", "NORP") and tok.pos_ == "PROPN"
        if not named and not (tok.pos_ == "PRON" and tok.lower_ in PERSONAL_PRONOUNS):
            continue
        if tok.dep_ in ("pobj", "dobj", "poss", "attr", "dative"):
            continue
        while tok.dep_ in ("compound", "flat") and verb.i > tok.head.i > tok.i:
            tok = tok.head
        return tok
    return None


def misplaced_subject(subj: Token, verb: Token) -> bool:
    """A subject that is a dateline or time stamp ("WASHINGTON (AP) — X said",
    "9:18 p.m. X says") or sits on another line than its verb: the parser's
    error, not the source."""
    text = text_of(verb.doc)
    if subj.ent_type_ in _WHEN:
        return True
    if "\n" in text[min(subj.idx, verb.idx) : max(subj.idx, verb.idx)]:
        return True
    if dateline_end(verb) > subj.idx:
        return True
    nxt = subj.right_edge.i + 1
    after = verb.doc[nxt].text if nxt < len(verb.doc) else ""
    return (
        subj.ent_type_ == "GPE" and subj.text.isupper() and after in ("(", "\u2014", "--", "\u2013")
    )


def dateline_end(tok: Token) -> int:
    """End offset of a news-agency dateline opening the line of ``tok`` ("WASHINGTON
    (AP) — "), or -1 when that line has none."""
    text = text_of(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    m = _DATELINE.match(text, start, min(len(text), start + 80))
    return m.end() if m else -1


def after_dateline(verb: Token) -> Token | None:
    """The head of the first name or pronoun after the dateline on ``verb``'s line,
    before the verb: the subject the parser lost to the dateline."""
    end = dateline_end(verb)
    if end < 0:
        return None
    for tok in verb.doc[verb.sent.start : verb.i]:
        if tok.idx < end:
            continue
        if tok.pos_ in ("PROPN", "NOUN") or (
                tok.pos_ == "PRON" and tok.lower_ in PERSONAL_PRONOUNS):
            while tok.dep_ in ("compound", "flat") and verb.i > tok.head.i > tok.i:
                tok = tok.head
            return tok
        if tok.pos_ not in ("DET", "ADJ", "PUNCT", "SPACE"):
            return None
    return None


_FINITE = ("VBD", "VBZ", "VBP")


def inverted_speaker(verb: Token, subj: Token | None) -> Token | None:
    """The speaker of a speech verb set inside its reported clause ("Any reading of his
    actions, said Ann Lee, an expert on Russia, would ...", "X, say experts like Ann Lee,
    is ..."): the parser hangs the name after the verb on the clause that follows it, as
    that clause's subject, and gives the verb the clause's real subject or none. Taken
    when the verb follows a comma, has no human subject of its own before it, and is
    followed by a noun phrase (no verb in it) naming a person, organisation or group
    and closed by a comma (or the sentence's end, when that phrase is the verb's
    second subject)."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.tag_ not in _FINITE or not 0 < verb.i < len(doc) - 1:
        return None
    if doc[verb.i - 1].text != ",":
        return None
    if subj is not None and (
        subj.i > verb.i or subj.ent_type_ in ACTOR_ENTS or subj.lower_ in PERSONAL_PRONOUNS
        or subj.pos_ == "PRON"
    ):
        return None
    end = next((t.i for t in doc[verb.i + 1 : verb.sent.end] if t.text == ","), None)
    chunk = doc[verb.i + 1 : verb.sent.end if end is None else end]
    if not len(chunk) or chunk[0].ent_type_ in _WHEN:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in chunk):
        return None
    if not any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in chunk):
        return None  # "..., said their stump speeches, already ..., would": no one named
    for tok in chunk:
        if tok.dep_ != "nsubj" or tok.left_edge.i != verb.i + 1:
            continue
        if tok.head.i == verb.i:
            return tok  # the parser gave the verb both: the one after it speaks
        if end is None or tok.head.i < end:
            return None
        clause = tok.head
        while clause.i != verb.i and clause.head.i != clause.i:
            clause = clause.head
        return tok if clause.i == verb.i else None
    return None


_LINKING = {"be", "seem", "appear", "become", "remain", "look", "sound"}
_DAWN = {"dawn", "occur"}


def causer_it(subj: Token, speech: bool) -> bool:
    """An 'it' that causes, not says: the subject of a verb with an object and that
    object's to-infinitive ("It encouraged people to drive less", "it could encourage
    Ms. Orrin to remain a candidate"), where the object is the one who acts. Such an
    'it' is a thing or an event, no source; ``speech`` (a speech verb of the lexicon:
    "It urged its members to vote") keeps it."""
    if speech or subj.lower_ != "it" or subj.dep_ != "nsubj":
        return False
    deps = {c.dep_ for c in subj.head.children}
    return "dobj" in deps and "xcomp" in deps


def dummy_it(subj: Token, raising: frozenset[str]) -> bool:
    """A dummy 'it' holding the place of a clause put off to the end ("It's tempting to be
    cynical about ...", "It remains unclear whether ...", "It became apparent to them
    that ..."): the subject of a linking verb with an adjective and a clause after it,
    which says who judges nothing. A raising adjective keeps a real subject ("It is
    likely to bolster ...": the 'it' is whatever is likely to do so)."""
    if subj.lower_ != "it" or subj.dep_ not in _SUBJ:
        return False
    head = subj.head
    if head.i < subj.i:
        return False
    later = [c for c in head.children if c.i > head.i]
    if head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children):
        # "It's implied that ...", "It is said that ...": a passive with its clause
        return any(c.dep_ == "ccomp" for c in later)
    if head.lemma_.lower() == "come" and any(c.lower_ == "when" for c in head.children):
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in later)  # when it comes to
    if head.lemma_.lower() in _DAWN:
        return any(c.dep_ == "ccomp" for c in later)  # "It dawned on him that ..."
    if head.lemma_.lower() not in _LINKING and head.lower_ not in ("'s", "\u2019s"):
        return False
    adj = next((c for c in head.children if c.dep_ == "acomp" and c.i > head.i), None)
    if adj is None or adj.lower_ in raising:
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > adj.i for c in head.children)
