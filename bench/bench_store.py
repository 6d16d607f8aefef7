"""Store benchmark: write throughput and timeline query latency over synthetic data.

    .venv/bin/python bench/bench_store.py                 # 1,000,000 events, 20,000-article write
    .venv/bin/python bench/bench_store.py --events 200000 --write 5000

Part 1 writes ``--write`` synthetic Annotation records through ``Store.write``
(articles/s for the write itself). Part 2 fills a fresh store with ``--events``
synthetic events (generated in SQL, ~10 per article, one entity mention each,
5,000 distinct actor names, dates over ten years), then times
``Store.timeline(entity=..., since=..., until=...)`` — the entity + date range
query of issue 6 — and reports the median over ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from dateline.model import Annotation, Article, Entity, Event, EventTime, Sentence
from dateline.store import Store


def synthetic(i: int) -> Annotation:
    s1 = f"Group {i % 500} attacked post {i} on Monday."
    s2 = "Officials confirmed the report."
    text = f"{s1} {s2}"
    a = Article(id=f"w{i:08d}", text=text, dct=date(2024, 2, 6), title=f"T{i}", source="bench")
    return Annotation(
        article=a,
        sentences=(Sentence(0, 0, len(s1), s1), Sentence(1, len(s1) + 1, len(text), s2)),
        entities=(Entity(0, len(s1.split(" attacked")[0]), s1.split(" attacked")[0], "ORG",
                         s1.split(" attacked")[0], 0),),
        events=(Event("e1", "ASSAULT", "attacked", s1.index("attacked"),
                      s1.index("attacked") + 8, 0, actor=f"Group {i % 500}",
                      time=EventTime("2024-02-05", None, "sentence")),),
    )


def bench_write(n: int, folder: Path) -> dict[str, float]:
    anns = [synthetic(i) for i in range(n)]
    with Store(folder / "write.duckdb") as st:
        t0 = time.perf_counter()
        st.write(anns, batch_size=1000)
        secs = time.perf_counter() - t0
    return {"articles": n, "seconds": round(secs, 3), "articles_per_s": round(n / secs)}


FILL = """
INSERT INTO articles (id, content_hash, dct, dct_source, title, source, path, text)
SELECT 'a' || i, 'h' || i, DATE '2015-01-01' + CAST(i % 3650 AS INTEGER), 'field',
       'Title ' || i, 'src' || (i % 50), 'bench.jsonl', 'text ' || i
FROM range({articles}) t(i);
INSERT INTO events (article_id, idx, event_id, type, trigger, start_char, end_char, sentence,
                    actor, target, actor_key, target_key, time_value, date_start, date_end,
                    sentence_text, eid, names, negated, hedged, modality)
SELECT 'a' || (i // 10), i % 10, 'e' || (i % 10), ['ASSAULT','PROTEST','CONSULT','AID'][1 + i % 4],
       'did', 0, 3, i % 10,
       'Org ' || (hash(i) % 5000), 'Org ' || (hash(i + 7) % 5000),
       'org ' || (hash(i) % 5000), 'org ' || (hash(i + 7) % 5000),
       NULL, DATE '2015-01-01' + CAST(hash(i * 3) % 3650 AS INTEGER),
       DATE '2015-01-01' + CAST(hash(i * 3) % 3650 AS INTEGER),
       'Org ' || (hash(i) % 5000) || ' did something number ' || i,
       i + 1, ['org ' || (hash(i) % 5000), 'org ' || (hash(i + 7) % 5000),
               'org ' || (hash(i + 11) % 5000)],
       false, false, 'asserted'
FROM range({events}) t(i);
INSERT INTO entities (article_id, idx, start_char, end_char, text, label, canonical,
                      canonical_key, sentence)
SELECT 'a' || (i // 10), i % 10, 0, 3, 'Org ' || (hash(i + 11) % 5000), 'ORG',
       'Org ' || (hash(i + 11) % 5000), 'org ' || (hash(i + 11) % 5000), i % 10
FROM range({events}) t(i);
UPDATE events SET time_value = strftime(date_start, '%Y-%m-%d');
INSERT INTO event_names SELECT eid, unnest(names) FROM events;
INSERT INTO names SELECT DISTINCT name FROM event_names;
"""


def bench_query(n_events: int, repeat: int, folder: Path) -> dict[str, object]:
    db = folder / "query.duckdb"
    with Store(db) as st:
        t0 = time.perf_counter()
        st.con.execute(FILL.format(articles=max(1, n_events // 10), events=n_events))
        st.con.execute("CHECKPOINT")
        fill = time.perf_counter() - t0
    with Store(db, read_only=True) as st:
        stats = st.stats()
        since, until = date(2019, 1, 1), date(2020, 12, 31)
        times, cpu, n = [], [], 0
        for k in range(repeat):
            name = f"org {(k * 37) % 5000}"
            t0, c0 = time.perf_counter(), time.process_time()
            n = len(st.timeline(entity=name, since=since, until=until))
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        t0 = time.perf_counter()
        top = len(st.timeline(limit=20))
        t_top = time.perf_counter() - t0
    return {
        "events": stats["events"], "entities": stats["entities"], "fill_s": round(fill, 1),
        "query": "timeline(entity='org N', since=2019-01-01, until=2020-12-31)",
        "entries_last_query": n, "median_ms": round(statistics.median(times) * 1000, 1),
        "p90_ms": round(sorted(times)[int(0.9 * (len(times) - 1))] * 1000, 1),
        # CPU seconds of all threads: on a busy shared machine wall time mostly measures
        # the wait for a core; this is what the query itself costs
        "median_cpu_ms": round(statistics.median(cpu) * 1000, 1),
        "load_avg_1min": round(os.getloadavg()[0], 1), "cpus": os.cpu_count(),
        "timeline_limit20_ms": round(t_top * 1000, 1), "limit20_entries": top,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--write", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=21)
    ap.add_argument("--out", type=Path, default=Path("bench/results/store.json"))
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        result = {"write": bench_write(args.write, Path(tmp)),
                  "query": bench_query(args.events, args.repeat, Path(tmp))}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
