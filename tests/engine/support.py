"""Helpers for the engine tests."""

from __future__ import annotations

from dateline.config import Settings
from dateline.model import Annotation, Article
from dateline.pipeline import annotate_stream, load_nlp


def annotate_lite(articles: list[Article], settings: Settings) -> list[Annotation]:
    return list(annotate_stream(articles, settings, nlp=load_nlp(settings.model)))
