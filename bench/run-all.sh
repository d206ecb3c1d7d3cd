#!/usr/bin/env bash
# Runs the benchmarks one after the other (about 5-7 minutes on 2 cores) and exits non-zero if
# any fails. Settings pass through the environment (see startup.sh, load.sh and crypto.sh); the first
# two use different default ports (18090 and 18091), crypto.sh uses none. crypto.sh does not depend
# on the others and runs even when they failed.
#
#   bench/run-all.sh 2>&1 | tee /tmp/tirek-bench.txt
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
start=$SECONDS
status=0
"$here/startup.sh" || status=$?
if (( status == 0 )); then
    "$here/load.sh" || status=$?
fi
crypto=0
"$here/crypto.sh" || crypto=$?
(( status != 0 )) || status=$crypto
echo
echo "bench/run-all.sh: $(( SECONDS - start )) s in all, exit $status"
exit "$status"
