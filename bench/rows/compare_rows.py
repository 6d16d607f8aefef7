"""Compare two runs of bench/rows/eval_rows.sh: every merge row's precision/recall side by
side (changed ones marked), and the other row files diffed line by line.

Usage: python bench/rows/compare_rows.py BEFORE/res AFTER/res
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


def main(before: Path, after: Path) -> int:
    for fa in sorted(before.glob("merge_*.txt")):
        rb = merge_rows(after / fa.name)
        for key, (p, r) in merge_rows(fa).items():
            new = rb.get(key)
            shown = "missing" if new is None else f"{new[0]:.3f}/{new[1]:.3f}"
            mark = "" if new == (p, r) else "   <== changed"
            print(f"{fa.stem[6:]:8} {key:40} {p:.3f}/{r:.3f} -> {shown}{mark}")
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
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
