"""Compare two runs of bench/rows/eval_rows.sh: every merge row's precision/recall side by
side (changed ones marked), and the other row files diffed line by line.

Usage: python bench/rows/compare_rows.py BEFORE/res AFTER/res [--show-blind]

The held-out halves of the blind sets (rows mjhb, bpgwb, bbcw and h1n1gb, and foxr's within set) are
judges read once by the lead: their figures are shown only as 'same' or 'changed' unless
--show-blind is given, so comparing runs never prints them by accident.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path


def merge_rows(path: Path) -> dict[str, tuple[float, float]]:
    """The {key: (precision, recall)} of one eval_merge.py output (its JSON report)."""
    if not path.exists():
        return {}
    text = path.read_text()
    try:
        report = json.loads(text[text.find("{"):text.rfind("}") + 1])
    except json.JSONDecodeError:
        return {}
    return {k: (v["precision"], v["recall"]) for k, v in report.items()
            if isinstance(v, dict) and "precision" in v}


# row -> does this key hold a blind held-out figure? (the ':dev' halves are for tuning)
BLIND = {
    "mjhb": lambda key: not key.endswith(":dev"),
    "bpgwb": lambda key: not key.endswith(":dev"),
    "foxr": lambda key: "within" in key and not key.endswith(":dev"),
    "bbcw": lambda key: not key.endswith(":dev"),
    "h1n1gb": lambda key: not key.endswith(":dev"),
}


def blind(row: str, key: str) -> bool:
    """Whether the figure of this row's key is a blind held-out half."""
    hidden = BLIND.get(row)
    return hidden is not None and hidden(key)


def main(before: Path, after: Path, show_blind: bool = False) -> int:
    for fa in sorted(before.glob("merge_*.txt")):
        rb = merge_rows(after / fa.name)
        row = fa.stem[6:]
        for key, (p, r) in merge_rows(fa).items():
            new = rb.get(key)
            mark = "" if new == (p, r) else "   <== changed"
            if blind(row, key) and not show_blind:
                print(f"{row:8} {key:40} (blind) {'same' if not mark else 'changed'}")
                continue
            shown = "missing" if new is None else f"{new[0]:.3f}/{new[1]:.3f}"
            print(f"{row:8} {key:40} {p:.3f}/{r:.3f} -> {shown}{mark}")
    for fa in sorted(before.glob("*.txt")):
        if fa.name.startswith("merge_"):
            continue
        fb = after / fa.name
        if not fb.exists():
            print(f"== {fa.name}: missing in {after}")
            continue
        diff = [d for d in difflib.unified_diff(fa.read_text().splitlines(),
                                                fb.read_text().splitlines(), lineterm="", n=0)
                if not d.startswith(("---", "+++", "@@"))]
        print(f"== {fa.name}: " + (f"{len(diff)} lines differ" if diff else "identical"))
        for d in diff[:40]:
            print("   ", d[:200])
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--show-blind"]
    if len(args) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(args[0]), Path(args[1]), show_blind="--show-blind" in sys.argv[1:]))
