"""Stance frames with no cue verb (quotes.stance): received stances, agent nouns, polls,
experiencer verbs."""

from __future__ import annotations

from quote_finds import found as _got


def test_received_stance_speaks_for_the_giver_not_the_subject(nlp):
    got = _got(nlp, "The bill won praise from the nurses' union.")
    assert ("the nurses' union", "won praise", "The bill") in got
    assert not any(src == "The bill" for src, _, _ in got)


def test_received_frame_needs_a_stance_noun_and_a_giver(nlp):
    # 'attention' is no stance; 'support' with no from/of phrase has no giver
    for text in (
        "The race attracted the attention of national reporters.",
        "The governor has broad support.",
    ):
        assert not any(cue and " " in cue for _, cue, _ in _got(nlp, text)), text


def test_agent_noun_needs_a_copula_and_an_object(nlp):
    got = _got(nlp, "The senator has been a vocal opponent of the pipeline.")
    assert ("The senator", "been a vocal opponent of", "the pipeline") in got
    assert _got(nlp, "The senator is a close friend of the governor.") == []
    assert _got(nlp, "The senator met an opponent of the pipeline.") == []


def test_poll_frame_inside_a_clause_needs_one_poll_of_many(nlp):
    got = _got(nlp, "In a new Quinnipiac survey, most voters opposed the tax.")
    assert ("a new Quinnipiac survey", "In", "most voters opposed the tax") in got
    got = _got(nlp, "The mayor led her rival by six points in a Marist poll.")
    assert ("a Marist poll", "in", "The mayor led her rival by six points") in got
    # "the latest poll", "the polls": no one poll told as saying so
    for text in (
        "The mayor trailed badly in the latest poll.",
        "The mayor has slipped in the polls since June.",
    ):
        assert not any(src and "poll" in src for src, _, _ in _got(nlp, text)), text


def test_perspective_frame_needs_a_holder(nlp):
    got = _got(nlp, "The levy, in the view of most growers, came too late.")
    assert ("most growers", "in the view", "came too late") in got
    got = _got(nlp, "In her opinion the committee acted in bad faith.")
    assert ("her", "In her opinion", "the committee acted in bad faith") in got
    # no possessor and no of-phrase: a manner of speaking, nobody's view
    assert _got(nlp, "In other words, the levy came too late.") == []


def test_frames_inside_a_direct_quote_are_left_to_it(nlp):
    text = '"The plan drew criticism from everyone," the mayor said.'
    got = _got(nlp, text)
    assert not any(src == "everyone" for src, _, _ in got)
    assert any(src == "the mayor" for src, _, _ in got)


def test_experiencer_verb_speaks_for_its_object(nlp):
    got = _got(nlp, "The delay at the port worries the harbour board.")
    assert ("the harbour board", "worries", "The delay at the port") in got
    assert not any(src == "The delay at the port" for src, _, _ in got)
    # the feeling frames what angered them, a report inside it included (PolNeAR: one
    # attribution per cue token, the outer one)
    text = "The mayor's refusal to endorse the harbour plan angered the unions."
    assert _got(nlp, text) == [
        ("the unions", "angered", "The mayor's refusal to endorse the harbour plan")
    ]
    # with a particle the verb is no feeling: 'rattled off' lists things
    got = _got(nlp, "The mayor rattled off his favourite figures.")
    assert not any(src == "his favourite figures" for src, _, _ in got)


def test_viewer_frame_needs_an_actor_and_a_comma(nlp):
    got = _got(nlp, "But to them, the harbor deal was a betrayal.")
    assert ("them", "to", "the harbor deal was a betrayal") in got
    # a time, a degree or a feeling after 'To' is no one's view, nor a name inside a clause
    for text in (
        "To this day, the ferry runs late.",
        "To the surprise of many, the council voted for the toll.",
        "To the extent that voters know Anna Lindqvist, they like her plan.",
        "The mayor sent the plan to Anna Lindqvist, who rejected it.",
    ):
        assert not any(cue and cue.lower() == "to" for _, cue, _ in _got(nlp, text)), text


def test_side_frame_needs_an_actor_and_only_the_side_after_the_copula(nlp):
    got = _got(nlp, "Senator Vik and Senator Holm are against abolishing the agency.")
    assert ("Senator Vik and Senator Holm", "are against", "abolishing the agency") in got
    got = _got(nlp, "She was for the pact before she was against it.")
    assert ("She", "was for", "the pact") in got and ("she", "was against", "it") in got
    for text in (
        "It is against the law to park on the pier.",  # a thing takes no side
        "The mayor was in Oslo for the opening of the bridge.",  # a place, then a purpose
        "Halvorsen was for years a member of the board.",  # a time
        "I will be there for you.",
    ):
        cues = [cue for _, cue, _ in _got(nlp, text)]
        assert not any(cue and cue.endswith((" for", " against")) for cue in cues), text
