#!/bin/bash
# What CI does, on a fresh clone of REV: README's setup-and-run command, then .ci/run (README's test
# command). Usage: REV=COMMIT LOG=FILE bench/rows/fresh_ci.sh  (run from the repository; the clone
# goes to /tmp/ci-REV, next to a ../shared link so the data tests run)
set -u
REPO=$(git rev-parse --show-toplevel)
D=/tmp/ci-$REV; rm -rf $D
git clone -q $REPO $D && cd $D && git checkout -q --detach $REV || exit 1
[ -e /tmp/shared ] || ln -s "$REPO/../shared" /tmp/shared
s=$(date +%s)
( python3 -m venv .venv && .venv/bin/pip install -q -c constraints.txt -e '.[test]' \
  && .venv/bin/dateline run examples/ --db sample.duckdb ) > $LOG.readme 2>&1
echo "README rc $? $(( $(date +%s) - s )) s" > $LOG
s=$(date +%s); .ci/run > $LOG.ci 2>&1
echo "CI rc $? $(( $(date +%s) - s )) s" >> $LOG; tail -1 $LOG.ci >> $LOG
