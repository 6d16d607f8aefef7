#!/bin/bash
# Every PLOVER probe file's figure at a checkout, one output file per probe file in OUT, and the
# total right over all of them (the README's "our own probe sentences" figure).
# Usage: WT=CHECKOUT OUT=DIR [PY=python] bench/rows/probe_files.sh   (~10 min on an idle 2-core machine)
set -u
PY=${PY:-$WT/.venv/bin/python}
export PYTHONPATH=$WT/src  # the checkout under test, whatever the venv installed
cd $WT; mkdir -p $OUT
for f in bench/plover_probes*.txt; do
  $PY bench/eval_plover.py --probes $f > $OUT/$(basename $f .txt).out 2>&1 || echo "FAIL $f"
done
cat $OUT/*.out | grep -o "[0-9]*/[0-9]* most" | awk -F'[/ ]' '{a+=$1; b+=$2} END {print a "/" b}'
