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
        assert first["checked"] == 303 and first["told_elsewhere"] == 0  # two witnesses: no fold
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
