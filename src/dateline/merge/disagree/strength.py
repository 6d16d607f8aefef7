"""How far a disagreement row can be trusted: the evidence for it and the doubts against it
(``disagree.json`` ``strength``)."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.merge.disagree.common import disagree_section, lexicon_act
from dateline.merge.disagree.rows import Kind, Strength


def strength(kind: Kind, *, bounds: Iterable[tuple[float, float]] = (), days: int = 0,
             reports: Iterable[str | None] = (), report_type: str = "",
             denied_in_words: bool = False,
             mentions: int = 0) -> tuple[Strength, tuple[str, ...], tuple[str, ...]]:
    """How far a row can be trusted: ('strong' or 'weak', the evidence for it, the doubts
    against it), each in words. A row is weak when a doubt holds (``disagree.json``
    ``strength``, with examples): for numbers (their figures' ``bounds`` and ``days``
    between the reports' articles) more than two different figures, figures more than
    ``max_ratio`` times apart, or reports more than ``max_days`` days apart; for a denial
    anything but an accusation denied (the reported event's ``report_type`` one of
    ``allegation_types``, or the events lexicon rule of one of its ``reports`` an allegation:
    'accused', 'criticised', 'sued') or a denial in words (``denied_in_words``:
    :func:`.denials.says_denied`), a bare negation of another act ('no food was handed out')
    most often telling another occasion; for dates an event of more than
    ``max_date_mentions`` ``mentions``, which only the merge ties to one act."""
    evidence: list[str] = []
    doubts: list[str] = []
    if kind == "number":
        _number_strength(bounds, days, evidence, doubts)
    elif kind == "denial":
        _denial_strength(reports, report_type, denied_in_words, evidence, doubts)
    else:
        _date_strength(mentions, evidence, doubts)
    return ("weak" if doubts else "strong"), tuple(evidence), tuple(doubts)


def _number_strength(bounds: Iterable[tuple[float, float]], days: int, evidence: list[str],
                     doubts: list[str]) -> None:
    """:func:`strength` of a number row: its figures' count and spread, its reports' days."""
    max_ratio, max_days = float(disagree_section("strength")["max_ratio"]), int(
        disagree_section("strength")["max_days"])
    figures = sorted(set(bounds))
    if len(figures) > 2:
        doubts.append(f"{len(figures)} different figures: a running tally or several counts")
    else:
        evidence.append("two figures of one counted thing")
    if figures:
        low = min(hi for _, hi in figures)
        high = max(lo for lo, _ in figures)
        ratio = high / low if low > 0 else float("inf")
        if ratio > max_ratio:
            doubts.append(f"figures {ratio:.1f} times apart: more often counts of "
                          "different scope than rival counts")
        else:
            evidence.append(f"figures within {max_ratio:g} times of each other")
    if days > max_days:
        doubts.append(f"reports {_days(days)} apart: a running figure updated")
    else:
        evidence.append(f"reports {_days(days)} apart")


def _denial_strength(reports: Iterable[str | None], report_type: str, denied_in_words: bool,
                     evidence: list[str], doubts: list[str]) -> None:
    """:func:`strength` of a denial row: an accusation denied, a denial in words, or else a
    bare negation."""
    allegations = disagree_section("denials")["allegations"]
    told = sorted({a for a in map(lexicon_act, reports) if a in allegations})
    if report_type in disagree_section("strength")["allegation_types"]:
        told = told or [report_type]
    if told:
        evidence.append(f"an accusation ({', '.join(told)}) and its denial")
    elif denied_in_words:
        evidence.append("a denial in words (not only a negation)")
    else:
        doubts.append("a negated report, no allegation denied: often another occasion "
                      "or matter")


def _date_strength(mentions: int, evidence: list[str], doubts: list[str]) -> None:
    """:func:`strength` of a date row: how many mentions its event merges."""
    max_mentions = int(disagree_section("strength")["max_date_mentions"])
    if mentions > max_mentions:
        doubts.append(f"the event merges {mentions} mentions: in a large merge one "
                      "report's date is more often another act's")
    else:
        evidence.append(f"an event {mentions} mention{'' if mentions == 1 else 's'} tell")


def _days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"
