"""The page stamp's case-blind phrase tried only where a phrase's first word stands
(events.anchor.dated._stamp_phrases): the same matches as trying every offset."""

from __future__ import annotations

from dateline.events import lexicon
from dateline.events.anchor import dated

TEXTS = [
    "",
    "Council sues mill 16 March 2025 Last updated at 07:38 GMT Help The council sued.",
    "Page last updated at 15:42 GMT, Tuesday; LAST   UPDATED: 4 June; lastupdated; "
    "page last updated last updated; Last\nModified 3 May; first published, firstpublished",
    "Laſt updated 3 May (a long s: read by the pattern itself); İt was last updated — then",
    "The last time it was updated, first it was published: no phrase.",
]


def test_the_stamp_scan_finds_what_finditer_finds() -> None:
    pat = lexicon.page_stamp()
    for text in TEXTS:
        assert [m.span() for m in dated._stamp_phrases(text)] == [
            m.span() for m in pat.finditer(text)], text
    assert len(dated._stamp_phrases(TEXTS[2])) == 6
    assert "last" in dated._stamp_firsts()
