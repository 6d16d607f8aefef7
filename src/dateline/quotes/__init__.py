"""Stage: quotes — direct quotes and indirect, attributed claims, with speaker, cue and time.

``find(text, doc, ...)`` works on any parsed text (the benchmark uses it);
``apply(ann, doc)`` is the pipeline stage, which also hands over the entities and
timexes earlier stages found. Quote spans are character offsets; a direct
quote's span includes its quotation marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.model import Annotation, Quote, Sentence, Timex
from dateline.quotes import colon
from dateline.quotes.acts import act
from dateline.quotes.chained import drop_carriers
from dateline.quotes.context import Context
from dateline.quotes.direct import adopt_speakers, find_direct
from dateline.quotes.headline import find_headlines
from dateline.quotes.indirect import find_indirect
from dateline.quotes.lexicon import lexicon
from dateline.quotes.marks import quote_spans
from dateline.quotes.nested import drop_nested
from dateline.quotes.participles import participle_speakers, split_participles
from dateline.quotes.speakers import Mentions, carry_speakers
from dateline.quotes.unmade import unmade

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["apply", "find", "quote_spans"]


def _sentences(doc: Doc) -> tuple[Sentence, ...]:
    from dateline.text import sentences

    return sentences(doc)


def find(
    text: str,
    doc: Doc,
    sentences: Sequence[Sentence] = (),
    timexes: Sequence[Timex] = (),
    ann: Annotation | None = None,
    made_only: bool = False,
) -> tuple[Quote, ...]:
    """All quotes in ``text`` (parsed as ``doc``), direct first then indirect, by offset.

    ``made_only`` leaves out refusals and other statements not made ('did not respond
    to questions from reporters', ``quotes.unmade``), which PolNeAR counts as attributions
    but a list of statements must not show, and acts told with a cue verb ('rejected the
    ceasefire', 'agreed to open the crossing', ``quotes.acts``); the pipeline stage sets it."""
    ctx = Context(
        text=text,
        doc=doc,
        lex=lexicon(),
        mentions=Mentions.from_doc(doc, ann),
        quotes=quote_spans(text),
        sentences=sentences or _sentences(doc),
        timexes=timexes,
        ann=ann,
    )
    found_leads = colon.leads(ctx)
    direct, partial = find_direct(ctx, colon.quote_leads(found_leads))
    partial = split_participles(ctx, partial)
    partial += colon.claims(ctx, found_leads)
    taken = [(q.start, q.end) for q in direct + partial]
    indirect = find_indirect(ctx, taken)
    direct = participle_speakers(ctx, adopt_speakers(ctx, direct, indirect), indirect)
    found = direct + partial + indirect
    found += find_headlines(ctx, found)
    found = carry_speakers(text, found, ctx.sentence_index, ctx.lex.issuer_nouns)
    found = drop_nested(ctx, drop_carriers(ctx, found))
    if made_only:
        found = [q for q in found if not unmade(ctx, q) and not act(ctx, q)]
    return tuple(sorted(found, key=lambda q: (q.start, q.end)))


def apply(ann: Annotation, doc: Doc) -> Annotation:
    found = find(ann.article.text, doc, ann.sentences, ann.timexes, ann, made_only=True)
    return replace(ann, quotes=found)
