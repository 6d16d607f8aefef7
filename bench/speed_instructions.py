"""Instructions, not seconds: the stages' work against bare spaCy's, counted by valgrind.

    python bench/speed_instructions.py [--n 24] [--stages events,quotes] [--cache P.spacy]

Why: on a shared host the wall clock and even process_time swing by +-15% from run to run
(other tenants take the CPU), so a refactor that saves 3% cannot be told from noise by
timing it. Valgrind's callgrind counts the instructions a process executes, which is the
same run after run (PYTHONHASHSEED is fixed), so two checkouts compare on one number each.
It is a proxy: an instruction is not a second (cache misses, branch misses), so #4's
target stays judged by ``bench/eval_plover.py --speed`` on an idle machine; this tells
whether a change cut the work and by how much.

Two processes run under callgrind, each counting only inside one ``functools.reduce``
call that holds the measured loop (``--toggle-collect`` on CPython's C function of that
name): loading the model, reading the data and warming up are never counted, and run
uninstrumented (``--instr-atstart=no``; ``callgrind_control -i on`` just before the loop),
so they cost minutes less.
- bare: spaCy parses the n articles (nlp.pipe, batch 32), as bare spaCy does in --speed;
- stages: the chosen stages run on those parses (from ``--cache``, or parsed uncounted);
  stages before the first chosen one run uncounted, so ``--stages events`` counts events
  (and any stage between the first and last chosen) on the same input the pipeline gives it.
The n articles are spread evenly over the 250 of ``annotation_digest.py``'s records, so
``--cache /tmp/.../t17_250.spacy`` (its DocBin) serves both scripts.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent / "rows"))

from annotation_digest import T17, records  # noqa: E402

from dateline.config import Settings  # noqa: E402
from dateline.ingest import article_from_text  # noqa: E402
from dateline.model import Annotation  # noqa: E402
from dateline.pipeline import STAGES, load_nlp  # noqa: E402

POOL = 250  # annotation_digest's default: 25 articles of each of its 10 source folders
COLLECTED = re.compile(r"Collected\s*:\s*([\d,]+)")


def _picked(n: int) -> list[int]:
    """n indexes spread evenly over the pool, so every source folder is in the sample."""
    return sorted({i * POOL // n for i in range(n)})


def _chosen(names: str) -> list[tuple[str, Any]]:
    """The pipeline's stages from the first named one to the last named one, in order."""
    order = [name for name, _ in STAGES]
    want = [s.strip() for s in names.split(",") if s.strip()] if names != "all" else order
    unknown = [s for s in want if s not in order]
    if unknown:
        raise SystemExit(f"unknown stage(s) {unknown}; the stages are {order}")
    lo, hi = min(order.index(s) for s in want), max(order.index(s) for s in want)
    return list(STAGES[lo:hi + 1])


def _instrument() -> None:
    """Switch callgrind's instrumentation on; it returns once valgrind has done so."""
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())],
                   check=True, capture_output=True)


def inner(mode: str, n: int, names: str, cache: Path | None) -> None:
    """The process valgrind watches: set up uncounted, then one counted reduce."""
    idx = _picked(n)
    recs = [records(POOL // 10)[i] for i in idx]
    nlp = load_nlp(Settings().model)
    texts = [r["text"] for r in recs]
    if mode == "bare":
        list(nlp.pipe(texts[:3]))  # warm-up: the tokenizer's cache and the model's first calls
        _instrument()
        functools.reduce(lambda acc, _: acc + len(list(nlp.pipe(texts, batch_size=32))), [0], 0)
        return
    if cache is not None:
        from spacy.tokens import DocBin

        every = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        docs = [every[i] for i in idx]
    else:
        docs = list(nlp.pipe(texts, batch_size=32))
    chosen = _chosen(names)
    before = list(STAGES[: [s for s, _ in STAGES].index(chosen[0][0])])

    def start(r: dict[str, str], doc: Any) -> Annotation:
        ann = Annotation(article=article_from_text(r["text"], dct=r["time"]))
        for _, stage in before:
            ann = stage(ann, doc)
        return ann

    for r, doc in zip(recs[:3], docs[:3], strict=True):  # warm-up: lexicons, compiled rules
        ann = start(r, doc)
        for _, stage in chosen:
            ann = stage(ann, doc)
    anns = [start(r, doc) for r, doc in zip(recs, docs, strict=True)]

    def one(acc: int, k: int) -> int:
        ann = anns[k]
        for _, stage in chosen:
            ann = stage(ann, docs[k])
        return acc + 1

    _instrument()
    functools.reduce(one, range(len(docs)), 0)


def counted(mode: str, a: argparse.Namespace) -> int:
    """Run ``inner(mode)`` under callgrind and return the instructions it counted."""
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no",
           "--toggle-collect=functools_reduce", "--callgrind-out-file=/dev/null",
           sys.executable, __file__, "--inner", mode, "--n", str(a.n), "--stages", a.stages]
    if a.cache:
        cmd += ["--cache", str(a.cache)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryFile(mode="w+") as err:
        run = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err, check=False)
        rc = run.returncode
        err.seek(0)
        log = err.read()
    m = COLLECTED.search(log)
    if rc != 0 or m is None:
        raise SystemExit(f"valgrind run of {mode} failed (rc {rc}):\n{log[-2000:]}")
    got = int(m.group(1).replace(",", ""))
    if got == 0:
        raise SystemExit("callgrind counted nothing: this Python's symbols are stripped "
                         "(functools_reduce not found), so the count cannot be scoped")
    return got


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=24, help="articles (spread over 250 t17-dev ones)")
    ap.add_argument("--stages", default="all", help="comma-separated stage names, or all")
    ap.add_argument("--cache", type=Path, help="annotation_digest.py's DocBin of the 250 parses")
    ap.add_argument("--no-bare", action="store_true", help="count the stages only")
    ap.add_argument("--inner", choices=("bare", "stages"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if not T17.exists():
        print(f"data absent: {T17}", file=sys.stderr)
        return 2
    if a.inner:
        inner(a.inner, a.n, a.stages, a.cache)
        return 0
    if subprocess.run(["valgrind", "--version"], capture_output=True, check=False).returncode:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    idx = _picked(a.n)
    pool = records(POOL // 10)
    words = sum(len(pool[i]["text"].split()) for i in idx)
    stages = counted("stages", a)
    print(f"articles={len(idx)} words={words} stages={a.stages}")
    print(f"stages: {stages:,} instructions ({stages / words:,.0f} a word)")
    if not a.no_bare:
        bare = counted("bare", a)
        print(f"bare spaCy: {bare:,} instructions ({bare / words:,.0f} a word)")
        print(f"bare / (bare + stages): {bare / (bare + stages):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
