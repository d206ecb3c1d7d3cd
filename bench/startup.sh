#!/usr/bin/env bash
# Start-up benchmark: process launch -> first HTTP 200 on /actuator/health, with an empty data
# directory and with an existing one, next to two baselines from the same run on the same machine:
# `java -version` and a JDK-only HelloServer timed exactly like Tirek. Also the memory after start
# (Java RSS, embedded PostgreSQL's processes summed).
#
#   bench/startup.sh                 # RUNS=5 rounds, port 18090
#   RUNS=3 PORT=18095 bench/startup.sh
#
# Environment: RUNS (rounds, default 5), PORT (default 18090; keep within 18080-18099),
# JAVA_HOME (JDK >= 21), JAVA_OPTS (extra JVM flags for both Tirek and the baseline),
# BENCH_DEMO (TIREK_DEMO, default true), MEM_SETTLE (seconds to wait after the first 200 before
# reading memory, default 2), STARTUP_TIMEOUT (seconds, default 120), BENCH_REBUILD=1 (rebuild jar).
#
# The rounds are interleaved (baseline, empty, existing, baseline, empty, ...) so that drift in the
# machine's load hits every case alike. Round 0 starts with no unpacked PostgreSQL binaries at all
# (a private java.io.tmpdir), which is reported separately as "first start ever"; it also creates the
# data directory the "existing" runs reuse.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=${RUNS:-5}
PORT=${PORT:-18090}
MEM_SETTLE=${MEM_SETTLE:-2}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-120}
[[ $RUNS =~ ^[0-9]+$ ]] && (( RUNS >= 1 && RUNS <= 20 )) || die "RUNS must be 1..20"

bench_init startup
ensure_jar
port_must_be_free "$PORT"
compile_hello
log "work dir $WORK; jar $JAR; $RUNS rounds on port $PORT"

declare -a T_VERSION=() T_HELLO=() T_EMPTY=() T_EXISTING=() STARTED_EMPTY=() STARTED_EXISTING=()
declare -a M_EMPTY=() M_EXISTING=() STOP_MS=() C_HELLO=() C_EMPTY=() C_EXISTING=()

# "Started TirekApplication in X seconds" from a log, in ms.
spring_started_ms() {
    awk '/Started TirekApplication in/ { for (i = 1; i <= NF; i++) if ($i == "in") { printf "%.0f", $(i+1) * 1000; exit } }' "$1"
}

run_version() {
    local t0 t1
    t0=$(now_us)
    "$JAVA" ${JAVA_OPTS:-} -version >/dev/null 2>&1
    t1=$(now_us)
    T_VERSION+=($(( (t1 - t0) / 1000 )))
}

run_hello() {
    local ms
    start_hello "$PORT"
    wait_200 "$SERVER_PID" "$PORT" /health 30 "$WORK/hello.log"
    stop_server "$SERVER_PID" ""
    T_HELLO+=("$WAITED_MS")
    C_HELLO+=("$WAITED_CPU_MS")
}

# run_tirek KIND DATADIR LABEL -> appends to T_<KIND>, M_<KIND>, STARTED_<KIND>
run_tirek() {
    local kind=$1 datadir=$2 label=$3 logfile="$WORK/$3.log" ms cpu mem started stop
    start_tirek "$datadir" "$PORT" "$logfile"
    wait_200 "$SERVER_PID" "$PORT" /actuator/health "$STARTUP_TIMEOUT" "$logfile"
    ms=$WAITED_MS
    cpu=$WAITED_CPU_MS
    sleep "$MEM_SETTLE"
    mem=$(mem_sample "$SERVER_PID" "$datadir")
    started=$(spring_started_ms "$logfile")
    stop_server "$SERVER_PID" "$datadir"
    stop=$STOPPED_MS
    STOP_MS+=("$stop")
    log "$label: first 200 after ${ms} ms, java CPU ${cpu} ms (Spring: started in ${started:-?} ms); mem $mem; stop ${stop} ms"
    case $kind in
        first) T_FIRST=$ms; C_FIRST=$cpu; M_FIRST=$mem; STARTED_FIRST=$started ;;
        empty) T_EMPTY+=("$ms"); C_EMPTY+=("$cpu"); M_EMPTY+=("$mem"); STARTED_EMPTY+=("$started") ;;
        existing) T_EXISTING+=("$ms"); C_EXISTING+=("$cpu"); M_EXISTING+=("$mem"); STARTED_EXISTING+=("$started") ;;
    esac
}

EXISTING_DIR="$WORK/data-existing"
run_version
run_hello
run_tirek first "$EXISTING_DIR" round0-first-start
for (( r = 1; r <= RUNS; r++ )); do
    run_version
    run_hello
    run_tirek empty "$WORK/data-empty-$r" "round$r-empty"
    rm -rf "$WORK/data-empty-$r"
    run_tirek existing "$EXISTING_DIR" "round$r-existing"
done

# ---- summary ---------------------------------------------------------------------------------------
read -r v_med v_min v_max _ < <(printf '%s\n' "${T_VERSION[@]}" | stats)
read -r h_med h_min h_max _ < <(printf '%s\n' "${T_HELLO[@]}" | stats)
read -r e_med e_min e_max _ < <(printf '%s\n' "${T_EMPTY[@]}" | stats)
read -r x_med x_min x_max _ < <(printf '%s\n' "${T_EXISTING[@]}" | stats)
read -r ch_med _ < <(printf '%s\n' "${C_HELLO[@]}" | stats)
read -r ce_med ce_min ce_max _ < <(printf '%s\n' "${C_EMPTY[@]}" | stats)
read -r cx_med cx_min cx_max _ < <(printf '%s\n' "${C_EXISTING[@]}" | stats)
read -r se_med _ < <(printf '%s\n' "${STARTED_EMPTY[@]}" | stats)
read -r sx_med _ < <(printf '%s\n' "${STARTED_EXISTING[@]}" | stats)
read -r stop_med stop_min stop_max _ < <(printf '%s\n' "${STOP_MS[@]}" | stats)

# memory column N (1-based) of a list of mem_sample lines -> median
mem_med() { local col=$1; shift; printf '%s\n' "$@" | awk -v c="$col" '{ print $c }' | stats | awk '{ print $1 }'; }

echo
echo "== Tirek start-up: launch -> first HTTP 200 on /actuator/health =="
echo "machine: $(machine_line)"
echo "jar: $JAR ($(du -m "$JAR" | cut -f1) MB), JAVA_OPTS='${JAVA_OPTS:-}', TIREK_DEMO=${BENCH_DEMO:-true}, $RUNS rounds"
printf '%-46s %5s %9s %9s %9s %12s %12s\n' "case" "runs" "median s" "min s" "max s" "x hello" "x java -v"
row() { printf '%-46s %5s %9s %9s %9s %12s %12s\n' "$1" "$2" "$(ms_to_s "$3")" "$(ms_to_s "$4")" "$(ms_to_s "$5")" \
    "$(ratio "$3" "$h_med")" "$(ratio "$3" "$v_med")"; }
row "baseline: java -version (process exit)" "${#T_VERSION[@]}" "$v_med" "$v_min" "$v_max"
row "baseline: JDK HelloServer, first 200" "${#T_HELLO[@]}" "$h_med" "$h_min" "$h_max"
row "Tirek, empty data dir" "${#T_EMPTY[@]}" "$e_med" "$e_min" "$e_max"
row "Tirek, existing data dir" "${#T_EXISTING[@]}" "$x_med" "$x_min" "$x_max"
row "Tirek, first start ever (unpacks PG binaries)" 1 "$T_FIRST" "$T_FIRST" "$T_FIRST"
echo
echo "CPU time (user+sys, all JVM threads; not PostgreSQL's) used by the JVM when the first 200 came, s:"
printf '%-46s %9s %9s %9s %12s\n' "case" "median" "min" "max" "x hello"
printf '%-46s %9s %9s %9s %12s\n' "baseline: JDK HelloServer" "$(ms_to_s "$ch_med")" "" "" "1.0"
printf '%-46s %9s %9s %9s %12s\n' "Tirek, empty data dir" "$(ms_to_s "$ce_med")" "$(ms_to_s "$ce_min")" "$(ms_to_s "$ce_max")" "$(ratio "$ce_med" "$ch_med")"
printf '%-46s %9s %9s %9s %12s\n' "Tirek, existing data dir" "$(ms_to_s "$cx_med")" "$(ms_to_s "$cx_min")" "$(ms_to_s "$cx_max")" "$(ratio "$cx_med" "$ch_med")"
printf '%-46s %9s %9s %9s %12s\n' "Tirek, first start ever" "$(ms_to_s "$C_FIRST")" "" "" "$(ratio "$C_FIRST" "$ch_med")"
echo
echo "Spring's own 'Started in' (median): empty $(ms_to_s "${se_med:-0}") s, existing $(ms_to_s "${sx_med:-0}") s;" \
    "graceful stop (SIGTERM -> exit, incl. PostgreSQL): median $(ms_to_s "$stop_med") s (min $(ms_to_s "$stop_min"), max $(ms_to_s "$stop_max"))"
echo
echo "Memory ${MEM_SETTLE}s after the first 200 (median over runs, MB):"
printf '%-28s %10s %10s %10s %8s %10s %10s\n' "case" "java RSS" "java peak" "java PSS" "pg procs" "pg RSS sum" "pg PSS sum"
for kind in EMPTY EXISTING; do
    declare -n arr="M_$kind"
    printf '%-28s %10s %10s %10s %8s %10s %10s\n' "Tirek, ${kind,,} data dir" \
        "$(kb_to_mb "$(mem_med 1 "${arr[@]}")")" "$(kb_to_mb "$(mem_med 2 "${arr[@]}")")" \
        "$(kb_to_mb "$(mem_med 3 "${arr[@]}")")" "$(mem_med 4 "${arr[@]}")" \
        "$(kb_to_mb "$(mem_med 5 "${arr[@]}")")" "$(kb_to_mb "$(mem_med 6 "${arr[@]}")")"
    unset -n arr
done
echo
echo "raw wall ms: java -version ${T_VERSION[*]} | hello ${T_HELLO[*]} | empty ${T_EMPTY[*]} | existing ${T_EXISTING[*]} | first $T_FIRST"
echo "raw CPU ms:  hello ${C_HELLO[*]} | empty ${C_EMPTY[*]} | existing ${C_EXISTING[*]} | first $C_FIRST"
