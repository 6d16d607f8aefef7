"""Draw a blind batch of news sentences for a PLOVER probe audit (issue 4): TE3-Silver wire
(``--corpus silver``, the default), PolNeAR political news or Timeline17 articles.

Usage: .venv/bin/python bench/draw_plover_probes.py [--seed 69] [--n 60] [--parity even|odd|any]
           [--corpus silver|polnear|t17] [--half A|B] [--data PATH] [--drawn FILE]
           [--cues FILE] [--out FILE]
       .venv/bin/python bench/draw_plover_probes.py --half A --seed 43 --recover PROBE_FILE

The pool: every sentence of TE3-Silver half B (odd files, as bench/bench_datecheck.py's
``--half B`` orders them; ``--half A``: the even files) that names two or more distinct spaCy
GPE/NORP/ORG/PERSON entities, has 6-60 words, and whose sha1 (of the sentence text, whitespace
collapsed) ends in a hex digit of the given parity (sessions 50-54 drew only odd ones). Left out,
by document: any document one of whose candidate sentences shares 60% or more of its lower-case
content words and figures with a line of an existing bench/plover_probes_*wire*.txt file, and any
document an earlier batch drew (bench/data/plover_drawn_docs.txt, under a seed lower than
``--seed``: a paraphrase shares too few words with its sentence for the overlap test to see it).
The documents listed under ``--seed`` or a later seed skip the overlap test: none was near a probe
line when drawn, but a paraphrase may keep enough of its own sentence's words for the test to see
it once its file is written, and a replay must draw as it did. The remaining documents (file order)
are shuffled with random.Random(seed), and one candidate sentence per document is drawn by the same
generator, until ``n`` are drawn.

Half A was read before the list began, by the draws of silverwire (Random(43)), realwire7
(Random(62)) and realwire8 (Random(64)), which kept no list of their documents. ``--recover FILE
--seed S`` prints a 'S DOC' line for each document of ``--half`` holding the sentence nearest to
a line of the probe file FILE (sharing 25% or more of the line's lower-case content words other
than capitalised ones: the names are invented, so a paraphrase keeps few words of its sentence,
and the 60% test above sees none of them); those lines, under those seeds, are in the list.

``--corpus polnear``: the PolNeAR train articles in the order bench/eval_polnear.py's
``articles('train')`` takes them, less its positions 560-699 (the attribution check set, read by
nobody; the dev split never); ``--corpus t17``: every Timeline17 dev article as
bench/bench_datecheck.py's ``load_t17`` takes them. Same candidate filter (two or more distinct
entities, 6-60 words), no sha1 parity unless ``--parity`` names one, and ``--half`` is silver's
alone. Their documents are named with the corpus (``polnear:<position>`` in that order, zero-padded,
``t17:<topic>/<id>``) in the draw and in the drawn-docs list, whose unprefixed lines are silver's.

``--cues FILE`` (one cue a line, '#' comments) keeps only the candidate sentences holding a cue
as a whole word or phrase, case-insensitive (inflections are their own lines): a batch aimed at
a few roots, its cue list written from the codebook before the draw. Documents left with no
candidate drop out before the shuffle.

The draw holds real wire text: print it (or ``--out``) to a scratch folder, never into the
repository; the probe files keep paraphrases only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_datecheck import DEFAULT_DATA, DEFAULT_T17, SILVER, load, load_t17  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DRAWN = ROOT / "bench" / "data" / "plover_drawn_docs.txt"
LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
CORPORA = ("silver", "polnear", "t17")
# PolNeAR train positions bench/eval_polnear.py's attribution check reads: no probe draws them.
POLNEAR_CHECK = range(560, 700)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*")


def content_words(text: str, stop: Iterable[str]) -> set[str]:
    """The lower-case content words and figures of ``text`` (stop words left out)."""
    stops = set(stop)
    return {w for w in _WORD.findall(text.lower()) if w not in stops}


def overlap(cand: set[str], line: set[str]) -> float:
    """The share of the candidate's content words and figures that ``line`` also has."""
    return len(cand & line) / len(cand) if cand else 0.0


def probe_lines(root: Path = ROOT) -> list[str]:
    """The sentences of every existing bench/plover_probes_*wire*.txt file."""
    lines = []
    for path in sorted((root / "bench").glob("plover_probes_*wire*.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip() and not raw.startswith("#"):
                lines.append(raw.rsplit("|", 1)[0])
    return lines


def _drawn(path: Path) -> list[tuple[int, str]]:
    """The (seed, document) pairs of ``path``'s 'SEED DOC' lines."""
    if not path.exists():
        return []
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            prior, name = raw.split(None, 1)
            out.append((int(prior), name.strip()))
    return out


def drawn_before(seed: int, path: Path = DRAWN) -> set[str]:
    """The documents batches of a seed below ``seed`` drew ('SEED DOC' lines of ``path``)."""
    return {name for prior, name in _drawn(path) if prior < seed}


def drawn_since(seed: int, path: Path = DRAWN) -> set[str]:
    """The documents the batches of ``seed`` and later seeds drew. None was near a probe line
    when drawn, but a paraphrase may keep 60% of its sentence's content words (a market
    report's index names), so once the batch's probe file is written the overlap test would
    leave them out of a replay of this seed or an earlier one, and the shuffle would change."""
    return {name for prior, name in _drawn(path) if prior >= seed}


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def common_words(text: str, stop: Iterable[str]) -> set[str]:
    """``content_words`` of ``text`` less its capitalised words (a probe line's invented names)."""
    return content_words(" ".join(w for w in text.split() if not w[:1].isupper()), stop)


def recover(lines: list[str], docs: list[tuple[str, str]], stop: Iterable[str],
            limit: float = 0.25) -> list[str]:
    """The documents of ``docs`` holding the sentence nearest to each of ``lines`` (paraphrases
    of an earlier draw that kept no list), where it shares ``limit`` or more of the line's
    ``common_words``; in the order of ``lines``, each once."""
    stops = set(stop)
    sents = [(name, common_words(s, stops)) for name, text in docs
             for s in _SENTENCE.split(text) if len(s.split()) >= 5]
    out: list[str] = []
    for line in lines:
        words = common_words(line, stops)
        if not words or not sents:
            continue
        name, best = max(sents, key=lambda ns: overlap(words, ns[1]))
        if overlap(words, best) >= limit and name not in out:
            out.append(name)
    return out


def load_cues(path: Path) -> list[str]:
    """The cues of ``path``: one a line, blank lines and '#' comments skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [" ".join(raw.split()) for raw in lines if raw.strip() and not raw.startswith("#")]


def cue_pattern(cues: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any cue as a whole word or phrase (any run of
    spaces between a phrase's words; a hyphen or apostrophe next to a cue ends no word)."""
    alts = sorted({r"\s+".join(map(re.escape, cue.split())) for cue in cues}, key=len, reverse=True)
    return re.compile(r"(?<![\w'-])(?:" + "|".join(alts) + r")(?![\w'-])", re.IGNORECASE)


def keep_cued(cands: dict[str, list[str]], cues: Iterable[str]) -> dict[str, list[str]]:
    """``cands`` with only the sentences holding a cue; documents left with none dropped."""
    pat = cue_pattern(cues)
    kept = {name: [s for s in sents if pat.search(s)] for name, sents in cands.items()}
    return {name: sents for name, sents in kept.items() if sents}


def corpus_docs(corpus: str, data: Path | None, half: str = "B") -> list[tuple[str, str]]:
    """(document name, text) of ``corpus``'s pool, in file order; polnear and t17 names carry
    the corpus ('polnear:<position>', 't17:<topic>/<id>'), silver's stay bare file names. A
    PolNeAR file name is its article's headline (bench/check_copies.py finds it in the text), so
    its document goes by its position in ``articles('train')``, zero-padded: names sort as the
    file names do."""
    if corpus == "polnear":
        from eval_polnear import articles

        arts = articles("train", data=data)
        return [(f"polnear:{i:03d}", text) for i, (_, text, _) in enumerate(arts)
                if i not in POLNEAR_CHECK]
    if corpus == "t17":
        return [(f"t17:{name}", text) for name, _, text in load_t17(data or DEFAULT_T17)]
    docs = [(name, text) for name, _, text in load(data or DEFAULT_DATA, SILVER)]
    return docs[0::2] if half == "A" else docs[1::2]


def sha_parity(text: str) -> str:
    return "even" if int(hashlib.sha1(text.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 else "odd"


def candidates(docs: list[tuple[str, str]], parity: str, nlp: Any) -> dict[str, list[str]]:
    """Per document name, its candidate sentences in text order: 6-60 words naming two or more
    distinct GPE/NORP/ORG/PERSON entities, whose sha1 ends in a digit of ``parity`` (``any``:
    every one)."""
    out: dict[str, list[str]] = {}
    texts = (text for _, text in docs)
    for (name, _), doc in zip(docs, nlp.pipe(texts, batch_size=16), strict=True):
        for sent in doc.sents:
            text = " ".join(sent.text.split())
            if not 6 <= len(text.split()) <= 60:
                continue
            names = {" ".join(e.text.split()) for e in sent.ents if e.label_ in LABELS}
            if len(names) < 2 or parity != "any" and sha_parity(text) != parity:
                continue
            out.setdefault(name, []).append(text)
    return out


def draw(
    cands: dict[str, list[str]],
    seen: list[str],
    stop: Iterable[str],
    seed: int,
    n: int,
    limit: float = 0.6,
    skip: Iterable[str] = (),
    own: Iterable[str] = (),
) -> tuple[list[tuple[str, str]], list[str]]:
    """(the drawn (document, sentence) pairs, the documents left out: too near a probe line, or in
    ``skip``, the documents earlier batches drew). Documents in ``own``, those this seed's batch
    and later ones drew, are not tested against the probe lines, so a replay draws as it did."""
    skipped = set(skip)
    owned = set(own)
    stops = set(stop)
    seen_words = [content_words(line, stops) for line in seen]
    left_out = []
    pool = []
    for name in sorted(cands):
        near = name in skipped or name not in owned and any(
            overlap(cw, sw) >= limit
            for cw in (content_words(s, stops) for s in cands[name])
            for sw in seen_words
        )
        (left_out if near else pool).append(name)
    rng = random.Random(seed)
    rng.shuffle(pool)
    picked = [(name, rng.choice(cands[name])) for name in pool[:n]]
    return picked, left_out


def pool_name(corpus: str, half: str) -> str:
    return f"half {half}" if corpus == "silver" else corpus


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--seed", type=int, default=69)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--parity", choices=("even", "odd", "any"),
                    help="sha1 parity of the sentences kept (default: even for silver, any else)")
    ap.add_argument("--corpus", choices=CORPORA, default="silver")
    ap.add_argument("--half", choices=("A", "B"), default="B", help="silver's half")
    ap.add_argument("--data", type=Path, help="the corpus folder (default: ../shared/data/...)")
    ap.add_argument("--drawn", type=Path, default=DRAWN,
                    help="'SEED DOC' lines: documents earlier batches drew (lower seeds' left out)")
    ap.add_argument("--cues", type=Path,
                    help="keep only sentences holding one of this file's cues (one a line)")
    ap.add_argument("--out", type=Path, help="write the draw as JSON Lines here (a scratch folder)")
    ap.add_argument("--recover", type=Path,
                    help="print 'SEED DOC' for the documents this probe file's lines paraphrase")
    args = ap.parse_args(argv)

    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS

    from dateline.config import Settings

    parity = args.parity or ("even" if args.corpus == "silver" else "any")
    docs = corpus_docs(args.corpus, args.data, args.half)
    if args.recover:
        text = args.recover.read_text(encoding="utf-8")
        lines = [raw.rsplit("|", 1)[0] for raw in text.splitlines()
                 if raw.strip() and not raw.startswith("#")]
        for name in recover(lines, docs, STOP_WORDS):
            print(f"{args.seed} {name}")
        return 0
    nlp = spacy.load(Settings().model)
    cands = candidates(docs, parity, nlp)
    if args.cues:
        cands = keep_cued(cands, load_cues(args.cues))
    skip = drawn_before(args.seed, args.drawn)
    own = drawn_since(args.seed, args.drawn)
    picked, left_out = draw(cands, probe_lines(), STOP_WORDS, args.seed, args.n, skip=skip,
                            own=own)
    print(
        f"{pool_name(args.corpus, args.half)}: {len(docs)} documents, {len(cands)} with "
        f"{sum(map(len, cands.values()))} "
        f"candidate sentences ({parity} sha1{', with a cue' if args.cues else ''}); "
        f"{len(left_out)} left out as near a probe line "
        f"or drawn before ({len(skip & set(cands))} drawn before); "
        f"drew {len(picked)} with Random({args.seed})",
        file=sys.stderr,
    )
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    for name, text in picked:
        out.write(json.dumps({"doc": name, "text": text}, ensure_ascii=False) + "\n")
    if args.out:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
