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


def main(args: list[str] | None = None) -> None:
    """The console script: typer's own usage errors (an unknown option, a missing argument,
    a value out of range) are one ``error:`` line like every other error, exit code 2."""
    import sys

    from rich.markup import escape

    from dateline.cli._common import fail

    try:
        code = app(args=args, prog_name="dateline", standalone_mode=False)
    except typer.TyperException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # the help is already printed
            sys.exit(exc.exit_code)
        ctx = getattr(exc, "ctx", None)
        hint = f" (see {ctx.command_path} -h)" if ctx is not None else ""
        sys.exit(fail(escape(exc.format_message()) + hint, exc.exit_code).exit_code)
    except typer.Abort:
        sys.exit(fail("interrupted", 130).exit_code)
    sys.exit(code if isinstance(code, int) else 0)
