#!/usr/bin/env bash
# Intake benchmark: sustained anonymous report submissions per second, with encryption to the intake
# key and a committed transaction each, next to a plain INSERT of rows of the same size in the same
# run; p50/p99 latency. Driven by bench/IntakeBench.java, compiled here against the classes and
# libraries of target/tirek.jar (extracted with -Djarmode=tools); it starts the whole application
# (web server on a free 127.0.0.1 port) on a fresh embedded PostgreSQL in this script's temporary
# directory, with fsync and synchronous_commit on as in production.
#
#   bench/intake.sh                                   # about 3 minutes on 2 cores
#   WORKERS=16 SECONDS_PER_CASE=20 bench/intake.sh
#   FILE_KIB=256 bench/intake.sh                      # every report carries a 256 KiB file
#   CASES=service,plain bench/intake.sh               # without the HTTP case
#
# Environment: WORKERS (closed-loop threads, default 8), SECONDS_PER_CASE (per case per round,
# default 10), WARMUP_SECONDS and WARMUP_OPS (each case warms up until both are reached, default 5 s
# and 500 operations, so that the JIT has compiled the paths), ROUNDS (default 3), STORY_BYTES (the story's
# length, default 1500), FILE_KIB (one text file of this size per report, default 0: none),
# CASES (default http,service,plain), JAVA_HOME (JDK >= 21), JAVA_OPTS (extra JVM flags),
# BENCH_REBUILD=1 (rebuild the jar), TIREK_JAR (benchmark another build), BENCH_KEEP_ON_FAILURE=1.
#
# Goal (from the acceptance text): >= 200 submissions/s on 2 cores. The script prints the figures
# and the ratios; it exits non-zero only when something broke.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WORKERS=${WORKERS:-8}
SECONDS_PER_CASE=${SECONDS_PER_CASE:-10}
WARMUP_SECONDS=${WARMUP_SECONDS:-5}
WARMUP_OPS=${WARMUP_OPS:-500}
ROUNDS=${ROUNDS:-3}
STORY_BYTES=${STORY_BYTES:-1500}
FILE_KIB=${FILE_KIB:-0}
CASES=${CASES:-http,service,plain}

bench_init intake
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
"$JAVAC" -nowarn -d "$WORK/cls" -cp "$CP" "$BENCH_DIR/IntakeBench.java" || die "cannot compile IntakeBench.java"

echo
echo "== Tirek intake: report submissions (encrypted, committed) vs plain inserts of the same size, same run =="
echo "machine: $(machine_line)"
echo "jar: $JAR; JAVA_OPTS='${JAVA_OPTS:-}'; $(date -u '+%Y-%m-%d %H:%M UTC')"

: >"$WORK/bench.out"
TIREK_DEMO=false "$JAVA" ${JAVA_OPTS:-} -Djava.io.tmpdir="$WORK/jtmp" -cp "$WORK/cls:$CP" IntakeBench \
    --data-dir "$WORK/data" --workers "$WORKERS" --seconds "$SECONDS_PER_CASE" --warmup "$WARMUP_SECONDS" --warmup-ops "$WARMUP_OPS" \
    --rounds "$ROUNDS" --story-bytes "$STORY_BYTES" --file-kib "$FILE_KIB" --cases "$CASES" >"$WORK/bench.out" 2>&1 &
BENCH_PID=$!
SERVERS+=("$BENCH_PID|$WORK/data")
tail -n +1 -f --pid="$BENCH_PID" "$WORK/bench.out" | grep --line-buffered -v -E '^WARNING: .*(sun\.misc\.Unsafe|terminally deprecated|Please consider reporting)' &
TAIL_PID=$!
BENCH_RC=0
wait "$BENCH_PID" || BENCH_RC=$?
wait "$TAIL_PID" 2>/dev/null || true
stop_server "$BENCH_PID" "$WORK/data"
(( BENCH_RC == 0 )) || die "IntakeBench failed (exit $BENCH_RC)"
grep -q '^RESULT ' "$WORK/bench.out" || die "IntakeBench printed no results"

echo
echo "bench/intake.sh: $(( SECONDS - started )) s (after the build)"
