"""One self-contained HTML page: template, styles, script and data inlined.

Article text is untrusted. It never goes through the HTML parser as markup:
the data sits in a ``<script type="application/json">`` block with ``<``,
``>``, ``&`` and U+2028/9 escaped as ``\\uXXXX`` (so no ``</script>`` can end
the block early), and the page script builds every node with ``textContent``.
Only the title is put into markup, through :func:`html.escape`.
"""

from __future__ import annotations

import html
import json
import os
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.errors import DatelineError
from dateline.report.payload import payload_for

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dateline.store import Store
    from dateline.timeline import TimelineEntry

_SLOT = re.compile(r"\{\{([A-Z_]+)\}\}")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


@cache
def asset(name: str) -> str:
    """A file shipped in ``dateline/report/assets`` (package data)."""
    try:
        return resources.files("dateline.report").joinpath("assets", name).read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DatelineError(f"report asset {name!r} missing from the package: {exc}") from None


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element whatever strings it holds."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def _inline(code: str, kind: str) -> str:
    # Our own assets; a stray closing tag would end the element and must never ship.
    if re.search(rf"</{kind}", code, re.IGNORECASE):
        raise DatelineError(f"asset contains </{kind}>; cannot inline it")
    return code


def fill(template: str, slots: dict[str, str]) -> str:
    """Fill ``{{NAME}}`` slots in one pass (a value containing ``{{X}}`` stays literal)."""
    return _SLOT.sub(lambda m: slots[m.group(1)], template)


def page(template: str, title: str, data: Any, script: str) -> str:
    """A page from one of the templates with the shared styles and ``script`` inlined."""
    return fill(asset(template), {
        "TITLE": html.escape(title, quote=True),
        "CSS": _inline(asset("report.css"), "style"),
        "JS": _inline(asset(script), "script"),
        "DATA": json_for_script(data),
    })


def render_report(
    store_or_entries: Store | Iterable[TimelineEntry | dict[str, Any]],
    title: str = "dateline timeline",
    article_base: str | None = None,
    **filters: Any,
) -> str:
    """The timeline report as one HTML string.

    ``store_or_entries`` is an open :class:`~dateline.store.Store` or timeline
    entries (``TimelineEntry`` or their ``to_dict()`` form). ``filters``:
    ``entity``, ``since``, ``until`` (dates or ISO strings), ``query``, ``types``,
    ``limit``. ``article_base`` (the web app's ``/article/``) makes each source
    link to its article page.
    """
    data = payload_for(store_or_entries, title=title, article_base=article_base, **filters)
    return page("report.html", title, data, "report.js")


def write_report(
    store_or_entries: Store | Iterable[TimelineEntry | dict[str, Any]],
    out: str | os.PathLike[str],
    title: str = "dateline timeline",
    **filters: Any,
) -> Path:
    """Render the report and write it to ``out`` (UTF-8); returns the path."""
    path = Path(out)
    text = render_report(store_or_entries, title=title, **filters)
    try:
        if path.parent != Path(""):
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DatelineError(f"{path}: cannot write report: {exc}") from None
    return path
