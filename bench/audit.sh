#!/usr/bin/env bash
# Audit trail benchmark (issue 4): (1) the throughput of an audited sensitive read (Cases.details as a
# team member) against the same read with the audit write skipped, and (2) the verification of the
# whole hash chain over AUDIT_EVENTS entries against raw SHA-256 over the same bytes, both in one JVM.
# Driven by bench/AuditBench.java, compiled here against the classes and libraries of target/tirek.jar
# (extracted with -Djarmode=tools); it starts Tirek's Spring context without a web server on a fresh
# embedded PostgreSQL in this script's temporary directory. No port is used.
#
#   bench/audit.sh                                    # about 5-8 minutes on 2 cores
#   AUDIT_EVENTS=100000 AUDIT_ROUNDS=3 bench/audit.sh # a quick run
#   AUDIT_PARTS=verify bench/audit.sh                 # only the verification benchmark
#
# Environment: AUDIT_PARTS (read,verify; default both), AUDIT_THREADS (reader threads, default 1,4),
# AUDIT_ROUNDS (measured rounds of the read benchmark, default 5), AUDIT_WARMUP (default 1),
# AUDIT_SLICE_MS (time per path, thread count and round, default 3000), AUDIT_NOTES (notes on the
# case, default 5), AUDIT_EVENTS (entries in the chain to verify, default 1000000), AUDIT_FILL (sql,
# the default: bulk insert then the real sealer; or trail: AuditTrail.record, slower),
# VERIFY_ROUNDS (default 3), VERIFY_WARMUP (default 1), AUDIT_EXPLAIN=1 (print PostgreSQL's EXPLAIN
# ANALYZE of the verifier's queries), JAVA_HOME (JDK >= 21), JAVA_OPTS (extra JVM
# flags), BENCH_REBUILD=1 (rebuild the jar), TIREK_JAR (benchmark another build), BENCH_KEEP_ON_FAILURE=1.
#
# Goals (from the issue): audited read >= 0.7x the unaudited one, verification >= 0.5x raw SHA-256.
# The script prints the figures and the ratios; it exits non-zero only when something broke.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

AUDIT_PARTS=${AUDIT_PARTS:-read,verify}
AUDIT_THREADS=${AUDIT_THREADS:-1,4}
AUDIT_ROUNDS=${AUDIT_ROUNDS:-5}
AUDIT_WARMUP=${AUDIT_WARMUP:-1}
AUDIT_SLICE_MS=${AUDIT_SLICE_MS:-3000}
AUDIT_NOTES=${AUDIT_NOTES:-5}
AUDIT_EVENTS=${AUDIT_EVENTS:-1000000}
AUDIT_FILL=${AUDIT_FILL:-sql}
VERIFY_ROUNDS=${VERIFY_ROUNDS:-3}
VERIFY_WARMUP=${VERIFY_WARMUP:-1}
AUDIT_EXPLAIN=${AUDIT_EXPLAIN:-0}

bench_init audit
ensure_jar
started=$SECONDS
log "work dir $WORK; jar $JAR"

# The jar's own classes and libraries, as plain files on a class path (no fat-jar launcher).
log "extracting the jar (-Djarmode=tools extract)"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >"$WORK/extract.log" 2>&1 \
    || { cat "$WORK/extract.log" >&2; die "cannot extract $JAR"; }
APP_JAR="$WORK/app/$(basename "$JAR")"
[[ -f $APP_JAR && -d $WORK/app/lib ]] || die "the extracted jar is not where expected ($APP_JAR, $WORK/app/lib)"
CP="$APP_JAR:$WORK/app/lib/*"
mkdir -p "$WORK/cls"
"$JAVAC" -nowarn -d "$WORK/cls" -cp "$CP" "$BENCH_DIR/AuditBench.java" || die "cannot compile AuditBench.java"

echo
echo "== Tirek audit trail: audited read vs unaudited read, verification vs raw SHA-256, same JVM, same run =="
echo "machine: $(machine_line)"
echo "jar: $JAR; JAVA_OPTS='${JAVA_OPTS:-}'; $(date -u '+%Y-%m-%d %H:%M UTC')"

# In the background, so that a signal reaches the trap at once; the EXIT trap stops it (and its
# PostgreSQL, found through $WORK/data/pg/postmaster.pid) if the script ends early.
: >"$WORK/bench.out"
TIREK_DEMO=false "$JAVA" ${JAVA_OPTS:-} -Djava.io.tmpdir="$WORK/jtmp" -cp "$WORK/cls:$CP" AuditBench \
    --data-dir "$WORK/data" --parts "$AUDIT_PARTS" --threads "$AUDIT_THREADS" --rounds "$AUDIT_ROUNDS" \
    --warmup "$AUDIT_WARMUP" --slice-ms "$AUDIT_SLICE_MS" --notes "$AUDIT_NOTES" --events "$AUDIT_EVENTS" \
    --fill "$AUDIT_FILL" --verify-rounds "$VERIFY_ROUNDS" --verify-warmup "$VERIFY_WARMUP" \
    --explain "$([[ $AUDIT_EXPLAIN == 1 ]] && echo true || echo false)" >"$WORK/bench.out" 2>&1 &
BENCH_PID=$!
SERVERS+=("$BENCH_PID|$WORK/data")
tail -n +1 -f --pid="$BENCH_PID" "$WORK/bench.out" | grep --line-buffered -v -E '^WARNING: .*(sun\.misc\.Unsafe|terminally deprecated|Please consider reporting)' &
TAIL_PID=$!
BENCH_RC=0
wait "$BENCH_PID" || BENCH_RC=$?
wait "$TAIL_PID" 2>/dev/null || true
# the JVM closes the Spring context, which stops PostgreSQL; stop one left behind all the same
stop_server "$BENCH_PID" "$WORK/data"
(( BENCH_RC == 0 )) || die "AuditBench failed (exit $BENCH_RC)"
grep -q '^RESULT ' "$WORK/bench.out" || die "AuditBench printed no results"
echo "load avg at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "bench/audit.sh: $(( SECONDS - started )) s (after the build)"
