"""The parser-free tense heuristic: cues that are nouns, adjectives or places."""

from __future__ import annotations

import pytest

from dateline.timex.tense import heuristic_tense


def tense_of(sentence: str, expr: str) -> str | None:
    i = sentence.index(expr)
    return heuristic_tense(sentence, i, i + len(expr))


@pytest.mark.parametrize(("sentence", "expr", "want"), [
    # "plan" after a determiner is a noun, not a future cue
    ("The bank unveiled the plan Sept. 12.", "Sept. 12", "past"),
    # an -ed adjective after a determiner is no past verb; "would be paid" decides
    ("The bonus would be handed out on a still undecided date in June.", "June", "future"),
    # the dots of "U.S." end no clause: "might come" still governs the day
    ("The envoys might fly to the U.S. as early as Thursday, aides said.", "Thursday", "future"),
    # "next to" is a place, not the future
    ("Two guards were hurt next to the U.S. consulate in Lagos on Friday.", "Friday", "past"),
    # a past auxiliary before a plan looks ahead of the past moment
    ("Officials said protesters were planning a march on Saturday.", "Saturday", "future"),
    # ... and after the day the past auxiliary of a plan dates nothing ("planned" does)
    ("Students planned a march on Sunday and were planning to camp out.", "Sunday",
     "future"),
    # "about" is a plan only before "to"
    ("Sales in March were about $2 billion.", "March", "past"),
    # a present progressive is a plan: the coming day
    ("The ministers are meeting Monday in Geneva.", "Monday", "future"),
    ("She is flying to Lima on Monday.", "Monday", "future"),
    ("The case is pending Monday.", "Monday", "present"),
    # a plan word after "than"/"as" compares with the plan: the verb decides
    ("Exports rose more than expected in March.", "March", "past"),
    ("The ferry sailed as originally scheduled on Monday.", "Monday", "past"),
    ("The ferry will sail as scheduled on Monday.", "Monday", "future"),
    ("Exports are expected to rise in March.", "March", "future"),
    # "later" right before the day places the time within it; the verb decides
    ("Later Friday, the government called for a ceasefire.", "Friday", "past"),
    ("Later Friday, the envoy will meet the rebels.", "Friday", "future"),
    # "be" after a negated past modal tells of a failure already past, no plan
    ("Neither she nor her aides could be reached Tuesday at the office.", "Tuesday", "past"),
    ("The minister could not be contacted on Friday.", "Friday", "past"),
    ("The match could be played Friday in Lyon.", "Friday", "future"),
    # a month modifying a noun is no adjunct of the infinitive before it, and an
    # aspectual progressive ("is continuing") is no plan: the present decides
    ("The lender is continuing to look for a buyer under a March accord with investors.",
     "March", "present"),
    ("Rebels were set to free the hostages Monday.", "Monday", "future"),
    # "can" is present: a bare month under it is the nearest one, not the last
    ("Delegates can vote at the party congress in October.", "October", "present"),
    # "since" looks back
    ("Prices have risen since March.", "March", "past"),
    # a range's end is no deadline: the verb decides
    ("The census, taken from Monday through Wednesday, counted 900 herders.", "Wednesday", "past"),
    ("The book fair, open Friday through Sunday, was crowded.", "Sunday", "past"),
    ("The inquest was postponed Tuesday until Thursday.", "Thursday", "future"),
    # "to" after a verb that puts a thing off gives its new date, ahead
    ("The hearing was adjourned to February.", "February", "future"),
    ("The band postponed its show in Lima to July 31.", "July 31", "future"),
    # "by" after a past was/were reports a level reached, no deadline
    ("Reserves were 3.7 billion rupees by Monday.", "Monday", "past"),
    ("Most fears were gone by Friday's briefing.", "Friday", "past"),
    ("The mayor hopes to open the bridge by March.", "March", "future"),
    # "by" before a possessive or attributive expression names an agent, no deadline
    ("Crews cleared trees felled by Tuesday's storm.", "Tuesday", "past"),
    ("Homes were lost in the fire caused by the May 4 blast.", "May 4", "past"),
    ("Firms must file by Friday's deadline.", "Friday", "future"),
    ("The drug should be ready by the autumn after the tests.", "autumn", "future"),
    # a possessive day is a done event unless a plan word or a present before it says
    # otherwise; "would" and an infinitive further off do not
    ("Both boxers will attend Thursday's weigh-in at the arena.", "Thursday", "future"),
    ("The two semi-final winners will face each other in Saturday's decider.", "Saturday",
     "future"),
    ("The rowers now shift their focus to Sunday's regatta.", "Sunday", "present"),
    ("Lawyers said they would seek ways around Tuesday's verdict.", "Tuesday", "past"),
    ("Two days later, at Monday's close, the spread had narrowed.", "Monday", "past"),
    # "last" after a determiner is an adjective; a clock's colon ends no clause and its
    # "am" is no "I am"
    ("The squad is to face their last opponent on Friday.", "Friday", "present"),
    ("The ferry will sail at 9:30 am on Sunday.", "Sunday", "future"),
    # the "-to" of a compound is no infinitive's "to"
    ("The envoys held a face-to-face meeting on Tuesday.", "Tuesday", "past"),
    ("Divers opened the hard-to-reach hatch on April 20.", "April 20", "past"),
    # a closing quote ends the clause: the reporting verb outside it dates nothing inside
    ("''He will leave at dawn (4 a.m. Thursday),'' Castro said.", "4 a.m. Thursday", "future"),
    # an adjunct opening the clause dates the planning, not the plan
    ("On Friday, the ministry planned to compensate the first farmers.", "Friday", "past"),
    ("He would not attend the summit on Sunday as planned.", "Sunday", "future"),
    # "to VERB" next to the day looks ahead; far off, it governs its own object
    ("Talks were set to resume on Monday.", "Monday", "future"),
    ("They raised their bids to buy the Ohio-based refiner Wednesday.", "Wednesday", "past"),
    # a present-tense meeting is a schedule (the nearest day), "met" a report
    ("The two leaders meet separately Monday with the envoy.", "Monday", "present"),
    ("The two leaders met separately Monday with the envoy.", "Monday", "past"),
    # after an auxiliary the auxiliary tells
    ("The two leaders will meet Monday.", "Monday", "future"),
    ("The two leaders did not meet Monday.", "Monday", "past"),
    # a passive past perfect's plan is behind the writer, unless a modal (tense.json
    # perfect_modals) after its "had" opens a clause of its own
    ("The ceasefire had been due to lapse Sunday evening.", "Sunday", "past"),
    ("He had been told that the talks would continue on Thursday.", "Thursday", "future"),
    # a quote's last "be" is no future auxiliary of the reporting verb after it
    ('"The budget must be," said the mayor on Friday.', "Friday", "past"),
    # "to" before a destination or a sentence is no infinitive: the verb decides
    ("The three smugglers condemned to death Tuesday had pleaded innocent.", "Tuesday", "past"),
    ("The climber was flown to hospital late Sunday.", "late Sunday", "past"),
    # nor before a number or a preposition (digits are no words: 'to 40 in' reads 'to in')
    ("The count climbed to nine late Tuesday.", "late Tuesday", "past"),
    ("The count climbed to 40 in Tuesday's storm.", "Tuesday", "past"),
    ("The gauge edged up to 57 in October from 55 in July.", "October", "past"),
    # nor before an adverb of the change ('to 12, down from 15' reads 'to down')
    ("Exports fell to 12, down from 15 on Monday.", "Monday", "past"),
    ("Cases rose to 90, up from 60 on Friday.", "Friday", "past"),
    # a decimal's point ends no clause; a measure before 'to VERB' ends a change whose
    # infinitive is its result, no plan
    ("Sales were 2.6 billion rupees on Monday.", "Monday", "past"),
    ("The index lost 3.12 points to end at 402.55 on Tuesday.", "Tuesday", "past"),
    # after a verb that tells the infinitive was done, the verb decides; a plan stays ahead
    ("The witness refused to testify on Monday.", "Monday", "past"),
    ("Auditors were permitted to visit the mine Wednesday.", "Wednesday", "past"),
    ("The unions agreed to meet again on Friday.", "Friday", "future"),
    # so does its present, a chronology's or a headline's tense: no plan, no cue
    ("A second valve fails to hold the pressure on 8 May.", "8 May", None),
    ("The mayor refuses to testify on Monday.", "Monday", None),
    # a participle after is/are/am is a present passive (a schedule), no report
    ("The regional games are played on May 4.", "May 4", "present"),
    ("The grants are awarded Thursday in Turin.", "Thursday", "present"),
    ("The grants were awarded Thursday in Turin.", "Thursday", "past"),
    # an un- word in -ed is an adjective, no past; un_verbs are verbs
    ("From June 3, unpaved lanes will be closed to trucks.", "June 3", "future"),
    ("The council unveiled the scheme on Tuesday.", "Tuesday", "past"),
    # 'due to' before a noun phrase or after a particle gives a cause, no plan
    ("Both favourites dropped out due to illness on Monday.", "Monday", "past"),
    ("Two riders quit due to sprains on Sunday.", "Sunday", "past"),
    ("In the north on Sunday due to the storms, power lines came down.", "Sunday", "past"),
    ("The envoy is due to sign the pact on Tuesday.", "Tuesday", "future"),
    ("The lease was due to be signed on Thursday.", "Thursday", "future"),
    # a commitment's infinitive further off plans a month ahead; an act's purpose or a
    # weekday keeps the clause's tense
    ("The firm agreed to sell its paper unit to a rival in March.", "March", "future"),
    ("Police were sent to guard the empty ministry in May.", "May", "past"),
    ("He said he hoped to visit the new plant in the north on Monday.", "Monday", "past"),
    # a negated past modal tells of a failure already past: no deadline ahead
    ("The mill couldn't run through the winter, its owner said.", "winter", "past"),
    ("The talks could not resume until October, the envoy said.", "October", "past"),
    ("The talks cannot resume until October, the envoy said.", "October", "future"),
    ("Officials did not learn of the leak until Friday.", "Friday", "past"),
    ("Supplies could stop if the buyer did not pay by May 1.", "May 1", "future"),
    # "later" before a past form or an -ing word after the expression tells what
    # followed, no plan
    ("The mayor issued a statement on Thursday, later retracted.", "Thursday", "past"),
    ("The tanker caught fire on May 2, later sinking.", "May 2", "past"),
    # a report verb after the expression frames it: the clause's own cue decides
    ("The envoy will land at the airport in the capital on Saturday, aides said.",
     "Saturday", "future"),
    ("The exams will start at the school on Thursday, the head teacher told reporters.",
     "Thursday", "future"),
    ("Two crates of rifles were found on Monday, police said.", "Monday", "past"),
    # what a participle reports after the expression is a clause of its own
    ("The envoy rejected the offer on Tuesday, saying talks will go on.", "Tuesday", "past"),
    ("The envoy rejected the offer on Tuesday and talks will go on.", "Tuesday", "future"),
    # a state's abbreviation after a town ends no clause
    ("The firm agreed to buy the Tulsa, Okla., chain in June.", "June", "future"),
    # a deadline's preposition after a clause that opens with "but": the words before
    # the preposition, not the clause's first ones, tell it is no clause opener
    ("But rates could climb as early as Monday, brokers said.", "Monday", "future"),
    ("But as early as Monday, brokers were selling.", "Monday", "past"),
    # a preposition after "and"/"but" opens the next clause: its own verb decides, the
    # clause before only where it has none
    ("Donors hope the ceasefire will be renewed and on Sunday, the rebels shelled a town.",
     "Sunday", "done"),
    ("The mill will reopen in May and in June.", "June", "future"),
    # a past auxiliary before the plan word: the planned day, not the planning
    ("He held talks on Wednesday and on Sunday was scheduled to meet the envoy.",
     "Sunday", "future"),
    ("On Friday, talks were scheduled to resume.", "Friday", "future"),
    # a time clause's verb follows the clause it hangs on: a plan's infinitive there
    # dates the day ahead, a past act behind
    ("Dealers said banks were keen to sell the bonds as soon as markets opened Monday.",
     "Monday", "future"),
    ("Banks sold the bonds as soon as markets opened Monday.", "Monday", "past"),
    ("As soon as markets opened Monday, the bonds fell.", "Monday", "past"),
    # a passive infinitive after a past form tells what was done; after a plan (set
    # to, was to, agreed to) it stays ahead
    ("The valve jammed and had to be replaced on Saturday.", "Saturday", "past"),
    ("Two nurses were found to be infected on Sunday.", "Sunday", "past"),
    ("The report is set to be unveiled on Monday.", "Monday", "future"),
    ("The film was to be screened on Tuesday.", "Tuesday", "future"),
    ("The aide agreed to be questioned on Thursday.", "Thursday", "future"),
    # a past form that names a schedule ("set for", "slated for") plans the day ahead,
    # unless a past perfect sees the plan from the past
    ("The judge has a bail hearing set for Friday.", "Friday", "future"),
    ("Three talks were set for Tuesday and one for Thursday.", "Tuesday", "future"),
    ("The fair, slated for Monday, drew no tents.", "Monday", "future"),
    ("The tour, which had been set for Friday, was dropped.", "Friday", "past"),
    ("The firm set a fee for Friday's lot and sold it.", "Friday", "past"),
    # a past form of four letters in -ed, and a participle, are past cues too; "died" names
    # an act over once told (tense.json done), so the day takes little grace
    ("The poet died at his farm near the coast on June 25.", "June 25", "done"),
    ("The poet wrote at his farm near the coast on June 25.", "June 25", "past"),
    ("Its shares have risen 40 percent from a low of $3 on March 3.", "March 3", "past"),
    # "through"/"until"/"by" right before "on" is the verb's particle, no deadline
    ("Hail that swept through on Friday night flattened the wheat.", "Friday night", "past"),
    ("Crews will work through the night and the road stays shut until Monday.", "Monday",
     "future"),
    # a span counted from the story's own day is no future cue; the verb decides
    ("Two days later, on March 9, the ferry sank in a storm.", "March 9", "past"),
    ("She learned the next morning, May 4, that the bid had failed.", "May 4", "past"),
    ("The board meets next week, on Tuesday, in Rome.", "Tuesday", "future"),
    ("The results follow later, on Friday.", "Friday", "future"),
])
def test_heuristic_tense(sentence: str, expr: str, want: str | None) -> None:
    assert tense_of(sentence, expr) == want


def test_plan_in_the_next_clause_does_not_move_the_day() -> None:
    s = "The frigate has been at sea since April and was scheduled to dock."
    assert tense_of(s, "April") == "past"


def test_words_drop_the_dot_of_an_abbreviation_only() -> None:
    from dateline.timex.tense import _words

    text = "Gen.. Sgt. Ovalle said: U.S. aid ends Aug. 4."
    got = [w for _, w in _words(text, 0, len(text))]
    # "Gen." and "Aug." lose their dot, the second dot after "Gen." stays (it ends
    # the clause), "U.S." is one word and the sentence's last dot stays
    assert got == ["Gen", ".", "Sgt", "Ovalle", "said", ":", "U.S.", "aid", "ends", "Aug", "."]
    assert all(text[s:s + len(w)] == w for s, w in _words(text, 0, len(text)))


def test_words_drop_the_dot_of_a_state_written_with_its_capital() -> None:
    from dateline.timex.tense import _words

    text = "A Topeka, Kan., firm fell ill. Miss. Wash. wash."
    got = [w for _, w in _words(text, 0, len(text))]
    assert got == ["A", "Topeka", "Kan", "firm", "fell", "ill", ".", "Miss", "Wash", "wash", "."]


def test_words_of_a_window_are_at_their_offsets_inside_it() -> None:
    """A window's words are those a regex search of the window finds, at their offsets
    in the whole text (the offsets are summed from the parts' lengths)."""
    from dateline.timex.tense import _WORD, _words

    text = "Mr. Ortiz's aides said: “They'll meet Aug. 4.”\nU.S. aid ends ``soon''."
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1, 3):
            got = _words(text, lo, hi)
            assert all(lo <= s and s + len(w) <= hi and text[s:s + len(w)] == w for s, w in got)
            found = [(m.start(), m.group()) for m in _WORD.finditer(text, lo, hi)]
            assert set(got) <= set(found) and len(found) - len(got) <= 2  # the dropped dots


def test_tense_index_answers_alike_with_its_memo_emptied_every_call(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.timex.tense import TenseIndex

    text = ("The ministers will meet on Friday. The talks ended Friday. The ministers will "
            "meet on Friday. Officials had been due to sign it Friday, and they said Friday's "
            "vote stands. The ministers will meet on Friday.")
    spans = [(i, i + 6) for i in range(len(text)) if text.startswith("Friday", i)]
    want = [TenseIndex(text)(s, e) for s, e in spans]
    assert want == ["future", "past", "future", "past", "past", "future"]
    monkeypatch.setattr(TenseIndex, "MEMO_MAX", 1)
    small = TenseIndex(text)
    assert [small(s, e) for s, e in spans] == want
    assert [heuristic_tense(text, s, e) for s, e in spans] == want


@pytest.mark.parametrize("seed", range(6))
def test_tense_index_memo_on_window_text_answers_as_a_fresh_index(seed: int) -> None:
    """The memo is keyed on the window's text: spans whose windows repeat the same
    stretch (a run of dates) share an answer, others (an abbreviation's dot, a
    possessive, the text's edges, words cut differently) do not get a wrong one."""
    import random

    from dateline.timex.tense import TenseIndex

    rnd = random.Random(seed)
    # few sentences, so that windows of 12 words each side come back often
    sentences = ["Gen. Ortiz met them Tuesday.", "Gen Ortiz will meet Tuesday",
                 "Tuesday's vote was set", "Tuesday they will vote.", "U.S. aid by Tuesday;",
                 "They had been due to sign Tuesday", "Tuesday, they said"]
    text = " ".join(rnd.choice(sentences) for _ in range(400))
    spans = [(i, i + 7) for i in range(len(text)) if text.startswith("Tuesday", i)]
    index, fresh = TenseIndex(text), TenseIndex(text)

    def unmemoised(s: int, e: int) -> str | None:
        fresh._memo.clear()
        return fresh(s, e)

    assert [index(s, e) for s, e in spans] == [unmemoised(s, e) for s, e in spans]


@pytest.mark.parametrize("seed", range(4))
def test_tense_index_asked_in_any_order_answers_as_a_fresh_index(seed: int) -> None:
    """The word look-up starts from the last call's word (spans come mostly in text
    order): spans asked backwards, twice, at the text's edges or inside a word get
    the answer of an index that sees only that span."""
    import random

    from dateline.timex.tense import TenseIndex

    rnd = random.Random(seed)
    words = ["They", "will", "meet", "on", "Friday.", "Talks", "ended", "Monday,", "and",
             "Gen.", "Ortiz", "said", "Tuesday's", "vote", "was", "set"]
    text = " ".join(rnd.choice(words) for _ in range(300))
    spans = [(s, min(len(text), s + rnd.randrange(1, 12)))
             for s in (rnd.randrange(len(text)) for _ in range(200))]
    spans += [(0, 4), (len(text) - 3, len(text)), *spans[:20]]
    if seed % 2:
        spans.sort()
    index = TenseIndex(text)
    assert [index(s, e) for s, e in spans] == [TenseIndex(text)(s, e) for s, e in spans]


@pytest.mark.parametrize("seed", range(3))
def test_tense_index_asked_word_after_word_answers_as_the_heuristic(seed: int) -> None:
    """A run of dates asks at each word in turn: the look-up takes the last call's word
    or the next one, and the word after the span's end, without a bisect; spans of one
    to three words, the same one again and one at the text's end answer as
    heuristic_tense, which reads its own words."""
    import random

    from dateline.timex.tense import TenseIndex

    rnd = random.Random(seed)
    words = ["May", "1-", "Tuesday", "they", "will", "vote", "Gen.", "Ortiz", "said", "had",
             "met", "Friday's", "talks,", "and", "\n"]
    toks = [rnd.choice(words) for _ in range(250)]
    text = " ".join(toks)
    bounds = []
    for t in toks:
        at = bounds[-1][1] + 1 if bounds else 0
        bounds.append((at, at + len(t)))
    spans = [(bounds[k][0], bounds[min(len(toks), k + rnd.choice([1, 1, 2, 3])) - 1][1])
             for k in range(len(toks))]
    spans += [spans[k] for k in range(0, len(spans), 9)]
    spans.sort()
    index = TenseIndex(text)
    assert [index(s, e) for s, e in spans] == [heuristic_tense(text, s, e) for s, e in spans]


@pytest.mark.parametrize("seed", range(4))
def test_tense_index_read_a_few_words_at_a_time_answers_as_one_read_whole(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The words are read on from the start as far as a call needs, each time up to a
    space: tiny chunks (cut at every space), spans asked in any order and near the end,
    and deadline() answer as an index that reads the whole text at its first call."""
    import random

    from dateline.timex.tense import TenseIndex

    rnd = random.Random(seed)
    words = ["They", "will", "meet", "on", "Friday.", "until", "Monday,", "Gen.", "Ortiz",
             "said", "Tuesday's", "vote", "had", "\n", "U.S.", "aid", "by", "Aug.", "4.",
             "ended\n", "''", "x.y"]
    text = rnd.choice(["", " ", "\n"]) + " ".join(rnd.choice(words) for _ in range(400))
    spans = [(s, min(len(text), s + rnd.randrange(1, 12)))
             for s in (rnd.randrange(len(text)) for _ in range(150))]
    spans += [(len(text) - 3, len(text)), (0, 2)]
    if seed % 2:
        spans.sort()
    whole = TenseIndex(text)
    whole(0, 1)
    want = [whole(s, e) for s, e in spans]
    want_deadline = [whole.deadline(s) for s, _ in spans]
    monkeypatch.setattr(TenseIndex, "CHUNK", 1)
    index = TenseIndex(text)
    assert [index(s, e) for s, e in spans] == want
    assert [TenseIndex(text).deadline(s) for s, _ in spans] == want_deadline
    assert index._words == whole._words and index._starts == whole._starts


@pytest.mark.parametrize("seed", range(6))
def test_tense_index_over_runs_asked_word_after_word_answers_as_a_fresh_index(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs of one stretch repeated, asked at each word in turn: a call one word on from
    a whole window whose text comes again answers without reading the words; where a
    run ends (other words, a cut abbreviation, an apostrophe, the text's end) and for
    spans asked again further back, the index reads as one that sees only that span."""
    import random

    from dateline.timex.tense import _WORD, TenseIndex

    rnd = random.Random(seed)
    units = ["May ", "May 1-", "Gen. ", "U.S. ", "a.b ", "a.b.", "they said ", "will meet ",
             "Tuesday's ", "''", "``x ", "'til ", "\n", "x y ", "ab ", "a", "had met ", "by "]
    text = "".join(rnd.choice(units) * rnd.choice([1, 2, 5, 20, 40]) for _ in range(60))
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    spans += [(s, e + 4) for s, e in spans[5:len(spans) // 4:7]]  # spans of two words
    spans.sort()
    asked = spans + rnd.sample(spans, 40) + spans[len(spans) // 2:]
    want = [TenseIndex(text)(s, e) for s, e in asked]
    want_deadline = [TenseIndex(text).deadline(s) for s, _ in asked[-60:]]
    monkeypatch.setattr(TenseIndex, "CHUNK", 1)  # read as little as possible
    index = TenseIndex(text)
    assert [index(s, e) for s, e in asked] == want
    assert [index.deadline(s) for s, _ in asked[-60:]] == want_deadline


def test_a_run_of_dates_asked_word_after_word_leaves_its_words_unread() -> None:
    from dateline.timex.tense import TenseIndex

    text = "They will meet " + "May " * 5000 + "next week."
    index = TenseIndex(text)
    spans = [(k, k + 3) for k in range(15, 15 + 4 * 5000, 4)]
    assert [index(s, e) for s, e in spans] == [heuristic_tense(text, s, e) for s, e in spans]
    assert len(index._words) < 100  # read at the start and the end only
    assert index(*spans[0]) == "future"  # and from the start again


@pytest.mark.parametrize(("seed", "block"), [(0, 1), (1, 3), (2, 16), (3, 512), (4, 4096)])
def test_tense_index_periodic_stretch_checked_by_blocks_answers_as_a_fresh_index(
        seed: int, block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Long runs of one unit, some of them broken by one character or by a unit of the
    same length: the stretch known periodic grows a block at a time (halved at its
    end), and every answer is a fresh index's."""
    import random

    from dateline.timex.tense import _WORD, TenseIndex

    rnd = random.Random(seed)
    units = ["May ", "May 1-", "Jun ", "they met ", "will ", "x "]
    parts = []
    for _ in range(12):
        run = rnd.choice(units) * rnd.randint(30, 300)
        cut = rnd.randrange(len(run))
        parts.append(run[:cut] + rnd.choice(["", "q", "Mar ", "will "]) + run[cut:])
    text = "".join(parts)
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    want = [TenseIndex(text)(s, e) for s, e in spans[::9]]
    monkeypatch.setattr(TenseIndex, "BLOCK", block)
    index = TenseIndex(text)
    got = [index(s, e) for s, e in spans]
    assert got[::9] == want
    assert got == [heuristic_tense(text, s, e) for s, e in spans]
