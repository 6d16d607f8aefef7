"""A model-free spaCy pipeline, saved once to disk so ``Settings(model=path)`` can name it.

Blank English tokenizer, the rule sentencizer, and an attribute ruler that
marks every token with a placeholder dependency label: the entity stage asks
for ``doc.noun_chunks``, which refuses a doc without a dependency parse, and a
label with no POS tags yields no chunks. Every stage then runs (timex, numbers,
quotes find what rules alone find; entities and events come out mostly empty)
at a small fraction of the statistical model's cost. Use it where the pipeline's
plumbing matters, not its accuracy: crash tests, memory benchmarks.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path


def lite_model(folder: str | os.PathLike[str] | None = None) -> Path:
    """The lite pipeline's folder (built on first use); pass it as ``Settings(model=...)``.

    The default folder is per spaCy version under the temp dir, so concurrent
    callers share one copy; it is written to a private folder and renamed into
    place so no caller ever loads half a pipeline.
    """
    import spacy

    target = Path(folder) if folder else Path(tempfile.gettempdir()) / (
        f"dateline-lite-en-{spacy.__version__}"
    )
    if (target / "config.cfg").exists():
        return target
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{}]], {"DEP": "dep"})  # type: ignore[attr-defined]
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}")
    nlp.to_disk(tmp)
    try:
        os.replace(tmp, target)
    except OSError:  # another process won the race; its copy is the same
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return target

