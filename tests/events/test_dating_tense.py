"""A date from outside an event's own clause (its sentence's nearest, its paragraph's last)
dates the event only when its tense and modality fit the date: an act told as having
happened is not dated after the article's date, and a date a span is told from ('since
3 March') is no narrative time that later events of the paragraph take on (issues #4/#6)."""

from __future__ import annotations


def _times(ann):
    return {e.trigger: (e.time.how, e.time.value) for e in ann.events}


def test_a_later_date_of_the_paragraph_does_not_date_a_past_act(annotate_events, dated):
    """A vote planned for a later day does not date what the paragraph then tells as done;
    a planned act after it still takes that day."""
    text = ("The regional council set a vote on the new charter for 20 May. "
            "Police detained twelve activists outside the council building. "
            "The army will deploy troops to the polling stations.")
    ann = annotate_events(text, dct="2030-05-10", extra=dated({"20 May": "2030-05-20"}))
    by = _times(ann)
    assert by["detained"] == ("dct-past", "2030-05-10"), by
    assert by["deploy"] == ("paragraph", "2030-05-20"), by
    # nor does the date before it, which the narrative has left
    text = ("Police detained twelve activists on 2 May. "
            "The regional council set a vote on the new charter for 20 May. "
            "Police beat two activists outside the council building.")
    ann = annotate_events(text, dct="2030-05-10",
                          extra=dated({"2 May": "2030-05-02", "20 May": "2030-05-20"}))
    assert _times(ann)["beat"] == ("dct-past", "2030-05-10"), _times(ann)


def test_an_earlier_date_of_the_paragraph_still_carries_to_a_past_act(annotate_events, dated):
    text = ("Police detained twelve activists on 2 May. "
            "They beat two of them outside the council building.")
    ann = annotate_events(text, dct="2030-05-10", extra=dated({"2 May": "2030-05-02"}))
    assert _times(ann)["beat"] == ("paragraph", "2030-05-02")


def test_a_start_date_in_the_sentence_does_not_date_the_agreement(annotate_events, dated):
    """'was agreed, starting on 12 June' in the article of 11 June: the agreement is told
    as done, the start is planned."""
    text = "A two-day truce was agreed by both sides, starting at dawn on 12 June."
    ann = annotate_events(text, dct="2030-06-11", extra=dated({"12 June": "2030-06-12"}))
    assert _times(ann)["agreed"] == ("dct-past", "2030-06-11"), _times(ann)


def test_a_since_date_does_not_carry_on_through_the_paragraph(annotate_events, dated):
    """'since 3 March' starts a span that runs to the time of telling; the next sentence's
    act is the article's, not of 3 March. A plain date still carries."""
    text = ("The port has handled 400 ships since 3 March. "
            "Dock workers blocked the main gate of the port.")
    ann = annotate_events(text, dct="2030-04-02", extra=dated({"3 March": "2030-03-03"}))
    assert _times(ann)["blocked"] == ("dct-past", "2030-04-02"), _times(ann)
    text = ("The strike began at the port after the talks failed on 3 March. "
            "Dock workers blocked the main gate of the port.")
    ann = annotate_events(text, dct="2030-04-02", extra=dated({"3 March": "2030-03-03"}))
    assert _times(ann)["blocked"] == ("paragraph", "2030-03-03"), _times(ann)
    text = ("The port has handled more ships than ever since the strike ended on 3 March. "
            "Dock workers blocked the main gate of the port.")
    ann = annotate_events(text, dct="2030-04-02", extra=dated({"3 March": "2030-03-03"}))
    assert _times(ann)["blocked"] == ("dct-past", "2030-04-02"), _times(ann)


def test_a_since_date_in_a_relative_clause_dates_no_other_act(annotate_events, dated):
    """'..., which was the most since the strike began on 3 March': 3 March starts the
    relative clause's span; it is not the arrests' date."""
    text = ("Police arrested 40 dock workers at the gate, which was the highest number "
            "since the strike began on 3 March.")
    ann = annotate_events(text, dct="2030-04-02", extra=dated({"3 March": "2030-03-03"}))
    assert _times(ann)["arrested"] == ("dct-past", "2030-04-02"), _times(ann)


def test_a_bare_clock_time_dates_its_act_on_the_day_the_story_tells(annotate_events):
    """'at 15:00' (timex time_clock24_bare) is the act's own time, on the day the narrative
    has come to, not the day the report of it was made ('the ministry said on Sunday')."""
    text = ("A three-day truce began on Saturday. "
            "Troops arrested ten men at 15:00, the ministry said on Sunday.")
    ann = annotate_events(text, dct="2024-07-22")
    assert _times(ann)["arrested"] == ("clause", "2024-07-20T15:00"), _times(ann)


def test_a_clock_time_dates_its_act_on_the_day_a_reader_gives_it(annotate_events):
    """A clock time with no day of its own takes the day a reader gives it
    (timex/clockday.py): a day phrase beside it, the night after a day whose acts the
    story has told, the next morning for a threat's early hour."""
    text = ("Gunmen stormed the depot on 18 July. "
            "At 9 a.m. the next day, troops surrounded the building.")
    ann = annotate_events(text, dct="2024-07-22")
    assert _times(ann)["surrounded"][1] == "2024-07-19T09:00", _times(ann)
    text = ("On 18 July, a sniper wounded a guard at the crossing. "
            "At around 02:00, a patrol was ambushed near the fence.")
    ann = annotate_events(text, dct="2024-07-22")
    assert _times(ann)["ambushed"][1] == "2024-07-19T02:00", _times(ann)
    text = "The militia threatened to bomb the harbour at 05:30, urging crews to sail away."
    ann = annotate_events(text, dct="2024-07-22")
    assert _times(ann)["bomb"][1] == "2024-07-23T05:30", _times(ann)


def test_a_later_date_of_the_paragraph_does_not_date_an_act_told_going_on(annotate_events, dated):
    """An act told as going on ('are working on', 'is holding talks') is of the day it is
    told, whatever later date its paragraph names for a plan; a planned act after it still
    takes the later day, and so does one its own clause dates."""
    text = ("Elections in the north are due in August. "
            "The army is holding talks with the rebels in the capital. "
            "The navy will deploy two ships to the area.")
    ann = annotate_events(text, dct="2030-06-26", extra=dated({"August": "2030-08"}))
    by = _times(ann)
    assert by["holding talks"] == ("dct", "2030-06-26"), by
    assert by["deploy"] == ("paragraph", "2030-08"), by
    text = ("Elections in the north are due soon. "
            "The army is holding talks with the rebels in the capital on 3 August.")
    ann = annotate_events(text, dct="2030-06-26", extra=dated({"3 August": "2030-08-03"}))
    assert _times(ann)["holding talks"][1] == "2030-08-03", _times(ann)
    # a later date of an act the text tells as done puts the telling after it: an update
    # dated the 7th that says what happened on the 8th goes on at the 8th
    text = ("The rebels seized the port on 8 March. "
            "The army is holding talks with the rebels in the capital.")
    ann = annotate_events(text, dct="2030-03-07", extra=dated({"8 March": "2030-03-08"}))
    assert _times(ann)["holding talks"] == ("paragraph", "2030-03-08"), _times(ann)
    # a to-infinitive under the clause tells a plan, not an act going on
    text = "The rebel leader, whose trial is due to open in August, faces four charges of treason."
    ann = annotate_events(text, dct="2030-06-26", extra=dated({"August": "2030-08"}))
    assert _times(ann)["trial"] == ("sentence", "2030-08"), _times(ann)
