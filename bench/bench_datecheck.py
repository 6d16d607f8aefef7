"""Benchmark of the date check on TimeBank + AQUAINT (TempEval-3), whose DCTs are correct.

Each article is checked against its true DCT (false alarms: verdict suspicious or
contradicted) and against copies with the DCT shifted by +/-7 days, +/-30 days, +/-1 year
and +/-2 years (recall: share flagged). The gold TIMEX3 tags are dropped: the text is
tagged by dateline itself. Shifts are deterministic (every article gets every shift), so
no random seed is involved.

Usage::

    .venv/bin/python bench/bench_datecheck.py [--parse] [--data ../shared/data/tempeval3]
        [--json OUT] [--show-alarms] [--corpus te3|silver|t17] [--sample N --seed S] [--half A|B]

``--corpus t17`` runs the same protocol on Timeline17 dev articles (publication dates
from a crawl, so a few "false alarms" there may be true date errors); ``--corpus silver``
on TE3-Silver-data (2,452 AFP and Xinhua wire articles with true DCTs, under the same
``--data``). Silver's half A (even files) is not unseen by the prior:
fit_datecheck_prior.py fits its tables and chooses its thresholds there (prior.json's
thresholds were once chosen on half B, the judge; prior_parsed.json's never were).
``--sample`` draws N articles with a fixed seed (after ``--half``).

``--parse`` reads the tense from the spaCy parse (each text parsed once); without it the
word-window heuristic is used (engine alone, no spaCy).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from dateline.datecheck import check_text, estimate_dct
from dateline.model import Annotation, Article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tempeval3"
DEFAULT_T17 = ROOT.parent / "shared" / "data" / "t17-dev"
SUBSETS = ("TimeBank", "AQUAINT")
SILVER = ("TE3-Silver-data",)
_DCT = re.compile(r"<DCT>[^<]*<TIMEX3[^>]*\bvalue=\"(\d{4}-\d{2}-\d{2})", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


def _shift_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


SHIFTS: tuple[tuple[str, object], ...] = (
    ("-7d", timedelta(days=-7)),
    ("+7d", timedelta(days=7)),
    ("-30d", timedelta(days=-30)),
    ("+30d", timedelta(days=30)),
    ("-1y", -1),
    ("+1y", 1),
    ("-2y", -2),
    ("+2y", 2),
)


def shifted(d: date, how: object) -> date:
    return d + how if isinstance(how, timedelta) else _shift_years(d, int(how))  # type: ignore[call-overload]


def load(data: Path, subsets: tuple[str, ...] = SUBSETS) -> Iterator[tuple[str, date, str]]:
    """(file name, true DCT, plain text) for every .tml file."""
    for sub in subsets:
        for path in sorted((data / sub).glob("*.tml")):
            raw = path.read_text(encoding="utf-8")
            m, t = _DCT.search(raw), _TEXT.search(raw)
            if not m or not t:
                continue
            yield path.name, date.fromisoformat(m.group(1)), html.unescape(_TAG.sub("", t.group(1)))


def load_t17(data: Path) -> Iterator[tuple[str, date, str]]:
    """Timeline17 dev articles (news-tls JSONL: ``time`` = publication date, ``text``)."""
    for path in sorted(data.glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                when = str(rec.get("time", ""))[:10]
                if rec.get("text") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
                    name = f"{path.parent.name}/{rec.get('id')}"
                    yield name, date.fromisoformat(when), _detokenize(rec["text"])


def corpus_docs(corpus: str, data: Path) -> Iterator[tuple[str, date, str]]:
    """The articles of ``corpus`` (te3, silver or t17) under ``data``, in file order."""
    if corpus == "t17":
        return load_t17(data)
    return load(data, SILVER if corpus == "silver" else SUBSETS)


def _detokenize(text: str) -> str:
    """news-tls text is tokenised ("Mexico 's", "Jan . 19"); undo the common splits."""
    text = re.sub(r" ([.,;:!?%)'])", r"\1", text)
    text = re.sub(r"([($]) ", r"\1", text)
    return text.replace(" n't", "n't").replace("`` ", '"').replace(" ''", '"')


def run(
    data: Path,
    parse: bool,
    show: bool,
    corpus: str = "te3",
    sample: int = 0,
    seed: int = 17,
    half: str = "",
    flags_out: Path | None = None,
) -> dict[str, object]:
    docs = list(corpus_docs(corpus, data))
    if half:
        # The halves of fit_datecheck_prior.py: A (even files) tunes the prior, B is unseen.
        docs = docs[0::2] if half == "A" else docs[1::2]
    if sample and sample < len(docs):
        docs = random.Random(seed).sample(docs, sample)
    nlp = None
    if parse:
        import spacy

        from dateline.config import Settings

        nlp = spacy.load(Settings().model)
    t0 = time.perf_counter()
    flagged = {name: 0 for name, _ in (("true", None), *SHIFTS)}
    contradicted = dict.fromkeys(flagged, 0)
    moved = {"flagged": 0, "closer": 0, "exact_or_within_7d": 0}
    per_article: dict[str, list[str]] = {}
    hints: dict[str, list[str | None]] = {}
    fits: dict[str, list[list[float] | None]] = {}
    for name, dct, text in docs:
        doc = nlp(text) if nlp is not None else None
        per_article[name] = []
        hints[name] = []
        fits[name] = []
        for label, how in (("true", None), *SHIFTS):
            when = dct if how is None else shifted(dct, how)
            check = check_text(text, when, doc)
            per_article[name].append(check.verdict)
            hints[name].append(check.hint.isoformat() if check.hint else None)
            fits[name].append(list(check.year_fit) if check.year_fit else None)
            if check.verdict in ("suspicious", "contradicted"):
                flagged[label] += 1
                contradicted[label] += check.verdict == "contradicted"
                if label != "true":
                    _score_estimate(moved, text, when, dct, doc)
                if show and label == "true":
                    print(f"ALARM {name} {dct} {check.verdict}", file=sys.stderr)
                    for e in check.evidence:
                        print(f"    {e.text!r}: {e.reason}", file=sys.stderr)
    n = len(docs)
    if flags_out is not None:
        shifts = ["true", *(label for label, _ in SHIFTS)]
        flags_out.write_text(json.dumps({"shifts": shifts, "verdicts": per_article,
                                         "hints": hints, "fits": fits}),
                             encoding="utf-8")
    return {
        "corpus": corpus,
        "articles": n,
        "tense": "spacy parse" if parse else "word heuristic (no spaCy)",
        "seconds": round(time.perf_counter() - t0, 1),
        "false_alarm_rate": round(flagged["true"] / n, 4) if n else None,
        "recall": {k: round(v / n, 4) for k, v in flagged.items() if k != "true"} if n else {},
        "contradicted_share": {k: round(v / n, 4) for k, v in contradicted.items()} if n else {},
        "estimate_on_flagged_shifts": {
            "flagged": moved["flagged"],
            "closer_to_true_dct": round(moved["closer"] / moved["flagged"], 4)
            if moved["flagged"]
            else None,
            "within_7_days_of_true_dct": round(moved["exact_or_within_7d"] / moved["flagged"], 4)
            if moved["flagged"]
            else None,
        },
    }


def _score_estimate(
    moved: dict[str, int], text: str, stated: date, true: date, doc: object
) -> None:
    """Does estimate_dct move a flagged, shifted date back toward the true one?"""
    art = Article(id="bench", text=text, dct=stated)
    est = estimate_dct(Annotation(article=art), doc)
    if est is None:
        return
    moved["flagged"] += 1
    moved["closer"] += abs((est - true).days) < abs((stated - true).days)
    moved["exact_or_within_7d"] += abs((est - true).days) <= 7


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--parse", action="store_true", help="tense from the spaCy parse")
    ap.add_argument("--json", type=Path, help="write the figures here as JSON")
    ap.add_argument("--show-alarms", action="store_true", help="list false alarms on stderr")
    ap.add_argument("--corpus", choices=("te3", "silver", "t17"), default="te3")
    ap.add_argument("--sample", type=int, default=0, help="check a random sample of N articles")
    ap.add_argument("--seed", type=int, default=17, help="seed of the sample")
    ap.add_argument("--half", choices=("A", "B"), default="", help="even (A) or odd (B) files")
    ap.add_argument("--verdicts", type=Path,
                    help="write each article's verdict at every date here (JSON, for "
                         "bench_corpus_dates.py)")
    args = ap.parse_args(argv)
    data = args.data if args.corpus != "t17" or args.data != DEFAULT_DATA else DEFAULT_T17
    if not data.is_dir():
        print(f"no data under {data}", file=sys.stderr)
        return 2
    res = run(data, args.parse, args.show_alarms, args.corpus, args.sample, args.seed, args.half,
              args.verdicts)
    print(json.dumps(res, indent=2))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
