#!/bin/bash
# Build every store the README accuracy rows read: the merge stores (OUT/m) and the four
# conflict stories (OUT/st). Usage: WT=CHECKOUT OUT=DIR [PY=python] [DATA=dir] bench/rows/build_stores.sh
# (~10 min on an idle 2-core machine). DATA (default: ../shared/data next to the checkout) feeds
# every store, the conflict stories included.
set -u
PY=${PY:-$WT/.venv/bin/python}
export PYTHONPATH=$WT/src  # the checkout under test, whatever the venv installed
D=${DATA:-$WT/../shared/data}
T=$D/t17-dev
mkdir -p $OUT/m $OUT/st
cd $WT
run() { db=$1; shift; rm -f $db; $PY -m dateline run "$@" --db $db > $db.log 2>&1 || echo "FAIL $db"; }
run $OUT/m/h1n1.duckdb $T/H1N1_guardian $T/H1N1_bbc &
run $OUT/m/kars.duckdb examples/ 
wait
run $OUT/m/bp.duckdb $T/bpoil_bbc $T/bpoil_reuters &
run $OUT/m/mjh.duckdb $T/MJ_bbc $T/haiti_bbc
wait
run $OUT/m/bpgw.duckdb $T/bpoil_guardian $T/bpoil_washingtonpost &
run $OUT/m/fox.duckdb $T/bpoil_foxnews
wait
run $OUT/m/foxr.duckdb $T/bpoil_foxnews $T/bpoil_reuters &
run $OUT/m/h1n1r.duckdb $T/H1N1_reuters $T/H1N1_bbc
wait
{ run $OUT/m/h1n1rg.duckdb $T/H1N1_reuters $T/H1N1_guardian
  run $OUT/m/bbcw.duckdb $T/bpoil_bbc $T/bpoil_washingtonpost; } &
$PY bench/socialtimeline_corpus.py --data $D/background-summaries-socialtimeline/events $OUT/st > $OUT/st/corpus.log 2>&1
for s in gaza_conflict ukraine_conflict nsa_leak mh370_disappearance; do run $OUT/st/$s.duckdb $OUT/st/$s.jsonl; done
wait
echo BUILD DONE
