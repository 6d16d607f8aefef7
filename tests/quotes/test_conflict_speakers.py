"""Who speaks in conflict news (issue #4): the speaker name of a quote the full pipeline
gives, with the entity stage's names (bench/eval_st_quotes.py scores these on the
socialtimeline updates). Our own sentences."""

from __future__ import annotations

from datetime import date

from dateline.model import Article
from dateline.pipeline import annotate_doc


def _quotes(nlp, text):
    ann = annotate_doc(Article(id="t", text=text, dct=date(2014, 7, 20)), nlp(text))
    return sorted(ann.quotes, key=lambda q: q.start)


def _by_cue(nlp, text, cue):
    return next(q for q in _quotes(nlp, text) if q.cue == cue)


def test_the_person_set_beside_a_title_speaks(nlp):
    text = (
        "Kenya's envoy to the African Union, Peter Mwangi, denied the report on Tuesday."
    )
    q = _by_cue(nlp, text, "denied")
    assert q.speaker == "Peter Mwangi"
    assert text[q.speaker_start : q.speaker_end].startswith("Kenya's envoy")


def test_a_title_with_no_name_beside_it_keeps_its_body(nlp):
    text = "The spokesman of the African Union said the talks would resume."
    q = _by_cue(nlp, text, "said")
    assert q.speaker is not None and "African Union" in q.speaker


def test_they_carries_the_last_speaker(nlp):
    text = (
        "The rebel council said Ugandan troops had crossed the river at dawn. "
        "They also said they had shot down a helicopter."
    )
    qs = _quotes(nlp, text)
    assert len(qs) == 2
    first, second = qs
    assert text[second.speaker_start : second.speaker_end] == "They"
    assert second.speaker == first.speaker and "council" in (first.speaker or "").lower()


def test_they_after_a_gap_is_resolved_as_before(nlp):
    text = (
        "The rebel council said Ugandan troops had crossed the river. "
        "Heavy rain fell on the border towns all week. "
        "Later the Red Cross arrived with supplies. They said the road was closed."
    )
    q = [q for q in _quotes(nlp, text) if q.start > text.index("Later")][0]
    assert "council" not in (q.speaker or "").lower()


def test_a_verb_joined_to_a_noun_is_the_subjects_next_statement(nlp):
    """The parser joins 'called' to 'use' (a noun of the statement's content): it is the
    council's second statement, not part of the first one's content."""
    from dateline import quotes

    text = (
        "In the morning, the council released a statement condemning the shelling of the"
        " port, the use of schools as depots, and called for the release of all the"
        " hostages held in the north."
    )
    found = {q.cue: q for q in quotes.find(text, nlp(text))}
    assert found["released"].text.endswith("the use of schools as depots")
    called = found["called"]
    assert text[called.speaker_start : called.speaker_end] == "the council"
    assert called.text == "for the release of all the hostages held in the north"


def test_joined_verbs_read_from_the_arrays_are_the_subtrees(nlp):
    """content_range finds the joined verb among the content's words from the doc's arrays
    (learned.Parse) when the caller passes them, the same verbs the subtrees give."""
    from dateline.quotes.learned import Parse
    from dateline.quotes.syntax import _joinable, joined_to

    doc = nlp(
        "In the morning, the council released a statement condemning the shelling of the"
        " port, the use of schools as depots, and called for the release of all the"
        " hostages held in the north."
    )
    p = Parse(doc)
    seen = []
    for verb in doc:
        for kid in verb.children:
            by_tokens = [t.i for t in _joinable(kid, verb, None) if joined_to(t) == verb]
            assert [t.i for t in _joinable(kid, verb, p) if joined_to(t) == verb] == by_tokens
            seen += by_tokens
    assert [doc[i].text for i in seen] == ["called"]


def test_the_statement_speaks_for_whoever_issued_it(nlp):
    text = (
        "At noon, the Arab League held an emergency session to issue a joint statement calling"
        " for each side to stop firing. The statement did not name either side, instead"
        " only referencing the conflict and requesting that Qatar mediate."
    )
    qs = {q.cue: q for q in _quotes(nlp, text)}
    issued = qs["issue"].speaker
    assert issued is not None and "Arab League" in issued
    asked = qs["requesting"]
    assert text[asked.speaker_start : asked.speaker_end] == "The statement"
    assert asked.speaker == issued


def test_their_warning_is_the_last_speakers(nlp):
    text = (
        "The rebels threatened to shell the airport on Friday at dawn. According to their"
        " warning, every airline must call off its flights."
    )
    qs = _quotes(nlp, text)
    warned = [q for q in qs if q.cue == "According to"][0]
    assert text[warned.speaker_start : warned.speaker_end] == "their warning"
    assert warned.speaker == qs[0].speaker and "rebels" in (warned.speaker or "").lower()


def test_a_time_of_day_is_no_content(nlp):
    from dateline import quotes

    text = (
        "In the evening, the president called the prime minister and reaffirmed his"
        " support for the army."
    )
    got = [(q.cue, q.text) for q in quotes.find(text, nlp(text))]
    assert ("called", "In the evening") not in got
    assert ("reaffirmed", "his support for the army") in got


def test_a_that_the_parser_cut_off_reaches_its_clause(nlp):
    """'2nd Lt.' ends a parser sentence after '2nd': the content was the lone 'that'."""
    from dateline import quotes

    text = (
        "The army announced that 2nd Lt. Tom Reed was killed in action after the unit"
        " employed its new procedure."
    )
    got = {q.cue: q.text for q in quotes.find(text, nlp(text))}
    assert got["announced"].startswith("that 2nd Lt. Tom Reed was killed")
    other = "He said that, and left. The officials ruled that out on Monday."
    got = {q.cue: q.text for q in quotes.find(other, nlp(other))}
    assert got == {"said": "that", "ruled": "that"}  # a pronoun 'that' stays one


def test_a_participle_believed_by_no_one_named_has_no_source(nlp):
    from dateline import quotes

    text = "On Monday, a house believed to be a school collapsed when the shelling reached it."
    got = [(q.speaker_start, q.cue, q.text) for q in quotes.find(text, nlp(text))]
    assert got == [(None, "believed", "to be a school")]
    text = "The senator promised to vote for the bill."
    got = [(q.speaker, q.cue, q.text) for q in quotes.find(text, nlp(text))]
    assert got == [("The senator", "promised", "to vote for the bill")]


def test_a_clause_whose_subject_was_taken_for_the_object(nlp):
    from dateline import quotes

    text = (
        "Hours before the truce ended, the army announced fire from the north into the"
        " valley resumed, which the rebels denied."
    )
    got = {q.cue: q.text for q in quotes.find(text, nlp(text))}
    assert got["announced"] == "fire from the north into the valley resumed"
    text = "The army announced new rules after the vote passed."
    got = {q.cue: q.text for q in quotes.find(text, nlp(text))}
    assert got["announced"] == "new rules"  # 'after' opens a clause of its own


def test_the_name_beside_a_title_speaks_wherever_the_parser_hung_it(nlp):
    # the parser hangs the name on the airline of the title's 'for' phrase
    text = (
        "Director of commercial operations for Alpine Airlines, Jonas Weller, said the route "
        "would close."
    )
    q = _by_cue(nlp, text, "said")
    assert q.speaker == "Jonas Weller"
    assert text[q.speaker_start : q.speaker_end].startswith("Director of commercial")


def test_the_name_beside_a_title_speaks_whatever_its_label(nlp):
    """The entity stage may read a person's name set beside a title as an organisation;
    beside the title it is still who speaks, not the airline that owns the title."""
    from dataclasses import replace

    from dateline.quotes.speakers import Mentions, speaker_name

    text = "Norvik Air's sales director, Alda Brenn, said fares would rise."
    doc = nlp(text)
    ann = annotate_doc(Article(id="t", text=text, dct=date(2014, 7, 20)), doc)
    ents = tuple(replace(e, label="ORG") if e.text == "Alda Brenn" else e for e in ann.entities)
    ann = replace(ann, entities=ents)
    head = next(t for t in doc if t.text == "director")
    assert [c.text for c in head.children if c.dep_ == "appos"] == ["Brenn"]  # the shape
    span = (0, text.index(", said"))
    got = speaker_name(head, span, Mentions.from_doc(doc, ann), lambda i: False, 200, ann)
    assert got == "Alda Brenn"


def test_a_clause_whose_subject_has_a_participle_the_parser_took_for_the_clause(nlp):
    """'the sample taken two weeks ago is not linked': the parser reads the participle as
    the reported clause and hangs 'is linked' on the cue; the content runs to its end."""
    from dateline import quotes

    text = "The lab concludes the sample taken two weeks ago is not linked to the crash."
    doc = nlp(text)
    taken = next(t for t in doc if t.text == "taken")
    assert taken.dep_ == "ccomp" and doc[taken.right_edge.i + 1].head.dep_ == "conj"  # the shape
    got = {q.cue: q.text for q in quotes.find(text, doc)}
    assert got["concludes"] == "the sample taken two weeks ago is not linked to the crash"
    text = "The lab concludes the sample taken two weeks ago, and is closing the case."
    got = {q.cue: q.text for q in quotes.find(text, nlp(text))}
    assert got["concludes"] == "the sample taken two weeks ago"  # 'and' joins the lab's act
