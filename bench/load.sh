#!/usr/bin/env bash
# Load benchmark: the signed-in dashboard (GET /, database queries per request) against a static
# resource (GET /css/tirek.css) of the same instance in the same run, reported as a ratio of
# requests/s plus latency percentiles of each. Driven by bench/LoadDriver.java (JDK only), which signs
# in once as the demo coordinator and reuses the SESSION cookie; only 127.0.0.1 is targeted and every
# phase is bounded in time and in request count.
#
#   bench/load.sh           # concurrency 8; 5 s warm-up per phase; 15 s measured per phase in 3 rounds
#   CONCURRENCY=16 DURATION=20 PORT=18096 bench/load.sh
#
# The phases take turns (3 rounds of 5 s each by default), so that load from elsewhere on a shared
# machine hits them alike; the per-round ratios show how steady the figure was.
# Phases, in this order:
#   dashboard     GET /               with the session cookie
#   static        GET /css/tirek.css  with the same session cookie (what a signed-in browser sends)
#   static-anon   GET /css/tirek.css  without a cookie
# Headline ratio: dashboard / static (req/s). The anonymous phase shows what the session cookie
# alone costs on a static file (Spring Session reads the session from PostgreSQL when a filter asks
# for the signed-in user).
#
# Environment: PORT (default 18091; keep within 18080-18099), CONCURRENCY (default 8), SESSIONS
# (sign-ins shared out over the workers, default 1: one session cookie reused by all), ROUNDS
# (default 3), WARMUP
# (default 5), DURATION (default 15), MAX_REQUESTS (per phase, default 100000), JAVA_HOME (JDK >= 21),
# JAVA_OPTS (extra JVM flags for Tirek), BENCH_USER/BENCH_PASSWORD (default: the demo coordinator), MEM_SETTLE (default 2), STARTUP_TIMEOUT (default 120),
# BENCH_REBUILD=1 (rebuild the jar).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT=${PORT:-18091}
CONCURRENCY=${CONCURRENCY:-8}
WARMUP=${WARMUP:-5}
DURATION=${DURATION:-15}
MAX_REQUESTS=${MAX_REQUESTS:-100000}
SESSIONS=${SESSIONS:-1}
ROUNDS=${ROUNDS:-3}
MEM_SETTLE=${MEM_SETTLE:-2}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-120}

bench_init load
ensure_jar
port_must_be_free "$PORT"
DATA="$WORK/data"
log "work dir $WORK; jar $JAR; port $PORT"

start_tirek "$DATA" "$PORT" "$WORK/tirek.log"
wait_200 "$SERVER_PID" "$PORT" /actuator/health "$STARTUP_TIMEOUT" "$WORK/tirek.log"
START_MS=$WAITED_MS
TIREK_PID=$SERVER_PID
log "Tirek answered 200 after $START_MS ms"
sleep "$MEM_SETTLE"
MEM_START=$(mem_sample "$TIREK_PID" "$DATA")

# The driver runs from source (java File.java), which needs nothing but the JDK. It runs in the
# background so that a signal reaches the trap at once (bash defers traps while a foreground command
# runs); the cleanup then stops the driver as well as Tirek. tail shows its progress as it comes.
: >"$WORK/driver.out"
"$JAVA" -XX:+UseSerialGC "$BENCH_DIR/LoadDriver.java" \
    --base "http://127.0.0.1:$PORT" \
    --user "${BENCH_USER:-coordinator}" --password "${BENCH_PASSWORD:-coordinator-demo-2026}" \
    --concurrency "$CONCURRENCY" --sessions "$SESSIONS" --rounds "$ROUNDS" \
    --warmup "$WARMUP" --duration "$DURATION" --max-requests "$MAX_REQUESTS" \
    --phase dashboard=/ --phase static=/css/tirek.css --phase static-anon=/css/tirek.css:anon \
    --ratio dashboard:static --ratio dashboard:static-anon --ratio static:static-anon \
    --out "$WORK/load.tsv" >"$WORK/driver.out" 2>&1 &
DRIVER_PID=$!
SERVERS+=("$DRIVER_PID|")
tail -n +1 -f --pid="$DRIVER_PID" "$WORK/driver.out" &
TAIL_PID=$!
SERVERS+=("$TAIL_PID|")
DRIVER_RC=0
wait "$DRIVER_PID" || DRIVER_RC=$?
wait "$TAIL_PID" || true
kill -0 "$TIREK_PID" 2>/dev/null || { tail -n 40 "$WORK/tirek.log" >&2; die "Tirek died during the load"; }
MEM_LOAD=$(mem_sample "$TIREK_PID" "$DATA")
(( DRIVER_RC == 0 )) || { tail -n 20 "$WORK/tirek.log" >&2; die "the load driver failed (exit $DRIVER_RC)"; }
[[ -s $WORK/load.tsv ]] || die "the load driver wrote no results"

# ---- summary ---------------------------------------------------------------------------------------
col() { awk -F'\t' -v p="$1" -v c="$2" 'NR > 1 && $1 == p { print $c }' "$WORK/load.tsv"; }
echo
echo "== Tirek under load: dashboard vs static resource, same instance, same run =="
echo "machine: $(machine_line)"
echo "concurrency $CONCURRENCY, $SESSIONS session(s), warm-up ${WARMUP}s, ${DURATION}s measured per phase in $ROUNDS rounds (max $MAX_REQUESTS requests)," \
    "JAVA_OPTS='${JAVA_OPTS:-}'; start-up to first 200: $(ms_to_s "$START_MS") s"
printf '%-12s %-22s %9s %7s %9s %8s %8s %8s %8s %8s\n' \
    phase request requests errors "req/s" "mean ms" "p50 ms" "p90 ms" "p99 ms" "max ms"
for p in dashboard static static-anon; do
    cookie=$([[ $(col "$p" 3) == yes ]] && echo "" || echo " anon")
    printf '%-12s %-22s %9s %7s %9s %8s %8s %8s %8s %8s\n' "$p" "GET $(col "$p" 2)$cookie" \
        "$(col "$p" 4)" "$(col "$p" 5)" "$(col "$p" 7)" "$(col "$p" 8)" "$(col "$p" 9)" "$(col "$p" 10)" \
        "$(col "$p" 11)" "$(col "$p" 12)"
done
ratio3() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
echo "RATIO dashboard/static req/s = $(ratio3 "$(col dashboard 7)" "$(col static 7)")" \
    "(static is $(ratio "$(col static 7)" "$(col dashboard 7)")x the dashboard's rate);" \
    "p50 latency x$(ratio "$(col dashboard 9)" "$(col static 9)"), p99 latency x$(ratio "$(col dashboard 11)" "$(col static 11)")"
grep -h '^ratio dashboard/static per round' "$WORK/driver.out" || true
echo "ratio dashboard/static-anon req/s = $(ratio3 "$(col dashboard 7)" "$(col static-anon 7)");" \
    "static/static-anon req/s = $(ratio3 "$(col static 7)" "$(col static-anon 7)")"
echo
echo "Memory (MB):"
printf '%-22s %10s %10s %10s %8s %10s %10s\n' when "java RSS" "java peak" "java PSS" "pg procs" "pg RSS sum" "pg PSS sum"
for which in START LOAD; do
    declare -n m="MEM_$which"
    read -r a b c d e f <<<"$m"
    printf '%-22s %10s %10s %10s %8s %10s %10s\n' \
        "$([[ $which == START ]] && echo "after start (+${MEM_SETTLE}s)" || echo "after load")" \
        "$(kb_to_mb "$a")" "$(kb_to_mb "$b")" "$(kb_to_mb "$c")" "$d" "$(kb_to_mb "$e")" "$(kb_to_mb "$f")"
    unset -n m
done
stop_server "$TIREK_PID" "$DATA"
log "Tirek stopped in $STOPPED_MS ms"
