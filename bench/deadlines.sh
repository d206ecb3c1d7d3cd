#!/usr/bin/env bash
# Deadline benchmark: computing the deadlines of 100k proceedings through Tirek's real beans (the
# recompute that runs in the transaction of every event, and the full re-evaluation a start with
# changed rule packs does), against a raw-SQL baseline that loads the same rows with plain JDBC in the
# same JVM run. Driven by bench/DeadlineBench.java, compiled here against the classes and libraries
# of target/tirek.jar (extracted with -Djarmode=tools); it starts Tirek's Spring context without a
# web server on a fresh embedded PostgreSQL in this script's temporary directory. No port is used.
#
#   bench/deadlines.sh                                # about 10-15 minutes on 2 cores
#   PROCEEDINGS=20000 ROUNDS=3 bench/deadlines.sh     # smaller, more rounds
#
# Environment: PROCEEDINGS (default 100000), CASES (cases they are spread over, default 200), BATCH
# (proceedings per transaction in the full runs, default 500), ROUNDS (interleaved rounds of the full
# re-evaluation and its baseline, default 2), SAMPLE (proceedings that get an event appended, default
# 1000), SEED (default 42), JAVA_HOME (JDK >= 21), JAVA_OPTS (extra JVM flags), BENCH_REBUILD=1
# (rebuild the jar), TIREK_JAR (benchmark another build), BENCH_KEEP_ON_FAILURE=1.
#
# The script prints the figures and the ratios; it exits non-zero only when something broke.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PROCEEDINGS=${PROCEEDINGS:-100000}
CASES=${CASES:-200}
BATCH=${BATCH:-500}
ROUNDS=${ROUNDS:-2}
SAMPLE=${SAMPLE:-1000}
SEED=${SEED:-42}
for v in PROCEEDINGS CASES BATCH ROUNDS SAMPLE SEED; do
    [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a whole number"
done

bench_init deadlines
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
"$JAVAC" -nowarn -d "$WORK/cls" -cp "$CP" "$BENCH_DIR/DeadlineBench.java" || die "cannot compile DeadlineBench.java"

echo
echo "== Tirek deadlines: recompute per event and full re-evaluation vs raw SQL loading the same rows =="
echo "machine: $(machine_line)"
echo "jar: $JAR; JAVA_OPTS='${JAVA_OPTS:-}'; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "proceedings=$PROCEEDINGS cases=$CASES batch=$BATCH rounds=$ROUNDS sample=$SAMPLE seed=$SEED"

# In the background, so that a signal reaches the trap at once; the EXIT trap stops it (and its
# PostgreSQL, found through $WORK/data/pg/postmaster.pid) if the script ends early.
: >"$WORK/bench.out"
TIREK_DEMO=false "$JAVA" ${JAVA_OPTS:-} -Djava.io.tmpdir="$WORK/jtmp" -cp "$WORK/cls:$CP" DeadlineBench \
    --data-dir "$WORK/data" --proceedings "$PROCEEDINGS" --cases "$CASES" --batch "$BATCH" --rounds "$ROUNDS" \
    --sample "$SAMPLE" --seed "$SEED" >"$WORK/bench.out" 2>&1 &
BENCH_PID=$!
SERVERS+=("$BENCH_PID|$WORK/data")
tail -n +1 -f --pid="$BENCH_PID" "$WORK/bench.out" | grep --line-buffered -v -E '^WARNING: .*(sun\.misc\.Unsafe|terminally deprecated|Please consider reporting)' &
TAIL_PID=$!
BENCH_RC=0
wait "$BENCH_PID" || BENCH_RC=$?
wait "$TAIL_PID" 2>/dev/null || true
stop_server "$BENCH_PID" "$WORK/data"
(( BENCH_RC == 0 )) || die "DeadlineBench failed (exit $BENCH_RC)"
grep -q '^RESULT ' "$WORK/bench.out" || die "DeadlineBench printed no results"

echo
echo "bench/deadlines.sh: $(( SECONDS - started )) s (after the build)"
