"""Raw HTTP requests to the test server."""

from __future__ import annotations

import http.client
import json


def get(server, path: str, method: str = "GET"):
    """A raw request: the path goes on the wire exactly as given (no client normalising)."""
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=20)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        conn.endheaders()
        resp = conn.getresponse()
        body = resp.read().decode("utf-8")
    finally:
        conn.close()
    return resp.status, resp.getheader("Content-Type") or "", body


def get_json(server, path: str):
    status, ctype, body = get(server, path)
    assert ctype.startswith("application/json")
    return status, json.loads(body)
