"""spaCy pipeline component ``dateline_timex``.

    import dateline.timex.spacy_component  # registers the factory
    nlp.add_pipe("dateline_timex")          # after the parser: tense from its tags
    doc = nlp.make_doc(text); doc._.dct = date(2024, 2, 6); doc = nlp(doc)
    doc._.timexes                           # tuple[Timex, ...]

The DCT is read from ``Doc._.dct`` (a ``date`` or an ISO string; None leaves
relative expressions underspecified). With ``use_parse`` (default) and a parsed
doc, the tense of governing verbs comes from spaCy's tags; otherwise the
parser-free heuristic is used.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.timex.engine import tag_text

COMPONENT = "dateline_timex"


def ensure_extensions() -> None:
    """Register ``Doc._.dct`` and ``Doc._.timexes`` once (other components may too)."""
    if not Doc.has_extension("dct"):
        Doc.set_extension("dct", default=None)
    if not Doc.has_extension("timexes"):
        Doc.set_extension("timexes", default=())


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class TimexComponent:
    """Tags ``doc.text`` and stores the result on ``doc._.timexes``."""

    def __init__(self, use_parse: bool = True) -> None:
        ensure_extensions()
        self.use_parse = use_parse

    def __call__(self, doc: Doc) -> Doc:
        parsed = self.use_parse and (doc.has_annotation("DEP") or doc.has_annotation("TAG"))
        doc._.timexes = tag_text(doc.text, _as_date(doc._.dct), doc if parsed else None)
        return doc


@Language.factory(COMPONENT, default_config={"use_parse": True})
def make_timex_component(nlp: Language, name: str, use_parse: bool) -> TimexComponent:
    return TimexComponent(use_parse=use_parse)


ensure_extensions()
