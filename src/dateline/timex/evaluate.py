"""TempEval-3 Task A scoring (our implementation of the TE3 metrics).

Per corpus (counts summed over documents, only TIMEX3 inside ``<TEXT>``):

* strict span P/R/F1: exact character span matches;
* relaxed span P/R/F1: overlapping spans (one-to-one, largest overlap first);
* attribute F1 (type, value, mod) = relaxed F1 x attribute accuracy over the
  relaxed matches, as in the TE3 scorer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import InputError
from dateline.model import Timex
from dateline.timex.timeml import GoldTimex, read_tml


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    mod_ok: int = 0
    docs: int = 0
    words: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)


def match_relaxed(gold: Sequence[GoldTimex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index) of overlapping spans."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                pairs.append((-ov, gi, si))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _ov, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gi, si))
    return sorted(out)


def score_document(c: Counts, gold: Sequence[GoldTimex], system: Sequence[Timex],
                   name: str = "", keep_errors: bool = False) -> None:
    """Add one document's counts to ``c``."""
    c.docs += 1
    c.gold += len(gold)
    c.system += len(system)
    gspans = {(g.start, g.end) for g in gold}
    c.strict += sum((s.start, s.end) in gspans for s in system)
    pairs = match_relaxed(gold, system)
    c.relaxed += len(pairs)
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        c.type_ok += g.type == s.type
        c.value_ok += g.value == s.value
        c.mod_ok += (g.mod or None) == (s.mod or None)
        same = (g.value, g.type, g.start, g.end) == (s.value, s.type, s.start, s.end)
        if keep_errors and not same:
            c.errors.append({"doc": name, "kind": "mismatch",
                             "gold": (g.text, g.type, g.value, g.mod),
                             "system": (s.text, s.type, s.value, s.mod, s.rule)})
    if keep_errors:
        mg = {gi for gi, _ in pairs}
        ms = {si for _, si in pairs}
        for gi, g in enumerate(gold):
            if gi not in mg:
                c.errors.append({"doc": name, "kind": "missed",
                                 "gold": (g.text, g.type, g.value, g.mod)})
        for si, s in enumerate(system):
            if si not in ms:
                c.errors.append({"doc": name, "kind": "spurious",
                                 "system": (s.text, s.type, s.value, s.mod, s.rule)})


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def figures(c: Counts) -> dict[str, Any]:
    sp, sr, sf = _prf(c.strict, c.system, c.gold)
    rp, rr, rf = _prf(c.relaxed, c.system, c.gold)

    def attr(ok: int) -> float:
        return rf * (ok / c.relaxed) if c.relaxed else 0.0

    return {
        "documents": c.docs, "words": c.words, "gold": c.gold, "system": c.system,
        "strict_matches": c.strict, "relaxed_matches": c.relaxed,
        "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
        "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
        "type_accuracy": 100 * c.type_ok / c.relaxed if c.relaxed else 0.0,
        "value_accuracy": 100 * c.value_ok / c.relaxed if c.relaxed else 0.0,
        "type_f1": attr(c.type_ok), "value_f1": attr(c.value_ok), "mod_f1": attr(c.mod_ok),
    }


def tml_files(gold_dir: str | Path) -> list[Path]:
    root = Path(gold_dir)
    if not root.is_dir():
        raise InputError(str(root), None, "not a directory")
    files = sorted(root.rglob("*.tml"))
    if not files:
        raise InputError(str(root), None, "no .tml files")
    return files


def evaluate_folder(gold_dirs: str | Path | Iterable[str | Path], use_spacy: bool = False,
                    nlp: Any = None, keep_errors: bool = False) -> dict[str, Any]:
    """``dateline eval tempeval GOLD_DIR``: tag every ``.tml`` (TEXT only) and score it.

    ``gold_dirs`` may be one folder or several (scored as one corpus; sub-folders
    are searched). Returns :func:`figures` (plus ``errors`` when asked, ``unreadable``,
    'PATH: why' for each file that could not be read and was left out, and ``warnings``,
    'PATH: what' for each file read all the same -- not UTF-8, not well-formed XML --,
    when there are any).
    """
    from dateline.timex import tag

    dirs = [gold_dirs] if isinstance(gold_dirs, str | Path) else list(gold_dirs)
    if use_spacy and nlp is None:
        from dateline.config import Settings
        from dateline.pipeline import load_nlp

        nlp = load_nlp(Settings().model)
    c = Counts()
    unreadable: list[str] = []
    warnings: list[str] = []
    for d in dirs:
        for path in tml_files(d):
            try:  # one file that cannot be read is named and left out; the rest are scored
                doc = read_tml(path)
            except InputError as exc:
                unreadable.append(str(exc))
                continue
            warnings += [f"{path}: {w}" for w in doc.warnings]
            sdoc = nlp(doc.text) if use_spacy and nlp is not None else None
            system = tag(doc.text, doc.dct, sdoc)
            c.words += len(doc.text.split())
            score_document(c, doc.gold, system, path.name, keep_errors)
    out = figures(c)
    if unreadable:
        out["unreadable"] = unreadable
    if warnings:
        out["warnings"] = warnings
    if keep_errors:
        out["errors"] = c.errors
    return out


def format_table(fig: dict[str, Any]) -> str:
    """Plain-text table of :func:`figures` (what ``dateline eval tempeval`` prints)."""
    rows = [
        ("strict span", fig["strict_precision"], fig["strict_recall"], fig["strict_f1"]),
        ("relaxed span", fig["relaxed_precision"], fig["relaxed_recall"], fig["relaxed_f1"]),
    ]
    head = f"docs={fig['documents']} gold={fig['gold']} system={fig['system']}"
    lines = [f"TempEval-3 Task A  {head}",
             f"{'':14}{'P':>8}{'R':>8}{'F1':>8}"]
    lines += [f"{n:14}{p:8.2f}{r:8.2f}{f:8.2f}" for n, p, r, f in rows]
    for key in ("type", "value", "mod"):
        acc = fig.get(f"{key}_accuracy")
        tail = f"   (accuracy {acc:.2f})" if acc is not None else ""
        lines.append(f"{key + ' F1':14}{'':16}{fig[key + '_f1']:8.2f}{tail}")
    return "\n".join(lines)
