"""ingest.decode.unreadable: the one reject every reader gives for a file it cannot use."""

from __future__ import annotations

from dateline.ingest.decode import Undecodable, unreadable
from dateline.model import Reject


def test_a_file_not_read_or_not_text_is_one_error_naming_why() -> None:
    denied = unreadable("a.txt", PermissionError(13, "Permission denied", "a.txt"))
    assert denied == Reject("a.txt", None, "cannot read: Permission denied")
    binary = unreadable("b.tml", Undecodable("binary data (NUL bytes)"))
    assert binary == Reject("b.tml", None, "binary data (NUL bytes)", kind="error")
