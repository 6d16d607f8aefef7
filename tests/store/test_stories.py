"""The corpus check kept in the store (table date_stories): the store's own articles are
the index, new articles are checked as they come, and the timeline marks a source whose
story the others tell far from its date."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

from dateline.store import Store
from dateline.timeline import timeline_to_csv, timeline_to_json

from .store_factory import make

# Invented: a ferry strike at a made-up port, told by desks in one week, among enough
# unrelated notes that names five articles share still count as rare.
TELLINGS = [
    ("desk1", date(2035, 4, 8), "Crews of the Meldrith Line stopped the Oskarvik ferries "
                                "after talks with manager Tove Lindqvar failed over 2,916 jobs."),
    ("desk2", date(2035, 4, 9), "Tove Lindqvar said the Meldrith Line would keep 2,916 jobs "
                                "as the Oskarvik ferries stayed idle for a second day."),
    ("desk3", date(2035, 4, 10), "Passengers queued at Oskarvik while the Meldrith Line "
                                 "strike over 2,916 jobs went on, Tove Lindqvar said."),
    ("desk4", date(2035, 4, 11), "Unions at the Meldrith Line agreed to meet Tove Lindqvar "
                                 "again on the 2,916 jobs at the Oskarvik terminal."),
]
# the same story, its stated date a year late
LATE = ("late", date(2036, 4, 9), "Tove Lindqvar offered to save 2,916 jobs, and the "
                                  "Meldrith Line ferries sailed from Oskarvik again.")


def _article(aid: str, day: date, text: str, verdict: str = "consistent"):
    return make(aid, [text], [{"trigger": text.split()[1], "time": day.isoformat()}],
                dct=day, verdict=verdict)


def _filler(n: int = 300):
    return [_article(f"note{i}", date(2035, 1, 1) + timedelta(days=i),
                     f"The Brackwater{i} choir sang in Elmsgrove{i} hall.") for i in range(n)]


def test_new_articles_are_checked_against_the_stored_ones_and_old_ones_again(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.write([*_filler(), _article(*LATE), *(_article(*t) for t in TELLINGS[:2])])
        first = st.check_stories()
        # two witnesses are no fold, but as close as these, a year from its date, with nothing
        # in its own text that fits the stated date better, they make it suspicious
        # (datecheck.stories.year_told)
        assert first["checked"] == 303 and first["told_elsewhere"] == 1
        assert sorted(st.told_elsewhere()["late"][1]) == ["desk1", "desk2"]
        assert st.check_stories()["checked"] == 0  # nothing new: nothing checked again
        st.write([_article(*t) for t in TELLINGS[2:]])
        again = st.check_stories()
        # the two new tellings, and the three stored articles sharing the story's names;
        # the unrelated notes keep their rows
        assert again["checked"] == 5 and again["told_elsewhere"] == 1
        told = st.told_elsewhere()
        assert set(told) == {"late"}
        around, witnesses = told["late"]
        assert date(2035, 4, 8) <= around <= date(2035, 4, 11)
        assert sorted(witnesses) == ["desk1", "desk2", "desk3", "desk4"]


def test_a_store_checked_in_two_runs_agrees_with_one_checked_at_once(tmp_path):
    arts = [*_filler(), _article(*LATE), *(_article(*t) for t in TELLINGS)]
    with Store(tmp_path / "once.duckdb") as st:
        st.write(arts)
        st.check_stories()
        once = st.told_elsewhere()
    with Store(tmp_path / "twice.duckdb") as st:
        st.write(arts[:-2])
        st.check_stories()
        st.write(arts[-2:])
        st.check_stories()
        assert st.told_elsewhere() == once


def test_the_timeline_marks_sources_told_elsewhere(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.write([*_filler(), _article(*LATE), *(_article(*t) for t in TELLINGS)])
        st.check_stories()
        entries = st.timeline(merged=False)
    sources = {s["article_id"]: s for e in json.loads(timeline_to_json(entries))
               for s in e["sources"]}
    assert sources["late"]["told_elsewhere"] is not None
    assert sources["late"]["told_elsewhere"].startswith("2035-04-")
    assert sources["desk1"]["told_elsewhere"] is None
    rows = {r["article_ids"]: r for r in csv.DictReader(io.StringIO(timeline_to_csv(entries)))}
    assert rows["late"]["told_elsewhere"].startswith("2035-04-")
    assert rows["desk1"]["told_elsewhere"] == ""


def test_the_report_and_the_app_show_the_weighed_verdict_the_timeline_marks(tmp_path):
    """The report's sources and the app's article page give each article's date the verdict
    weighed with the store's other articles (date_stories.verdict): the late telling's
    consistent date is suspicious, naming when the others tell the story (⇄ in the
    timeline); a desk's own weak alarm that three same-week tellings outweigh is no
    warning; an article the check did not weigh keeps its own verdict."""
    from dateline.report import payload_for
    from dateline.serve.pages import article_data

    desks = [_article(*t, verdict="suspicious" if t[0] == "desk2" else "consistent")
             for t in TELLINGS]
    with Store(tmp_path / "s.duckdb") as st:
        st.write([*_filler(), _article(*LATE), *desks])
        st.check_stories()
        st.write([_article("unweighed", date(2035, 6, 1), "Orla Fenwick opened a bakery.",
                           verdict="suspicious")])
        entries = st.timeline(merged=False)
        data = payload_for(st)
        pages = {aid: article_data(st.annotation(aid), *st.weighed_date(aid))
                 for aid in ("late", "desk2", "desk1", "unweighed")}
    sources = {s["article_id"]: s for e in json.loads(timeline_to_json(entries))
               for s in e["sources"]}
    assert (sources["late"]["date_verdict"], sources["late"]["weighed_verdict"]) == (
        "consistent", "suspicious")
    assert (sources["desk2"]["date_verdict"], sources["desk2"]["weighed_verdict"]) == (
        "suspicious", "consistent")
    assert sources["unweighed"]["weighed_verdict"] is None
    rows = {r["article_ids"]: r for r in csv.DictReader(io.StringIO(timeline_to_csv(entries)))}
    assert (rows["late"]["date_verdicts"], rows["late"]["weighed_verdicts"]) == (
        "consistent", "suspicious")
    assert rows["unweighed"]["weighed_verdicts"] == ""
    shown = {s["article_id"]: s for e in data["entries"] for s in e["sources"]}
    told = sources["late"]["told_elsewhere"]
    assert shown["late"]["verdict"] == "suspicious" and shown["late"]["told_elsewhere"] == told
    assert shown["late"]["warning"] == (
        f"article date suspicious: other articles tell its story around {told}")
    assert (shown["desk2"]["verdict"], shown["desk2"]["own_verdict"]) == (
        "consistent", "suspicious")
    assert shown["desk2"]["warning"] is None and shown["desk1"]["warning"] is None
    assert shown["unweighed"]["warning"] == "article date suspicious"
    for aid in ("late", "desk2", "desk1", "unweighed"):
        page = pages[aid]
        assert (page["verdict"], page["warning"], page["told_elsewhere"]) == (
            shown[aid]["verdict"], shown[aid]["warning"], shown[aid]["told_elsewhere"])


def test_the_checks_own_fit_is_stored_and_weighs_a_telling_a_year_away(tmp_path):
    # DateCheck.year_fit is kept with the verdict (articles.date_fit_year_*) and is the
    # text test of year_told: the same two close tellings a year before the stated date
    # make it suspicious when the check read no lean against them, not when its own
    # reading (the parse's, in a run) fits the stated date firmly better.
    from dataclasses import replace

    def late(fit: tuple[float, float]):
        ann = _article(*LATE)
        return replace(ann, datecheck=replace(ann.datecheck, year_fit=fit))

    for fit, told in (((0.0, 0.0), True), ((-5.0, 0.0), False)):
        with Store(tmp_path / f"fit{fit[0]}.duckdb") as st:
            st.write([*_filler(), late(fit), *(_article(*t) for t in TELLINGS[:2])])
            ann = st.annotation("late")
            assert ann is not None and ann.datecheck is not None
            assert ann.datecheck.year_fit == fit
            st.check_stories()
            assert ("late" in st.told_elsewhere()) is told


def test_a_note_naming_a_telling_s_term_near_the_stated_date_is_weighed_in_a_later_run(
        tmp_path):
    # Invented: one telling three weeks from the date a year before the checked article's,
    # sharing a harbour chief's name and a figure with a text that names no day (the mute
    # tiers of datecheck.stories.year_told: suspicious). A note stored later, dated near
    # the stated date, names the figure only: it is no neighbour, yet the telling is left
    # with one clue no article near the stated date names (told_elsewhere_only), so the
    # checked article is weighed again and cleared, as a store checked at once finds it.
    teller = ("wire-a", date(2035, 4, 8), "Harbour chief Odrun Velsk said 3,771 crates "
                                          "were stuck on the quay.")
    checked = ("wire-b", date(2036, 4, 30), "Odrun Velsk counted 3,771 crates at last.")
    note = ("note-x", date(2036, 4, 27), "Some 3,771 visitors came to the spring fair.")
    with Store(tmp_path / "twice.duckdb") as st:
        st.write([*_filler(), _article(*checked), _article(*teller)])
        st.check_stories()
        assert "wire-b" in st.told_elsewhere()
        st.write([_article(*note)])
        st.check_stories()
        assert "wire-b" not in st.told_elsewhere()
        twice = st.told_elsewhere()
    with Store(tmp_path / "once.duckdb") as st:
        st.write([*_filler(), _article(*checked), _article(*teller), _article(*note)])
        st.check_stories()
        assert st.told_elsewhere() == twice
