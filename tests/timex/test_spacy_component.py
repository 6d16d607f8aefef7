"""The ``dateline_timex`` spaCy component and spaCy-based tense."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.timex import tag, timex_tense


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from dateline.config import Settings
    from dateline.errors import DatelineError
    from dateline.pipeline import load_nlp

    try:
        return load_nlp(Settings().model)
    except DatelineError as exc:
        pytest.skip(str(exc))


def test_component_reads_dct_and_writes_timexes(nlp) -> None:  # type: ignore[no-untyped-def]
    import dateline.timex.spacy_component  # noqa: F401  (registers the factory)

    local = nlp
    name = "dateline_timex"
    if name not in local.pipe_names:
        local.add_pipe(name, last=True)
    try:
        doc = local.make_doc("The envoys will meet Thursday. They met on Jan. 19.")
        doc._.dct = date(2024, 2, 6)
        doc = local(doc)
        got = [(t.text, t.value, t.sentence) for t in doc._.timexes]
        assert got == [("Thursday", "2024-02-08", 0), ("Jan. 19", "2024-01-19", 1)]
        doc2 = local.make_doc("They met Thursday.")
        doc2._.dct = "2024-02-06"
        assert [t.value for t in local(doc2)._.timexes] == ["2024-02-01"]
    finally:
        local.remove_pipe(name)


def test_spacy_tense_used_when_doc_given(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said the ministers will meet again on Friday in Cairo."
    doc = nlp(text)
    (t,) = tag(text, date(2024, 2, 6), doc)
    assert timex_tense(text, t, doc) == "future"
    assert t.value == "2024-02-09"
    assert t.sentence == 0


def test_adjunct_before_complement_subject_belongs_to_reporting_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model hangs "on Wednesday" on "send"; it stands before "they", so
    # it dates the saying (past), not the sending
    text = "Two container lines said on Wednesday they would send cargo to Gdansk."
    (t,) = tag(text, date(2025, 3, 6), nlp(text))
    assert t.value == "2025-03-05"
    text = "He said the talks would resume on Tuesday."
    (t,) = tag(text, date(2025, 3, 6), nlp(text))
    assert t.value == "2025-03-11"


def test_present_tense_weekday_is_the_nearest(nlp) -> None:  # type: ignore[no-untyped-def]
    # a schedule in the present ("runs out") written on a Wednesday: tomorrow
    text = "The truce runs out on Thursday evening."
    (t,) = tag(text, date(2025, 3, 12), nlp(text))
    assert timex_tense(text, t, nlp(text)) == "present"
    assert t.value == "2025-03-13TEV"


def test_deadline_preposition_beats_a_past_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parse reads "has been extended" (past); "until" makes Monday a deadline ahead
    text = "The truce has been extended until Monday, the mediator said on Friday."
    monday, friday = tag(text, date(2025, 3, 14), nlp(text))
    assert (monday.value, friday.value) == ("2025-03-17", "2025-03-14")


def _passive_plan_examples() -> list[dict[str, str]]:
    import json
    from importlib import resources

    raw = resources.files("dateline.timex").joinpath("data", "tense.json").read_text("utf-8")
    return list(json.loads(raw)["passive_plan_examples"])


# a passive plan word puts its day ahead, whatever the auxiliary's tense; seen from the
# past (a past perfect), or 'set' as done ('set on fire'), it stays behind
@pytest.mark.parametrize("ex", _passive_plan_examples(), ids=lambda e: e["text"][:30])
def test_passive_plan_word_dates_ahead(nlp, ex) -> None:  # type: ignore[no-untyped-def]
    t = tag(ex["text"], date.fromisoformat(ex["dct"]), nlp(ex["text"]))[0]
    assert t.value == ex["want"]


def _examples(key: str) -> list[dict[str, str]]:
    import json
    from importlib import resources

    raw = resources.files("dateline.timex").joinpath("data", "tense.json").read_text("utf-8")
    return list(json.loads(raw)[key])


# a finite past of an act over once told ('died', 'was killed'): its day without a year is
# no more than a few days after the DCT; schedules told in the past and plans keep theirs
@pytest.mark.parametrize("ex", _examples("done_examples"), ids=lambda e: e["text"][:30])
@pytest.mark.parametrize("parsed", [True, False], ids=["spacy", "heuristic"])
def test_done_act_takes_little_grace(nlp, ex, parsed) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(ex["text"]) if parsed else None
    t = next(x for x in tag(ex["text"], date.fromisoformat(ex["dct"]), doc) if x.type == "DATE")
    assert t.value == ex["want"]


# a threat's or an order's early hour on the article's day is the next morning's, with or
# without the parse (timex/clockday.py reads timex.tense.future_act, no parse)
@pytest.mark.parametrize("ex", _examples("threat_examples"), ids=lambda e: e["text"][:30])
@pytest.mark.parametrize("parsed", [True, False], ids=["spacy", "heuristic"])
def test_threat_hour_is_the_next_morning(nlp, ex, parsed) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(ex["text"]) if parsed else None
    found = tag(ex["text"], date.fromisoformat(ex["dct"]), doc)
    assert [t.value for t in found if t.text == ex["match"]] == [ex["want"]]
