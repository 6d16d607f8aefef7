#!/bin/bash
# Every accuracy row of the README from the stores of build_stores.sh, into OUT/res (one file a
# row; compare two runs with bench/rows/compare_rows.py). Usage: WT=CHECKOUT OUT=DIR bench/rows/eval_rows.sh
set -u
PY=${PY:-$WT/.venv/bin/python}
export PYTHONPATH=$WT/src
cd $WT
R=$OUT/res; mkdir -p $R
M=$OUT/m; S=$OUT/st; D=tests/merge/data
em() { name=$1; shift; $PY bench/eval_merge.py "$@" > $R/merge_$name.txt 2>&1; }
em four --db $M/h1n1.duckdb $M/kars.duckdb $M/bp.duckdb
em four4 --db $M/h1n1.duckdb $M/kars.duckdb $M/bp.duckdb $M/mjh.duckdb
em mjh --db $M/mjh.duckdb --pairs $D/t17_mj_haiti_pairs.jsonl $D/t17_mj_haiti_within_pairs.jsonl
em bpgw --db $M/bpgw.duckdb --pairs $D/t17_bpoil_guardian_wapo_pairs.jsonl $D/t17_bpoil_guardian_wapo_within_pairs.jsonl
em h1n1r --db $M/h1n1r.duckdb --pairs $D/t17_h1n1_reuters_bbc_pairs.jsonl $D/t17_h1n1_reuters_bbc_within_pairs.jsonl
em foxr --db $M/foxr.duckdb --pairs $D/t17_bpoil_foxnews_reuters_pairs.jsonl $D/t17_bpoil_foxnews_reuters_within_pairs.jsonl
em h1n1rg --db $M/h1n1rg.duckdb --pairs $D/t17_h1n1_reuters_guardian_pairs.jsonl $D/t17_h1n1_reuters_guardian_within_pairs.jsonl
em bbcw --db $M/bbcw.duckdb --pairs $D/t17_bpoil_bbc_wapo_pairs.jsonl
em h1n1gb --db $M/h1n1.duckdb --pairs $D/t17_h1n1_guardian_bbc_blind_pairs.jsonl
em mjhb --db $M/mjh.duckdb --pairs $D/t17_mjh_blind_within_pairs.jsonl
em bpgwb --db $M/bpgw.duckdb --pairs $D/t17_bpgw_blind2_within_pairs.jsonl
em fox --db $M/fox.duckdb --pairs $D/t17_bpoil_foxnews_within_pairs.jsonl
em h1n1w3 --db $M/h1n1.duckdb --pairs $D/t17_h1n1_tune3_within_pairs.jsonl
em bpw3 --db $M/bp.duckdb --pairs $D/t17_bpoil_tune3_within_pairs.jsonl
em mjhw4 --db $M/mjh.duckdb --pairs $D/t17_mjh_tune4_within_pairs.jsonl
em h1n1w5 --db $M/h1n1rg.duckdb --pairs $D/t17_h1n1_tune5_within_pairs.jsonl
em bpgww5 --db $M/bpgw.duckdb --pairs $D/t17_bpgw_tune5_within_pairs.jsonl
em foxw5 --db $M/fox.duckdb --pairs $D/t17_fox_tune5_within_pairs.jsonl
em gaza --db $S/gaza_conflict.duckdb --pairs $D/st_gaza_pairs.jsonl $D/st_gaza_within_pairs.jsonl
em ukraine --db $S/ukraine_conflict.duckdb --pairs $D/st_ukraine_pairs.jsonl $D/st_ukraine_within_pairs.jsonl
em nsa --db $S/nsa_leak.duckdb --pairs $D/st_nsa_pairs.jsonl $D/st_nsa_within_pairs.jsonl
em mh370 --db $S/mh370_disappearance.duckdb --pairs $D/st_mh370_pairs.jsonl $D/st_mh370_within_pairs.jsonl
$PY bench/eval_plover.py --split test > $R/plover_test.txt 2>&1
$PY bench/eval_plover.py --split dev > $R/plover_dev.txt 2>&1
st="--store gaza_conflict=$S/gaza_conflict.duckdb --store ukraine_conflict=$S/ukraine_conflict.duckdb --store nsa_leak=$S/nsa_leak.duckdb --store mh370_disappearance=$S/mh370_disappearance.duckdb"
$PY bench/eval_st_dating.py $st > $R/st_dating.txt 2>&1
$PY bench/eval_st_events.py > $R/st_events.txt 2>&1
$PY bench/eval_st_quotes.py > $R/st_quotes.txt 2>&1
$PY bench/eval_st_numbers.py --st $S > $R/st_numbers.txt 2>&1
$PY bench/eval_st_disagree.py --db $S/gaza_conflict.duckdb --db t17_bpoil=$M/bp.duckdb --db t17_mj_haiti=$M/mjh.duckdb --db t17_h1n1=$M/h1n1.duckdb > $R/st_disagree.txt 2>&1
echo EVALS DONE
