"""A verb of telling's object before its that-clause is whom it was told to, not what was
told: the content is the clause alone (cues.json addressees, quotes.syntax)."""

from __future__ import annotations

import pytest

from dateline import quotes


def _contents(nlp, text):
    return {q.cue: q.text for q in quotes.find(text, nlp(text)) if q.kind == "indirect"}


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The harbour master told the council on Monday that the pier was unsafe.",
            "told",
            "that the pier was unsafe",
        ),
        (
            "The mayor assured ferry riders that fares would not rise this winter.",
            "assured",
            "that fares would not rise this winter",
        ),
        (
            "Ms. Lund warned the board that the audit would find gaps in the ledgers.",
            "warned",
            "that the audit would find gaps in the ledgers",
        ),
    ],
)
def test_the_one_told_is_no_content(nlp, text, cue, content):
    assert _contents(nlp, text).get(cue) == content


def test_a_quoted_title_told_to_stays(nlp):
    # the direct-quote finder takes the show's title for a quote told: cut there, the
    # claim would lose its clause to that quote
    text = 'Senator Ames told KVLT\'s "Harbour Talk" on Friday that nobody doubted the levy.'
    assert "that nobody doubted the levy" in _contents(nlp, text).get("told", "")
