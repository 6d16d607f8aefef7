"""Occurrences a story recalls by a name its store ties to a past year: 'the 1989 Corvane
Star spill' told once, then 'the Corvane Meridian spill' or 'the spill from the Corvane Meridian' in
a report of this year's spill is that old spill, not the story's own, however alike the
wording. A name alone does not say so (the story's own rig or ship is named the same way);
the store's other sentences do, when they tie the name to a year long before the article.

The table (``recalled_names``, store migration v11) is derived data:
:func:`dateline.merge.recalled_table.refresh` brings it up to date with the store's
sentences before each merge (:func:`dateline.merge.persist.update`), :func:`past_names`
reads the names it keeps, :func:`dateline.merge.store.store_mentions` gives each occurrence
mention the name its own phrase recalls (``Mention.recalled``), and :func:`recalled_leave`,
a pass over the merge's finished groups (:meth:`dateline.merge.cluster.EventMerger.
_groups`), takes a mention recalling an old occurrence out of the story's group
(:func:`recalled_apart`). rules.json ``recalled_*``
(the nouns, site words, words dropped, limits) and ``recalled_examples`` (invented
sentences a test runs)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from dateline.merge.dates import ANCHORED
from dateline.merge.eject import regroup
from dateline.merge.mention import Mention
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_offset
from dateline.model import OCCURRENCE
from dateline.store.schema import scalar

if TYPE_CHECKING:
    import duckdb

Key = tuple[str, str]
#: a mention's scored pairs, as the merger reads them (EventMerger._row)
Scored = Callable[[Key], Iterable[tuple[Key, float]]]

#: a year as written (1800-2099), the one a tie names; lone_tellings reads it too
YEAR = r"(1[89]\d\d|20\d\d)"
#: a capitalised word of a name (no bracket token such as '-RRB-', which starts with '-')
_CAP = r"(?:[A-Z][\w'.]*(?:-\w+)*|[IVX]+)"
#: a word of a mention's phrase as :func:`recalled_name` reads it
_WORD = re.compile(r"[\w'.]+(?:-\w+)*|-[A-Z]{3}-")

#: one row of the table: name or alias, the name it stands for, the latest past year the
#: store ties it to, how many sentences tie it, how many sentences name it
Row = tuple[str, str, int, int, int]


def _patterns(r: Rules) -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(sorted(r.words("recalled_nouns"), key=len, reverse=True))
    sites = "|".join(sorted(r.words("recalled_sites"), key=len, reverse=True))
    name = rf"(?<![\w-])({_CAP}(?:\s+{_CAP}){{0,3}})"
    between = rf"(?:(?:{sites})\s+)?"
    return (re.compile(rf"\b[Tt]he\s+{YEAR}\s+{name}\s+{between}(?:{nouns})\b"),
            re.compile(rf"{name}\s+{between}(?:{nouns})\s+(?:in|of)\s+{YEAR}\b"))


def ties(text: str, year: int, r: Rules) -> list[tuple[str, int]]:
    """The names a sentence of an article written in ``year`` ties to an earlier year, each
    with that year, lower-cased: 'the 1989 Corvane Meridian spill' or 'the Corvane Meridian tanker
    spill in 1989' (a ``recalled_nouns`` noun after the name, a ``recalled_sites`` word
    between allowed); leading ``recalled_not`` words and possessives and trailing site words
    are dropped from the name."""
    first, second = r.derived("recalled_patterns", _patterns)
    drop, sites = r.words("recalled_not"), r.words("recalled_sites")
    out: list[tuple[str, int]] = []
    for pattern, year_at, name_at in ((first, 1, 2), (second, 2, 1)):
        for found in pattern.finditer(text):
            told = int(found.group(year_at))
            words = found.group(name_at).split()
            while words and (words[0].lower() in drop or words[0].endswith("'s")):
                words = words[1:]
            while words and words[-1].lower() in sites:
                words = words[:-1]
            if words and told < year:
                out.append((" ".join(words).lower(), told))
    return out


def table_rows(sentences: Iterable[tuple[str, int | None]], r: Rules) -> list[Row]:
    """The table's rows from every sentence of a store with its article's year: each name
    some sentence ties to a past year (:func:`ties`; three letters or more), and its first and
    last word as aliases (:func:`key_holders`), each with the name it stands for, the latest
    year, the ties of the names holding it and the sentences naming it (:func:`rows_of`).
    ``sentences`` is read twice, for the ties and then for the sentences naming each key (a
    list, or a query run again: :mod:`dateline.merge.recalled_table` reads a store so, an
    article at a time)."""
    tied, latest = tally_ties(sentences, r)
    keys = key_holders(tied, r)
    if not keys:
        return []
    return rows_of(keys, tied, latest, naming_counts((text for text, _ in sentences), keys))


def tally_ties(sentences: Iterable[tuple[str, int | None]], r: Rules,
               ) -> tuple[Counter[str], dict[str, int]]:
    """(the ties of each name the sentences tie to a past year, the latest year of each):
    a sentence of an undated article ties none."""
    tied: Counter[str] = Counter()
    latest: dict[str, int] = {}
    for text, year in sentences:
        if year is None:
            continue
        for name, told in ties(text, year, r):
            tied[name] += 1
            latest[name] = max(latest.get(name, told), told)
    return tied, latest


def key_holders(names: Iterable[str], r: Rules) -> dict[str, set[str]]:
    """The table's keys, each with the tied names holding it: a name of three letters or
    more, and its first and last word as aliases (five letters or more, not a
    ``recalled_not`` word)."""
    drop = r.words("recalled_not")
    out: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        for key in {name, words[0], words[-1]} - {name}:
            if len(key) >= 5 and key not in drop:
                out.setdefault(key, set()).add(name)
        if len(name) >= 3:
            out.setdefault(name, set()).add(name)
    return out


def naming_counts(texts: Iterable[str], keys: Iterable[str]) -> Counter[str]:
    """How many of ``texts`` name each of ``keys`` (:func:`named_in`)."""
    whole = whole_words(keys)
    out: Counter[str] = Counter()
    for text in texts:
        out.update(named_in(text, whole))
    return out


def whole_words(keys: Iterable[str]) -> dict[str, re.Pattern[str]]:
    """Each key with the pattern finding it as a whole word (for :func:`named_in`)."""
    return {key: re.compile(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])") for key in keys}


def named_in(text: str, whole: Mapping[str, re.Pattern[str]]) -> list[str]:
    """The keys of :func:`whole_words` that ``text`` names as a whole word, in any case."""
    t = text.lower()
    return [key for key, found in whole.items() if key in t and found.search(t)]


def rows_of(keys: Mapping[str, set[str]], tied: Mapping[str, int], latest: Mapping[str, int],
            named: Mapping[str, int]) -> list[Row]:
    """The table's rows, by key: the name it stands for (of the names holding it, the one
    tied most), the latest year, the ties of the names holding it, the sentences naming it."""
    out: list[Row] = []
    for key, names in sorted(keys.items()):
        label = max(names, key=lambda n: (tied[n], n))
        out.append((key, label, max(latest[n] for n in names), sum(tied[n] for n in names),
                    named.get(key, 0)))
    return out


def past_names(rows: Iterable[Row], r: Rules) -> dict[str, tuple[str, int]]:
    """The names the merge reads: name or alias -> (the name it stands for, latest year),
    of the rows whose ties are at least ``limits.recalled_share`` of the sentences naming it
    (a name the story itself goes by is tied to a past year by a sentence or two among
    hundreds naming it: 'the 1918 flu' in a flu story); empty when the veto is off."""
    if not r.limits.get("recalled_veto"):
        return {}
    share = float(r.limits["recalled_share"])
    return {key: (label, year) for key, label, year, tied, naming in rows
            if tied >= share * max(naming, 1)}


def stored_past_names(con: duckdb.DuckDBPyConnection, r: Rules) -> dict[str, tuple[str, int]]:
    """:func:`past_names` of the store's table (none in a file older than v11, which a
    read-only connection does not migrate: bench/eval_merge.py reads stores so)."""
    if not scalar(con, "SELECT count(*) FROM information_schema.tables "
                  "WHERE table_name = 'recalled_names'"):
        return {}
    return past_names(con.execute("SELECT * FROM recalled_names ORDER BY name").fetchall(), r)


def fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """A hash of the table: kept merge pairs scored under another table are stale."""
    h = hashlib.sha1()
    for row in con.execute("SELECT * FROM recalled_names ORDER BY name").fetchall():
        h.update(repr(row).encode())
    return h.hexdigest()[:16]


def recalled_name(m: Mention, past: dict[str, tuple[str, int]], r: Rules) -> str | None:
    """What ``Mention.recalled`` holds for ``m`` given its store's :func:`past_names`: None
    for a mention that is no occurrence or a store with no such names; else the name its own
    phrase recalls, or '' for none. Its phrase: the run of capitalised words, figures and
    ``recalled_sites`` words right before its trigger (``limits.recalled_before`` words at
    most: 'the Corvane Meridian oil spill'; none after a ``recalled_measures`` word: 'one
    Corvane Meridian spill every week' measures the story's own), and the capitalised words
    after a ``recalled_after_words`` word and determiners right after it ('the spill from the
    Corvane Meridian'). A name or alias of the table within that run recalls it when the year
    tied to it lies ``limits.recalled_years`` or more before the article's."""
    if m.type != OCCURRENCE or not past:
        return None
    s = m.sentence or ""
    at = trigger_offset(m)
    if at < 0 or m.dct is None:
        return ""
    sites = r.words("recalled_sites")
    run: list[str] = []
    before = _WORD.findall(s[:at])[-int(r.limits["recalled_before"]):]
    for w in reversed(before):
        if not (w[:1].isupper() or w.isdigit() or w.lower() in sites) or _modifier(w):
            if w.lower() in r.words("recalled_measures"):
                run = []  # 'one Valdez spill every week': a measure of the story's own
            break
        run.insert(0, w.lower())
    after = _WORD.findall(s[at + (m.end - m.start):])
    if after and after[0].lower() in r.words("recalled_after_words"):
        i = 1
        while i < len(after) and after[i].lower() in r.words("site_determiners"):
            i += 1
        names = []
        while i < len(after) and after[i][:1].isupper():
            names.append(after[i].lower())
            i += 1
        run += ["|"] + names if names else []
    return named_past(run, past, m.dct, int(r.limits["recalled_years"]))


def _modifier(word: str) -> bool:
    """A bracket token ('-LRB-') or a compound ending in a word in lower case: a name made
    a measure or a likeness ('a Corvane-size spill', 'a Meridian-like leak') names the
    story's own occurrence by another's."""
    return word.startswith("-") or ("-" in word and word.rsplit("-", 1)[1][:1].islower())


def named_past(run: list[str], past: dict[str, tuple[str, int]], dct: date, years: int) -> str:
    """The longest name of ``past`` standing in ``run`` whose year is ``years`` or more
    before ``dct``'s, as the name it stands for; '' for none."""
    for key in sorted(past, key=lambda k: (-len(k), k)):
        label, year = past[key]
        words = key.split()
        n = len(words)
        if dct.year - year >= years and any(run[i:i + n] == words
                                             for i in range(len(run) - n + 1)):
            return label
    return ""


def recalled_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two occurrences of one class from stores that name past occurrences, one of them
    recalling a past one by name and the other not, or another: 'the Corvane Meridian spill'
    recalled in a report of this year's spill is that one (limits.recalled_veto). An
    occurrence recalling none whose own clause dates it ``limits.recalled_years`` or more
    before its article ('the 1989 spill') is an old one too: not apart (dates tell it)."""
    if not r.limits.get("recalled_veto") or a.recalled is None or b.recalled is None:
        return False
    if a.recalled == b.recalled or a.occurrence_class != b.occurrence_class:
        return False
    years = int(r.limits["recalled_years"])
    return not any(not m.recalled and _dated_long_before(m, years) for m in (a, b))


def _dated_long_before(m: Mention, years: int) -> bool:
    """Its own date lies ``years`` or more before its article's: an old occurrence too, told
    without its name ('the 1989 spill'), which the dates tell apart from the story's."""
    return (m.date_start is not None and m.dct is not None and m.time_how in ANCHORED
            and m.dct.year - m.date_start.year >= years)


def recalled_leave(groups: list[list[Key]], mentions: Mapping[Key, Mention], r: Rules,
                   row: Scored) -> list[list[Key]]:
    """Each finished group less the occurrences that recall a past occurrence the group's
    other occurrences of their class do not (:func:`recalled_apart` with one of them): they
    leave, and those of one name form groups of their own by their scored pairs at the
    threshold, else stand alone. A pass over the finished groups, not a veto while they
    form: the old occurrence's wording often ties it to the story's reports, and taking
    its pairs out while the groups form regroups the story's own reports around it (a
    day's reports that joined the story's group through it part from it); each group alone
    decides (the result stays independent of order and batches)."""
    if not r.limits.get("recalled_veto"):
        return groups
    out: list[list[Key]] = []
    for g in groups:
        named = [k for k in g if mentions[k].recalled]
        if not named or len(g) < 2:
            out.append(g)
            continue
        gone = {k for k in named if any(recalled_apart(mentions[k], mentions[o], r)
                                        for o in g if o != k)}
        if not gone:
            out.append(g)
            continue
        out.append([k for k in g if k not in gone])
        by_name: dict[str | None, list[Key]] = {}
        for k in sorted(gone):
            by_name.setdefault(mentions[k].recalled, []).append(k)
        for part in by_name.values():
            out.extend(regroup(part, r, row))
    return sorted(out)

