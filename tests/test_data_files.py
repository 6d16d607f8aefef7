"""The package's data files: every JSON file parses with no key given twice.

Python's json keeps the last of two equal keys without a word, so a second
"examples" list in one lexicon entry silently hid the first from the tests
that run each entry's examples (session 73 found one in events/verbs.json).
"""

import json
from collections import Counter
from pathlib import Path

import pytest

import dateline

DATA = Path(dateline.__file__).parent / "data"
FILES = sorted(DATA.rglob("*.json"))


def _no_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    repeated = [key for key, n in Counter(key for key, _ in pairs).items() if n > 1]
    if repeated:
        raise ValueError(f"key given twice: {repeated}")
    return dict(pairs)


def test_the_data_folder_holds_json_files() -> None:
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_key_given_twice(path: Path) -> None:
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_repeats)


def test_the_check_finds_a_repeated_key() -> None:
    with pytest.raises(ValueError, match="examples"):
        json.loads('{"a": {"examples": [1], "examples": [2]}}', object_pairs_hook=_no_repeats)
