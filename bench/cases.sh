#!/usr/bin/env bash
# Case management benchmark (issue 5): with CASES_N synthetic cases made by the real generator, the case
# list (first page, and a page filtered by type + status + region sorted by priority) and the case page
# (Cases.details: membership check, decryption of the summary and notes, one audit entry) under
# closed-loop load of 1 and 4 threads, each against a raw-JDBC baseline that runs the same SQL (and the
# same audit insert) on the same pool in the same run. Driven by bench/CaseBench.java, compiled here
# against the classes and libraries of target/tirek.jar (extracted with -Djarmode=tools); it starts
# Tirek's Spring context without a web server on a fresh embedded PostgreSQL in this script's temporary
# directory. No port is used.
#
#   bench/cases.sh                                   # 100,000 cases, or what 10 minutes of generation give; plus ~5 min
#   CASES_N=2000 CASES_ROUNDS=1 bench/cases.sh       # a quick run (about 3 minutes)
#   CASES_EXPLAIN=1 bench/cases.sh                   # also EXPLAIN ANALYZE of the queries
#
# Environment: CASES_N (cases to generate, default 100000), CASES_GEN_MAX_S (stop generating after this
# many seconds and measure with what is there, default 600), CASES_SEED (default 1), CASES_PATHS
# (list-first,list-filtered,details; default all), CASES_THREADS (default 1,4), CASES_ROUNDS (measured
# rounds, default 3), CASES_WARMUP (default 1), CASES_SLICE_MS (time per path, side, thread count and
# round, default 2000), CASES_EXPLAIN=1 (print EXPLAIN (ANALYZE, BUFFERS) of the list and case-page
# queries), JAVA_HOME (JDK >= 21), JAVA_OPTS (extra JVM flags), BENCH_REBUILD=1 (rebuild the jar),
# TIREK_JAR (benchmark another build), BENCH_KEEP_ON_FAILURE=1.
#
# Goal (from the issue): each path >= 0.5x its raw-JDBC baseline's throughput, with p50/p99 reported.
# The script prints the figures and the ratios; it exits non-zero only when something broke.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CASES_N=${CASES_N:-100000}
CASES_GEN_MAX_S=${CASES_GEN_MAX_S:-600}
CASES_SEED=${CASES_SEED:-1}
CASES_PATHS=${CASES_PATHS:-list-first,list-filtered,details}
CASES_THREADS=${CASES_THREADS:-1,4}
CASES_ROUNDS=${CASES_ROUNDS:-3}
CASES_WARMUP=${CASES_WARMUP:-1}
CASES_SLICE_MS=${CASES_SLICE_MS:-2000}
CASES_EXPLAIN=${CASES_EXPLAIN:-0}

bench_init cases
ensure_jar
started=$SECONDS
log "work dir $WORK; jar $JAR"

log "extracting the jar (-Djarmode=tools extract)"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >"$WORK/extract.log" 2>&1 \
    || { cat "$WORK/extract.log" >&2; die "cannot extract $JAR"; }
APP_JAR="$WORK/app/$(basename "$JAR")"
[[ -f $APP_JAR && -d $WORK/app/lib ]] || die "the extracted jar is not where expected ($APP_JAR, $WORK/app/lib)"
CP="$APP_JAR:$WORK/app/lib/*"
mkdir -p "$WORK/cls"
"$JAVAC" -nowarn -d "$WORK/cls" -cp "$CP" "$BENCH_DIR/CaseBench.java" || die "cannot compile CaseBench.java"

echo
echo "== Tirek case management: case list and case page vs raw JDBC running the same SQL, same JVM, same run =="
echo "machine: $(machine_line)"
echo "jar: $JAR; JAVA_OPTS='${JAVA_OPTS:-}'; $(date -u '+%Y-%m-%d %H:%M UTC')"

: >"$WORK/bench.out"
TIREK_DEMO=false "$JAVA" ${JAVA_OPTS:-} -Djava.io.tmpdir="$WORK/jtmp" -cp "$WORK/cls:$CP" CaseBench \
    --data-dir "$WORK/data" --cases "$CASES_N" --gen-max-s "$CASES_GEN_MAX_S" --seed "$CASES_SEED" \
    --paths "$CASES_PATHS" --threads "$CASES_THREADS" --rounds "$CASES_ROUNDS" --warmup "$CASES_WARMUP" \
    --slice-ms "$CASES_SLICE_MS" --explain "$([[ $CASES_EXPLAIN == 1 ]] && echo true || echo false)" \
    >"$WORK/bench.out" 2>&1 &
BENCH_PID=$!
SERVERS+=("$BENCH_PID|$WORK/data")
tail -n +1 -f --pid="$BENCH_PID" "$WORK/bench.out" | grep --line-buffered -v -E '^WARNING: .*(sun\.misc\.Unsafe|terminally deprecated|Please consider reporting)' &
TAIL_PID=$!
BENCH_RC=0
wait "$BENCH_PID" || BENCH_RC=$?
wait "$TAIL_PID" 2>/dev/null || true
stop_server "$BENCH_PID" "$WORK/data"
(( BENCH_RC == 0 )) || die "CaseBench failed (exit $BENCH_RC)"
grep -q '^RESULT ' "$WORK/bench.out" || die "CaseBench printed no results"
echo "load avg at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "bench/cases.sh: $(( SECONDS - started )) s (after the build)"
