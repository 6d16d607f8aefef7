"""Can other articles tell that an article's date is wrong? (issue #5, corpus evidence)

Every article of the corpus is indexed once with its TRUE date (datecheck.stories).
Each article is then checked at its true date (false alarms) and at the shifts of
bench_datecheck.py (recall): at a shifted date it is checked against the OTHER articles
with their true dates, never against its own entry or a copy of itself (an article
sharing half its eight-word runs), so the shift cannot be caught by the article's own
unshifted copy. ``--half`` checks the even (A) or odd (B) files only; the index always
holds the whole corpus.

With ``--verdicts FILE`` (written by ``bench_datecheck.py --verdicts`` on the same
corpus and half) it also reports the date check's own figures and those of the two
together (flagged by either: 'date_check_or_corpus') and the verdict as
``check-dates`` over many articles gives it ('verdict_with_corpus': datecheck.stories.weighed,
the stricter tier folded in, a weak alarm cleared by same-week tellings, and a consistent
date suspicious when the check's own weak sign of a year's shift, the file's 'hints', and
any telling far away on that side agree, or when a close telling lies within a week of
the date a year away and the text does not object, or a looser one within days or weeks
of it when the text leans to that date and its weak sign does not point the other way:
stories.year_told, the text's lean the file's 'fits', the check's own ratios a year before
and after, or the word heuristic's in a file written without them).

Usage::

    .venv/bin/python bench/bench_corpus_dates.py [--corpus te3|silver|t17] [--half A|B]
        [--verdicts FILE] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from bench_datecheck import DEFAULT_DATA, DEFAULT_T17, SHIFTS, corpus_docs, shifted

from dateline.datecheck.stories import (
    StoryIndex,
    fold_finding,
    hint_finding,
    weighed,
    year_told,
)

FLAGGED = ("suspicious", "contradicted")


def folded_verdict(index: StoryIndex, name: str, when: date, verdict: str | None,
                   hint: str | None, fit: list[float] | None = None) -> str | None:
    """The verdict ``check-dates`` over many articles gives ``name`` stated at ``when``: its
    own ``verdict`` weighed with the other articles' tellings, its own weak sign ``hint``
    (an ISO date or None) and its own fit a year before and after (DateCheck.year_fit,
    None: the word heuristic's)."""
    sign = date.fromisoformat(hint) if hint else None
    ratios = (float(fit[0]), float(fit[1])) if fit else None
    hinted = (hint_finding(index, name, when, sign)
              or year_told(index, name, when, sign, ratios))
    return weighed(verdict, fold_finding(index, name, when), index.backing(name, when), hinted)


def run(docs: list[tuple[str, date, str]], half: str = "",
        verdicts: dict[str, list[str]] | None = None,
        hints: dict[str, list[str | None]] | None = None,
        fits: dict[str, list[list[float] | None]] | None = None) -> dict[str, object]:
    t0 = time.perf_counter()
    index = StoryIndex(docs)
    checked = docs[0::2] if half == "A" else docs[1::2] if half == "B" else docs
    labels = ["true", *(label for label, _ in SHIFTS)]
    story = dict.fromkeys(labels, 0)
    own = dict.fromkeys(labels, 0)
    both = dict.fromkeys(labels, 0)
    folded = dict.fromkeys(labels, 0)
    with_neighbours = 0
    for name, dct, _ in checked:
        with_neighbours += bool(index.neighbours(name))
        for k, (label, how) in enumerate((("true", None), *SHIFTS)):
            when = dct if how is None else shifted(dct, how)
            hit = index.check(name, when) is not None
            mine = verdicts is not None and verdicts[name][k] in FLAGGED
            story[label] += hit
            own[label] += mine
            both[label] += hit or mine
            if verdicts is not None:
                hint = (hints or {}).get(name, [None] * len(labels))[k]
                fit = (fits or {}).get(name, [None] * len(labels))[k]
                folded[label] += folded_verdict(index, name, when, verdicts[name][k],
                                                hint, fit) in FLAGGED
    n = len(checked)

    def rates(counts: dict[str, int]) -> dict[str, float]:
        return {k: round(v / n, 4) for k, v in counts.items()}

    out: dict[str, object] = {
        "articles": n,
        "indexed": len(docs),
        "with_same_story_neighbour": round(with_neighbours / n, 4),
        "seconds": round(time.perf_counter() - t0, 1),
        "corpus_evidence": rates(story),
    }
    if verdicts is not None:
        out["date_check"] = rates(own)
        out["date_check_or_corpus"] = rates(both)
        out["verdict_with_corpus"] = rates(folded)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--corpus", choices=("te3", "silver", "t17"), default="te3")
    ap.add_argument("--half", choices=("A", "B"), default="")
    ap.add_argument("--verdicts", type=Path, help="bench_datecheck.py --verdicts output")
    ap.add_argument("--json", type=Path, help="write the figures here as JSON")
    args = ap.parse_args(argv)
    data = args.data if args.corpus != "t17" or args.data != DEFAULT_DATA else DEFAULT_T17
    if not data.is_dir():
        print(f"no data under {data}", file=sys.stderr)
        return 2
    verdicts = hints = fits = None
    if args.verdicts:
        saved = json.loads(args.verdicts.read_text(encoding="utf-8"))
        # no hints or fits: a file written before they were kept
        verdicts, hints, fits = saved["verdicts"], saved.get("hints"), saved.get("fits")
    res = run(list(corpus_docs(args.corpus, data)), args.half, verdicts, hints, fits)
    res = {"corpus": args.corpus, "half": args.half or "all", **res}
    print(json.dumps(res, indent=2))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
