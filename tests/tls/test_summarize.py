"""Summarizer behaviour on a small synthetic story (text written for these tests)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dateline.errors import UsageError
from dateline.model import Annotation, Article, Sentence, Timex
from dateline.tls import (
    SentenceRow,
    rows_from_text,
    summarize,
    summarize_articles,
    summarize_rows,
    to_jsonl,
    to_tilse,
)
from dateline.tls.resources import load
from dateline.tls.split import split
from dateline.tls.summarize import params

BREACH = date(2021, 3, 3)
INQUIRY = date(2021, 3, 10)

ARTICLES = [
    ("a1", "The Kariba river dam collapsed on March 3, flooding four villages. "
           "Rescue teams searched for survivors in the mud. Officials said 40 people were missing.",
     date(2021, 3, 4)),
    ("a2", "Water burst through the dam wall on March 3 after days of heavy rain. "
           "Engineers had warned about cracks in the dam last year. "
           "Villagers fled to higher ground.",
     date(2021, 3, 5)),
    ("a3", "Survivors described the night of March 3, when the dam gave way. "
           "The government announced an inquiry into the dam collapse. It will open on March 10.",
     date(2021, 3, 6)),
    ("a4", "The inquiry into the dam collapse opened on March 10 in the capital. "
           "Engineers told the inquiry that the dam collapse on March 3 could have been avoided.",
     date(2021, 3, 11)),
    ("a6", "The second day of the dam inquiry followed its opening session on March 10. "
           "Witnesses blamed the dam operator for ignoring the cracks.",
     date(2021, 3, 12)),
    ("a5", "A football club won the regional cup on Saturday. Fans celebrated in the streets.",
     date(2021, 3, 7)),
]


@pytest.fixture(scope="module")
def rows() -> list[SentenceRow]:
    out: list[SentenceRow] = []
    for aid, text, dct in ARTICLES:
        out.extend(rows_from_text(aid, text, dct))
    return out


@pytest.mark.parametrize(("text", "expected"), load("split.json")["examples"])
def test_split_examples(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_rows_carry_resolved_day_values(rows: list[SentenceRow]) -> None:
    first = next(r for r in rows if r.article_id == "a1" and r.index == 0)
    assert "2021-03-03" in first.timexes
    assert all(r.dct is not None for r in rows)


def test_most_referenced_day_comes_first(rows: list[SentenceRow]) -> None:
    tl = summarize_rows(rows, 1, 2)
    assert [d for d, _ in tl] == [BREACH]
    sents = tl[0][1]
    assert 1 <= len(sents) <= 2
    assert all("dam" in s for s in sents)


def test_two_dates_are_the_breach_and_the_inquiry(rows: list[SentenceRow]) -> None:
    # the query keeps the football article's "Saturday" (a3's publication day) from
    # tying with the inquiry, whose announcement in a3 is a future day and casts no vote
    tl = summarize_rows(rows, 2, 1, query=["dam"])
    assert [d for d, _ in tl] == [BREACH, INQUIRY]
    assert "inquiry" in tl[1][1][0].lower()


def test_window_gives_the_best_days_inside_it(rows: list[SentenceRow]) -> None:
    # the breach is the story's best day; a window after it still gets its own key day
    # (the window used to be applied after the N best days were picked: none was left)
    from dateline.tls import summarize_sourced

    after = summarize_sourced(rows, 1, 1, query=["dam"], since=date(2021, 3, 8))
    assert [d for d, _ in after] == [INQUIRY]
    assert "inquiry" in after[0][1][0].text.lower()
    before = summarize_sourced(rows, 1, 1, query=["dam"], until=date(2021, 3, 9))
    assert [d for d, _ in before] == [BREACH]
    assert summarize_sourced(rows, 3, 1, since=date(2022, 1, 1)) == []


def test_no_sentence_repeated_within_a_day(rows: list[SentenceRow]) -> None:
    for _, sents in summarize_rows(rows, 3, 3):
        assert len(sents) == len(set(sents))


def test_query_keeps_off_topic_articles_out(rows: list[SentenceRow]) -> None:
    tl = summarize_rows(rows, 5, 3, query=["dam"])
    text = " ".join(s for _, ss in tl for s in ss)
    assert "football" not in text.lower()
    assert all(d <= date(2021, 3, 12) for d, _ in tl)


def test_entry_points_agree(rows: list[SentenceRow]) -> None:
    via_rows = summarize_rows(rows, 2, 2)
    via_articles = summarize_articles(ARTICLES, 2, 2)
    via_tuples = summarize([(r.article_id, r.dct, r.index, r.text, r.timexes) for r in rows], 2, 2)
    assert via_rows == via_articles == via_tuples


def test_from_annotation_records() -> None:
    text = "The dam collapsed on March 3 near the village. Rescuers arrived the next morning."
    end1 = text.index(".") + 1
    sents = (Sentence(0, 0, end1, text[:end1]), Sentence(1, end1 + 1, len(text), text[end1 + 1:]))
    start = text.index("March 3")
    tx = Timex("t1", start, start + 7, "March 3", "DATE", "2021-03-03")  # no sentence index
    ann = Annotation(Article("x", text, dct=date(2021, 3, 5)), sentences=sents, timexes=(tx,))
    tl = summarize([ann], 1, 1)
    assert tl == [(BREACH, [sents[0].text])]


def test_bad_sizes_raise() -> None:
    with pytest.raises(UsageError):
        summarize_rows([], 0, 1)


def test_empty_input_gives_empty_timeline() -> None:
    assert summarize_rows([], 3, 1) == []


def test_tilse_format() -> None:
    tl = [(INQUIRY, ["Second  day ."]), (BREACH, ["First day .", "More ."])]
    assert to_tilse(tl) == (
        "2021-03-03\nFirst day .\nMore .\n" + "-" * 32 + "\n"
        "2021-03-10\nSecond day .\n" + "-" * 32 + "\n"
    )


def test_jsonl_format() -> None:
    tl = [(INQUIRY, ["b"]), (BREACH, ["a"])]
    lines = to_jsonl(tl).splitlines()
    assert [json.loads(x) for x in lines] == [["2021-03-03", ["a"]], ["2021-03-10", ["b"]]]


def test_undated_articles_still_rank_referenced_days() -> None:
    rows = [SentenceRow(a, None, 0, f"The dam collapsed on March 3 says report {a} today .",
                        ("2021-03-03",)) for a in ("u1", "u2")]
    rows.append(SentenceRow("u3", None, 0, "The inquiry opened on March 10 in the capital city .",
                            ("2021-03-10",)))
    assert [d for d, _ in summarize_rows(rows, 1, 1)] == [BREACH]


def test_params_overrides_copy_the_shipped_weights() -> None:
    shipped = load("params.json")
    p = params({"date.retrospect_bonus": 9.5, "sentence.story_weight": 0.25})
    assert p["date"]["retrospect_bonus"] == 9.5
    assert p["sentence"]["story_weight"] == 0.25
    assert p["date"]["ref_weight"] == shipped["date"]["ref_weight"]
    assert shipped["date"]["retrospect_bonus"] != 9.5  # the shipped table is left alone
    assert params() == shipped


@pytest.mark.parametrize("key", ["date.retrospect_bonis", "story_weight", "about", "date"])
def test_params_unknown_key_raises(key: str) -> None:
    with pytest.raises(UsageError):
        params({key: 1.0})


def test_weights_replace_the_shipped_ones(rows: list[SentenceRow]) -> None:
    # only publication votes left: every article's day gets one, the earliest wins the tie
    pub_only = params({"date.ref_weight": 0.0, "date.retrospect_bonus": 0.0,
                       "date.future_ref_weight": 0.0, "date.same_day_ref_weight": 0.0})
    assert [d for d, _ in summarize_rows(rows, 1, 1)] == [BREACH]
    assert [d for d, _ in summarize_rows(rows, 1, 1, weights=pub_only)] == [date(2021, 3, 4)]


# a story in two episodes: a collapse in March, an inquiry in April
EPISODES = [
    ("e1", "The river dam collapsed on March 3, flooding four villages and leaving 40 people "
           "missing. Rescue teams searched the flooded villages.", date(2021, 3, 4)),
    ("e2", "Villagers returned to the flooded villages after the dam collapse. "
           "The dam collapse left 40 people missing and four villages flooded.", date(2021, 3, 6)),
    ("e3", "Aid reached the villages flooded by the dam collapse. Families of the 40 missing "
           "people waited by the flooded river.", date(2021, 3, 8)),
    ("e4", "The public inquiry into the collapse heard the engineers on April 20. "
           "The engineers told the inquiry that cracks were reported to the operator in 2019.",
     date(2021, 4, 21)),
    ("e5", "On April 21 the inquiry heard testimony from the engineers about the unrepaired "
           "cracks. On April 21 the dam collapse that flooded four villages and left 40 missing "
           "was recalled by the mayor.", date(2021, 4, 22)),
]


def test_local_centroid_keeps_a_later_episode_on_its_own_news() -> None:
    rows = [r for aid, text, dct in EPISODES for r in rows_from_text(aid, text, dct)]
    day = date(2021, 4, 21)

    def pick(local_weight: float) -> list[str]:
        tl = dict(summarize_rows(rows, 10, 1,
                                 weights=params({"sentence.local_weight": local_weight})))
        return tl[day]

    # the whole story is about the collapse: its centroid prefers the recap of it
    assert "mayor" in pick(0.0)[0]
    # the coverage of the weeks around April 21 is about the inquiry
    assert "testimony" in pick(4.0)[0]
