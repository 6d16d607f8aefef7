"""The README's command table names every option of every command, and no option a command
lacks: a row is a command's usage line, so an option added or renamed without its row
leaves the README telling less than ``-h``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.core import TyperGroup
from typer.main import get_command

from dateline.cli import app

ROOT = Path(__file__).resolve().parents[2]
_CLI = get_command(app)
COMMANDS = _CLI.commands if isinstance(_CLI, TyperGroup) else {}


def _usage_cells() -> dict[str, str]:
    """Each command's usage cells of the README's command table, joined ('run' has one
    row, 'timeline' two: the timeline and its summary)."""
    cells: dict[str, str] = {}
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `dateline ([\w-]+)(.*?)` \|", line)
        if m and m.group(1) in COMMANDS:
            cells[m.group(1)] = cells.get(m.group(1), "") + " " + line.split("` |")[0]
    return cells


def _options(command) -> list[list[str]]:
    """The option names of a command (and of its subcommands), each option's forms together
    ('--quiet', '-q'; '--merge', '--no-merge')."""
    found = [p.opts + p.secondary_opts for p in command.params
             if any(o.startswith("-") for o in p.opts)]
    for sub in getattr(command, "commands", {}).values():
        found += _options(sub)
    return [[o for o in forms if o not in ("-h", "--help")] for forms in found]


def _named(cell: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", cell))


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_readme_row_names_every_option(name):
    cell = _usage_cells().get(name)
    assert cell is not None, f"no README row for dateline {name}"
    named = _named(cell)
    missing = [forms for forms in _options(COMMANDS[name]) if forms and not named & set(forms)]
    assert missing == [], f"dateline {name}: README row lacks {missing}"
    known = {o for forms in _options(COMMANDS[name]) for o in forms}
    assert named <= known, f"dateline {name}: README names {sorted(named - known)}"

