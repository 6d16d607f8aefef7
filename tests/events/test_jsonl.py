"""`dateline events` makes each line's text an article as `dateline run` makes one
(events.jsonl._article, ingest.build), so each event's offsets are into the text it prints."""

from __future__ import annotations

import json

from dateline.events import code_events_jsonl


def _coded(nlp, *records):
    return list(code_events_jsonl([json.dumps(r) for r in records], nlp=nlp))


def test_offsets_are_into_the_printed_text_whatever_the_line_ends(nlp):
    """Windows line ends are made '\\n' before the text is parsed (they had been parsed as
    written while the events were placed in the article's normalised text: 'enied ')."""
    out = _coded(nlp, {"text": "Dockers in Vellby went on strike.\r\nThe harbour board "
                               "denied the charges on 4 May.", "dct": "2024-05-06"})
    text = out[0]["text"]
    assert "\r" not in text
    assert out[0]["events"]
    for e in out[0]["events"]:
        assert text[e["start"]:e["end"]] == e["trigger"], e


def test_a_first_line_like_a_date_header_is_text(nlp):
    """A line's date is its "dct" field; a text opening with 'date ...' is coded as written
    (its offsets had been into the text less that line)."""
    out = _coded(nlp, {"text": "date 2024-04-02\nThe council sued the quarry owners on Monday.",
                       "dct": "2024-04-03"})
    text = out[0]["text"]
    assert text.startswith("date 2024-04-02")
    sued = [e for e in out[0]["events"] if e["trigger"] == "sued"]
    assert sued and text[sued[0]["start"]:sued[0]["end"]] == "sued"


def test_a_text_that_is_blank_but_for_a_nul_byte_is_an_error_as_in_run(nlp):
    out = _coded(nlp, {"text": " " * 40 + "\u0000"},
                 {"text": "Police in Vellby detained two men on Thursday."})
    assert out[0] == {"line": 1, "error": 'line 1: "text": empty text'}
    assert out[1]["events"]
