"""The per-text memos of _resolve_all key every input resolve reads, and its shortcuts
answer as the calls they skip."""

from datetime import date
from itertools import product
from typing import Any

from dateline.timex import engine
from dateline.timex.engine import is_range, tag_text
from dateline.timex.tense import TenseIndex

DCT = date(2024, 2, 6)


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_text(text, DCT)]


def test_the_same_clock_time_after_another_day_takes_that_day() -> None:
    # same rule, same words, same tense: only the narrative differs (a key without it
    # would give the second time the first one's day)
    text = ("The mill closed on Aug. 3, 2019. The fire began at 10 p.m. "
            "The mill reopened on Sept. 9, 2020. The crowd left at 10 p.m.")
    values = [v for w, v in _values(text) if w == "10 p.m."]
    assert values == ["2019-08-03T22:00", "2020-09-09T22:00"]


def test_the_same_month_under_another_tense_is_another_year() -> None:
    # by the third, the point a month gives is the one it was counted from: the last
    # two differ in tense alone (a key without it would repeat the year ahead)
    ahead, back = "They will meet in May. ", "They met in May. "
    assert [v for _, v in _values(ahead * 3 + back)] == ["2024-05"] * 3 + ["2023-05"]
    assert [v for _, v in _values(back * 3 + ahead)] == ["2023-05"] * 3 + ["2024-05"]


def test_a_run_of_dates_resolves_as_each_date_alone() -> None:
    for piece in ("They met on Tuesday. ", "It opened on Aug. 3, 2019, at 10 p.m. ",
                  "Prices rose in May, and will fall in May. "):
        alone = _values(piece)
        assert _values(piece * 40) == alone * 40


def test_a_range_end_read_from_another_start_day_is_another_point() -> None:
    # the same end under two start days: its value and the point the next day counts
    # from come out of one memo entry, per start (a point left over from the start
    # would give its next day)
    older = "It ran from May 5, 2019 to June 1. It shut the next day. "
    newer = "It ran from May 5 to June 1. It shut the next day. "
    days = ["2019-06-01", "2019-06-02", "2023-06-01", "2023-06-02"]
    assert [v for w, v in _values(older + newer) if w in ("June 1", "the next day")] == days
    assert [v for w, v in _values(newer + older) if w in ("June 1", "the next day")] == (
        days[2:] + days[:2])


def test_the_loop_reads_a_range_as_is_range_does() -> None:
    # the loop answers a dash or spaces alone without calling is_range: over generated
    # separators, the end is read from its start exactly where is_range says so
    seps = ["".join(parts) for parts in product(["", " ", "  ", "\t"], ["", "-", "\u2013", "to",
                                                                        " ", "and", "x"],
                                                 ["", " ", "      "])]
    seen = 0
    for intro, sep in product(["It ran ", "It ran from "], seps):
        text = f"{intro}Dec. 28{sep}Jan. 3."
        got = tag_text(text, DCT)
        if [t.text for t in got] != ["Dec. 28", "Jan. 3"]:
            continue
        seen += 1
        assert (got[1].anchor == "range") == is_range(text, got[0], got[1]), repr(text)
    assert seen > 80


def test_a_month_after_a_quarter_it_closes_keeps_that_quarter_the_narrative() -> None:
    # the same month, tense and quarter under report: the first May follows a month,
    # the second closes a quarter ("ended"), which stays the narrative for "a year
    # ago" in the next sentence (a plain point's memo entry without the narrative
    # would take the first May's short step and make the second May the narrative)
    dct = date(1989, 11, 2)
    tail = "Net rose in the third quarter ended May. It fell a year ago."
    lead = "Profit rose in the third quarter. Sales fell in June and in May. "
    ago = [t.value for t in tag_text(lead + tail, dct) if t.text == "a year ago"]
    assert ago == [t.value for t in tag_text(tail, dct) if t.text == "a year ago"] == ["1988-Q3"]


def test_a_run_of_ranges_resolves_as_each_range_alone() -> None:
    # a range's end takes a short step when the rest would only make it the narrative:
    # with and without a closing word in the text, the next day counts from the end
    for piece in ("It ran May 1-May 3. ", "Sales fell from Dec. 28 to Jan. 3. ",
                  "It ran May 1-May 3, and the quarter ended May 3. ",
                  "Talks ran Sept. 29-Oct. 2. They met again the next day. "):
        alone = _values(piece)
        assert _values(piece * 40) == alone * 40
    assert _values("Talks ran Sept. 29-Oct. 2. They met again the next day. ")[-1] == (
        "the next day", "2023-10-03")
    # after a run of range ends, a day closing a period still does
    text = ("It ran May 1-May 3-May 5. For the six months ended May 5, net fell from "
            "$9 million a year earlier.")
    assert _values(text)[-1] == ("a year earlier", "2022-05-05")


def test_a_look_up_repeated_only_by_its_objects_is_reused() -> None:
    # the loop reuses its last plain-point look-up when the partial, narrative, tense,
    # quarter under report and range flag are the same objects: the second clock time
    # follows a day that is no plain point (a reuse without the narrative compared
    # would give it the first one's day) ...
    text = ("The shop closed at 9 p.m. They left the day before last Friday. "
            "The shop closed at 9 p.m.")
    assert [v for w, v in _values(text) if w == "9 p.m."] == [
        "2024-02-06T21:00", "2024-02-01T21:00"]
    # ... and the second May 5 follows a June 1 that left the narrative as it found it
    # (one without the partial compared would give it June 1's value)
    text = ("The fair ran from May 5 to June 1. The fair ended June 1. The fair ended "
            "June 1. The fair ran from May 5 to June 1.")
    assert [v for w, v in _values(text) if w == "May 5"] == ["2023-05-05"] * 2


def test_the_loop_answers_a_run_of_dates_tense_as_the_tense_index(monkeypatch: Any) -> None:
    # the loop answers a call one word on inside the index's periodic stretch itself:
    # runs broken by another tense or another word answer as when every call is made
    # (a plain function in place of the index's bound method, which the loop never skips)
    texts = ["They met in " + "May " * 80 + "and will meet in " + "May " * 80,
             "It will be " + "May " * 60 + "June " * 60 + "but was " + "May " * 60,
             "They met May 1 to May 3. " * 25 + "They will meet in June. " * 25]
    fast = [_values(t) for t in texts]

    def plain(text: str, doc: Any = None) -> Any:
        index = TenseIndex(text)
        return lambda start, end: index(start, end)

    monkeypatch.setattr(engine, "make_tense", plain)
    assert [_values(t) for t in texts] == fast
    assert {v for _, v in fast[0]} == {"2023-05", "2024-05"}


def test_range_links_ask_is_range_once_per_pair_of_months() -> None:
    # _range_links answers each pair of neighbours once for the loop: is_range where both
    # name a month, False otherwise and before the first / after the last timex
    from dateline.timex.candidates import build_match, kept_candidates
    from dateline.timex.rules import ruleset

    text = "It ran from May 1 to May 3, then on Tuesday, and again June 2-4 and in July."
    kept = kept_candidates(text, ruleset())
    partials = [build_match(c)[0] for c in kept]
    links = engine._range_links(text, kept, partials)
    assert len(links) == len(kept) + 1 and not links[0] and not links[-1]
    want = [partials[i].month is not None and partials[i + 1].month is not None
            and is_range(text, kept[i], kept[i + 1]) for i in range(len(kept) - 1)]
    assert links[1:-1] == want
    assert want == [True, False, False, True, False]  # May 1 to May 3; June 2-4
