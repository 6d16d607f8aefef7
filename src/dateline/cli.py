"""Command-line interface (placeholder; the full CLI lands with the store)."""

from __future__ import annotations


def main() -> None:
    raise SystemExit(0)
