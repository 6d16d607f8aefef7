"""What the direct and indirect finders share for one document."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.model import Quote, Sentence, Timex
from dateline.quotes.learned import Parse
from dateline.quotes.lexicon import Lexicon
from dateline.quotes.speakers import Mentions, speaker_name
from dateline.quotes.subjects import (
    after_dateline,
    causer_it,
    clause_teller,
    controller,
    dateline_end,
    dummy_it,
    inverted_speaker,
    left_speaker,
    misplaced_subject,
    reporter,
    subject,
    with_subject,
)
from dateline.quotes.syntax import paragraph, source_range, trim, with_antecedent
from dateline.quotes.timing import statement_time

# dependency labels that open a reported clause ('said [that ...]', 'warned [...]')
_CONTENT_DEPS = frozenset({"ccomp"})
_SUBJECTS = ("nsubj", "nsubjpass", "expl")

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.model import Annotation


@dataclass
class Context:
    text: str
    doc: Doc
    lex: Lexicon
    mentions: Mentions
    quotes: list[tuple[int, int]]
    sentences: Sequence[Sentence]
    timexes: Sequence[Timex] = ()
    ann: Annotation | None = None
    used_cues: set[int] = field(default_factory=set)
    _starts: list[int] = field(default_factory=list)
    _qstarts: list[int] = field(default_factory=list)
    _tstarts: list[int] = field(default_factory=list)
    _names: list[tuple[int, int]] | None = None
    _parse: Parse | None = None

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]
        self._qstarts = [s for s, _ in self.quotes]
        # one array read, not a Token object per word
        self._tstarts = self.doc.to_array("IDX").tolist()
        self.timexes = sorted(self.timexes, key=lambda t: t.start)

    @property
    def parse(self) -> Parse:
        """The doc's parse as plain lists (``learned.Parse``), read once for this call of
        the finder when the learned tagger first scores a word."""
        if self._parse is None:
            self._parse = Parse(self.doc)
        return self._parse

    def lemma(self, tok: Token) -> str:
        """``Lexicon.lemma`` of a word of this doc, read from its arrays (``parse``): the
        indirect finder asks it of each verb some five times, and a Token's lemma and
        lower form are strings made anew at each read."""
        p = self.parse
        return self.lex.fixes.get(p.lowers[tok.i]) or p.lemmas[tok.i]

    def token_index(self, offset: int) -> int:
        """Index of the token that starts at or before ``offset`` (0 when none)."""
        return max(bisect.bisect_right(self._tstarts, offset) - 1, 0)

    def sentence_index(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i if i >= 0 else None

    def in_quote(self, offset: int) -> bool:
        """Is ``offset`` inside one of the direct-quote spans?"""
        i = bisect.bisect_right(self._qstarts, offset) - 1
        return i >= 0 and offset < self.quotes[i][1]

    def reported(self, tx: Timex) -> bool:
        """Is the timex part of what a sentence reports: inside a direct quote, or
        under a complement clause ('Falk said [the sides will meet on Monday]')?
        A timex framing the statement ('In an interview last June, Falk said ...',
        'Falk spoke on Tuesday') hangs from the cue verb without one."""
        if self.in_quote(tx.start):
            return True
        tok = self.doc[self.token_index(tx.start)]
        while tok.head.i != tok.i:
            if tok.dep_ in _CONTENT_DEPS:
                return True
            tok = tok.head
        return False

    def name_spans(self) -> list[tuple[int, int]]:
        """The timexes that modify a noun that is no way of saying ('the 1988 bombing',
        'the 1967 borders', 'after the 2003 outbreak'): each names that thing or dates
        its event, never a statement that mentions it, as events.anchor.name_dates keeps
        such dates from anchoring events; 'In a 1993 interview', 'a 2007 study found' date
        the statement, as does an event it was made during ('During the 2003 outbreak, X
        was accused'; cues.json statement_time). Computed once per document."""
        if self._names is None:
            from dateline.events.anchor import modified_noun

            self._names = []
            for tx in self.timexes:
                noun = modified_noun(self.doc, tx)
                if noun is None or self.lex.lemma(noun) in self.lex.statement_nouns:
                    continue
                if noun.dep_ == "pobj" and noun.head.lower_ in self.lex.within:
                    continue  # said during it: the named event's date holds the statement
                self._names.append((tx.start, tx.end))
        return self._names

    def frames(self, cue_start: int) -> Callable[[Timex], bool]:
        """Does a timex modify the clause of the cue at ``cue_start`` ('said on Tuesday',
        'In a radio interview last July, he said')? From the timex's head word up to the
        cue no other verb may come between: 'the deadliest day since the truce began in
        January' hangs January on 'began', a clause of its own. A verb whose clause the
        cue shares counts as the cue: the head of its infinitive, the first of two verbs
        with one subject ('spoke on Monday and warned ...'), the verb a participle with
        no subject hangs on ('In the morning, X shot ..., warning that ...')."""
        cue = self.doc[self.token_index(cue_start)]
        heads = {cue.i}
        tok = cue
        while tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i:
            if any(c.dep_ in _SUBJECTS for c in tok.children):
                break  # 'X said ..., and Y warned ...': Y's clause is its own
            if tok.dep_ == "advcl" and tok.tag_ not in ("VBG", "VBN"):
                break  # only a participle ('..., warning that ...') shares its clause
            tok = tok.head
            heads.add(tok.i)

        def test(tx: Timex) -> bool:
            lo, hi = self.token_index(tx.start), self.token_index(max(tx.end - 1, tx.start))
            span = range(lo, hi + 1)
            root = next((t for t in self.doc[lo : hi + 1] if t.head.i not in span), None)
            if root is None:
                return False
            t = root.head
            while t.i not in heads:
                if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                    return False
                t = t.head
            return True

        return test

    def source(
        self, verb: Token, subj: Token | None = None
    ) -> tuple[Token, tuple[int, int], str | None] | None:
        """Subject token, its span and the resolved speaker name for a cue verb
        (or for the given source token, e.g. the possessor of a cue noun)."""
        subj = self._speaker_token(verb, subj)
        if subj is None:
            return None
        own = source_range(subj)
        whole = with_antecedent(subj, own)
        # a relative pronoun is still named by its own span (speaker_name finds the
        # noun it stands for), not by whatever else its antecedent's phrase holds
        name_span = own if whole != own else None
        span = self._source_span(verb, subj, whole)
        if span[0] >= span[1]:
            return None
        name = speaker_name(
            subj,
            name_span or span,
            self.mentions,
            self.in_quote,
            self.lex.max_speaker_distance,
            self.ann,
        )
        return subj, span, name

    def _speaker_token(self, verb: Token, subj: Token | None) -> Token | None:
        """The word that speaks for a cue verb: its reporter or subject (the inverted
        speaker of a direct cue), the controller of a verb it is the complement of, a
        speaker the parser misplaced, never a word inside the quote."""
        if subj is None:
            subj = reporter(verb, self.lex) or subject(verb)
            cue = self.lex.cue(self.lex.lemma(verb))
            if cue is not None and cue.direct:
                subj = inverted_speaker(verb, subj) or subj
        subj = clause_teller(verb, subj, self.lex) or with_subject(verb) or subj
        if subj is not None:
            subj = controller(verb, subj, self.lex) or subj
        if subj is not None and misplaced_subject(subj, verb):
            subj = left_speaker(verb) or after_dateline(verb) or subj
        if subj is not None and self.in_quote(subj.idx):
            # '"..., the foundation, ...," said a person close to her': the parser gave the
            # verb a second subject from inside the quote; the one outside speaks
            subj = next(
                (c for c in verb.children if c.dep_ == "nsubj" and not self.in_quote(c.idx)),
                None,
            )
        return subj

    def _source_span(self, verb: Token, subj: Token, span: tuple[int, int]) -> tuple[int, int]:
        """The speaker's phrase ``span`` kept to the cue's line, after a dateline opening
        it, and cut before the cue verb (empty where nothing of it is left)."""
        if "\n" in self.text[span[0] : span[1]]:
            # spaCy sentences run across headlines and datelines: keep the cue's line
            p0, p1 = paragraph(self.text, verb.idx)
            line = trim(self.text, max(span[0], p0), min(span[1], p1))
            span = line if line[0] < line[1] else span
        opening = dateline_end(verb)
        if span[0] < opening < span[1] and opening <= subj.idx:
            # "RENO, Nev. (AP) — Republican hopeful Ann Lee said": the parser hung the
            # dateline on the subject's phrase; the source starts after it
            span = trim(self.text, opening, span[1])
        if span[0] <= verb.idx < span[1]:  # "a lawmaker calling for ...": stop at the cue
            cut = trim(self.text, span[0], min(verb.left_edge.idx, verb.idx))
            if cut[0] >= cut[1] and subj.i < verb.i:
                # the parser hung a phrase after the verb on its subject ("he brags about
                # them on the trail: the Iraq war, ..." with 'war' in apposition to 'he'):
                # the subject's phrase ends where the verb's own words begin
                words = self.doc[subj.i + 1 : verb.i + 1]
                stop = next(t for t in words if t.head.i == verb.i or t.i == verb.i)
                cut = trim(self.text, span[0], stop.idx)
            span = cut
        return span

    def make_quote(
        self,
        span: tuple[int, int],
        kind: str,
        cue: tuple[int, int] | None,
        source: tuple[int, int] | None,
        speaker: str | None,
        time_from: int | None = None,
    ) -> Quote:
        """A Quote record, with the statement time looked up around the cue. A dummy
        'it' ("It's tempting to be cynical about ...") is no source (``dummy_it``), nor is
        one that makes someone act ("It encouraged people to drive less", ``causer_it``)."""
        start, end = span
        if source is not None:
            it = self.doc[self.token_index(source[0])]
            if it.idx == source[0] and source[1] - source[0] == len(it):
                head = it.head
                cue_word = self.lex.cue(self.lex.lemma(head), head.pos_)
                speech = cue_word is not None and cue_word.direct
                if dummy_it(it, self.lex.raising) or causer_it(it, speech):
                    source, speaker = None, None
        anchor = cue[0] if cue else start
        si = self.sentence_index(anchor)
        sent = self.sentences[si] if si is not None else None
        first = self.sentence_index(min(start, anchor if time_from is None else time_from))
        prev = self.sentences[first - 1] if first is not None and first > 0 else None
        when = statement_time(
            self.text,
            self.timexes,
            sent,
            prev,
            anchor,
            [span, *self.name_spans()],
            speaker,
            self.reported,
            self.frames(cue[0]) if cue else None,
        )
        return Quote(
            start=start,
            end=end,
            text=self.text[start:end],
            speaker=speaker,
            cue=self.text[cue[0] : cue[1]] if cue else None,
            kind="direct" if kind == "direct" else "indirect",
            speaker_start=source[0] if source else None,
            speaker_end=source[1] if source else None,
            cue_start=cue[0] if cue else None,
            cue_end=cue[1] if cue else None,
            time=when,
            sentence=self.sentence_index(start),
        )
