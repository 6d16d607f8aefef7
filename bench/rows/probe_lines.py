"""Every PLOVER probe line's coded root at a checkout, one TSV row a line, in one process.

Usage: PYTHONPATH=CHECKOUT/src python bench/rows/probe_lines.py OUT.tsv
Rows: file, line number, expected root, most salient root found (NONE for no event). The last
line printed is the total right over every bench/plover_probes*.txt file (the README's "our own
probe sentences" figure). Compare two checkouts with ``diff A.tsv B.tsv``: a changed row is a
probe line whose coding moved. One process loads spaCy once, so this is faster than
bench/rows/probe_files.sh's one run per file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dateline.events import code_events_jsonl

BENCH = Path(__file__).resolve().parent.parent


def probe_rows(path: Path) -> list[tuple[int, str, str]]:
    """(line number, sentence, expected root) of each probe line of ``path``."""
    rows = []
    for n, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if ln.strip() and not ln.startswith("#"):
            text, want = ln.rsplit("|", 1)
            rows.append((n, text.strip(), want.strip()))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    right = total = 0
    with open(argv[0], "w", encoding="utf-8") as out:
        for path in sorted(BENCH.glob("plover_probes*.txt")):
            rows = probe_rows(path)
            coded = code_events_jsonl([json.dumps({"text": t}) for _, t, _ in rows])
            for (n, _, want), o in zip(rows, coded, strict=True):
                got = o["events"][0]["root"] if o.get("events") else "NONE"
                out.write(f"{path.name}\t{n}\t{want}\t{got}\n")
                right += got == want
                total += 1
    print(f"{right}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
