"""``dateline serve``: a small read-only local web app over a store.

Bound to 127.0.0.1 by default; opens the store read-only per request (see
:mod:`dateline.serve.db` for why, and for the 503 when a writer holds it).
"""

from __future__ import annotations

from dateline.serve.app import DatelineServer, make_server, serve
from dateline.serve.db import StoreBusy

__all__ = ["DatelineServer", "StoreBusy", "make_server", "serve"]
