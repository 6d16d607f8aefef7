"""Peak memory of a command and everything it starts (RSS of the whole process tree).

Used by ``bench/bench_memory.py`` and the large-corpus test: a run's memory is
the client plus its spaCy or Dask worker processes, so the tree is summed at
each sample. Sampling (default every 0.1 s) can miss a spike shorter than
the interval; for a streaming run the steady state is what matters.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from typing import Any

from dateline.errors import DatelineError


def _tree_rss(proc: Any) -> int:
    import psutil

    total = 0
    try:
        family = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in family:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue  # exited between listing and reading
    return total


def run_measured(
    cmd: Sequence[str], env: Mapping[str, str] | None = None, interval: float = 0.1,
    timeout: float | None = None,
) -> dict[str, Any]:
    """Run ``cmd`` to completion, sampling the RSS of its process tree.

    Returns ``peak_rss`` (bytes, whole tree), ``peak_main_rss`` (the command's
    own process), ``seconds`` and ``samples``. Raises when the command fails.
    """
    import psutil

    t0 = time.perf_counter()
    errfile = tempfile.TemporaryFile(mode="w+")  # a pipe left unread could fill and block it
    proc = subprocess.Popen(list(cmd), env=dict(env) if env else None,
                            stdout=subprocess.DEVNULL, stderr=errfile, text=True)
    ps = psutil.Process(proc.pid)
    peak = peak_main = samples = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(ps))
        try:
            peak_main = max(peak_main, ps.memory_info().rss)
        except psutil.Error:
            pass
        samples += 1
        if timeout is not None and time.perf_counter() - t0 > timeout:
            proc.kill()
            proc.wait()
            errfile.close()
            raise DatelineError(f"{cmd[0]}: still running after {timeout:.0f}s")
        time.sleep(interval)
    proc.wait()
    errfile.seek(0)
    err = errfile.read()
    errfile.close()
    if proc.returncode != 0:
        raise DatelineError(f"command failed ({proc.returncode}): {err[-2000:]}")
    return {"peak_rss": peak, "peak_main_rss": peak_main,
            "seconds": time.perf_counter() - t0, "samples": samples}
