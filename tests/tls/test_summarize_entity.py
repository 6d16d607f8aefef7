"""One entity's summary (``about``): its articles, its dates, its sentences (text written for
these tests)."""

from __future__ import annotations

from datetime import date

from dateline.tls import SentenceRow, summarize_sourced
from dateline.tls.summarize import params

SHUT, FERRY, TRAINS, FUND = (date(2022, 5, d) for d in (2, 5, 6, 8))


def _row(aid: str, dct: date, idx: int, text: str, *days: date) -> SentenceRow:
    return SentenceRow(aid, dct, idx, text, tuple(d.isoformat() for d in days))


ROWS = [
    _row("e1", date(2022, 5, 3), 0, "The storm flooded the harbour district on May 2 and the "
         "storm closed the harbour ferry .", SHUT),
    _row("e1", date(2022, 5, 3), 1, "Mayor Ilsa Varnek ordered the schools shut on May 2 as "
         "the water rose .", SHUT),
    _row("e2", date(2022, 5, 9), 0, "Ilsa Varnek opened a relief fund on May 8 for the flooded "
         "harbour families .", FUND),
    _row("e2", date(2022, 5, 9), 1, "The fund had raised forty thousand euros by the evening , "
         "Varnek said .", ),
    _row("e2", date(2022, 5, 9), 2, "Volunteers cleared mud from the streets of the old town .", ),
    _row("e2", date(2022, 5, 9), 3, "Shops along the quay stayed closed for a week .", ),
    _row("e2", date(2022, 5, 9), 4, "Trains ran again on May 6 across the whole region .", TRAINS),
    _row("e3", date(2022, 5, 9), 0, "Varnek visited the shelters on May 8 and promised new "
         "pumps for the harbour .", FUND),
    _row("e3", date(2022, 5, 9), 1, "Engineers inspected the sea wall near the harbour .", ),
    _row("e3", date(2022, 5, 9), 2, "The port authority counted the damaged boats .", ),
    _row("e3", date(2022, 5, 9), 3, "Rail services resumed on May 6 after the storm .", TRAINS),
] + [
    _row(f"n{k}", date(2022, 5, 6), 0, f"The harbour ferry resumed service on May 5 after the "
         f"storm , report {k} said .", FERRY) for k in range(4)
]
# the sentences that name her, as the store's entity query would find them
VARNEK = {("e1", 1), ("e2", 0), ("e2", 1), ("e3", 0)}


def test_the_whole_story_s_top_day_is_not_hers() -> None:
    assert FERRY in [d for d, _ in summarize_sourced(ROWS, 2, 1)]
    days = [d for d, _ in summarize_sourced(ROWS, 10, 1, about=VARNEK)]
    assert FERRY not in days  # only the articles naming her count
    assert {SHUT, FUND} <= set(days)


def test_dates_vote_only_next_to_her_sentences() -> None:
    # May 6 is named by two of her articles, but far from any sentence naming her
    assert TRAINS not in [d for d, _ in summarize_sourced(ROWS, 10, 1, about=VARNEK)]
    wide = params({"entity.window": 10})
    assert TRAINS in [d for d, _ in summarize_sourced(ROWS, 10, 1, weights=wide, about=VARNEK)]


def test_her_sentences_first_and_none_on_two_days() -> None:
    picked = summarize_sourced(ROWS, 10, 1, about=VARNEK)
    by_day = {d: rows for d, rows in picked}
    # the storm sentence is the more central one of May 2; the one naming her wins
    assert [r.text for r in by_day[SHUT]] == [ROWS[1].text]
    assert all("Varnek" in rows[0].text for d, rows in picked if d in (SHUT, FUND))
    chosen = [(r.article_id, r.index) for _, rows in picked for r in rows]
    assert len(chosen) == len(set(chosen))


def test_without_about_the_summary_is_the_story_s() -> None:
    assert summarize_sourced(ROWS, 3, 2) == summarize_sourced(ROWS, 3, 2, about=None)
    assert summarize_sourced(ROWS, 3, 1, about=set()) == []
