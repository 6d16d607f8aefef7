"""As-clauses, reduced passive relatives and cue nouns with a clause (PolNeAR error buckets)."""

from __future__ import annotations

from dateline import quotes
from dateline.quotes import learned


def _find(nlp, text):
    return quotes.find(text, nlp(text))


def _by_cue(found, cue):
    return next((q for q in found if q.cue == cue), None)


def _source_and_content(nlp, text, cue):
    """The source span's text and the content of the attribution with this cue (asserted found)."""
    q = _by_cue(_find(nlp, text), cue)
    assert q is not None, cue
    return text[q.speaker_start : q.speaker_end], q.text


def _contents_by_source(nlp, text):
    """Each attribution with a source, as {source span text: content}."""
    found = [q for q in _find(nlp, text) if q.speaker_start is not None]
    return {text[q.speaker_start : q.speaker_end]: q.text for q in found}


def test_as_clause_frames_the_governing_clause(nlp):
    text = "As The Washington Post reported, the senator raised more money than any rival."
    assert _source_and_content(nlp, text, "reported") == (
        "The Washington Post",
        "the senator raised more money than any rival",
    )


def test_as_clause_of_duration_is_no_attribution(nlp):
    text = "As the share of young voters continues to grow, the party changes its message."
    assert _by_cue(_find(nlp, text), "continues") is None


def test_reduced_passive_relative_takes_the_agent_as_source(nlp):
    text = "The farm bill opposed by Senate Democrats failed in the House this spring."
    assert _source_and_content(nlp, text, "opposed") == (
        "Senate Democrats",
        "The farm bill",
    )


def test_cue_noun_with_infinitive_or_that_clause(nlp):
    text = "His call to ban all foreign imports came on Tuesday in Iowa."
    assert _source_and_content(nlp, text, "call") == ("His", "to ban all foreign imports")


def test_object_relative_clause_cue_is_about_its_noun(nlp):
    text = "The landslide most analysts confidently forecast never came in Ohio."
    assert _source_and_content(nlp, text, "forecast") == ("most analysts", "The landslide")


def test_subject_relative_clause_keeps_its_own_content(nlp):
    text = "Delegates who complained were sent home by the party."
    q = _by_cue(_find(nlp, text), "complained")
    assert q is None or q.text != "Delegates"  # they complained, not about themselves


def test_participle_on_an_issued_statement_takes_the_issuer(nlp, monkeypatch):
    text = "The city council approved a resolution condemning the ban on refugees."
    found = _find(nlp, text)  # the learned tagger may take 'approved' as the cue instead
    assert [text[q.speaker_start : q.speaker_end] for q in found] == ["The city council"]
    monkeypatch.setattr(learned, "model", lambda: None)  # the participle rule alone
    q = _by_cue(_find(nlp, text), "condemning")
    assert q is not None
    assert text[q.speaker_start : q.speaker_end] == "The city council"


def test_name_colon_lead_after_a_dashed_heading(nlp):
    text = (
        "The polls were early.\n\n"
        "IOWA POLLS NOT WRONG, JUST EARLY - Mark Blumenthal: \u201cThe polls missed the late"
        " surge of evangelical voters in the final days.\u201d\n"
    )
    found = _find(nlp, text)
    q = next((q for q in found if q.speaker_start is not None), None)
    assert q is not None
    assert text[q.speaker_start : q.speaker_end] == "Mark Blumenthal"
    assert q.text.startswith("\u201cThe polls missed")


def test_name_colon_lead_wins_over_the_dashed_headings_verb(nlp):
    # the heading's verb ('concur') stands before the name: the name's lead frames the quote
    text = (
        "Turnout at the ferry vote ran high.\n\n"
        "Planners concur - Dana Whitfield: \u201cThe plain lesson of the week: ring the"
        " harbour households again on the final evening.\u201d [Courier.]\n"
    )
    q = next(q for q in _find(nlp, text) if q.kind == "direct")
    assert (text[q.speaker_start : q.speaker_end], q.cue) == ("Dana Whitfield", ":")


def test_a_cue_verb_inside_the_colon_lead_still_frames_the_quote(nlp):
    text = "Mr. Graham added: \u201cWe will see about that soon enough, I think.\u201d"
    q = next(q for q in _find(nlp, text) if q.kind == "direct")
    assert (text[q.speaker_start : q.speaker_end], q.cue) == ("Mr. Graham", "added")


def test_quote_speaker_with_a_long_apposition_the_parser_detaches(nlp):
    text = (
        "\u201cA very fine lawyer, a very fine lawyer that woman,\u201d Garcia, the 2020 party"
        " hopeful and current poll leader in New Hampshire, said on Tuesday."
    )
    q = next(q for q in _find(nlp, text) if q.kind == "direct")
    assert q.cue == "said" and q.speaker == "Garcia"
    assert text[q.speaker_start : q.speaker_end].startswith("Garcia, the 2020 party")


def test_relative_clause_cue_reports_what_follows_it(nlp):
    text = "Many signed up as new voters, which Republicans say could be helping Mr. Carver."
    assert _source_and_content(nlp, text, "say") == ("Republicans", "could be helping Mr. Carver")
    text = "It is unclear what scientists think is necessary to stop the warming."
    assert _source_and_content(nlp, text, "think") == (
        "scientists",
        "is necessary to stop the warming",
    )


def test_passive_adverbial_clause_takes_the_agent_as_source(nlp):
    text = "When asked by a journalist whether he would run again, Trump said he had not decided."
    assert _source_and_content(nlp, text, "asked") == ("a journalist", "whether he would run again")
    assert _source_and_content(nlp, text, "said") == ("Trump", "he had not decided")


def test_speech_verb_without_subject_takes_the_opening_name(nlp):
    text = (
        "Worried by the protests in Oregon, Senator Ruth Alden, the majority whip, said that "
        "she met with Mr. Carver on Friday."
    )
    source, content = _source_and_content(nlp, text, "said")
    assert source.startswith("Senator Ruth Alden") and content.endswith("on Friday")


def test_two_cues_holding_each_other_keep_the_first(nlp):
    text = "Trump later said that he was joking."
    assert _source_and_content(nlp, text, "said") == ("Trump", "that he was joking")
    assert _by_cue(_find(nlp, text), "joking") is None


def test_parenthetical_belief_frames_its_host_clause(nlp):
    text = "The new figures, analysts think, point to a slowing economy."
    assert _source_and_content(nlp, text, "think") == ("analysts", "point to a slowing economy")


def test_as_clause_of_a_listed_non_speech_cue(nlp):
    text = "As the mayor pointed out, the city budget has grown every single year."
    assert _source_and_content(nlp, text, "pointed") == (
        "the mayor",
        "the city budget has grown every single year",
    )


def test_you_know_is_no_attribution(nlp):
    for text in (
        "You know, the harbour has always been busy in the summer.",
        "As you know, the harbour has always been busy in the summer.",
    ):
        assert _by_cue(_find(nlp, text), "know") is None


def test_hedged_cue_speaks_for_the_subject(nlp):
    text = "The senator seemed to confirm the report about the closed base."
    assert _source_and_content(nlp, text, "confirm") == (
        "The senator",
        "the report about the closed base",
    )
    assert _by_cue(_find(nlp, text), "seemed") is None


def test_hedge_without_a_cue_keeps_no_source(nlp):
    text = "The senator seemed to rely on an attack by his rival."
    q = _by_cue(_find(nlp, text), "seemed")
    assert q is not None and q.speaker_start is None


def test_a_second_report_ends_the_first_ones_content(nlp):
    text = (
        "Among city voters, 68 percent said they are firm on the mayor, "
        "while 19 percent said they could still switch sides."
    )
    got = _contents_by_source(nlp, text)
    assert got["68 percent"] == "they are firm on the mayor"
    assert got["19 percent"] == "they could still switch sides"
    # the parser may make the second report a second clause of the first verb
    text = (
        "Six in 10 Ohio union members said Brown is honest and trustworthy, "
        "and two-thirds said the same of Dean."
    )
    got = _contents_by_source(nlp, text)
    assert got == {
        "Six in 10 Ohio union members": "Brown is honest and trustworthy",
        "two-thirds": "the same of Dean",
    }
    text = "He said the count was late and that the clerks mentioned it on television."
    q = _by_cue(_find(nlp, text), "said")
    assert q.text.endswith("mentioned it on television")


def test_a_concessive_or_contrasting_report_ends_the_first_ones_content(nlp):
    # any listed cue with a subject of its own in a though-, while-, after- or as-clause
    # closing the content reports on its own, not as part of the first report
    text = (
        "County filings show the mayor gave $9,000 to three campaigns last year, "
        "though tax records indicate he owned no house."
    )
    got = _contents_by_source(nlp, text)
    assert got["County filings"] == "the mayor gave $9,000 to three campaigns last year"
    assert got["tax records"] == "he owned no house"
    text = (
        "The senator has said the port deal is unfair to dockworkers, "
        "while his aides have accused the mayor of hiding its cost."
    )
    got = _contents_by_source(nlp, text)
    assert got["The senator"] == "the port deal is unfair to dockworkers"
    assert got["his aides"] == "the mayor of hiding its cost"
    # a reason ('because') and a likeness ('as if') stay inside the content
    text = "Her aides said she looked tired, as if she wanted a day off."
    assert _by_cue(_find(nlp, text), "said").text == "she looked tired, as if she wanted a day off"
    text = "The clerks have never trusted the mayor, in part because he favors longer meter hours."
    assert _by_cue(_find(nlp, text), "favors") is None


def test_a_report_in_a_closing_when_clause_is_its_own(nlp):
    # 'when' (the parser's adverb, not a marker) opens a clause beside the first report:
    # a listed cue with a subject of its own there reports on its own
    text = (
        "The county admitted it had erred when a school nurse reported "
        "high lead readings in the wells."
    )
    got = _contents_by_source(nlp, text)
    assert got == {"The county": "it had erred", "a school nurse": "high lead readings"}
    # a when-clause with no cue is still part of what is reported
    text = "The harbor board said the ferry would run again when the weather turns."
    said = _by_cue(_find(nlp, text), "said")
    assert said.text == "the ferry would run again when the weather turns"


def test_a_leading_report_is_no_content_of_the_main_verb(nlp):
    # the subordinate clause before the verb reports on its own; the verb's content
    # is what follows it, not that clause
    text = (
        "After the auditor suggested that the fund had lost money, "
        "the treasurer contradicted him."
    )
    got = _contents_by_source(nlp, text)
    assert got == {"the auditor": "that the fund had lost money", "the treasurer": "him"}


def test_closing_according_to_is_its_own_attribution(nlp):
    text = (
        "On Monday, the mayor said he was \"glad to see\" that the council voted, "
        "according to The Daily Star."
    )
    got = _contents_by_source(nlp, text)
    assert got["the mayor"] == 'he was "glad to see" that the council voted'
    assert got["The Daily Star"].endswith("that the council voted")


def test_reduced_passive_names_its_noun_without_a_source(nlp):
    for text, cue, content in (
        ("She won three of the contests known as Super Tuesday.", "known", "as Super Tuesday"),
        ("The port hired a contractor accused of fraud in two states.", "accused", "of fraud"),
    ):
        q = _by_cue(_find(nlp, text), cue)
        assert q is not None and q.text == content
        assert q.speaker_start is None
    # set off by a comma, the noun is still what is named, not who names it
    text = "The station, known as Harbor Radio, cut its news staff in May."
    q = _by_cue(_find(nlp, text), "known")
    assert q is not None and q.text == "as Harbor Radio" and q.speaker_start is None


def test_infinitive_on_a_noun_speaks_for_its_possessor_only(nlp):
    text = "The council missed an opportunity to support the harbour plan."
    assert _by_cue(_find(nlp, text), "support") is None  # the opportunity holds no view
    text = "The mayor's refusal to endorse the harbour plan stalled the talks."
    found = _find(nlp, text)
    assert found and all(text[q.speaker_start : q.speaker_end] == "The mayor's" for q in found)


def test_a_phone_call_or_a_date_is_no_claim(nlp):
    """'call' with a bare object is a phone call, and a phrase saying when ('on Sunday') is
    never what was said; 'called the plan a disaster' and 'called for talks' still claim."""
    assert _by_cue(_find(nlp, "The president called the prime minister of Vellmark on Sunday."),
                   "called") is None
    q = _by_cue(_find(nlp, "The senator called the plan a disaster on Monday."), "called")
    assert q is not None and q.text == "a disaster"
    q = _by_cue(_find(nlp, "The union called for talks on the second phase."), "called")
    assert q is not None and q.text == "for talks on the second phase"
