"""The ``dateline`` command: a thin typer layer over the library.

Data goes to stdout, progress and summaries to stderr. Exit codes: 0 success,
1 run error, 2 usage error. Errors are one line, never a traceback.
"""

from __future__ import annotations

import typer

from dateline.cli import analysis, corpus, crosscheck, disagree, entity, quotes, views

app = typer.Typer(
    name="dateline",
    help="Turn dated news articles into a sourced, dated record of what happened.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

corpus.register(app)
analysis.register(app)
views.register(app)
disagree.register(app)
crosscheck.register(app)
quotes.register(app)
entity.register(app)


def main() -> None:
    app(prog_name="dateline")
