"""Direct and indirect quotes: marks, cue positions, speakers, statement times."""

from __future__ import annotations

from datetime import date

import pytest

import dateline
from dateline import quotes
from dateline.model import Article, Timex
from dateline.quotes.lexicon import lexicon, load_raw
from dateline.quotes.marks import quote_spans
from dateline.quotes.subjects import causer_it, dummy_it, reporter


def _find(nlp, text, timexes=()):
    return quotes.find(text, nlp(text), timexes=timexes)


def _direct(found):
    return [q for q in found if q.kind == "direct"]


def test_marks_straight_curly_and_mixed():
    text = 'He said "we go." Then \u201cstop\u201d and "mixed,\u201d she said.'
    want = ['"we go."', "\u201cstop\u201d", '"mixed,\u201d']
    assert [text[a:b] for a, b in quote_spans(text)] == want


def test_marks_multi_paragraph_quote_and_stray_marks():
    text = '\u201cFirst part.\n\n\u201cSecond part,\u201d he said. It is 5" tall.'
    spans = [text[a:b] for a, b in quote_spans(text)]
    assert spans == ["\u201cFirst part.", "\u201cSecond part,\u201d"]


def test_marks_two_apostrophes_nyt_style(nlp):
    text = (
        "''We will win,'' she said. ''They say, 'Go home.''' The candidates' ads ran.\n\n"
        "''It is over.\n\n''Truly,'' he said."
    )
    spans = [text[a:b] for a, b in quote_spans(text)]
    assert spans == ["''We will win,''", "''They say, 'Go home.'''", "''It is over.", "''Truly,''"]
    text = "''The tax plan is a gift to the rich,'' Mr. Ryan said."
    q = next(q for q in quotes.find(text, nlp(text)) if q.kind == "direct")
    assert (q.text, q.cue, text[q.speaker_start : q.speaker_end]) == (
        "''The tax plan is a gift to the rich,''",
        "said",
        "Mr. Ryan",
    )


def test_marks_of_every_kind_in_one_text_pair_in_order():
    # the pass reads only line breaks and marks, the two-apostrophe ones looked up apart:
    # they must still be read in text order among the others
    text = (
        "''Plans change,'' the mayor said, \"and so do we.\" Aides called it \u201cfinal.\n\n"
        "\u201cNo,\u201d she said. ''Done,'' he said. A 6\" pipe \u00abburst\u00bb."
    )
    spans = [text[a:b] for a, b in quote_spans(text)]
    assert spans == ["''Plans change,''", '"and so do we."', "\u201cfinal.", "\u201cNo,\u201d",
                     "''Done,''", "\u00abburst\u00bb"]


def test_marks_penn_treebank_style(nlp):
    """Tokenized corpora (Timeline17) open a quote with two backquotes and close it with
    two apostrophes set between spaces: `` We will win , '' she said."""
    text = "`` We are very worried , '' the professor said . The team 's `` best guess '' held ."
    spans = [text[a:b] for a, b in quote_spans(text)]
    assert spans == ["`` We are very worried , ''", "`` best guess ''"]
    q = next(q for q in quotes.find(text, nlp(text)) if q.kind == "direct")
    assert (q.cue, text[q.speaker_start : q.speaker_end]) == ("said", "the professor")
    assert quote_spans("the team 's plan , the crew 's boat") == []  # no quote in possessives


def test_a_title_is_not_framed_by_the_verb_after_it(nlp):
    text = "The network revived \u201cTwin Peaks,\u201d which aired in 1990, and other shows."
    assert all(q.cue != "aired" for q in quotes.find(text, nlp(text)))
    text = "\u201cWe are going to win this state,\u201d the nominee riffed on Monday."
    q = next(q for q in quotes.find(text, nlp(text)) if q.kind == "direct")
    assert (q.cue, text[q.speaker_start : q.speaker_end]) == ("riffed", "the nominee")


def test_a_quoted_phrase_inside_a_sentence_is_not_framed_by_any_verb(nlp):
    """Only a quote that opens its sentence (or follows a colon) may be framed by a verb
    outside the lexicon; inside a sentence the quoted words belong to its own verb."""
    for text, verb in (
        ('The mayor gave "a long list of reasons to doubt it," which papers printed.', "printed"),
        ('At the rally the crowd wore "Make the Valley Great Again Now" on their hats.', "wore"),
        ('The company sells "the best coffee in the whole valley" at two shops.', "sells"),
    ):
        found = quotes.find(text, nlp(text))
        assert all(q.cue != verb and q.speaker_start is None for q in _direct(found)), text
    text = 'The governor sings: "We are going to win this state, and soon."'
    (q,) = quotes.find(text, nlp(text))
    assert (q.cue, text[q.speaker_start : q.speaker_end]) == ("sings", "The governor")


def test_a_noun_tagged_as_verb_before_the_name_is_no_cue(nlp):
    """'harbour master Ann Lee told': the tagger calls 'harbour' a verb; the speech verb
    after the name still frames the quote, which stays direct."""
    text = '"The port is closed," harbour master Ann Lee told reporters.'
    (q,) = quotes.find(text, nlp(text))
    assert (q.kind, q.cue, q.speaker) == ("direct", "told", "Ann Lee")


def test_cue_after_before_and_inside(nlp):
    after = _direct(_find(nlp, "\u201cWe will win,\u201d said Prime Minister Jane Doe."))
    assert after[0].cue == "said" and after[0].speaker == "Jane Doe"
    before = _direct(_find(nlp, 'Jane Doe told reporters: "We will win."'))
    assert before[0].cue == "told" and before[0].speaker == "Jane Doe"
    split = _direct(_find(nlp, "\u201cWe will win,\u201d Jane Doe said, \u201cand soon.\u201d"))
    assert len(split) == 2
    assert {q.cue_start for q in split} == {split[0].cue_start}
    assert all(q.speaker == "Jane Doe" for q in split)


def test_pronoun_resolves_to_nearest_compatible_name(nlp):
    text = (
        "Acme Corp hired Maria Lopez in May. Lopez spoke to the board. "
        "\u201cWe are growing fast,\u201d she said."
    )
    q = _direct(_find(nlp, text))[0]
    assert q.speaker == "Maria Lopez"  # a person (not Acme Corp), by her fullest name
    assert text[q.speaker_start : q.speaker_end] == "she"


def test_quote_spread_over_sentences_keeps_one_speaker(nlp):
    text = "\u201cWe are ready. We will not wait,\u201d the general said."
    q = _direct(_find(nlp, text))[0]
    assert q.text == "\u201cWe are ready. We will not wait,\u201d"
    assert q.speaker == "the general"


def test_continuation_quote_takes_previous_speaker(nlp):
    text = (
        "\u201cThe talks failed,\u201d said John Smith. "
        "\u201cNobody in the room was ready to make the hard choices that peace requires.\u201d"
    )
    qs = _direct(_find(nlp, text))
    assert len(qs) == 2 and qs[1].speaker == "John Smith"


def test_indirect_said_that_and_according_to(nlp):
    text = (
        "The minister said that the border would reopen. "
        "According to two officials, the vote was delayed."
    )
    found = [q for q in _find(nlp, text) if q.kind == "indirect"]
    got = {(q.speaker, q.cue, q.text) for q in found}
    assert ("The minister", "said", "that the border would reopen") in got
    assert ("two officials", "According to", "the vote was delayed") in got


def test_accusation_and_denial(nlp):
    text = "Israel has accused Hamas of plotting new attacks. The group has denied those claims."
    got = {(q.speaker, q.cue, q.text) for q in _find(nlp, text)}
    assert ("Israel", "accused", "Hamas of plotting new attacks") in got
    assert ("The group", "denied", "those claims") in got


def test_statement_time_from_cue_sentence_not_from_content(nlp):
    text = "On Monday, the mayor said the bridge will open on Friday."
    mon = text.index("Monday")
    fri = text.index("Friday")
    txs = (
        Timex("t1", mon, mon + 6, "Monday", "DATE", "2024-02-05"),
        Timex("t2", fri, fri + 6, "Friday", "DATE", "2024-02-09"),
    )
    q = [q for q in _find(nlp, text, txs) if q.cue == "said"][0]
    assert q.time == "2024-02-05"


def test_statement_time_from_previous_sentence_naming_the_speaker(nlp):
    text = (
        "In a radio interview last June, Jane Doe doubted the plan. "
        "\u201cIt will not work,\u201d she said."
    )
    i = text.index("last June")
    txs = (Timex("t1", i, i + 9, "last June", "DATE", "2023-06"),)
    q = _direct(_find(nlp, text, txs))[0]
    assert q.speaker == "Jane Doe" and q.time == "2023-06"


def test_statement_time_not_from_previous_sentence_reported_content(nlp):
    """The sentence before names the speaker, but its date is part of what she reported
    (when the talks are), not when she spoke: the quote gets no time from it."""
    text = (
        "Health Minister Lena Berg said the two unions had agreed to meet on Monday. "
        "\u201cThe clashes were a warning,\u201d Berg told reporters."
    )
    i = text.index("Monday")
    txs = (Timex("t1", i, i + 6, "Monday", "DATE", "2024-02-05"),)
    q = _direct(_find(nlp, text, txs))[0]
    assert q.speaker == "Lena Berg" and q.time is None


def test_statement_time_from_previous_sentence_frame_after_the_cue(nlp):
    text = (
        "Lena Berg spoke to reporters on Tuesday after the vote. "
        "\u201cThe clashes were a warning,\u201d Berg said."
    )
    i = text.index("Tuesday")
    txs = (Timex("t1", i, i + 7, "Tuesday", "DATE", "2024-02-06"),)
    q = _direct(_find(nlp, text, txs))[0]
    assert q.speaker == "Lena Berg" and q.time == "2024-02-06"


def test_no_time_when_text_gives_none(nlp):
    q = _direct(_find(nlp, "\u201cIt will not work,\u201d she said."))[0]
    assert q.time is None


def test_apply_uses_annotation(nlp):
    from dateline.model import Annotation
    from dateline.text import sentences

    text = "\u201cWe will win,\u201d the coach said."
    doc = nlp(text)
    ann = Annotation(article=Article(id="a", text=text, dct=date(2024, 1, 1)))
    ann = quotes.apply(type(ann)(article=ann.article, sentences=sentences(doc)), doc)
    assert ann.quotes and ann.quotes[0].sentence == 0


def test_colon_lines_are_tried_at_line_starts_only():
    """colon._lines tries the lead pattern at each line's start (its '^' matches nowhere
    else, and a match keeps to its line): the same matches as its finditer."""
    from dateline.quotes import colon

    texts = ["", "\n", "a\n\nb", "Graham: Trump's rhetoric is destroying the party\n\n"
             "POLLS - Mark Lee: \u201cwe go\u201d\n", "no colon\nA: b c\r\nB:  d\n:x\nAB: \n",
             "  Voice of Ruritania:\tthe talks failed\nLast line: done"]
    for text in texts:
        want = [(m.span(), m.span("src")) for m in colon._LINE.finditer(text)]
        assert [(m.span(), m.span("src")) for m in colon._lines(text)] == want, text
    assert len(list(colon._lines(texts[3]))) == 2


def test_name_colon_lines(nlp):
    text = (
        "John McCain: Populist anger brings out the worst in our politics\n\n"
        'Lindsey Graham: "We are going to lose this election if we keep this up."\n\n'
        "Note: the vote is on Tuesday."
    )
    found = _find(nlp, text)
    by_speaker = {q.speaker: q for q in found}
    claim = by_speaker["John McCain"]
    assert claim.kind == "indirect" and claim.cue == ":"
    assert claim.text.startswith("Populist anger")
    quote = by_speaker["Lindsey Graham"]
    assert quote.kind == "direct" and quote.text.startswith('"We are going')
    assert not any(q.text.startswith("the vote") for q in found)


def test_actions_and_questions_are_not_claims(nlp):
    text = (
        "Hamas released 25 Israeli hostages. The senator signed the bill. "
        "What did the truce accord say?"
    )
    assert _find(nlp, text) == ()
    assert _find(nlp, "Who did the mayor endorse?") == ()


def test_relative_pronoun_is_the_content(nlp):
    """'the plan, which Ann Lee proposed': the relative pronoun stands for what the cue
    is about (PolNeAR marks it as the content); only a question word is dropped."""
    text = "The tax plan, which Senator Ann Lee proposed last year, would cut rates."
    (q,) = _find(nlp, text)
    assert (q.speaker, q.cue, q.text) == ("Ann Lee", "proposed", "which")
    passive = "Ann Lee, who was endorsed by the teachers union, won the seat."
    (p,) = _find(nlp, passive)
    assert (p.speaker, p.cue, p.text) == ("the teachers union", "endorsed", "who")
    assert _find(nlp, "Who was endorsed by the teachers union?") == ()


def test_comma_participle_is_a_second_report(nlp):
    """'X praised Y, saying ...': two attributions of one speaker, the first ending at
    the comma (it used to swallow the participle, whose report was then dropped as nested)."""
    text = "The governor praised the firefighters, saying they had saved the town."
    found = [(q.speaker, q.cue, q.text) for q in _find(nlp, text)]
    assert found == [
        ("The governor", "praised", "the firefighters"),
        ("The governor", "saying", "they had saved the town"),
    ]


def test_comma_participle_inside_the_content_reports_for_the_outer_source(nlp):
    """A participle the parser hung on a verb inside the reported clause ('sign', 'pay')
    is a second report of the outer speaker, not of the clause's subject ('she', 'the
    new stadium'); the first content ends at its comma."""
    text = "The mayor said she would sign the budget on Monday, calling it a fair deal."
    found = [(q.speaker, q.cue, q.text) for q in _find(nlp, text)]
    assert ("The mayor", "said", "she would sign the budget on Monday") in found
    assert ("The mayor", "calling", "a fair deal") in found
    text = (
        "The coach argued that the new stadium would pay for itself within ten years,"
        " insisting that fans would come."
    )
    got = {(text[q.speaker_start : q.speaker_end], q.cue) for q in _find(nlp, text)}
    assert got == {("The coach", "argued"), ("The coach", "insisting")}


def test_participle_mid_content_leaves_the_content_whole(nlp):
    """', citing X, and that ...': the outer content goes on after the participle's own,
    so it is not cut at the participle's comma."""
    text = (
        "The report said the plan would fail, citing old figures, and that the council"
        " would have to start again."
    )
    said = next(q for q in _find(nlp, text) if q.cue == "said")
    assert said.text.endswith("would have to start again")


def test_quote_takes_the_speaker_of_the_claim_framing_it(nlp):
    """A direct quote the quote finder left without a speaker takes the one of the
    attribution whose cue comes before it in its sentence; not across sentences."""
    text = (
        "The mayor released the following statement: "
        '"We mourn with the families of the victims tonight and always."'
    )
    (quote,) = _direct(_find(nlp, text))
    assert (quote.speaker, quote.cue) == ("The mayor", "released")
    apart = 'The mayor spoke at noon. "We mourn with the victims tonight and always."'
    (alone,) = _direct(_find(nlp, apart))
    assert alone.speaker is None


def test_participles_borrow_their_source(nlp):
    text = "Maria Lopez left the meeting early, accusing the board of lying."
    (q,) = _find(nlp, text)
    assert (q.speaker, q.cue, q.text) == ("Maria Lopez", "accusing", "the board of lying")
    calls = "Dozens of 911 calls saying shots had been fired came in."
    (c,) = _find(nlp, calls)
    assert calls[c.speaker_start : c.speaker_end] == "Dozens of 911 calls"  # not the content
    assert c.text == "shots had been fired"


def test_unlisted_verb_with_person_subject_and_that_clause(nlp):
    text = "Maria Lopez surmised that the deal would collapse."
    (q,) = _find(nlp, text)
    assert (q.speaker, q.cue, q.text) == ("Maria Lopez", "surmised", "that the deal would collapse")


def test_source_stops_at_the_verb_when_the_parse_crosses_it(nlp):
    """A phrase after the verb that the parser hung on the subject ('he argued about
    them: the war ...' with 'war' in apposition to 'he') left an empty source and the
    claim was dropped; the subject's phrase ends where the verb's own words begin."""
    from spacy.tokens import Doc

    words = ["The", "lawyers", "also", "argued", "about", "them", ":", "the", "war", "."]
    spaces = [True, True, True, True, True, False, True, True, False, False]
    heads = [1, 3, 3, 3, 3, 4, 3, 8, 1, 3]
    deps = ["det", "nsubj", "advmod", "ROOT", "prep", "pobj", "punct", "det", "appos", "punct"]
    pos = ["DET", "NOUN", "ADV", "VERB", "ADP", "PRON", "PUNCT", "DET", "NOUN", "PUNCT"]
    lemmas = ["the", "lawyer", "also", "argue", "about", "they", ":", "the", "war", "."]
    doc = Doc(
        nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas
    )
    (q,) = quotes.find(doc.text, doc)
    assert (doc.text[q.speaker_start : q.speaker_end], q.cue, q.text) == (
        "The lawyers",
        "argued",
        "about them",
    )


def test_source_kept_to_the_cue_line(nlp):
    """A parse whose subject reaches back over a blank line (headline + story, which
    spaCy sometimes joins) yields a source on the cue's own line."""
    from spacy.tokens import Doc

    words = ["Farm", "news", "\n\n", "State", "officials", "said", "the", "bill", "passed", "."]
    spaces = [True, False, False, True, True, True, True, True, False, False]
    heads = [1, 4, 1, 4, 5, 5, 7, 8, 5, 5]
    deps = [
        "compound",
        "compound",
        "dep",
        "compound",
        "nsubj",
        "ROOT",
        "det",
        "nsubj",
        "ccomp",
        "punct",
    ]
    pos = ["NOUN", "NOUN", "SPACE", "PROPN", "NOUN", "VERB", "DET", "NOUN", "VERB", "PUNCT"]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=[w.lower() if w != "said" else "say" for w in words],
    )
    found = quotes.find(doc.text, doc)
    q = next(q for q in found if q.cue == "said")
    assert doc.text[q.speaker_start : q.speaker_end] == "State officials"
    assert q.text == "the bill passed"


def test_speech_verb_after_quote_takes_the_name_after_it_when_parser_lost_it(nlp):
    """'"...," said Jared Bernstein, who says so' parsed with 'said' as a parataxis of
    'says' and the name as the subject of 'says' (as spaCy did on a PolNeAR article)."""
    from spacy.tokens import Doc

    words = ["''", "It", "is", "the", "challenge", ",", "''", "said", "Jared", "Bernstein", ","]
    words += ["who", "says", "so", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[False, True, True, True, False, False, True, True, True, False, True]
        + [True, True, False, False],
        heads=[4, 2, 7, 4, 2, 7, 7, 12, 9, 12, 9, 12, 12, 12, 12],
        deps=["punct", "nsubj", "ccomp", "det", "attr", "punct", "punct", "parataxis"]
        + ["compound", "nsubj", "punct", "nsubj", "ROOT", "advmod", "punct"],
        pos=["PUNCT", "PRON", "AUX", "DET", "NOUN", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN"]
        + ["PUNCT", "PRON", "VERB", "ADV", "PUNCT"],
        lemmas=["''", "it", "be", "the", "challenge", ",", "''", "say", "Jared", "Bernstein"]
        + [",", "who", "say", "so", "."],
        ents=["O"] * 8 + ["B-PERSON", "I-PERSON"] + ["O"] * 5,
    )
    text = doc.text
    q = next(q for q in quotes.find(text, doc) if q.kind == "direct")
    assert (q.cue, text[q.speaker_start : q.speaker_end]) == ("said", "Jared Bernstein")


def test_source_keeps_the_bracket_it_opens(nlp):
    text = "Sen. Ann Lee (R-Texas) said the bill would fail."
    q = quotes.find(text, nlp(text))[0]
    assert text[q.speaker_start : q.speaker_end] == "Sen. Ann Lee (R-Texas)"
    text = '"It will fail," said the senator (R-Ore.).'
    q = quotes.find(text, nlp(text))[0]
    assert text[q.speaker_start : q.speaker_end] == "the senator (R-Ore.)"


def test_colon_tally_or_label_is_no_claim(nlp):
    text = "Delegate count so far.\nHillary Clinton: 1,769\nBernie Sanders: 1,501\nCarson: A hit"
    assert quotes.find(text, nlp(text)) == ()
    text = "Trump: My tax plans are not set in stone"
    (q,) = quotes.find(text, nlp(text))
    assert (q.speaker, q.text) == ("Trump", "My tax plans are not set in stone")


def test_a_sentence_ending_in_a_colon_is_no_lead(nlp):
    """A lead-in with a verb the lexicon does not list is a clause, not a speaker's
    name; a speech verb in it ("Mr. Graham added:") keeps the lead."""
    text = (
        "The polls moved again.\n\n"
        "Clinton fares just a bit better: 57 percent of voters view her badly.\n\n"
        "Mr. Graham added: The trouble is bigger than it looks."
    )
    found = quotes.find(text, nlp(text))
    sources = {text[q.speaker_start : q.speaker_end] for q in found if q.speaker_start is not None}
    assert "Clinton fares just a bit better" not in sources
    assert "Mr. Graham added" in sources


def test_inverted_speaker_after_a_quote_the_parser_gave_two_subjects(nlp):
    text = (
        "\u201cThe slump we see now comes from the memos, the charity, all the old"
        " stuff,\u201d said one person close to the family."
    )
    q = next(q for q in quotes.find(text, nlp(text)) if q.kind == "direct")
    assert q.cue == "said"
    assert text[q.speaker_start : q.speaker_end] == "one person close to the family"


def test_inverted_speaker_the_parser_took_for_an_object(nlp):
    text = (
        '"We will win the living wage," read the email. '
        '"With each door we knock on and each dollar, we get closer."'
    )
    found = quotes.find(text, nlp(text))
    assert [text[q.speaker_start : q.speaker_end] for q in found] == ["the email", "the email"]
    text = '"The move was a mistake," the senator said, citing an earlier ruling.'
    (q,) = [q for q in quotes.find(text, nlp(text)) if q.kind == "direct"]
    assert text[q.speaker_start : q.speaker_end] == "the senator"


def test_short_title_after_a_plain_verb_has_no_speaker(nlp):
    text = 'She worked for the network that aired "Harbour Nights."'
    assert all(q.speaker_start is None for q in quotes.find(text, nlp(text)))
    text = 'The mayor wrote "a harbour for everyone, open every day of the year."'
    (q,) = quotes.find(text, nlp(text))
    assert text[q.speaker_start : q.speaker_end] == "The mayor"


def test_the_pronoun_that_is_no_speaker(nlp):
    text = 'Protesters waved a sign that read "Close the harbour to every tanker now."'
    assert all(q.speaker_start is None for q in quotes.find(text, nlp(text)))
    text = "That threatened to leave hundreds of harbour workers without pay."
    (q,) = quotes.find(text, nlp(text))
    assert q.cue == "threatened" and q.speaker_start is None


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # the subject's head is Hamas; 'Israeli' in the aside overlaps the span more, not it
    ("Hamas \u2014 which has yet to respond to the Israeli strikes \u2014 has spent weeks "
     "calling for earnest talks on the truce.", "calling", "Hamas"),
    # the agreement calls for it; the government is only named in the clause on it
    ("The agreement reached in March, under pressure from the Vellan government and Mara "
     "Velde, called for a phased truce.", "called", "The agreement"),
])
def test_the_speaker_is_the_sources_own_name(text, cue, speaker):
    """A source's name is its head's own entity, sought up to a clause on the head: not a
    longer name in an aside or a name in a relative clause."""
    ann = dateline.annotate(f"date 2025-03-18\n{text}")
    found = [q for q in ann.quotes if q.cue == cue]
    assert found and found[0].speaker == speaker, ann.quotes



def test_participle_hung_on_the_reported_clause_speaks_for_the_reporter(nlp):
    # the parser hangs ', adding' / ', saying' on the reported clause ('be', 'pay'), whose
    # subject is what was reported on; the one who adds or says is the reporter
    text = (
        "The mayor said the budget talks could be \u201clong,\u201d adding, "
        "\u201cNobody likes a deficit.\u201d"
    )
    got = {(text[q.speaker_start : q.speaker_end], q.cue, q.text) for q in _find(nlp, text)}
    assert ("The mayor", "adding", "\u201cNobody likes a deficit.\u201d") in got
    text = "The coach argued a new stadium would pay for itself, saying it is \u201cfor fans.\u201d"
    said = {text[q.speaker_start : q.speaker_end] for q in _find(nlp, text) if q.cue == "saying"}
    assert said == {"The coach"}
    # no speech verb over the clause: the clause's own subject goes on TV and declares
    doc = nlp("I remember the senator going on TV in 1990, declaring a war on waste.")
    declaring = next(t for t in doc if t.text == "declaring")
    assert declaring.head.dep_ == "ccomp"  # the shape the rule looks at
    assert reporter(declaring, lexicon()) is None


def test_cue_conjoined_to_the_reported_clause_speaks_for_the_reporter(nlp):
    doc = nlp(
        "Ms. Lund said on Monday that she will try to pass the budget and insisted that "
        "the harbor fee must stay."
    )
    insisted = next(t for t in doc if t.text == "insisted")
    assert insisted.head.dep_ == "ccomp"  # hung on 'try', whose subject is 'she'
    assert reporter(insisted, lexicon()).text == "Lund"
    # a conjoined verb that reports nothing stays with the reported clause
    doc = nlp("Officials said the firm hid its losses and lied to its investors.")
    lied = next(t for t in doc if t.text == "lied")
    assert lied.dep_ == "conj" and lied.head.dep_ == "ccomp"
    assert reporter(lied, lexicon()) is None


def test_quote_opening_its_paragraph_takes_any_verb_after_it(nlp):
    """spaCy runs the sentence before a blank line into the quote after it; the quote
    still opens its paragraph, so 'pressed' frames it, and the next quote continues."""
    text = (
        "\u201cBuilding it? Not negotiable.\u201d\n\n\u201cWould the fee be negotiable for the "
        "ferry riders?\u201d Hannity pressed. \u201cMaybe let some riders pay later?\u201d\n\n"
        "The mayor said no."
    )
    found = quotes.find(text, nlp(text))
    pressed = [q for q in found if q.cue == "pressed"]
    assert [q.text for q in pressed] == [
        "\u201cWould the fee be negotiable for the ferry riders?\u201d",
        "\u201cMaybe let some riders pay later?\u201d",
    ]
    assert all(text[q.speaker_start : q.speaker_end] == "Hannity" for q in pressed)


def _timex(text, phrase, value, tid="t1"):
    i = text.index(phrase)
    return Timex(tid, i, i + len(phrase), phrase, "DATE", value)


def test_statement_time_not_from_another_clause_of_the_cue_sentence(nlp):
    """A date of another clause ('the worst day since the truce began in January')
    dates that clause's event, not when the agency spoke; a date that hangs on the cue
    ('said on Friday', 'In a radio interview last May, ... said') does."""
    text = (
        "The army struck a camp on Tuesday, the agency said, the worst day since the "
        "truce began in January."
    )
    txs = (_timex(text, "Tuesday", "2025-03-18"), _timex(text, "January", "2025-01", "t2"))
    q = next(q for q in _find(nlp, text, txs) if q.cue == "said")
    assert q.time is None
    text = "The agency said on Friday that 300 families had fled since the truce began in January."
    txs = (_timex(text, "Friday", "2025-03-21"), _timex(text, "January", "2025-01", "t2"))
    q = next(q for q in _find(nlp, text, txs) if q.cue == "said")
    assert q.time == "2025-03-21"
    text = "In a radio interview last May, the envoy doubted that the talks would last."
    txs = (_timex(text, "last May", "2024-05"),)
    q = next(q for q in _find(nlp, text, txs) if q.cue == "doubted")
    assert q.time == "2024-05"


def test_statement_time_from_the_clause_the_cue_shares(nlp):
    """'The minister spoke on Monday and warned ...': the second verb of one subject
    shares the first one's date, as a participle with no subject shares its verb's
    ('In the morning, X freed ..., warning that ...'); a second subject's verb does not
    (nor does it look back to the sentence before)."""
    text = "The minister spoke to reporters on Monday and warned that the plan had failed."
    txs = (_timex(text, "Monday", "2024-02-05"),)
    q = next(q for q in _find(nlp, text, txs) if q.cue == "warned")
    assert q.time == "2024-02-05"
    text = "The minister spoke on Monday, and her deputy warned that the plan had failed."
    txs = (_timex(text, "Monday", "2024-02-05"),)
    q = next(q for q in _find(nlp, text, txs) if q.cue == "warned")
    assert q.time is None
    text = "In the morning, the militia freed two captives, warning that others would follow."
    txs = (_timex(text, "the morning", "2024-02-05TMO"),)
    q = next(q for q in _find(nlp, text, txs) if q.cue == "warning")
    assert q.time == "2024-02-05TMO"


def test_quoted_phrase_of_the_first_of_two_cues(nlp):
    """'X said the raids were "just the start" and warned that ...': the quoted phrase is
    part of what X said; 'warned' frames its own clause, not the phrase before it, so the
    sentence holds two attributions of one speaker, each with its own content."""
    text = (
        'The defense minister said the raids were "just the start" and warned that the '
        "group would pay dearly."
    )
    got = {(q.speaker, q.cue, q.kind, q.text) for q in _find(nlp, text)}
    assert got == {
        ("The defense minister", "said", "indirect", 'the raids were "just the start"'),
        ("The defense minister", "warned", "indirect", "that the group would pay dearly"),
    }


def test_dummy_it_is_no_source(nlp):
    raising = lexicon().raising
    text = "It is hard to be hopeful about the harbor project."
    found = quotes.find(text, nlp(text))
    assert [(q.speaker_start, q.cue) for q in found] == [(None, "hopeful")]
    it = nlp("It remains unclear whether the council will vote.")[0]
    assert dummy_it(it, raising)
    # a raising adjective keeps a real subject; a reporting 'it' is a source
    it = nlp("It is likely to strengthen the mayor's hand.")[0]
    assert not dummy_it(it, raising)
    text = "The report is critical of the agency. It says the agency ignored warnings."
    found = quotes.find(text, nlp(text))
    got = [(text[q.speaker_start : q.speaker_end], q.cue) for q in found if q.speaker_start]
    assert ("It", "says") in got


def test_dummy_it_of_a_passive_or_dawn(nlp):
    raising = lexicon().raising
    assert dummy_it(nlp("It dawned on the clerk that the ledger was gone.")[0], raising)
    assert dummy_it(nlp("It is implied that the mayor will not run.")[0], raising)
    # a passive with no clause of its own has a real subject
    assert not dummy_it(nlp("It was approved by the council.")[0], raising)


def test_participle_quote_inside_a_claim_takes_the_claims_source(nlp):
    # the parser hangs the participle on the inner clause's verb, whose subject it borrowed
    for text in (
        'Mayor Bennett denied that a staff shakeup was coming, explaining that he was "taking'
        ' a week off."',
        'The senator denied that a staff shakeup is coming, saying the aide was "on vacation."',
    ):
        found = [q for q in quotes.find(text, nlp(text)) if q.kind == "direct"]
        src = text.split(" denied")[0]
        assert [(text[q.speaker_start : q.speaker_end], q.speaker_start) for q in found] == [
            (src, 0)
        ]


def test_participle_ends_a_claim_that_holds_a_quote(nlp):
    text = (
        'Ms. Ortiz says she would publish her calendar for 2015 on Monday, calling it "a very'
        ' dull calendar" because "I stay home most nights."'
    )
    got = [
        (text[q.speaker_start : q.speaker_end], q.cue, q.text)
        for q in quotes.find(text, nlp(text))
        if q.speaker_start is not None
    ]
    assert ("Ms. Ortiz", "says", "she would publish her calendar for 2015 on Monday") in got
    assert any(g[:2] == ("Ms. Ortiz", "calling") and g[2].startswith("it ") for g in got)


def test_dummy_it_when_it_comes_to(nlp):
    raising = lexicon().raising
    doc = nlp("The council is slow when it comes to talking about the harbor.")
    assert dummy_it(next(t for t in doc if t.lower_ == "it"), raising)
    # a real 'it' that comes somewhere is no dummy
    assert not dummy_it(nlp("It comes to the harbor every spring.")[0], raising)


def test_it_that_makes_someone_act_is_no_source(nlp):
    text = "The fuel tax worked. It encouraged commuters to take the bus more often."
    found = quotes.find(text, nlp(text))
    assert found and all(q.speaker_start is None for q in found if q.cue == "encouraged")
    # a speech verb keeps its 'it' ("It told ..."): the caller passes speech=True
    doc = nlp("It told its members to vote against the plan.")
    assert causer_it(doc[0], speech=False) and not causer_it(doc[0], speech=True)
    # an 'it' with an object but no infinitive is left to the other rules
    assert not causer_it(nlp("It encouraged a second look.")[0], speech=False)


STATEMENT_TIME = load_raw()["statement_time"]["examples"]


@pytest.mark.parametrize("ex", STATEMENT_TIME, ids=lambda e: e["text"][:40])
def test_statement_time_examples(nlp, ex):
    """A date modifying a noun ('the 1988 bombing', 'the 1967 borders') names that thing:
    it dates no statement that mentions it, unless the noun is a way of saying ('In a 1995
    interview', 'According to a 2006 study'): cues.json statement_time's own examples."""
    text = ex["text"]
    q = next(q for q in _find(nlp, text, (_timex(text, ex["date"], ex["date"]),))
             if q.cue == ex["cue"])
    assert q.time == ex["time"]
