"""A small read-only web app over a store (standard library ``http.server``).

Routes (GET and HEAD only):

- ``/``                      the timeline page (same view as the report; sources link to articles)
- ``/article/<id>``          one article with its annotations marked
- ``/api/timeline``          JSON: ``?entity=&since=&until=&q=&type=&limit=``
- ``/api/disagreements``     JSON: where sources disagree (numbers, dates, denials); same filters,
                             100 a page unless ``limit=N`` (or ``all``), ``offset=`` pages on
                             (``total``, ``next`` say how many and where the next page starts)
- ``/api/article/<id>``      JSON: the article, its text and annotation spans
- ``/assets/<name>``         the page assets, and nothing else

Paths are matched against these routes only; nothing is ever joined onto a
folder, so no file outside the assets can be served. Paths with ``..``
segments, backslashes or NUL (raw or percent-encoded) are refused with 400
before routing, anything else unknown is 404.
"""

from __future__ import annotations

import json
import logging
import re
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from dateline.errors import DatelineError, UsageError
from dateline.report.html import asset
from dateline.serve import pages
from dateline.serve.db import RETRY_SECONDS, StoreBusy, open_read_only

log = logging.getLogger("dateline.serve")

#: The only files /assets/ serves, with their content types.
ASSETS = {
    "report.css": "text/css; charset=utf-8",
    "report.js": "text/javascript; charset=utf-8",
    "article.js": "text/javascript; charset=utf-8",
}
_BAD_PATH = re.compile(r"(^|/)\.\.?(/|$)|\\|\x00")
_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class HTTPError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class DatelineServer(ThreadingHTTPServer):
    """The HTTP server; ``db`` is the store path, ``url`` where it listens."""

    daemon_threads = True

    def __init__(self, db: Path, host: str, port: int, retry_s: float = RETRY_SECONDS) -> None:
        self.db, self.retry_s = db, retry_s
        super().__init__((host, port), Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # The base class prints a traceback to stderr (a client that hung up, say);
        # a library logs instead.
        log.debug("connection from %s ended with an error", client_address, exc_info=True)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}/"


def _decoded_path(raw: str) -> str:
    """The request path, percent-decoded (twice: %252e%252e is still ``..``), checked."""
    parts = urlsplit(raw)
    if parts.scheme or parts.netloc or not raw.startswith("/") or raw.startswith("//"):
        raise HTTPError(HTTPStatus.BAD_REQUEST, "only plain paths are served")
    path = parts.path
    for candidate in (path, unquote(path), unquote(unquote(path))):
        if _BAD_PATH.search(candidate):
            raise HTTPError(HTTPStatus.BAD_REQUEST, "path leaves the app")
    return unquote(path)


class Handler(BaseHTTPRequestHandler):
    server: DatelineServer
    server_version = "dateline"
    sys_version = ""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(head=True)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.info("%s %s", self.address_string(), format % args)

    # --- dispatch ---

    def _answer(self, head: bool) -> None:
        try:
            status, ctype, body = self._route()
        except HTTPError as exc:
            status, ctype, body = exc.status, "application/json", _json({"error": exc.message})
        except StoreBusy as exc:
            status, ctype, body = (HTTPStatus.SERVICE_UNAVAILABLE, "application/json",
                                   _json({"error": str(exc), "retry": True}))
        except UsageError as exc:
            status, ctype, body = HTTPStatus.BAD_REQUEST, "application/json", _json(
                {"error": str(exc)})
        except DatelineError as exc:
            status, ctype, body = HTTPStatus.INTERNAL_SERVER_ERROR, "application/json", _json(
                {"error": str(exc)})
        except Exception as exc:  # a bug or a store problem: answer, log, keep serving
            log.exception("error answering %s", self.path)
            status, ctype, body = HTTPStatus.INTERNAL_SERVER_ERROR, "application/json", _json(
                {"error": f"internal error: {type(exc).__name__}"})
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", ctype if ";" in ctype else ctype + "; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for k, v in _SECURITY_HEADERS.items():
            self.send_header(k, v)
        if status == HTTPStatus.SERVICE_UNAVAILABLE:
            self.send_header("Retry-After", "2")
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _route(self) -> tuple[HTTPStatus, str, str]:
        path = _decoded_path(self.path)
        params = {k: v[-1] for k, v in parse_qs(urlsplit(self.path).query).items()}
        if path.startswith("/assets/"):
            name = path[len("/assets/"):]
            if name not in ASSETS:
                raise HTTPError(HTTPStatus.NOT_FOUND, "no such asset")
            return HTTPStatus.OK, ASSETS[name], asset(name)
        if path in ("/", "/index.html"):
            with self._store() as st:
                return HTTPStatus.OK, "text/html", pages.timeline_page(
                    pages.timeline_data(st, params))
        if path == "/api/timeline":
            with self._store() as st:
                return HTTPStatus.OK, "application/json", _json(pages.timeline_data(st, params))
        if path == "/api/disagreements":
            with self._store() as st:
                return HTTPStatus.OK, "application/json", _json(
                    pages.disagreement_data(st, params))
        for prefix, as_page in (("/article/", True), ("/api/article/", False)):
            if path.startswith(prefix) and len(path) > len(prefix):
                data = self._article(path[len(prefix):])
                if as_page:
                    return HTTPStatus.OK, "text/html", pages.article_page(data)
                return HTTPStatus.OK, "application/json", _json(data)
        raise HTTPError(HTTPStatus.NOT_FOUND, f"nothing at {path}")

    def _store(self) -> Any:
        return open_read_only(self.server.db, self.server.retry_s)

    def _article(self, article_id: str) -> dict[str, Any]:
        with self._store() as st:
            ann = st.annotation(article_id)
            weighed = st.weighed_date(article_id)
        if ann is None:
            raise HTTPError(HTTPStatus.NOT_FOUND, f"no article {article_id!r}")
        return pages.article_data(ann, *weighed)


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)


def make_server(
    db: str | Path, host: str = "127.0.0.1", port: int = 0, retry_s: float = RETRY_SECONDS
) -> DatelineServer:
    """A server bound to ``host:port`` (port 0: any free port; see ``.url``), not yet serving.

    The store must exist; it is opened read-only per request, never held open.
    """
    path = Path(db)
    if not path.is_file():
        raise UsageError(f"{path}: no such store")
    try:
        return DatelineServer(path, host, port, retry_s)
    except OSError as exc:
        raise DatelineError(f"cannot listen on {host}:{port}: {exc}") from None


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted (Ctrl-C returns normally)."""
    server = make_server(db, host, port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
