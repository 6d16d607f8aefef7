"""No article text in the project: tracked files and commit messages against ../shared.

    .venv/bin/python bench/check_copies.py                # every tracked file, every message
    .venv/bin/python bench/check_copies.py --since COMMIT # lines and messages since COMMIT
    .venv/bin/python bench/check_copies.py --width 32     # shorter pieces (stock phrases too)
    .venv/bin/python bench/check_copies.py --words 6      # runs of six words instead of characters
    .venv/bin/python bench/check_copies.py --tree         # tracked files now, whole (six words)

The data may be read, never copied into the project (tests, rule examples, docstrings, commit
messages). Every ``--width``-character piece of the project's text, lower-cased with punctuation
and spacing folded (so tokenised copies such as "world 's" match "world's"), is looked up while
the data's texts are scanned: the seed, the Timeline17 articles and timelines, the socialtimeline
updates, PolNeAR, TimeBank/AQUAINT/silver, the SemEval trial texts and the PLOVER records. Each
hit prints the project file (or COMMIT MSG), the data file, and the project line; exit 1 when any.
``--words N`` keys the same lookup by runs of N folded words: the rule is "no run of six words in
common", which 45-character pieces can miss (six short words span fewer characters); six-word runs
also catch stock phrases of news prose, so read each hit before rewording it. ``--tree`` reads
the tracked files of the checkout as they are now, each file whole, so a run that a line break
splits (a wrapped docstring, a test sentence over two string literals) is found too; it prints
``path:line`` of the run's first word (runs of ``--words`` words, six unless given).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"


def norm(text: str) -> str:
    return re.sub(r" +", " ", re.sub(r"[^0-9a-z]+", " ", text.lower())).strip()


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def shingles(text: str, width: int, words: int) -> Iterator[str]:
    """The folded text's ``width``-character pieces, or its runs of ``words`` words when set."""
    n = norm(text)
    if words:
        w = n.split()
        for i in range(len(w) - words + 1):
            yield " ".join(w[i:i + words])
    else:
        for i in range(len(n) - width + 1):
            yield n[i:i + width]


def project_pieces(since: str, width: int, words: int = 0) -> dict[str, tuple[str, str]]:
    """piece -> (where, line) for added lines since ``since`` and its commit messages."""
    pieces: dict[str, tuple[str, str]] = {}

    def add(where: str, line: str) -> None:
        for piece in shingles(line, width, words):
            pieces.setdefault(piece, (where, line.strip()[:200]))

    where = ""
    for line in git("diff", f"{since}..HEAD", "--unified=0", "--", ".").splitlines():
        if line.startswith("+++ "):
            where = line[6:]
        elif line.startswith("+") and not line.startswith("+++"):
            add(where, line[1:])
    for line in git("log", f"{since}..HEAD" if since != EMPTY_TREE else "HEAD",
                    "--format=%B").splitlines():
        add("COMMIT MSG", line)
    return pieces


def tree_pieces(words: int, root: Path = ROOT) -> dict[str, tuple[str, str]]:
    """run -> (path:line, line) for every tracked text file of ``root`` as it is now, each file
    folded whole so that runs across line breaks count (the line is the run's first word's)."""
    pieces: dict[str, tuple[str, str]] = {}
    files = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True,
                           check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        try:
            lines = (root / name).read_text(encoding="utf-8").splitlines()
        except (UnicodeDecodeError, OSError):  # binary files, a deleted-but-tracked path
            continue
        toks = [(w, i) for i, line in enumerate(lines) for w in norm(line).split()]
        for k in range(len(toks) - words + 1):
            run = " ".join(w for w, _ in toks[k:k + words])
            i = toks[k][1]
            pieces.setdefault(run, (f"{name}:{i + 1}", lines[i].strip()[:200]))
    return pieces


def strip_tags(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def data_texts(shared: Path) -> Iterator[tuple[str, str]]:
    data = shared / "data"
    for path in sorted((shared / "seed").glob("*.txt")):
        yield str(path), read(path)
    for path in sorted(data.glob("t17-dev/*/articles.jsonl")):
        for line in read(path).splitlines():
            if line.strip():
                yield str(path), json.loads(line).get("text", "")
    for path in sorted(data.glob("t17-dev/*/timelines.jsonl")):
        yield str(path), read(path)
    for path in sorted(data.glob("background-summaries-socialtimeline/events/*/*.tsv")):
        yield str(path), read(path)
    for path in sorted(data.glob("polnear-train/**/*.txt")):
        yield str(path), read(path)
    for path in sorted(data.glob("tempeval3/**/*.tml")):
        yield str(path), strip_tags(read(path))
    for path in sorted(data.glob("semeval2015-task4-trial/Corpus-trial-data_task4/**/*")):
        if path.is_file():
            yield str(path), strip_tags(read(path))
    gsr = data / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
    if gsr.exists():
        for rec in json.loads(read(gsr)):
            yield str(gsr), f"{rec.get('text', '')} {rec.get('eventText', '')}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--since", default=EMPTY_TREE, help="a commit (default: the whole history)")
    ap.add_argument("--width", type=int, default=45)
    ap.add_argument("--words", type=int, default=0, help="runs of N words instead of characters")
    ap.add_argument("--tree", action="store_true",
                    help="the tracked files as they are now, whole (runs across line breaks)")
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)
    if args.tree:
        args.words = args.words or 6
    if not (args.shared / "data").is_dir():
        print(f"no data under {args.shared}: nothing to compare with", file=sys.stderr)
        return 2
    pieces = (tree_pieces(args.words) if args.tree
              else project_pieces(args.since, args.width, args.words))
    hits: dict[tuple[str, str], str] = {}
    for source, text in data_texts(args.shared):
        for piece in shingles(text, args.width, args.words):
            got = pieces.get(piece)
            if got is not None and got not in hits:
                hits[got] = source
    for (where, line), source in sorted(hits.items()):
        print(f"{where} <- {source}\n    {line}")
    unit = f"run of {args.words} words" if args.words else f"{args.width}-character piece"
    print(f"{len(hits)} project lines share a {unit} with the data", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
