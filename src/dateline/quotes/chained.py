"""One statement told through two verbs: a verb the lexicon does not list as a cue whose
to-infinitive is the cue ('Ms. Lund goes on to argue ...', 'Mr. Ives continued to fault
the levy', 'The mayor took to the radio to deny it', 'They chose not to respond'). The
finders can make an attribution of each verb, with the same source; the statement is
the infinitive's, so the one of the verb above it goes (PolNeAR marks one cue there,
'went on to say'). A listed cue above keeps its own ('refused to say', 'urged him to
resign': another act or another speaker)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dateline.model import Quote

if TYPE_CHECKING:
    from dateline.quotes.context import Context


def drop_carriers(ctx: Context, quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` less each attribution whose cue verb only carries the to-infinitive
    cue of another attribution with the same source span."""
    by_cue: dict[tuple[int, int | None, int | None], int] = {}
    for i, q in enumerate(quotes):
        if q.cue_start is not None and q.speaker_start is not None:
            by_cue.setdefault((ctx.token_index(q.cue_start), q.speaker_start, q.speaker_end), i)
    if len(by_cue) < 2:
        return list(quotes)
    drop: set[int] = set()
    for (ti, s0, s1) in by_cue:
        tok = ctx.doc[ti]
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            continue
        upper = by_cue.get((tok.head.i, s0, s1))
        if upper is None or ctx.lex.cue(ctx.lex.lemma(tok.head)) is not None:
            continue
        drop.update(
            k for k, q in enumerate(quotes)
            if q.cue_start is not None and ctx.token_index(q.cue_start) == tok.head.i
            and (q.speaker_start, q.speaker_end) == (s0, s1)
        )
    return [q for k, q in enumerate(quotes) if k not in drop]
