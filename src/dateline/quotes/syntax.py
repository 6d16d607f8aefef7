"""Small helpers over the spaCy dependency parse: spans, and the content dependents of a cue.
Who speaks for a cue is :mod:`dateline.quotes.subjects`'s."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from dateline.text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.quotes.learned import Parse
    from dateline.quotes.lexicon import Lexicon

_EDGE_PUNCT = set(",.;:!?-\u2014\u2013()'\"") | {"\u201c", "\u201d", "\u2018", "\u2019"}


def trim(text: str, start: int, end: int, keep_quotes: bool = False) -> tuple[int, int]:
    """Shrink ``start:end`` past surrounding spaces and punctuation."""
    keep = set('"\u201c\u201d') if keep_quotes else set()
    while start < end and (text[start].isspace() or (text[start] in _EDGE_PUNCT - keep)):
        start += 1
    while end > start and (text[end - 1].isspace() or (text[end - 1] in _EDGE_PUNCT - keep)):
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break  # the bracket closes one the span opened: "Sen. Ann Lee (R-Texas)"
        end -= 1
    return start, end


def char_range(tokens: Iterable[Token]) -> tuple[int, int]:
    toks = list(tokens)
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def subtree_range(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right)


def source_range(subj: Token) -> tuple[int, int]:
    """The source noun phrase: the subject's subtree, trimmed of edge punctuation."""
    text = text_of(subj.doc)
    start, end = subtree_range(subj)
    return trim(text, start, end)


_RELATIVE_SUBJECTS = {"that", "which"}


def with_antecedent(subj: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A 'that' or 'which' source span reaching back over the noun phrase it stands
    for: 'a charity that campaigns for ...', 'a survey, which found ...'. The pronoun
    alone names nothing; PolNeAR marks the pronoun for some such sources and the noun
    phrase for others, so the span holds both ('a non-profit that'). The clause itself
    stays out. Not 'who': there PolNeAR nearly always marks the pronoun alone, and the
    wider span lost far more exact matches than it gained overlaps."""
    clause = subj.head
    if subj.lower_ not in _RELATIVE_SUBJECTS or clause.dep_ != "relcl":
        return span
    noun = clause.head
    if noun.i >= subj.i:
        return span
    return trim(text_of(subj.doc), noun.left_edge.idx, span[1])


def duration_only(verb: Token, lex: Lexicon) -> bool:
    """An aspectual verb with a to-infinitive that is no cue of its own ('the board would
    continue to review the matter', 'continues to trim the budget'): it tells how long
    something went on, not what anyone said, so it frames no quote or claim near it.
    'continued to question his temper' leaves the telling to the listed infinitive, and
    '"...," he continued' has no infinitive (cues.json ``aspectual``)."""
    if lex.lemma(verb) not in lex.aspectual:
        return False
    inf = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if inf is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return False
    return lex.cue(lex.lemma(inf)) is None


def has_for_is(verb: Token) -> bool:
    """A perfect the parser read as a passive: 'he's said he'll resist ...', where the
    "'s" is 'has' but became the passive auxiliary and 'he' a passive subject. Taken
    when the verb is tagged past tense or has a that-clause, which a passive verb after
    'is' does not, and no by-agent; 'he's expected to win' stays a passive."""
    if not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s") for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "ccomp" for c in verb.children)


def _role_of(child: Token) -> str:
    return f"prep:{child.lower_}" if child.dep_ == "prep" else child.dep_


def _content_role(child: Token, roles: frozenset[str]) -> bool:
    """Does ``child`` fill one of the cue's content ``roles``? A gerund the parser hung on
    the verb as an open complement with no subject of its own is the verb's object ('most
    residents oppose building the tower', 'she backs ending the tax'): it fills 'dobj'."""
    if _role_of(child) in roles:
        return True
    return (
        child.dep_ == "xcomp"
        and child.tag_ == "VBG"
        and "dobj" in roles
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children)
    )


def _when(c: Token) -> bool:
    """A prepositional phrase that only says when ('on Sunday', 'in March'): never what
    was said ('the president called the premier on Sunday' holds no claim)."""
    if c.dep_ != "prep" or c.lower_ not in _TIME_PREPS:
        return False  # 'contests known as Super Tuesday': a name, though tagged DATE
    objs = [g for g in c.children if g.dep_ == "pobj"]
    return bool(objs) and all(
        g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _TIME_NOUNS for g in objs
    )


_TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "until", "till", "before", "after",
                         "by", "throughout"})
# times of day the tagger often leaves untagged ('In the evening, the president called ...')
_TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "overnight", "dawn", "dusk",
                         "midnight", "noon", "midday", "daybreak", "nightfall"})


def content_children(
    verb: Token,
    roles: frozenset[str],
    within: tuple[int, int] | None = None,
    lex: Lexicon | None = None,
) -> list[Token]:
    """Dependents of ``verb`` that carry the attributed content, all on one side of it.

    When content dependents fall on both sides ("X, he said, Y") the side with the
    longer text wins, so a content span never swallows its own cue. ``within``
    (the cue's paragraph) drops dependents the parser hung on the verb from another
    paragraph: spaCy sentences run across blank lines, and a quote ending the
    previous paragraph must not outweigh the clause that follows the verb. With ``lex``,
    a leading subordinate clause that reports on its own ('After the auditor suggested that
    ..., the treasurer contradicted him') is no content of the verb when the verb has content
    after it: that clause is an attribution of its own, not what 'contradicted' holds.
    """
    kids = [c for c in verb.children if _content_role(c, roles) and not _when(c)]
    if within is not None:
        lo, hi = within
        kids = [c for c in kids if c.right_edge.idx >= lo and c.left_edge.idx < hi]
    kids = [c for c in kids if not _set_apart(c, verb, lex)]
    if not kids:
        return []
    before = [c for c in kids if c.i < verb.i]
    after = [c for c in kids if c.i > verb.i]
    if lex is not None and after and before and all(leading_report(c, lex) for c in before):
        return after
    if before and after:

        def width(group: list[Token]) -> int:
            return sum(c.right_edge.idx - c.left_edge.idx for c in group)

        return before if width(before) >= width(after) else after
    return kids


def _set_apart(clause: Token, verb: Token, lex: Lexicon | None) -> bool:
    """A clause before the cue set apart from it by a semicolon or a word that opens a new
    clause (cues.json clause_breaks: 'however'), which the parser hung on the cue as its
    complement: 'The council approved the budget; however, the mayor disputed it'. What the
    cue holds is after it, if anything."""
    breaks = lex.clause_breaks if lex is not None else frozenset()
    return clause.dep_ == "ccomp" and clause.i < verb.i and any(
        clause.i < c.i < verb.i and (c.lower_ == ";" or (c.dep_ == "advmod" and c.lower_ in breaks))
        for c in verb.children)


_NOT_SUBORDINATORS = frozenset({"if", "unless"})
RELATIVES = frozenset({"who", "whom", "that", "which"})


def leading_report(clause: Token, lex: Lexicon) -> bool:
    """A subordinate clause ('after', 'while', 'as', 'though' ...; not a condition) whose
    verb is a cue of the lexicon with a subject of its own: a report of its own."""
    if clause.dep_ != "advcl" or clause.pos_ != "VERB" or lex.cue(lex.lemma(clause)) is None:
        return False
    kids = list(clause.children)
    return any(g.dep_ == "mark" and g.lower_ not in _NOT_SUBORDINATORS for g in kids) and any(
        g.dep_ == "nsubj" and g.lower_ not in RELATIVES for g in kids
    )


def paragraph(text: str, offset: int) -> tuple[int, int]:
    """The line/paragraph around ``offset``: spaCy sentences may run across a line break."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def clip(text: str, lo: int, hi: int, anchor: int) -> tuple[int, int] | None:
    """``lo:hi`` cut to the paragraph of ``anchor`` and trimmed; None when nothing is left."""
    p0, p1 = paragraph(text, anchor)
    start, end = trim(text, max(lo, p0), min(hi, p1), keep_quotes=True)
    return (start, end) if start < end else None


def joined_to(verb: Token) -> Token | None:
    """The verb a finite verb joined to a noun hangs from, through that noun's heads."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    tok = verb.head
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    while tok.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ == "VERB" and tok.i < verb.i else None


def content_range(
    verb: Token, roles: frozenset[str], lex: Lexicon | None = None, parse: Parse | None = None
) -> tuple[int, int] | None:
    """The content span of ``verb``'s dependents in ``roles`` (``parse``: its doc's arrays,
    when the caller keeps them)."""
    kids = content_children(verb, roles, paragraph(text_of(verb.doc), verb.idx), lex)
    if not kids:
        return None
    if lex is not None and lex.lemma(verb) in lex.tellers:
        kids = _without_addressee(verb, kids)
    lo = min(subtree_range(c)[0] for c in kids)
    hi = max(subtree_range(c)[1] for c in kids)
    for kid in kids:
        # a verb the parser joined to a noun of the content is the subject's next act
        # ('released a statement condemning X, and called for Y'): the content ends before it
        for t in _joinable(kid, verb, parse):
            if joined_to(t) == verb:
                j = t.i - 1
                while j > kid.left_edge.i and (t.doc[j].is_punct or t.doc[j].dep_ == "cc"):
                    j -= 1
                hi = min(hi, t.doc[j].idx + len(t.doc[j]))
    if hi <= lo:
        return None
    obj = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is not None and "ccomp" in roles:
        hi = max(hi, _object_clause(verb, obj))
    clause = next((c for c in kids if c.dep_ == "ccomp"), None)
    if clause is not None:
        hi = max(hi, _reduced_relative(verb, clause))
    if (
        len(kids) == 1
        and kids[0].lower_ == "that"
        and kids[0].i == verb.i + 1
        and verb.dep_ != "relcl"
        and kids[0].left_edge == kids[0].right_edge
    ):
        hi = max(hi, _lone_that(kids[0]))
    return clip(text_of(verb.doc), lo, hi, verb.idx)


def _without_addressee(verb: Token, kids: list[Token]) -> list[Token]:
    """The content dependents of a verb of telling less the one told: in 'told the court
    that the plan was sound' the that-clause is what was said, the object before it whom
    it was said to (cues.json ``addressees``)."""
    clause = next(
        (
            c for c in kids
            if c.dep_ == "ccomp" and c.i > verb.i
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    if clause is None:
        return kids
    told = [c for c in kids if c.dep_ in ("dobj", "dative") and verb.i < c.i < clause.left_edge.i]
    if any(t.is_quote for t in verb.doc[verb.i + 1 : clause.left_edge.i]):
        return kids  # 'told KVLT's "Harbour Talk" that': the finder took the title for a quote
    return [c for c in kids if c not in told] or kids


def _verb_end(verb: Token) -> int:
    """The end of ``verb``'s clause up to its first punctuation mark (', which Hamas denied'
    after it is a telling of its own): where a content cut at a misparsed verb ends."""
    end = verb
    for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1]:
        if t.is_punct:
            break
        end = t
    return end.idx + len(end)


def _reduced_relative(verb: Token, clause: Token) -> int:
    """Where the content ends when the parser read its subject's reduced relative as the
    clause and hung the clause's own verb on the cue: 'the lab concludes the sample taken
    last week is unrelated' ('taken' the clause, with 'sample' its subject; 'is' a conjunct
    of 'concludes'). A bare participle clause with a subject, and right after it, with no
    'and' or comma between, a finite conjunct of the cue with no subject of its own: the
    content reaches that conjunct's end (up to its first comma)."""
    if clause.tag_ not in ("VBN", "VBD") or not any(g.dep_ == "nsubj" for g in clause.children):
        return 0
    if any(g.dep_ in ("aux", "auxpass", "mark") for g in clause.children):
        return 0
    for c in verb.children:
        if c.dep_ != "conj" or c.left_edge.i != clause.right_edge.i + 1:
            continue
        finite = c.tag_ in _FINITE or any(
            g.dep_ in ("aux", "auxpass") and g.tag_ in _FINITE and g.i < c.i for g in c.children)
        if not finite or any(g.dep_ in ("nsubj", "nsubjpass", "mark", "expl", "cc")
                             for g in c.children):
            return 0
        return _verb_end(c)
    return 0


def _joinable(kid: Token, verb: Token, parse: Parse | None) -> Iterable[Token]:
    """The verbs of ``kid``'s subtree after ``verb`` that ``joined_to`` may join to it; with
    the doc's arrays ``parse``, only those a conjunct's label and a finite tag leave
    (``joined_to``'s own first test) are made Tokens, not every word of the subtree."""
    if parse is None:
        yield from (t for t in kid.subtree if t.i > verb.i and t.pos_ == "VERB")
        return
    pos, dep, tag, head, doc = parse.pos, parse.dep, parse.tag, parse.head, kid.doc
    top = kid.i
    for j in range(max(kid.left_edge.i, verb.i + 1), kid.right_edge.i + 1):
        if pos[j] != "VERB" or dep[j] != "conj" or tag[j] not in _FINITE:
            continue
        k = j
        while k != top and head[k] != k:
            k = head[k]
        if k == top:  # in the subtree (a parse need not be projective)
            yield doc[j]


_FINITE = ("VBD", "VBZ", "VBP")


def _object_clause(verb: Token, obj: Token) -> int:
    """Where a clause with no 'that' ends when the parser took its subject for the cue's
    object and hung its verb on the cue: 'the army announced shelling from the north into
    the city resumed' ('fire' the object, 'resumed' an adverbial clause of 'announced'). A
    finite verb with no subject or subordinator of its own, after the object, with only
    prepositional phrases between, is the object's verb: the content reaches its end."""
    doc = verb.doc
    for c in verb.children:
        if c.i <= obj.i or c.dep_ != "advcl" or c.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass", "mark", "expl")
               or (g.i < c.i and g.dep_ == "advmod") for g in c.children):
            return 0
        between = [t for t in doc[obj.right_edge.i + 1 : c.left_edge.i]]
        if not all(t.dep_ in ("prep", "pobj", "det", "amod", "compound", "nummod")
                   for t in between):
            return 0
        return _verb_end(c)
    return 0


def _lone_that(that: Token) -> int:
    """Where the clause a lone 'that' opens ends, when the parser cut it off: 'announced that
    2nd Lt. X was killed', split after '2nd' as a sentence, left 'that' the whole content.
    A 'that' followed by a word of a clause the parser did not hang on it (the next word is
    no dependent of 'that' and not punctuation) reaches to the end of that word's sentence,
    or of the next one when the clause's verb is there."""
    doc = that.doc
    if that.i + 1 >= len(doc) or that.dep_ not in ("dobj", "mark", "nsubj"):
        return 0
    nxt = doc[that.i + 1]
    if nxt.is_punct or nxt.head == that or nxt.dep_ == "prt":
        return 0  # 'said that, and left', 'ruled that out'
    sent = nxt.sent
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[nxt.i : sent.end]) and sent.end < len(doc):
        sent = doc[sent.end].sent  # the clause's verb is in the next piece the parser cut
    if not any(t.pos_ in ("VERB", "AUX") for t in sent if t.i > that.i):
        return 0
    last = sent[-1]
    return last.idx + len(last)


def _sentence_of(tok: Token) -> tuple[int, int]:
    sent = tok.sent
    return sent.start_char, sent.end_char


def framing_range(verb: Token) -> tuple[int, int] | None:
    """Content of a speech verb with no content dependent of its own.

    "X, he says, Y" and "As X noted, Y" (parataxis or an as-clause: the governing
    clause, its longer side) and
    "..., police said." / "Police said ..." where the parser left the reported
    clause unattached: the rest of the sentence on the far side of the source.
    """
    text = text_of(verb.doc)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    colon = _after_colon(verb)
    if colon is not None:
        return colon
    s_lo, s_hi = subtree_range(subj)
    if verb.dep_ == "parataxis" or _as_clause(verb):
        return aside_range(verb)
    sent_lo, sent_hi = _sentence_of(verb)
    after = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if not t.is_punct and not t.is_space]
    if s_lo > verb.idx:  # inverted: "..., said the minister."
        after = [t for t in verb.doc[subj.right_edge.i + 1 : verb.sent.end] if not t.is_punct]
        return clip(text, sent_lo, verb.idx, verb.idx) if not after else None
    if not after and s_lo > sent_lo:
        return clip(text, sent_lo, s_lo, verb.idx)
    return None


def in_than_clause(verb: Token) -> bool:
    """Is ``verb`` the verb of a than-clause ('more seats than her aides expected')?"""
    return any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children)


def compared_range(verb: Token) -> tuple[int, int] | None:
    """Content of a cue verb whose than-clause holds only its subject ('won her more
    seats than her aides expected', 'the crowd was bigger than its organisers had
    guessed'): the clause of the comparison up to the subject, the outcome measured
    against the subject's view (PolNeAR marks the subject as the source); a clause
    joined before it ('Many doubted it, but turnout was higher than ...') is not."""
    if not in_than_clause(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i:
        return None
    clause = verb.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    lo = max(_sentence_of(verb)[0], subtree_range(clause)[0])
    return clip(text_of(verb.doc), lo, subtree_range(subj)[0], verb.idx)


def aside_range(verb: Token) -> tuple[int, int] | None:
    """The clause a parenthetical cue frames ("X, he says, Y", "As X noted, Y", "Y, as X
    pointed out"): the governing clause without the aside, its longer side."""
    text = text_of(verb.doc)
    v_lo, v_hi = subtree_range(verb)
    h_lo, h_hi = subtree_range(verb.head)
    left = clip(text, h_lo, v_lo, verb.idx)
    right = clip(text, v_hi, h_hi, verb.idx)
    sides = [r for r in (left, right) if r is not None]
    return max(sides, key=lambda r: r[1] - r[0]) if sides else None


def before_according(
    verb: Token, rng: tuple[int, int], phrases: tuple[tuple[str, ...], ...]
) -> tuple[int, int]:
    """The content ``rng`` of ``verb`` without a closing ", according to X" the parser
    hung inside it ("the mayor said he was pleased, according to the Star"): X reports
    the mayor's words, an attribution of its own, not part of what the mayor said."""
    doc = verb.doc
    longest = max((len(p[0]) for p in phrases if p), default=0)
    if not _comma_before(text_of(doc)[verb.idx : rng[1] + longest].lower(), phrases):
        return rng  # no token below can pass: no Token made
    for t in doc[verb.i + 1 :]:
        if t.idx >= rng[1]:
            break
        if t.idx <= rng[0] or doc[t.i - 1].text != ",":
            continue
        words = tuple(w.lower_ for w in doc[t.i : t.i + 3])
        if not any(words[: len(p)] == p for p in phrases):
            continue
        if subtree_range(t)[1] >= rng[1]:
            return clip(text_of(doc), rng[0], t.idx, verb.idx) or rng
    return rng


def _comma_before(window: str, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Does the lower-cased ``window`` hold a comma right before a phrase's first word, with
    one space or none between (the only whitespace a token keeps after it; more is a token
    of its own)? ``before_according`` cuts only at a phrase opening right after a comma
    token, and that token and the phrase's first word lie in the window from the cue to
    the content's end, so a window with no such pair leaves the content as it was (an
    empty phrase, which matches any word, always passes)."""
    return any(not p or f",{p[0]}" in window or f", {p[0]}" in window for p in phrases)


def is_aside(verb: Token) -> bool:
    """A parenthetical cue: parataxis or an as-clause, with a subject of its own."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return verb.dep_ == "parataxis" or _as_clause(verb)


def _as_clause(verb: Token) -> bool:
    """An as-clause frames its governing clause ("As X noted, Y", "Y, as X reported")."""
    return (
        verb.dep_ == "advcl"
        and verb.head.i != verb.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("xcomp", "dobj") for c in verb.children)  # "as it continues to grow"
    )


def as_it(verb: Token, lemmas: frozenset[str]) -> Token | None:
    """The 'it' of 'as X put it' ('As the senator put it, ...', '..., as one aide phrased
    it'): a verb of wording in an as-clause with a subject of its own and 'it' as its
    only object frames the clause it hangs on, or a quote next to it."""
    if verb.lemma_.lower() not in lemmas or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    if len(objs) != 1 or objs[0].lower_ != "it" or objs[0].i != verb.i + 1:
        return None
    return objs[0]


def cue_range(verb: Token) -> tuple[int, int]:
    """The cue verb with an adjacent particle ("pointed out")."""
    toks = [verb] + [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    return char_range(toks)


def _after_colon(verb: Token) -> tuple[int, int] | None:
    """'Fox News reports:' then the reported text, up to the end of the next paragraph."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.text != ":":
        return None
    text = text_of(doc)
    start = nxt.idx + 1
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text) or text[start] in '"\u201c':
        return None  # a direct quote: the quote finder owns it
    end = text.find("\n", start)
    return clip(text, start, len(text) if end < 0 else end, start)

