"""Which stored names an ``--entity`` query means.

A researcher types the name they know: 'René Préval', 'President Obama', 'BP plc',
'British Petroleum'. The articles say 'Rene Preval', 'Obama', 'BP'. The whole-word
match over stored names (:func:`dateline.store.queries.matching_names`) is widened
here, with the store's own entity mentions as the evidence (lexicon:
``data/store/entity_query.json``):

* letters are compared without accents;
* leading titles and trailing legal suffixes are dropped from the query when what is
  left is a name the store's entities carry ('General Motors' keeps 'General');
* a short form the articles link to a matched name ('Obama' in an article that first
  says 'Barack Obama') is that name's, when most of the short form's linked mentions
  go to it, and is matched exactly (with titles before it: 'mr obama');
* an acronym and its long form are one entity when one article names both;
* a title before a surname the store never carries alone ('Mayor Varnek' when the
  articles say 'Anna Varnek') is the person of that surname, when one person carries it
  or one has ``surname_dominance`` times the mentions of any other; several alike: none,
  and :func:`ambiguous_person` names them (the CLI says so on stderr);
* a full name finds its surname alone where no article links the two (short updates),
  by the same dominance;
* a name the entity stage files under another ('IDF' under its state's) finds the
  sentences that use it as written (:func:`folded_mentions`).
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from dateline.store.rows import name_key

if TYPE_CHECKING:
    import duckdb


def _norm_sql(col: str) -> str:
    """SQL for a column normalised like :func:`query_key` (lower case, punctuation runs
    -> one space, no accents)."""
    return f"strip_accents(trim(regexp_replace(lower({col}), '[^\\pL\\pN]+', ' ', 'g')))"


def _holds_any(col: str, words: Iterable[str]) -> tuple[str, list[str]]:
    """SQL and parameters: ``col`` lower-cased, accents stripped, holds one of ``words``.
    The cheap substring test that goes before the normalising regexps of :func:`_norm_sql`,
    so those run on few rows of a big store (a 1M-event timeline query)."""
    ws = sorted(set(words))
    return "(" + " OR ".join(f"contains(strip_accents(lower({col})), ?)" for _ in ws) + ")", ws


@dataclass(frozen=True, slots=True)
class _Lexicon:
    titles: frozenset[str]
    title_len: int
    suffixes: frozenset[str]
    skip: frozenset[str]
    dominance: float


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    from dateline.entities.resources import titles

    raw = files("dateline.data").joinpath("store").joinpath("entity_query.json")
    data = json.loads(raw.read_text(encoding="utf-8"))
    lex = titles()
    phrases = {k for t in (*lex.titles, *lex.modifiers, *data["honorifics"])
               if (k := query_key(t))}
    return _Lexicon(
        titles=frozenset(phrases),
        title_len=max(len(p.split()) for p in phrases),
        suffixes=frozenset(data["legal_suffixes"]),
        skip=frozenset(data["acronym_skip"]),
        dominance=float(data["surname_dominance"]),
    )


def fold(text: str) -> str:
    """``text`` without accents ('René Préval' -> 'Rene Preval')."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_key(name: str | None) -> str | None:
    """A name as the entity filter compares it: :func:`name_key` without accents."""
    return name_key(fold(name)) if name else None


def _title_at(words: list[str], i: int, lex: _Lexicon) -> int:
    """How many words from ``i`` on make one title phrase (0: none)."""
    for n in range(min(lex.title_len, len(words) - i), 0, -1):
        if " ".join(words[i:i + n]) in lex.titles:
            return n
    return 0


def _untitled(words: list[str], lex: _Lexicon) -> int:
    """Index of the first word after the leading titles (the last word always stays)."""
    i = 0
    while i < len(words) - 1:
        n = _title_at(words, i, lex)
        if not n or i + n >= len(words):
            break
        i += n
    return i


def query_forms(entity: str, known: Callable[[str], bool]) -> list[str]:
    """The query's key, then the key without leading titles and trailing legal suffixes
    when ``known`` (a name the store's entities carry) says that is a name."""
    key = query_key(entity)
    if key is None:
        return []
    lex = _lexicon()
    words = key.split()
    i, j = _untitled(words, lex), len(words)
    while j - 1 > i and words[j - 1] in lex.suffixes:
        j -= 1
    core = " ".join(words[i:j])
    return [key, core] if core != key and known(core) else [key]


def _initials(key: str, lex: _Lexicon) -> str:
    words = [w for w in key.split() if w not in lex.skip]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def names_containing(con: duckdb.DuckDBPyConnection, forms: Iterable[str]) -> set[str]:
    """Stored names holding one of ``forms`` as whole words (accents ignored)."""
    pads = sorted({f" {f} " for f in forms if f})
    if not pads:
        return set()
    test = " OR ".join("contains(' ' || strip_accents(name) || ' ', ?)" for _ in pads)
    rows = con.execute(f"SELECT name FROM names WHERE {test}", pads).fetchall()
    return {r[0] for r in rows}


def _known(con: duckdb.DuckDBPyConnection, key: str) -> bool:
    last = key.split()[-1]
    row = con.execute(
        f"SELECT 1 FROM entities WHERE contains(lower(canonical), ?) "
        f"AND {_norm_sql('canonical')} = ? LIMIT 1",
        [last, key],
    ).fetchone()
    return row is not None


def _short_forms(con: duckdb.DuckDBPyConnection, base: set[str]) -> set[str]:
    """Short names the articles link to a matched name and mostly to it."""
    if not base:
        return set()
    t, c = _norm_sql("text"), _norm_sql("canonical")
    cheap, lasts = _holds_any("canonical", (b.split()[-1] for b in base))
    rows = con.execute(
        f"SELECT DISTINCT {t} AS t, {c} AS c FROM (SELECT DISTINCT text, canonical "
        f"FROM entities WHERE label = 'PERSON' AND {cheap}) "
        f"WHERE {c} IN (SELECT unnest(?::VARCHAR[])) AND {t} <> {c}",
        [*lasts, sorted(base)],
    ).fetchall()
    short = {s for s, long in rows
             if s and long.endswith(" " + s) and _untitled(long.split(), _lexicon()) == 0}
    if not short:
        return _lone_surnames(con, base)
    links: dict[str, Counter[str]] = defaultdict(Counter)
    person: Counter[str] = Counter()
    for s, long, is_person, n in con.execute(
        f"SELECT {t} AS t, {c} AS c, label = 'PERSON', count(*) FROM entities "
        f"WHERE {t} IN (SELECT unnest(?::VARCHAR[])) GROUP BY ALL",
        [sorted(short)],
    ).fetchall():
        person[s] += n if is_person else -n
        if long != s:
            links[s][long] += n
    out = set()
    for s, counts in links.items():
        (top, n), *rest = counts.most_common(2) + [("", 0)]
        if top in base and n > rest[0][1] and person[s] > 0:
            out.add(s)
    return out


def _lone_surnames(con: duckdb.DuckDBPyConnection, base: set[str]) -> set[str]:
    """The surname of a matched full PERSON name when articles that never give the full
    name call someone by it alone ('Netanyahu' in short updates, 'Benjamin Netanyahu'
    in three others: no article links the two) and the full name is the only PERSON of
    that surname, or is named ``surname_dominance`` times as often as the next."""
    c = _norm_sql("canonical")
    lex = _lexicon()
    out = set()
    for long in base:
        words = long.split()
        if len(words) < 2 or _untitled(words, lex) != 0:
            continue
        last = words[-1]
        # a surname no event names on its own would find nothing: an exact lookup in the
        # distinct names spares the scan of every entity mention (a 1M-event store)
        if con.execute("SELECT 1 FROM names WHERE name = ?", [last]).fetchone() is None:
            continue
        rows = con.execute(
            f"SELECT {c} AS c, count(*) FROM entities WHERE label = 'PERSON' "
            f"AND contains(lower(canonical), ?) AND ({c} = ? OR ends_with({c}, ?)) GROUP BY ALL",
            [last, last, " " + last],
        ).fetchall()
        counts = dict(rows)
        if long not in counts or not counts.get(last):
            continue
        others = sorted((n for name, n in counts.items() if name not in (long, last)),
                        reverse=True)
        if not others or counts[long] >= lex.dominance * others[0]:
            out.add(last)
    return out


def _titled(con: duckdb.DuckDBPyConnection, shorts: set[str]) -> set[str]:
    """Stored names that are one of ``shorts``, titles before it allowed ('mr obama')."""
    lex = _lexicon()
    out = set()
    for name in names_containing(con, shorts):
        words = fold(name).split()
        if words and words[-1] == "s" and len(words) > 1:  # possessive: 'obama s'
            words = words[:-1]
        i = _untitled(words, lex)
        if " ".join(words[i:]) in shorts:
            out.add(name)
    return out


@dataclass(frozen=True, slots=True)
class Surname:
    """The people a title + surname query may mean ('Dr Chan')."""

    surname: str
    #: (full name as the articles most often write it, PERSON mentions), most first
    people: tuple[tuple[str, int], ...]
    #: the key of the person meant (see :func:`surname_people`); None: none or several alike
    chosen: str | None


def surname_people(con: duckdb.DuckDBPyConnection, entity: str) -> Surname | None:
    """The PERSON entities whose last name ``entity`` is, when it is titles + a name the
    store's entities never carry alone ('Mayor Varnek', the articles saying 'Anna
    Varnek'); None for any other query. Names are compared without titles ('Mrs Chan' is
    no other person; 'President Anna Varnek' is Anna Varnek's). The person meant is the
    only one, or the one with ``surname_dominance`` (entity_query.json) times the mentions
    of the next."""
    key = query_key(entity)
    if key is None:
        return None
    lex = _lexicon()
    words = key.split()
    i = _untitled(words, lex)
    if i == 0:
        return None
    core = " ".join(words[i:])
    if _known(con, core):
        return None
    c = _norm_sql("canonical")
    rows = con.execute(
        f"SELECT {c} AS c, mode(canonical), count(*) FROM entities "
        f"WHERE label = 'PERSON' AND contains(lower(canonical), ?) AND ends_with({c}, ?) "
        "GROUP BY ALL",
        [words[-1], " " + core],
    ).fetchall()
    counts: Counter[str] = Counter()
    shown: dict[str, tuple[int, str]] = {}
    for name, written, n in rows:
        full = name.split()
        full = full[_untitled(full, lex):]
        name = " ".join(full)
        if name == core or not name.endswith(" " + core):
            continue
        counts[name] += n
        shown[name] = max(shown.get(name, (0, "")), (n, written))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    people = tuple((shown[name][1], n) for name, n in ranked)
    chosen = None
    if len(ranked) == 1 or (ranked and ranked[0][1] >= lex.dominance * ranked[1][1]):
        chosen = ranked[0][0]
    return Surname(core, people, chosen)


def ambiguous_person(con: duckdb.DuckDBPyConnection, entity: str) -> Surname | None:
    """The people a title + surname query leaves open ('Dr Okafor': Tomas and Lena Okafor
    alike often), for the caller to name; None when the query means one or is no such
    query."""
    found = surname_people(con, entity)
    return found if found is not None and found.chosen is None and found.people else None


def _forms(con: duckdb.DuckDBPyConnection, entity: str) -> list[str]:
    """:func:`query_forms` against the store's entities and, for a title + surname the
    store never carries alone, the key of the person it means (:func:`surname_people`)."""
    forms = query_forms(entity, lambda key: _known(con, key))
    if len(forms) != 1:
        return forms
    found = surname_people(con, entity)
    return forms + [found.chosen] if found is not None and found.chosen else forms


def long_forms(con: duckdb.DuckDBPyConnection, acronym: str) -> set[str]:
    """Names whose initials are ``acronym`` and that the articles name in one sentence
    with it: at least twice, and at least half as often as the likeliest such name
    ('british petroleum' 21 sentences with 'BP'; 'bgc partners' 4 is someone else)."""
    lex = _lexicon()
    t, c = _norm_sql("a.text"), _norm_sql("l.canonical")
    cheap, _ = _holds_any("a.text", [acronym])
    rows = con.execute(
        f"SELECT {c} AS c, count(DISTINCT (l.article_id, l.sentence)) FROM entities a "
        "JOIN entities l ON a.article_id = l.article_id AND a.sentence = l.sentence "
        f"WHERE {cheap} AND {t} = ? AND starts_with({c}, ?) "
        f"AND contains({c}, ' ') GROUP BY ALL",
        [acronym, acronym, acronym[0]],
    ).fetchall()
    counts = {long: n for long, n in rows
              if _initials(long, lex) == acronym and acronym not in long.split()}
    top = max(counts.values(), default=0)
    return {long for long, n in counts.items() if n >= 2 and 2 * n >= top}


def _acronyms(con: duckdb.DuckDBPyConnection, entity: str, core: str) -> set[str]:
    """The other side of an acronym: 'bp' for 'british petroleum', and back."""
    initials = _initials(core, _lexicon())
    if 2 <= len(initials) <= 6:
        # the caller keeps the stored names holding the acronym: when none does, the
        # scan of every mention for it (long_forms) would change nothing
        if not names_containing(con, [initials]):
            return set()
        return {initials} if core in long_forms(con, initials) else set()
    written = {query_key(w): w for w in entity.split()}.get(core, "")
    if " " in core or not 2 <= len(core) <= 6 or not written.isupper():
        return set()
    return long_forms(con, core)


def matching_names(con: duckdb.DuckDBPyConnection, entity: str) -> list[str]:
    """Every stored name ``entity`` means (see the module's doc); empty when none."""
    forms = _forms(con, entity)
    if not forms:
        return []
    base = names_containing(con, forms)
    # a full name no event sentence holds may still be called by its surname in others
    seeds = base or ({forms[-1]} if _known(con, forms[-1]) else set())
    if not seeds:
        return []
    base |= names_containing(con, _acronyms(con, entity, forms[-1]))
    return sorted(base | _titled(con, _short_forms(con, seeds)))


def mention_sql(col: str = "text") -> str:
    """SQL for a mention's words as :func:`folded_mentions` compares them: normalised like
    :func:`query_key`, a leading article dropped ('The IDF' -> 'idf')."""
    return f"regexp_replace({_norm_sql(col)}, '^(the|a|an) ', '')"


def folded_mentions(con: duckdb.DuckDBPyConnection, entity: str) -> list[str]:
    """What the articles call ``entity`` where the entity stage filed it under another name.

    'IDF' and 'the Israel Defense Forces' are mentions of the state's army that
    ``data/entities/states.json`` files under 'Israel' (as the White House is the United
    States'); the stored names then hold 'israel', never 'idf', and a query for the army
    found only the odd 'IDF soldiers'. The answer: the query's forms as mention texts
    (a leading article dropped, compared as :func:`query_key` compares), with the other
    side of an acronym when both are filed under one name ('israel defense forces' and
    'idf'), kept only where a mention's name differs from its text. The caller matches
    the sentences holding such a mention (:func:`dateline.store.queries.event_filter`);
    empty for a query whose mentions keep their own name (the usual case)."""
    forms = [f for f in query_forms(entity, lambda key: _known(con, key)) if f]
    if not forms:
        return []
    words = forms[-1].split()
    if words[0] in ("the", "a", "an") and len(words) > 1:
        forms.append(" ".join(words[1:]))
    m, c = mention_sql(), _norm_sql("canonical")
    cheap, lasts = _holds_any("text", (f.split()[-1] for f in forms))
    # the regexps run on the distinct (text, name) pairs, not on every mention row
    rows = con.execute(
        f"SELECT {m} AS m, {c} AS c, sum(n) FROM (SELECT text, canonical, count(*) AS n "
        f"FROM entities WHERE {cheap} GROUP BY ALL) "
        f"WHERE {m} IN (SELECT unnest(?::VARCHAR[])) GROUP BY ALL",
        [*lasts, sorted(set(forms))],
    ).fetchall()
    found = {mention for mention, canon, _n in rows if mention != canon}
    homes = {canon for mention, canon, _n in rows if mention != canon}
    if not found or not homes:
        return []
    lex = _lexicon()
    core = forms[-1]
    initials = _initials(core, lex)
    written = {query_key(w): w for w in entity.split()}.get(core, "")
    acronym = initials if 2 <= len(initials) <= 6 else (
        core if " " not in core and 2 <= len(core) <= 6 and written.isupper() else "")
    if acronym:
        # the acronym's other side, filed under the same name as the query's mentions
        home_words = sorted({h.split()[-1] for h in homes})
        cheap = " OR ".join("contains(lower(canonical), ?)" for _ in home_words)
        for mention, canon in con.execute(
            f"SELECT DISTINCT {m} AS m, {c} AS c FROM entities "
            f"WHERE ({cheap}) AND starts_with({m}, ?) AND {c} IN (SELECT unnest(?::VARCHAR[]))",
            [*home_words, acronym[0], sorted(homes)],
        ).fetchall():
            if mention != canon and (mention == acronym or _initials(mention, lex) == acronym):
                found.add(mention)
    return sorted(found)


def speaker_forms(con: duckdb.DuckDBPyConnection, speaker: str) -> list[str]:
    """What a ``quotes --speaker`` query looks for in speaker names: the query's forms
    (titles and legal suffixes dropped) and the short forms the articles use for it."""
    forms = _forms(con, speaker)
    if not forms:
        return []
    return sorted(set(forms) | _short_forms(con, {forms[-1]}))
