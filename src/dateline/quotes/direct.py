"""Direct quotes: quotation-mark spans and the speech cue that frames each one.

The cue is looked for in the sentence that closes the quote, after the closing
mark (", he said"), then in the sentence that opens it, before the opening mark
("He said: ..."), or in the sentence before when that one ends in a colon. A
quote with no cue of its own continues the previous quote's speaker when it
starts in the very next sentence; a long quote with no speaker is still kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.model import Quote
from dateline.quotes.colon import Lead
from dateline.quotes.context import Context
from dateline.quotes.subjects import subject
from dateline.quotes.syntax import (
    as_it,
    before_according,
    content_range,
    cue_range,
    duration_only,
)
from dateline.wordlists import PERSONAL_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_WINDOW = 30  # tokens searched after a quote for its cue (long appositions)
_BACK = 12  # tokens searched before a quote


@dataclass
class _Attr:
    verb: Token
    cue: tuple[int, int]
    source: tuple[int, int]
    speaker: str | None


def _is_cue(ctx: Context, tok: Token, framed: bool = False) -> bool:
    """A speech verb from the lexicon; when ``framed`` (the quote ends in a comma,
    question or exclamation mark and the verb follows it) any verb will do:
    '"...," the nominee riffed' / '"...?" reacted Trump'."""
    if tok.pos_ not in ("VERB", "AUX") or ctx.in_quote(tok.idx):
        return False
    if tok.dep_ in ("compound", "amod"):
        return False  # a noun the tagger took for a verb: 'harbour master Ann Lee told'
    if duration_only(tok, ctx.lex):
        return False  # 'his office continues to trim the budget'
    cue = ctx.lex.cue(ctx.lex.lemma(tok))
    if as_it(tok, ctx.lex.as_it) is not None:
        return True  # 'As Ridge put it: "..."'
    return (cue is not None and cue.direct) or (framed and tok.pos_ == "VERB")


def _attr(ctx: Context, tok: Token) -> _Attr | None:
    subj = subject(tok)
    if subj is not None and subj.lower_ == "that":
        return None  # 'a sign that read "Fascist Trump"': the thing that bears the words
    found = ctx.source(tok)
    if found is None:
        return None
    _, span, name = found
    it = as_it(tok, ctx.lex.as_it)
    cue = (tok.idx, it.idx + len(it)) if it is not None else cue_range(tok)
    return _Attr(tok, cue, span, name)


_FRAMED_MIN_WORDS = 4  # words of a quote any verb after it may frame


def _after(
    ctx: Context,
    start: int,
    end: int,
    limit: int,
    fragments: set[int] | None = None,
    titles: set[int] | None = None,
) -> _Attr | None:
    """A cue right after the closing mark, within the closing sentence. Any verb frames
    a comma-closed quote, but not a short one: a title or a scare-quoted phrase
    ("''Twin Peaks,'' which aired ...") is followed by the sentence's own verb.
    A quote a later cue refuses (``_own_clause``) is added to ``fragments``; one inside
    that cue's subject when the cue has a clause of its own (``_titles``), to ``titles``."""
    doc = ctx.doc
    mark = 2 if ctx.text.startswith("''", end - 2) else 1  # ,'' as well as ,"
    last = ctx.text[max(end - mark - 1, 0) : end - mark]
    if last == ".":
        return None  # the quote closed its own sentence: a cue would come before it
    framed = last in (",", "?", "!", "\u2014", "-")
    framed = framed and len(ctx.text[start:end].split()) >= _FRAMED_MIN_WORDS
    framed = framed and _opens_sentence(ctx, start)
    i = ctx.token_index(end)
    if i < len(doc) and doc[i].idx < end:
        i += 1
    stop = min(len(doc), i + _WINDOW)
    for tok in doc[i:stop]:
        if tok.idx >= limit or tok.text in (".", "!", "?") or "\n" in tok.text:
            break
        if ctx.in_quote(tok.idx):
            break
        if _is_cue(ctx, tok, framed):
            if not framed and _titles(ctx, tok, start):
                if titles is not None:
                    titles.add(start)
                return None  # 'the book "Harbour of Lies" reveals that ...': a name
            if not framed and _own_clause(ctx, tok, start):
                if fragments is not None:
                    fragments.add(start)
                return None  # 'said the raids were "just the start" and warned that ...'
            return (
                _attr(ctx, tok)
                or _first_name(ctx, doc[i : tok.i], tok)
                or _name_after(ctx, tok)
                or _object_after(ctx, tok)
            )
    return None


def _titles(ctx: Context, verb: Token, start: int) -> bool:
    """Is the quote a name inside the cue's subject, the cue reporting a clause of its
    own after it ('the union's book "Harbour of Lies" reveals that the contracts were
    rigged', 'a report titled "Silent Docks" shows that ...')? Then the quote is a title,
    no words said: the subject is the source of the clause."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    i = ctx.token_index(start)
    return subj.left_edge.i <= i <= subj.right_edge.i


def _own_clause(ctx: Context, verb: Token, start: int) -> bool:
    """Is a cue after a quote the second of two coordinated cues, with a clause of its
    own after it ('Katz said the raids were "just the start" and warned that the group
    would pay')? Then it does not frame the quote: the quote is a phrase of the first
    cue's words, and the second cue makes its own attribution."""
    first = verb.head
    if verb.dep_ != "conj" or first.idx >= start or ctx.lex.cue(ctx.lex.lemma(first)) is None:
        return False
    if any(t.dep_ == "ccomp" for t in [first, *first.ancestors]):
        return False  # both inside another cue's content: left as they were
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _opens_sentence(ctx: Context, start: int) -> bool:
    """Does the quote open its sentence (or follow a colon)? Only then may a verb
    outside the lexicon frame it: a quoted phrase inside a sentence ('she gave
    "secret material on scores of memos," he suggested', 'the ad features
    "Our History," ...') belongs to the sentence's own verb, not to a speaker. A quote
    opening its paragraph opens a sentence too, where spaCy ran the sentence before it
    across the blank line ('... Not negotiable."\n\n"Would it be negotiable?" Hannity
    pressed.')."""
    si = ctx.sentence_index(start)
    before = ctx.text[ctx.sentences[si].start : start].strip() if si is not None else ""
    if not before or before.endswith(":"):
        return True
    line = ctx.text.rfind("\n", 0, start)
    return line >= 0 and not ctx.text[line + 1 : start].strip()


def _name_after(ctx: Context, verb: Token) -> _Attr | None:
    """'"...," said Mara Lindqvist, a senior fellow ...' where the parser gave the name
    to another verb: a speech verb with no subject right after the closing mark takes
    the name that follows it, with its apposition."""
    cue = ctx.lex.cue(ctx.lex.lemma(verb))
    if cue is None or not cue.direct or verb.i + 1 >= len(verb.doc) or subject(verb) is not None:
        return None
    tok = verb.doc[verb.i + 1]
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE", ""):
        return None
    found = ctx.source(verb, tok)
    if found is None:
        return None
    _, span, name = found
    return _Attr(verb, cue_range(verb), span, name)


def _object_after(ctx: Context, verb: Token) -> _Attr | None:
    """'"...," read the email.' / '"...," said the ad.': a verb right after the closing
    mark, with no subject, whose object closes the sentence is inverted; the object is
    the speaker."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") or verb.i + 1 >= len(verb.doc):
        return None  # 'citing an instance', 'prompting outrage': a participle has objects
    if subject(verb) is not None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1:
        return None
    nxt = obj.right_edge.i + 1
    if nxt < len(verb.doc) and verb.doc[nxt].text not in (".", "\n", "\n\n"):
        return None
    return _speaker(ctx, verb, obj)


def _speaker(ctx: Context, verb: Token, tok: Token) -> _Attr | None:
    found = ctx.source(verb, tok)
    if found is None:
        return None
    _, span, name = found
    return _Attr(verb, cue_range(verb), span, name)


_NAME_POS = ("PROPN", "NOUN")


def _first_name(ctx: Context, between: Span, verb: Token) -> _Attr | None:
    """'"...," Gene Sperling, a top Clinton adviser, said': when the parser hangs the
    speaker elsewhere (the verb has no subject), the first name or noun between the
    closing mark and the verb is the speaker, with its own phrase as the source."""
    if not _no_verb(between):
        return None
    tok = next((t for t in between if t.pos_ in _NAME_POS or t.lower_ in PERSONAL_PRONOUNS), None)
    if tok is None or ctx.in_quote(tok.idx):
        return None
    while tok.dep_ in ("compound", "flat") and tok.head.i < verb.i and tok.head.i > tok.i:
        tok = tok.head
    found = ctx.source(verb, tok)
    if found is None:
        return None
    _, span, name = found
    if span[1] > verb.idx:
        return None
    return _Attr(verb, cue_range(verb), span, name)


def _no_verb(between: Span) -> bool:
    """Nothing but a name, its apposition and commas (no other clause) between the
    closing mark and the verb."""
    return len(between) > 0 and all(t.pos_ != "VERB" for t in between)


def _before(ctx: Context, start: int, end: int, floor: int) -> _Attr | None:
    """A cue before the opening mark, in the opening sentence (or a colon-ended one)."""
    doc = ctx.doc
    i = ctx.token_index(start) - 1
    stop = max(ctx.token_index(floor), i - _BACK)
    while i >= stop:
        tok = doc[i]
        if ctx.in_quote(tok.idx):
            break
        if _is_cue(ctx, tok):
            return _attr(ctx, tok)
        i -= 1
    return _lead_in(ctx, start, end)


def _lead_in(ctx: Context, start: int, end: int) -> _Attr | None:
    """'Billy Joel sings: "..."' / 'the email read "..."': any verb with a subject that
    stands right before the opening mark (a colon or comma between them at most)
    frames the quote, as any verb right after a comma-closed quote does."""
    i = ctx.token_index(start) - 1
    while i >= 0 and ctx.doc[i].text in (":", ","):
        i -= 1
    if i < 0:
        return None
    tok = ctx.doc[i]
    if tok.pos_ != "VERB" or ctx.in_quote(tok.idx) or ctx.lex.lemma(tok) in ctx.lex.denied:
        return None
    short = len(ctx.text[start:end].split()) < _FRAMED_MIN_WORDS
    if ctx.lex.cue(ctx.lex.lemma(tok)) is None and (short or not _opens_sentence(ctx, start)):
        return None  # "the network that aired 'Gilmore Girls'": a title, not words said
    if "\n" in ctx.text[tok.idx : start]:
        return None
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    return _attr(ctx, tok)


def _floor(ctx: Context, start: int) -> int:
    """Where the before-search stops: the sentence start, or the previous one after a colon."""
    si = ctx.sentence_index(start)
    if si is None:
        return 0
    sent = ctx.sentences[si]
    if sent.start >= start - 1 and si > 0:
        prev = ctx.sentences[si - 1]
        if prev.text.rstrip().endswith(":") or ctx.text[prev.end : start].strip() == ":":
            return prev.start
    return sent.start


def _ceiling(ctx: Context, end: int, next_start: int) -> int:
    """Where the after-search stops: the end of the sentence the cue would be in.

    spaCy often ends a sentence right after '?”' / '!”' ('“...?” Sanders
    replied.' is two sentences), so when the quote closes its sentence the cue's
    sentence is the one that follows on the same line.
    """
    si = ctx.sentence_index(max(end - 1, 0))
    sent_end = ctx.sentences[si].end if si is not None else len(ctx.text)
    if si is not None and sent_end <= end + 1 and si + 1 < len(ctx.sentences):
        nxt = ctx.sentences[si + 1]
        if "\n" not in ctx.text[end : nxt.start]:
            sent_end = nxt.end
    return min(next_start, max(sent_end, end + 1))


def find_direct(
    ctx: Context, leads: dict[int, Lead] | None = None
) -> tuple[list[Quote], list[Quote]]:
    """(direct quotes, paraphrases that merely contain a quoted fragment).

    ``leads``: "Name: ..." lines keyed by where their quoted body opens.
    """
    leads = leads or {}
    direct: list[Quote] = []
    partial: list[Quote] = []
    prev: Quote | None = None
    fragments: set[int] = set()
    titles: set[int] = set()
    for n, (start, end) in enumerate(ctx.quotes):
        if partial and partial[-1].start <= start and end <= partial[-1].end + 1:
            continue  # a quoted word inside a paraphrase already recorded
        nxt = ctx.quotes[n + 1][0] if n + 1 < len(ctx.quotes) else len(ctx.text)
        attr = _after(ctx, start, end, _ceiling(ctx, end, nxt), fragments, titles)
        if start in titles:
            continue  # a title in the subject of a cue with a clause of its own
        if start in fragments:
            # words quoted inside a clause: the claim that holds them (or, for a long
            # quote left speakerless here, ``adopt_speakers``) attributes them
            if len(ctx.text[start:end].split()) >= ctx.lex.min_unattributed_words:
                direct.append(ctx.make_quote((start, end), "direct", None, None, None))
            continue
        if attr is None:
            attr = _before(ctx, start, end, _floor(ctx, start))
            if attr is not None and _behind_lead(leads.get(start), attr):
                attr = None
            if attr is not None:
                para = _paraphrase(ctx, attr, start, end)
                if para is not None:
                    partial.append(para)
                    prev = para  # a following cue-less quote continues this speaker
                    continue
        if attr is not None:
            ctx.used_cues.add(attr.verb.i)
            q = ctx.make_quote((start, end), "direct", attr.cue, attr.source, attr.speaker)
        elif start in leads:
            ld = leads[start]
            q = ctx.make_quote((start, end), "direct", ld.cue, ld.source, ld.speaker)
        elif prev is not None and _continues(ctx, prev, start):
            cue = (prev.cue_start, prev.cue_end) if prev.cue_start is not None else None
            src = (prev.speaker_start, prev.speaker_end) if prev.speaker_start is not None else None
            q = ctx.make_quote((start, end), "direct", cue, src, prev.speaker)  # type: ignore[arg-type]
        elif len(ctx.text[start:end].split()) >= ctx.lex.min_unattributed_words:
            q = ctx.make_quote((start, end), "direct", None, None, None)
        else:
            continue
        direct.append(q)
        prev = q
    return direct, partial


def _behind_lead(lead: Lead | None, attr: _Attr) -> bool:
    """A cue before the opening mark that stands before the "Name:" lead opening the
    quote ("Planners concur - Dana Whitfield: “...”", the live-blog style): the heading's
    verb, not the name's; the lead speaks. A cue inside the lead ("Mr. Graham added:")
    keeps the quote."""
    return lead is not None and attr.verb.idx < lead.source[0]


def _continues(ctx: Context, prev: Quote, start: int) -> bool:
    """Does a cue-less quote starting at ``start`` follow straight on from ``prev``?"""
    if prev.speaker is None:
        return False
    last = max(prev.end, prev.cue_end or 0, prev.speaker_end or 0)
    a, b = ctx.sentence_index(max(last - 1, 0)), ctx.sentence_index(start)
    return a is not None and b is not None and b - a <= 1


def _paraphrase(ctx: Context, attr: _Attr, start: int, end: int) -> Quote | None:
    """'X said the plan was "a disaster"': the content is the clause, not just the quote."""
    roles = ctx.lex.cue(ctx.lex.lemma(attr.verb))
    if roles is None:
        return None
    rng = content_range(attr.verb, roles.content, ctx.lex, ctx.parse)
    if rng is not None:
        rng = before_according(attr.verb, rng, ctx.lex.according)
    if rng is None or not (rng[0] < start and rng[1] >= end - 1):
        return None
    ctx.used_cues.add(attr.verb.i)
    return ctx.make_quote(rng, "indirect", attr.cue, attr.source, attr.speaker)


def adopt_speakers(ctx: Context, direct: list[Quote], indirect: list[Quote]) -> list[Quote]:
    """Direct quotes left without a speaker take the one of the attribution whose cue
    comes last before them in their sentence: 'Halvorsen pushed back at them: "The questions
    asked ..."', 'McConnell says that voters want "lectures, distractions ..."' (a quote
    too far from the cue for the quote finder, which the indirect finder frames). They
    share that cue, so PolNeAR counts quote and claim as one attribution. Inside a
    sentence only a lexicon cue's claim lends its speaker: 'The mayor gave "a long list
    of reasons"' quotes words, no one says them."""
    framed = [
        (o.cue_start, o.cue_end, o.speaker_start, o.speaker_end, o)
        for o in indirect
        if o.speaker_start is not None
        and o.speaker_end is not None
        and o.cue_start is not None
        and o.cue_end is not None
    ]
    out = []
    for q in direct:
        if q.speaker_start is None and q.cue_start is None:
            opens = _opens_sentence(ctx, q.start)
            before = [
                f
                for f in framed
                if f[4].sentence == q.sentence
                and f[0] < q.start
                and (opens or _listed(ctx, ctx.doc[ctx.token_index(f[0])]))
            ]
            if before:
                c0, c1, s0, s1, o = max(before, key=lambda f: f[0])
                q = ctx.make_quote((q.start, q.end), "direct", (c0, c1), (s0, s1), o.speaker)
        out.append(q)
    return out


def _listed(ctx: Context, tok: Token) -> bool:
    return ctx.lex.cue(ctx.lex.lemma(tok), tok.pos_) is not None
