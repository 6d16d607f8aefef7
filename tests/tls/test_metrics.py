"""tilse metrics on tiny hand-made timelines; expected values derived by hand below."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.tls.metrics import align_m1, approx_rouge1, date_f1, f_score
from dateline.tls.porter import stem
from dateline.tls.resources import load
from dateline.tls.rouge import rouge_counts, rouge_tokens

D = date(2010, 4, 20)
D1, D2, D3, D4, D5 = (date(2010, 4, 20 + i) for i in range(1, 6))


@pytest.mark.parametrize(("word", "expected"), load("porter.json")["examples"])
def test_porter_examples(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize(("text", "expected"), load("rouge_stopwords.json")["examples"])
def test_rouge_token_examples(text: str, expected: list[str]) -> None:
    assert list(rouge_tokens(text)) == expected


def test_rouge_tokens_short_words_are_not_stemmed() -> None:
    # "was" is a stop word; "ran" (3 letters) is kept as is; "runs" (4) is stemmed
    assert rouge_tokens("Was ran runs") == ("ran", "run")


def test_rouge_counts_stemming_and_stopwords() -> None:
    # pred: patient, kill (were/the are stop words) ; ref: kill, patient
    c1 = rouge_counts(["The patients were killed ."], [["killing patient"]], 1)
    assert (c1.hit, c1.peer, c1.model) == (2, 2, 2)
    # bigrams: pred (patient, kill) ; ref (kill, patient): no match
    c2 = rouge_counts(["The patients were killed ."], [["killing patient"]], 2)
    assert (c2.hit, c2.peer, c2.model) == (0, 1, 1)


def test_bigrams_cross_sentence_ends_like_rouge() -> None:
    # the summary is read as one text: "rig sank" | "oil leaked" -> (sank, oil) is a bigram
    c = rouge_counts(["rig sank .", "oil leaked ."], [["sank oil"]], 2)
    assert (c.hit, c.peer, c.model) == (1, 3, 1)


def test_align_identical_timelines_score_one() -> None:
    tl = [(D, ["The rig exploded ."]), (D2, ["The rig sank ."])]
    out = align_m1(tl, tl)
    assert out["rouge_1"].f1 == pytest.approx(1.0)
    assert out["rouge_2"].f1 == pytest.approx(1.0)


def test_align_off_by_one_day_is_weighted_by_half() -> None:
    # pred 21st "rig explod"; ref 20th "rig explod", 22nd "rig sank".
    # precision: pred 21 -> ref 20 (same words: content cost 0), 2 hits * 1/2 over 2 -> 0.5
    # recall: ref 20 -> pred 21: 2 hits * 1/2 ; ref 22 -> pred 21: 1 hit * 1/2 ; over 4 -> 0.375
    pred = [(D1, ["The rig exploded ."])]
    ref = [(D, ["The rig exploded ."]), (D2, ["The rig sank ."])]
    out = align_m1(pred, ref)
    assert out["rouge_1"].precision == pytest.approx(0.5)
    assert out["rouge_1"].recall == pytest.approx(0.375)
    assert out["rouge_1"].f1 == pytest.approx(2 * 0.5 * 0.375 / 0.875)
    # bigrams: precision 1*1/2 / 1 ; recall (1*1/2 + 0) / 2
    assert out["rouge_2"].precision == pytest.approx(0.5)
    assert out["rouge_2"].recall == pytest.approx(0.25)


def test_align_is_many_to_one() -> None:
    # both predicted dates align to the single reference date
    # precision: pred 20 "alpha beta" 2 hits * 1 ; pred 21 "alpha gamma" 1 hit * 1/2 ; / 4 = 0.625
    # recall: ref 20 -> pred 20 (cost 0): 2 hits / 2 = 1
    pred = [(D, ["alpha beta"]), (D1, ["alpha gamma"])]
    ref = [(D, ["alpha beta"])]
    out = align_m1(pred, ref)
    assert out["rouge_1"].precision == pytest.approx(0.625)
    assert out["rouge_1"].recall == pytest.approx(1.0)
    assert out["rouge_1"].f1 == pytest.approx(2 * 0.625 / 1.625)
    assert out["rouge_2"].f1 == pytest.approx(2 * 0.5 * 1.0 / 1.5)


def test_alignment_cost_prefers_content_over_nearness() -> None:
    # pred 21 "storm hit" is 1 day from ref 20 ("storm hit") and from ref 22 ("vote held").
    # costs: (1 - 1/2) * (1 - 1) = 0 for 20, (1 - 1/2) * (1 - 0) = 0.5 for 22 -> aligned to 20
    # precision = 2 * 1/2 / 2 = 0.5 ; recall = (2 * 1/2 + 0) / 4 = 0.25
    pred = [(D1, ["storm hit"])]
    ref = [(D, ["storm hit"]), (D2, ["vote held"])]
    out = align_m1(pred, ref)
    assert out["rouge_1"].precision == pytest.approx(0.5)
    assert out["rouge_1"].recall == pytest.approx(0.25)


def test_approx_rouge1_is_case_sensitive_whitespace_f1() -> None:
    # pred tokens: Oil, spill ; ref: oil, spill, grows -> 1 match ("spill"): P 1/2, R 1/3
    # lone punctuation tokens ("." and ",") are not counted, as in tilse 0.2.1
    assert approx_rouge1(["Oil spill ."], [["oil , spill grows ."]]) == pytest.approx(0.4)


def test_empty_prediction_scores_zero() -> None:
    out = align_m1([], [(D, ["The rig exploded ."])])
    assert out["rouge_1"].f1 == 0.0 and out["rouge_1"].recall == 0.0


def test_date_f1() -> None:
    pred = [(d, ["x"]) for d in (D1, D2, D3)]
    ref = [(d, ["x"]) for d in (D2, D3, D4, D5)]
    r = date_f1(pred, ref)
    assert r.precision == pytest.approx(2 / 3)
    assert r.recall == pytest.approx(0.5)
    assert r.f1 == pytest.approx(4 / 7)
    assert date_f1(pred, [(D, ["x"])]).f1 == 0.0


def test_f_score_zero_guard() -> None:
    assert f_score(0.0, 0.0) == 0.0
    assert f_score(1.0, 0.5) == pytest.approx(2 / 3)


@pytest.mark.parametrize(("word", "expected"), load("wordnet_exceptions.json")["examples"])
def test_wordnet_exception_examples(word: str, expected: str) -> None:
    assert rouge_tokens(word) == (expected,)


def test_irregular_forms_match_like_rouge() -> None:
    # "told" -> tell (WordNet exception) matches "tells" -> tell (Porter); plurals stem alike
    c = rouge_counts(["Officials told reporters"], [["official tells reporter"]], 1)
    assert (c.hit, c.peer, c.model) == (3, 3, 3)
