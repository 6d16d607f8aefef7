"""The learned cue tagger (quotes.learned) and headline lead-ins (quotes.colon)."""

from __future__ import annotations

import itertools
from importlib import resources

import pytest

from dateline import quotes
from dateline.quotes import learned
from dateline.quotes.lexicon import lexicon
from dateline.quotes.subjects import subject, subject_at
from dateline.wordlists import ACTOR_ENTS


def _find(nlp, text):
    return quotes.find(text, nlp(text))


def _src(text, q):
    return text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None


def test_shipped_model_loads_and_is_small():
    path = resources.files("dateline") / "data" / "quotes" / "cue_model.json"
    assert len(path.read_bytes()) < 2 * 1024 * 1024
    m = learned.model()
    assert m is not None and m.weights and m.veto is not None and m.veto < m.threshold


def test_score_is_the_same_in_any_feature_order():
    # some features come from sets, whose order changes with each process's string hashing;
    # a plain sum of these weights is 5.6e-17 in one order and 2.8e-17 in another, and a
    # score at the threshold (0.0) went either way from one run to the next
    m = learned.CueModel({"a": 0.1, "b": 0.2, "c": -0.3}, threshold=0.0)
    orders = list(itertools.permutations(["a", "b", "c", "bias"]))
    assert len({sum(m.weights.get(f, 0.0) for f in o) for o in orders}) > 1
    assert len({m.score(list(o)) for o in orders}) == 1


def test_candidates_and_features(nlp):
    doc = nlp("Clinton championed the trade agreement that the senators signed.")
    champ = doc[1]
    assert learned.candidate(champ) == "VERB"
    assert learned.candidate(doc[4]) is None  # 'agreement': no possessor
    feats = learned.features(champ, "VERB", "champion")
    assert "l=champion" in feats and "k=dobj" in feats
    assert feats == learned.features(champ, "VERB", "champion", parse=learned.Parse(doc))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mara Lindqvist told reporters in Oslo on Tuesday that the Dorvanian plan "
        "would fail.",
        '"We will not back down," the union\'s leader, Tomas Brel, said after the vote, '
        "which Acme Corp had urged.\n\nHis rivals were nervous about it. Nobody answered.",
    ],
)
def test_parse_arrays_say_what_the_tokens_say(nlp, text):
    """``features`` reads a doc's parse from its token arrays (learned.Parse), not from
    Tokens: every head, child (in order), label, lemma, sentence start and actor subtree
    it reads there is the Token's."""
    doc = nlp(text)
    p = learned.Parse(doc)
    for tok in doc:
        i = tok.i
        assert p.head[i] == tok.head.i
        assert p.kids(i) == [c.i for c in tok.children]
        assert (p.dep[i], p.tag[i], p.pos[i], p.ent[i]) == (
            tok.dep_,
            tok.tag_,
            tok.pos_,
            tok.ent_type_,
        )
        assert (p.lemma(i), p.lower(i)) == (tok.lemma_.lower(), tok.lower_)
        assert (p.start[i] == 1) == bool(tok.is_sent_start)
        assert p.text[p.idx[i] :].startswith(tok.text)
        assert p.actor_types(i) == {t.ent_type_ for t in tok.subtree if t.ent_type_ in ACTOR_ENTS}
    assert any(p.actor_types(i) for i in range(len(doc)))
    # the running counts of actor words and quotation marks, read by each value's own id
    assert p.actors == [0, *itertools.accumulate(t.ent_type_ in ACTOR_ENTS for t in doc)]
    assert p.marks == [0, *itertools.accumulate(t.text in '"\u201c\u201d' for t in doc)]


def test_context_features(nlp):
    """Lexicon status, the subject's actor entities, the object's kind and head word, the
    infinitive and auxiliaries are features of their own."""
    doc = nlp("Senator Warren has pushed the committee to reject the nominee.")
    push = next(t for t in doc if t.lower_ == "pushed")
    assert "push" in lexicon().denied
    feats = learned.features(push, "VERB", "push")
    assert "lx=denied" in feats and "se=PERSON" in feats
    assert "aux=aux:have" in feats
    assert {"o=committee", "l|o=push|committee", "ok=dobj:NOUN"} <= set(feats)
    said = nlp("Warren said that the vote would fail.")[1]
    feats = learned.features(said, "VERB", "say")
    assert {"lx=direct", "cc_subj", "cc_md"} <= set(feats)
    assert not any(f.startswith("o=") or f.startswith("aux=") for f in feats)


_SCORED = [
    "Senator Warren has pushed the committee to reject the nominee.",
    "Warren said that the vote would fail.",
    "The ministers did not rule out new talks with Norvia, said the envoy.",
    "Brel's warning that the dam could be breached was brushed aside by Acme Corp.",
    'Democrats were uneasy about the merger, and "nobody" should be surprised, Lund argued.',
    "They are evenly divided on the tunnel plan and may never agree to it.",
    "The council's decision angered farmers who had called on Oslo to act.",
    "The mayor ate a sandwich in the park while Tomas Brel looked on.",
]


@pytest.mark.parametrize("text", _SCORED)
def test_score_by_templates_sums_the_written_features(nlp, text):
    """The tagger scores a candidate by looking up each part of a feature, not by writing
    the names ``features`` gives ``bench/fit_cue_model.py``: the two sums are the same, with
    the shipped weights and with a distinct power of two on every name written here (a
    term lost or counted twice would change that sum)."""
    doc = nlp(text)
    p = learned.Parse(doc)
    lex = lexicon()
    found = [(i, learned._shaped_at(p, i)) for i in range(len(doc))]
    cands = [(p, i, at[0], lex.lemma(doc[i]), at[1]) for i, at in found if at is not None]
    assert len(cands) >= 2
    names = sorted({f for c in cands for f in learned._features_at(*c)})
    every = learned.CueModel({f: 2.0**-k for k, f in enumerate(names)}, 0.0)
    shipped = learned.model()
    assert shipped is not None
    for m in (shipped, every):
        for c in cands:
            assert m._templates.score(*c) == m.score(learned._features_at(*c))


def test_templates_table_a_name_at_each_separator():
    """A feature whose parts hold the separator ('l|o=a|b|c') is found whichever way the
    parts were read."""
    t = learned._Templates({"l|o=a|b|c": 0.5, "sk=NOUN:x:y": 0.25, "bias": 1.0})
    o = learned._BY_LEMMA.index("o")
    assert t.lemmas["a"][o] == {"b|c": 0.5} and t.lemmas["a|b"][o] == {"c": 0.5}
    sk = list(learned._PAIRED).index("sk")
    assert t.two[sk] == {"NOUN": {"x:y": 0.25}, "NOUN:x": {"y": 0.25}}
    assert t.const[learned._CONSTANT.index("bias")] == 1.0


def test_unlisted_verb_becomes_cue_when_model_says_so(nlp, use_model):
    text = "Clinton championed the trade agreement."
    assert lexicon().cue("champion") is None
    use_model(learned.CueModel({"l=champion": 1.0}, 0.0))
    found = _find(nlp, text)
    assert [(q.cue, _src(text, q), q.text) for q in found] == [
        ("championed", "Clinton", "the trade agreement")
    ]
    use_model(learned.CueModel({"l=champion": -1.0}, 0.0))
    assert _find(nlp, text) == ()
    use_model(None)
    assert _find(nlp, text) == ()


def test_veto_spares_speech_verbs(nlp, use_model):
    lex = lexicon()
    assert lex.cue("assail") is not None and not lex.cue("assail").curated
    assert not lex.cue("find").direct and lex.cue("say").direct
    text = (
        "The senator assailed the new budget. Investigators found that the records were "
        "missing. The governor said the plan would pass."
    )
    use_model(learned.CueModel({"bias": -5.0}, 10.0, veto=0.0))
    assert [q.cue for q in _find(nlp, text)] == ["said"]
    use_model(learned.CueModel({"bias": -5.0}, 10.0, veto=None))
    assert [q.cue for q in _find(nlp, text)] == ["assailed", "found", "said"]


def test_denied_action_verb_needs_the_higher_bar(nlp, use_model):
    text = "WikiLeaks released the party's emails."
    assert "release" in lexicon().denied
    use_model(learned.CueModel({"l=release": 1.0}, 0.0, denied=None))
    assert _find(nlp, text) == ()
    use_model(learned.CueModel({"l=release": 1.0}, 0.0, denied=1.5))
    assert _find(nlp, text) == ()
    use_model(learned.CueModel({"l=release": 1.0}, 0.0, denied=0.5))
    assert [(q.cue, _src(text, q)) for q in _find(nlp, text)] == [("released", "WikiLeaks")]


def test_actor_adjective_needs_only_the_adjective_bar(nlp, use_model):
    text = "Democrats were uneasy about the merger."
    other = "It was uneasy about the merger."
    assert lexicon().cue("uneasy") is None
    use_model(learned.CueModel({"l=uneasy": -0.2}, 0.0))
    assert _find(nlp, text) == ()
    use_model(learned.CueModel({"l=uneasy": -0.2}, 0.0, adjective=-0.3))
    assert [(q.cue, _src(text, q), q.text) for q in _find(nlp, text)] == [
        ("uneasy", "Democrats", "about the merger")
    ]
    assert _find(nlp, other) == ()  # a dummy subject holds no stance
    use_model(learned.CueModel({"l=uneasy": -0.4}, 0.0, adjective=-0.3))
    assert _find(nlp, text) == ()


def test_participle_after_a_copula_is_a_predicate_adjective(nlp, use_model):
    """'They are divided on ...': a participle with no subject of its own after a copula
    is a predicate adjective, its holder the copula's subject, for the tagger and for a
    listed cue ('convinced that ...') alike."""
    text = "They are evenly divided on the tunnel plan."
    part = next(t for t in nlp(text) if t.lower_ == "divided")
    assert (part.pos_, part.dep_) == ("VERB", "acomp")
    assert learned.candidate(part) == "ADJ"
    assert lexicon().cue("divide") is None
    use_model(learned.CueModel({"l=divide": -0.2}, 0.0, adjective=-0.3))
    assert [(q.cue, _src(text, q), q.text) for q in _find(nlp, text)] == [
        ("divided", "They", "on the tunnel plan")
    ]
    use_model(learned.CueModel({"l=divide": -0.4}, 0.0, adjective=-0.3))
    assert _find(nlp, text) == ()
    use_model(None)
    listed = "They are convinced that the ferry will be late again."
    assert [(q.cue, _src(listed, q)) for q in _find(nlp, listed)] == [("convinced", "They")]


def test_shipped_model_prefers_stances_to_errands(nlp):
    m = learned.model()
    assert m is not None
    lex = lexicon()

    def score(text, i):
        tok = nlp(text)[i]
        s = m.token_score(tok, lex.lemma(tok))
        assert s is not None
        return s

    stance = score("Clinton championed the trade agreement.", 1)
    errand = score("The mayor ate a sandwich in the park.", 2)
    assert stance > m.threshold > errand


def test_headline_lead_without_a_tagged_name(nlp):
    text = "Sanders: Clinton Email Story Has Stalled.\nThe senator spoke in Ohio on Monday."
    found = [q for q in _find(nlp, text) if q.cue == ":"]
    assert [(_src(text, q), q.text) for q in found] == [
        ("Sanders", "Clinton Email Story Has Stalled")
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Breaking: Storm Hits The Coast Near Miami.",
        "BOOM: Storm Hits The Coast Near Miami.",
        "Revealed: Storm Hits The Coast Near Miami.",
    ],
)
def test_headline_labels_are_not_sources(nlp, headline):
    text = headline + "\nRain fell all day in the city."
    assert [q for q in _find(nlp, text) if q.cue == ":"] == []


def test_lead_in_needs_the_headline_or_a_name(nlp):
    text = "Rain fell all day.\nPoll: Storm Hits The Coast Near Miami.\nIt was wet."
    assert [q for q in _find(nlp, text) if q.cue == ":"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Rubio was endorsed by Governor Chris Christie on Monday.",
            ("Governor Chris Christie", "endorsed", "Rubio"),
        ),
        ("The plan was rejected by the Senate.", ("the Senate", "rejected", "The plan")),
    ],
)
def test_passive_cue_takes_its_agent_as_source(nlp, text, want):
    assert [(_src(text, q), q.cue, q.text) for q in _find(nlp, text)] == [want]


def test_passive_non_cue_is_no_attribution(nlp):
    assert _find(nlp, "The soldier was killed by a sniper.") == ()


def test_speech_verb_without_parsed_subject_takes_the_name_before_it(nlp):
    from spacy.tokens import Doc

    words = ["Pollster", "Ann", "Selzer", "says", "turnout", "will", "decide", "it", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * 7 + [False, False],
        pos=["PROPN", "PROPN", "PROPN", "VERB", "NOUN", "AUX", "VERB", "PRON", "PUNCT"],
        lemmas=["Pollster", "Ann", "Selzer", "say", "turnout", "will", "decide", "it", "."],
        deps=["compound", "compound", "dep", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
        heads=[2, 2, 3, 3, 6, 6, 3, 6, 3],
    )
    text = doc.text
    found = quotes.find(text, doc)
    assert [(_src(text, q), q.cue, q.text) for q in found] == [
        ("Pollster Ann Selzer", "says", "turnout will decide it")
    ]


def test_time_stamp_parsed_as_subject_is_no_source(nlp):
    from spacy.tokens import Doc

    doc = Doc(
        nlp.vocab,
        words=["7:42", "p.m.", "Donald", "Trump", "says", "taxes", "are", "low", "."],
        spaces=[True] * 7 + [False, False],
        pos=["NUM", "NOUN", "PROPN", "PROPN", "VERB", "NOUN", "AUX", "ADJ", "PUNCT"],
        lemmas=["7:42", "p.m.", "Donald", "Trump", "say", "tax", "be", "low", "."],
        deps=[
            "nummod",
            "nsubj",
            "compound",
            "npadvmod",
            "ROOT",
            "nsubj",
            "ccomp",
            "acomp",
            "punct",
        ],
        heads=[1, 4, 3, 4, 4, 6, 4, 6, 4],
        ents=["B-TIME", "I-TIME", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"],
    )
    text = doc.text
    found = quotes.find(text, doc)
    assert [(_src(text, q), q.cue, q.text) for q in found] == [
        ("Donald Trump", "says", "taxes are low")
    ]


_SHAPES = [
    "Her refusal to endorse the plan angered the mayor's aides, who are wary of it.",
    "A lawmaker calling for calm spoke after the vote, accusing the council of delay.",
    "Acme made the tool, a spokeswoman, Ann Lee, said on Monday.",
    "The group released a statement condemning the shelling, the use of schools, and "
    "called for talks.",
    "Voters are skeptical of the plan and they are convinced that it will fail.",
]


@pytest.mark.parametrize("text", _SHAPES, ids=[t[:30] for t in _SHAPES])
def test_shape_and_subject_read_from_the_arrays(nlp, text):
    """The tagger reads a candidate's shape and source (subjects.subject_at, _shaped_at) from
    the doc's arrays: the same words ``subject`` and ``_shaped`` find from Tokens."""
    doc = nlp(text)
    p = learned.Parse(doc)
    found = 0
    for tok in doc:
        for depth in (0, 1, 2):
            s = subject(tok, depth)
            assert subject_at(p, tok.i, depth) == (None if s is None else s.i), tok.text
        shaped = learned._shaped(tok)
        at = learned._shaped_at(p, tok.i)
        assert at == (None if shaped is None else (shaped[0], shaped[1].i)), tok.text
        found += at is not None
    assert found
