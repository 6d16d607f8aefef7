"""PolNeAR attribution benchmark for dateline's quote stage.

Reads ../shared/data/polnear-train/{dev,train} (brat standoff: Source / Cue /
Content spans joined by Attribution events; ``--data DIR --split NAME`` reads any folder
laid out the same way, DIR/NAME/{text,attributions}, such as a held-out test split),
runs ``dateline.quotes.find`` on each article's text and reports, per role (source, cue, content)
(``--made-only``: the list the pipeline stores, without refusals and acts told with a cue verb,
which PolNeAR counts as attributions and a list of statements must not show):

* exact F1: predicted span == gold span (after trimming spaces and outer punctuation),
* overlap F1: any character overlap,

both matched one-to-one by a maximum bipartite matching (a greedy match in text
order undercounted: on train 561-700 it found 1 source and 6 content hits fewer),

plus speaker accuracy: among gold attributions whose content a prediction
overlaps, the share where the predicted source span overlaps the gold source.
Direct-quote fragments sharing one cue count as one attribution (PolNeAR
annotates a split quote as one discontinuous content span).

Articles with several annotators' files are scored once, against the first file.

    .venv/bin/python bench/eval_polnear.py --split dev [--limit N] [--show N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "polnear-train"

Span = tuple[tuple[int, int], ...]  # possibly discontinuous character ranges
_TRIM = " \t\r\n,.;:\u00a0"


@dataclass
class Attr:
    source: Span
    cue: Span
    content: Span


def _parse_ranges(field: str) -> Span:
    return tuple(
        (int(a), int(b)) for a, b in (part.split()[-2:] for part in field.split(";"))
    )


def load_ann(path: Path) -> list[Attr]:
    """Attributions of one .ann file (lines not starting T<n>/E<n> are text spill-over)."""
    spans: dict[str, tuple[str, Span]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if re.fullmatch(r"T\d+", parts[0]):
            label, _, rest = parts[1].partition(" ")
            try:
                spans[parts[0]] = (label, _parse_ranges(rest))
            except ValueError:
                continue
        elif re.fullmatch(r"E\d+", parts[0]):
            roles = dict(x.split(":", 1) for x in parts[1].split() if ":" in x)
            events.append(roles)
    out = []
    for roles in events:
        def get(role: str, roles: dict[str, str] = roles) -> Span:
            tid = roles.get(role)
            return spans[tid][1] if tid in spans else ()

        if get("Content") or get("Cue"):
            out.append(Attr(get("Source"), get("Cue"), get("Content")))
    return out


def articles(
    split: str, limit: int | None = None, skip: int = 0, data: Path | None = None
) -> list[tuple[str, str, list[Attr]]]:
    """(name, text, gold attributions) for a split, one annotator file per article."""
    base = (data or DATA) / split
    seen: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        seen.setdefault(stem, ann)
    out = []
    for stem, ann in sorted(seen.items())[skip:]:
        txt = base / "text" / f"{stem}.txt"
        if txt.exists():
            out.append((stem, txt.read_text(encoding="utf-8"), load_ann(ann)))
        if limit and len(out) >= limit:
            break
    return out


def _trim(text: str, span: Span) -> Span:
    out = []
    for a, b in span:
        while a < b and text[a] in _TRIM:
            a += 1
        while b > a and text[b - 1] in _TRIM:
            b -= 1
        if a < b:
            out.append((a, b))
    return tuple(out)


def _overlap(x: Span, y: Span) -> bool:
    return any(a < d and c < b for a, b in x for c, d in y)


def _match(gold: Sequence[Span], pred: Sequence[Span], exact: bool) -> int:
    """Size of a maximum one-to-one matching of gold to predicted spans (an edge where
    they are equal, or overlap): augmenting paths (Kuhn), so a prediction overlapping
    two gold spans never takes the one another prediction alone could match."""
    adj = [
        [j for j, p in enumerate(pred) if ((p == g) if exact else _overlap(p, g))]
        for g in gold
    ]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(gold)))


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    exact: int = 0
    overlap: int = 0

    def f1(self, hits: int) -> float:
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def predicted(text: str, quotes: Iterable) -> list[Attr]:
    """Group quote fragments sharing a cue into one attribution, as PolNeAR does."""
    groups: dict[object, Attr] = {}
    order: list[object] = []
    for i, q in enumerate(quotes):
        cue = ((q.cue_start, q.cue_end),) if q.cue_start is not None else ()
        src = ((q.speaker_start, q.speaker_end),) if q.speaker_start is not None else ()
        key: object = (cue, src) if cue else ("solo", i)
        if key in groups:
            a = groups[key]
            a.content = tuple(sorted(a.content + ((q.start, q.end),)))
        else:
            groups[key] = Attr(src, cue, ((q.start, q.end),))
            order.append(key)
    return [groups[k] for k in order]


def _nlp(model: str):
    """spaCy directly (not dateline.pipeline), so the benchmark needs only the quote stage."""
    import spacy

    return spacy.load(model)


def evaluate(
    split: str, limit: int | None, show: int, skip: int = 0, buckets: Buckets | None = None,
    data: Path | None = None, made_only: bool = False,
) -> dict[str, float]:
    from dateline import quotes
    from dateline.config import Settings

    nlp = _nlp(Settings().model)
    docs = articles(split, limit, skip, data)
    counts = {role: Counts() for role in ("source", "cue", "content")}
    spk_ok = spk_n = 0
    t0 = time.perf_counter()
    for name, text, gold in docs:
        doc = nlp(text)
        pred = predicted(text, quotes.find(text, doc, made_only=made_only))
        for role in counts:
            g = [_trim(text, getattr(a, role)) for a in gold if getattr(a, role)]
            p = [_trim(text, getattr(a, role)) for a in pred if getattr(a, role)]
            g, p = [x for x in g if x], [x for x in p if x]
            c = counts[role]
            c.gold += len(g)
            c.pred += len(p)
            c.exact += _match(g, p, exact=True)
            c.overlap += _match(g, p, exact=False)
        for a in gold:
            hit = next((p for p in pred if _overlap(p.content, a.content)), None)
            if hit is not None and a.source:
                spk_n += 1
                spk_ok += bool(hit.source) and _overlap(hit.source, a.source)
        if show:
            _show(name, text, gold, pred, show)
        if buckets is not None:
            _bucket(text, doc, gold, pred, buckets)
    secs = time.perf_counter() - t0
    res: dict[str, float] = {"articles": len(docs), "seconds": round(secs, 1)}
    for role, c in counts.items():
        res[f"{role}_exact_f1"] = round(c.f1(c.exact), 3)
        res[f"{role}_overlap_f1"] = round(c.f1(c.overlap), 3)
        res[f"{role}_overlap_p"] = round(c.overlap / c.pred if c.pred else 0.0, 3)
        res[f"{role}_overlap_r"] = round(c.overlap / c.gold if c.gold else 0.0, 3)
        res[f"{role}_gold"], res[f"{role}_pred"] = c.gold, c.pred
    res["speaker_accuracy"] = round(spk_ok / spk_n if spk_n else 0.0, 3)
    return res


@dataclass
class Buckets:
    """Missed gold sources and wrong predicted sources by cause (train tuning aid)."""

    counts: dict[str, int]
    cues: dict[str, dict[str, int]]
    examples: dict[str, list[str]]


def _new_buckets() -> Buckets:
    return Buckets({}, {}, {})


def _cue_word(doc, span: Span) -> str:
    toks = [t for t in doc if any(a <= t.idx < b for a, b in span) and not t.is_punct]
    if not toks:
        return "-"
    head = next((t for t in toks if t.head not in toks or t.head is t), toks[0])
    return f"{head.pos_}:{head.lemma_.lower()}"


def _bucket(text: str, doc, gold: list[Attr], pred: list[Attr], b: Buckets) -> None:
    """Each gold source no predicted source overlaps: (a) no predicted attribution shares
    its cue or content, (b) one does but has no source, (c) one does with another source
    (wrong NP); a predicted source overlapping no gold one: (fp-nosrc) its attribution
    matches a gold one without source, (fp-wrong) one with another source, (fp-spur) none."""

    def add(key: str, cue: str, example: str) -> None:
        b.counts[key] = b.counts.get(key, 0) + 1
        b.cues.setdefault(key, {})
        b.cues[key][cue] = b.cues[key].get(cue, 0) + 1
        b.examples.setdefault(key, []).append(example)

    def partner(a: Attr, pool: list[Attr], of_pred: bool) -> Attr | None:
        for x in pool:
            if a.cue and x.cue and _overlap(_trim(text, a.cue), _trim(text, x.cue)):
                return x
        for x in pool:
            if a.content and x.content and _overlap(a.content, x.content):
                return x
        return None

    for a in gold:
        src = _trim(text, a.source)
        if not src or any(p.source and _overlap(p.source, src) for p in pred):
            continue
        p = partner(a, pred, True)
        cue = _cue_word(doc, a.cue)
        sent_cue = doc.char_span(*a.cue[0], alignment_mode="expand") if a.cue else None
        far = ""
        if sent_cue is not None and len(sent_cue):
            s = sent_cue[0].sent
            if not (s.start_char <= src[0][0] < s.end_char):
                far = " far"
        if p is None:
            key = "a-nocue" + far
        elif not p.source:
            key = "b-nosrc" + far
        else:
            key = "c-wrongnp" + far
        ex = f"[{_txt(text, a.source)}] <{_txt(text, a.cue)}> {_txt(text, a.content)[:80]}"
        if p is not None and p.source:
            ex += f"  || pred [{_txt(text, p.source)}] <{_txt(text, p.cue)}>"
        add(key, cue, ex)
    for p in pred:
        if not p.source or any(_overlap(p.source, _trim(text, g.source)) for g in gold if g.source):
            continue
        g = partner(p, gold, False)
        key = "fp-spur" if g is None else ("fp-nosrc" if not g.source else "fp-wrong")
        ex = f"[{_txt(text, p.source)}] <{_txt(text, p.cue)}> {_txt(text, p.content)[:80]}"
        add(key, _cue_word(doc, p.cue), ex)


def _print_buckets(b: Buckets, n: int) -> None:
    for key in sorted(b.counts):
        top = sorted(b.cues[key].items(), key=lambda kv: -kv[1])[:12]
        print(f"{key:16s} {b.counts[key]:5d}  " + " ".join(f"{c}={k}" for c, k in top))
    if n:
        import random

        rnd = random.Random(0)
        for key in sorted(b.examples):
            print(f"### {key}")
            exs = b.examples[key]
            for ex in rnd.sample(exs, min(n, len(exs))):
                print("   ", ex)


def _txt(text: str, span: Span) -> str:
    return " ; ".join(text[a:b] for a, b in span).replace("\n", " ")


def _show(name: str, text: str, gold: list[Attr], pred: list[Attr], n: int) -> None:
    """Print missed gold and spurious predictions (for tuning on train only)."""
    print(f"## {name}")
    for a in gold:
        if not any(_overlap(p.content, a.content) for p in pred):
            src, cue, body = _txt(text, a.source), _txt(text, a.cue), _txt(text, a.content)
            print(f"  MISS [{src}] <{cue}> {body[:n]}")
    for p in pred:
        if not any(_overlap(p.content, a.content) for a in gold):
            src, cue, body = _txt(text, p.source), _txt(text, p.cue), _txt(text, p.content)
            print(f"  SPUR [{src}] <{cue}> {body[:n]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", help="a split folder under --data: dev, train, test")
    ap.add_argument("--data", type=Path, default=DATA,
                    help="folder of split folders (PolNeAR layout)")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--show", type=int, default=0, help="print misses (chars of content)")
    ap.add_argument("--skip", type=int, default=0, help="leave out the first N articles")
    ap.add_argument("--mine", action="store_true", help="print cue lemma table mined from train")
    ap.add_argument("--made-only", action="store_true",
                    help="score the quote list the pipeline stores (quotes.find(made_only=True): "
                    "refusals and acts told with a cue verb left out, which PolNeAR counts)")
    ap.add_argument(
        "--buckets",
        type=int,
        default=None,
        metavar="N",
        help="bucket missed/wrong sources by cause, with N examples each (tune on train only)",
    )
    args = ap.parse_args(argv)
    if not (args.data / args.split / "attributions").is_dir():
        print(f"{args.data / args.split}/attributions absent", file=sys.stderr)
        return 2
    if args.mine:
        mine("train", args.limit)
        return 0
    buckets = _new_buckets() if args.buckets is not None else None
    res = evaluate(args.split, args.limit, args.show, args.skip, buckets, args.data,
                   args.made_only)
    for k, v in res.items():
        print(f"{k:24s} {v}")
    if buckets is not None:
        _print_buckets(buckets, args.buckets or 0)
    return 0



def _cue_pos(tok) -> str | None:
    """Candidate cue shapes: a verb with a subject, a noun with a possessor, a
    predicate adjective whose verb has a subject ("X is worried that ...")."""
    subj = ("nsubj", "nsubjpass")
    if tok.pos_ == "VERB" and any(c.dep_ in subj for c in tok.children):
        return "VERB"
    if tok.pos_ == "NOUN" and any(c.dep_ == "poss" for c in tok.children):
        return "NOUN"
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and any(c.dep_ in subj for c in tok.head.children):
        return "ADJ"
    return None


def mine(split: str, limit: int | None, min_precision: float = 0.15, min_hits: int = 2) -> None:
    """Tuning aid (train only): per candidate cue lemma (verb with a subject, noun with a
    possessor, predicate adjective), how often it is a gold cue and which dependents hold
    the gold content. Prints the lemma_roles / noun_roles / adj_roles tables of the
    "mined" section of data/quotes/cues.json (the shipped one: train articles 1-700,
    precision >= 0.15, >= 2 hits; "not_cues" there is curated by hand)."""
    import json
    from collections import Counter, defaultdict

    from dateline.config import Settings

    nlp = _nlp(Settings().model)
    seen: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    roles: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for _name, text, gold in articles(split, limit):
        doc = nlp(text)
        cues = [(a, b, attr) for attr in gold for a, b in attr.cue]
        for tok in doc:
            pos = _cue_pos(tok)
            if pos is None:
                continue
            lem = f"{pos}:{tok.lemma_.lower()}"
            seen[lem] += 1
            attr = next((x for a, b, x in cues if a <= tok.idx < b), None)
            if attr is None:
                continue
            hit[lem] += 1
            for c in tok.children:
                rng = ((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)),)
                if c.dep_ not in ("nsubj", "nsubjpass", "punct") and _overlap(rng, attr.content):
                    role = f"prep:{c.lower_}" if c.dep_ == "prep" else c.dep_
                    roles[lem][role] += 1
    keys = {"VERB": "lemma_roles", "NOUN": "noun_roles", "ADJ": "adj_roles"}
    table: dict[str, dict[str, list[str]]] = {k: {} for k in keys.values()}
    for lem, n in hit.items():
        prec = n / seen[lem]
        pos, word = lem.split(":", 1)
        if n >= min_hits and prec >= min_precision and word.isalpha():
            keep = sorted(r for r, k in roles[lem].items() if k >= max(2, 0.15 * n))
            if keep:
                table[keys[pos]][word] = keep
    print(json.dumps(table, sort_keys=True, indent=1))

if __name__ == "__main__":
    raise SystemExit(main())
