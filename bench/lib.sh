# Shared helpers for bench/*.sh. Source it; do not run it.
# Everything a script starts is registered here and stopped by the EXIT trap, and every process this
# file kills must carry the script's own temporary directory ($WORK) on its command line, so a bench
# never touches a server it did not start.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
JAR=${TIREK_JAR:-$REPO_DIR/target/tirek.jar}   # TIREK_JAR: bench another build of the jar
WORK=""
SERVERS=()          # "pid|datadir" of every process started, datadir may be empty

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# Picks a JDK >= 21: $JAVA_HOME if it is one, else Temurin 25 where these machines have it.
bench_java() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
        [[ -n $candidate && -x $candidate/bin/java && -x $candidate/bin/javac ]] || continue
        local spec
        spec=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
            | awk -F'= ' '/java.specification.version/ {print $2}')
        if [[ ${spec%%.*} =~ ^[0-9]+$ ]] && (( ${spec%%.*} >= 21 )); then
            export JAVA_HOME=$candidate
            JAVA="$candidate/bin/java"
            JAVAC="$candidate/bin/javac"
            JAVA_SPEC=$spec
            return 0
        fi
    done
    die "no JDK >= 21 found: set JAVA_HOME (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)"
}

# Builds target/tirek.jar when it is missing (or when BENCH_REBUILD=1).
ensure_jar() {
    if [[ -n ${TIREK_JAR:-} ]]; then
        [[ -f $JAR ]] || die "TIREK_JAR=$JAR does not exist"
        return 0
    fi
    if [[ ! -f $JAR || ${BENCH_REBUILD:-0} == 1 ]]; then
        log "building $JAR (mvn -B -q package -DskipTests)"
        (cd "$REPO_DIR" && mvn -B -q package -DskipTests) >&2 || die "maven build failed"
        [[ -f $JAR ]] || die "the build did not produce $JAR"
    fi
}

bench_init() {
    local name=$1
    bench_java
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/tirek-$name.XXXXXX")
    mkdir -p "$WORK/jtmp"
    trap bench_cleanup EXIT
    trap 'log "interrupted"; exit 130' INT TERM
}

bench_cleanup() {
    local rc=$?
    trap - EXIT
    local entry
    for entry in "${SERVERS[@]}"; do
        stop_server "${entry%%|*}" "${entry#*|}" >/dev/null 2>&1 || true
    done
    if [[ -n $WORK && -d $WORK ]]; then
        if (( rc != 0 )) && [[ ${BENCH_KEEP_ON_FAILURE:-0} == 1 ]]; then
            log "kept $WORK for inspection"
        else
            rm -rf "$WORK"
        fi
    fi
    exit "$rc"
}

now_us() { local t=$EPOCHREALTIME; echo "${t/./}"; }

# True when /proc/PID exists and its command line mentions $WORK (i.e. this script started it).
ours() {
    local pid=$1
    [[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$WORK"
}

# HTTP status of GET 127.0.0.1:PORT/PATH, or 000 when nothing answers. Uses bash's /dev/tcp, so it
# needs no curl and forks nothing.
http_status() {
    local port=$1 path=$2 line="" fd code
    if ! { exec {fd}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then echo 000; return 0; fi
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&"$fd"
    IFS= read -r -t 5 line <&"$fd" || true
    exec {fd}>&-
    line=${line%$'\r'}
    code=${line#* }; code=${code%% *}
    [[ $code =~ ^[0-9]{3}$ ]] || code=000
    echo "$code"
}

port_must_be_free() {
    [[ $(http_status "$1" /) == 000 ]] || die "port $1 is already in use; set PORT to another of 18080-18099"
}

# start_tirek DATADIR PORT LOG: launches the jar; sets SERVER_PID and START_US (launch instant).
start_tirek() {
    local datadir=$1 port=$2 logfile=$3
    START_US=$(now_us)
    TIREK_DEMO=${BENCH_DEMO:-true} TIREK_DATA_DIR="$datadir" SERVER_PORT="$port" \
        "$JAVA" ${JAVA_OPTS:-} -Djava.io.tmpdir="$WORK/jtmp" -jar "$JAR" >"$logfile" 2>&1 &
    SERVER_PID=$!
    SERVERS+=("$SERVER_PID|$datadir")
}

# start_hello PORT: the JDK-only baseline server (bench/HelloServer.java, compiled into $WORK/hello).
start_hello() {
    local port=$1
    START_US=$(now_us)
    "$JAVA" ${JAVA_OPTS:-} -cp "$WORK/hello" HelloServer "$port" >"$WORK/hello.log" 2>&1 &
    SERVER_PID=$!
    SERVERS+=("$SERVER_PID|")
}

compile_hello() {
    mkdir -p "$WORK/hello"
    "$JAVAC" -d "$WORK/hello" "$BENCH_DIR/HelloServer.java" || die "cannot compile HelloServer.java"
}

# wait_200 PID PORT PATH TIMEOUT_S LOG: polls every 20 ms until GET PATH answers 200 and sets
# WAITED_MS to the milliseconds since START_US, and WAITED_CPU_MS to the CPU time (user + system, all
# threads) the process had used by then. Fails if the process exits or the timeout passes.
# (Sets a variable rather than printing, so that it runs in the script's own shell, where a signal's
# trap fires within one poll instead of after a command substitution ends.)
wait_200() {
    local pid=$1 port=$2 path=$3 timeout_s=$4 logfile=${5:-}
    local deadline=$(( $(now_us) + timeout_s * 1000000 ))
    while true; do
        if [[ $(http_status "$port" "$path") == 200 ]]; then
            WAITED_MS=$(( ($(now_us) - START_US) / 1000 ))
            WAITED_CPU_MS=$(cpu_ms "$pid")
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            [[ -n $logfile ]] && tail -n 40 "$logfile" >&2
            die "process $pid exited before $path answered 200"
        fi
        if (( $(now_us) > deadline )); then
            [[ -n $logfile ]] && tail -n 40 "$logfile" >&2
            die "no 200 from $path within ${timeout_s}s"
        fi
        sleep 0.02
    done
}

CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)

# CPU time (user + system) used so far by PID, in ms. Unlike wall time it barely moves when other
# processes compete for the cores, which makes it the steadier figure on a busy machine.
cpu_ms() {
    local line rest
    IFS= read -r line <"/proc/$1/stat" 2>/dev/null || { echo 0; return 0; }
    rest=${line##*) }
    set -- $rest
    echo $(( (${12} + ${13}) * 1000 / CLK_TCK ))
}

postmaster_pid() {
    local pidfile=$1/pg/postmaster.pid pm
    [[ -n $1 && -r $pidfile ]] || return 0
    pm=$(head -n 1 "$pidfile" 2>/dev/null) || return 0
    [[ $pm =~ ^[0-9]+$ ]] && ours "$pm" && echo "$pm"
    return 0
}

# The postmaster of DATADIR and its children (zonky starts it with pg_ctl, so it is not a child of
# the JVM: it is found through postmaster.pid).
pg_pids() {
    local pm stat line rest
    pm=$(postmaster_pid "$1")
    [[ -n $pm ]] || return 0
    echo "$pm"
    for stat in /proc/[0-9]*/stat; do
        IFS= read -r line <"$stat" 2>/dev/null || continue
        rest=${line##*) }
        set -- $rest
        [[ ${2:-} == "$pm" ]] && { stat=${stat#/proc/}; echo "${stat%/stat}"; }
    done
    return 0
}

kb_field() { awk -v f="$2:" '$1 == f { print $2; exit }' "$1" 2>/dev/null; }

# mem_sample PID DATADIR -> "java_rss_kb java_hwm_kb java_pss_kb pg_count pg_rss_kb pg_pss_kb"
# pg RSS adds up every process's RSS and so counts shared buffers once per process; PSS shares them out.
mem_sample() {
    local pid=$1 datadir=$2 p n=0 rss=0 pss=0 v
    local jrss jhwm jpss
    jrss=$(kb_field "/proc/$pid/status" VmRSS); jhwm=$(kb_field "/proc/$pid/status" VmHWM)
    jpss=$(kb_field "/proc/$pid/smaps_rollup" Pss)
    for p in $(pg_pids "$datadir"); do
        v=$(kb_field "/proc/$p/status" VmRSS); rss=$(( rss + ${v:-0} ))
        v=$(kb_field "/proc/$p/smaps_rollup" Pss); pss=$(( pss + ${v:-0} ))
        n=$(( n + 1 ))
    done
    echo "${jrss:-0} ${jhwm:-0} ${jpss:-0} $n $rss $pss"
}

# stop_server PID DATADIR: SIGTERM (Tirek then stops its PostgreSQL), SIGKILL after 30 s, and a
# postmaster left behind is stopped too. Sets STOPPED_MS to the milliseconds the JVM took to exit.
stop_server() {
    local pid=$1 datadir=$2 t0 pm i
    t0=$(now_us)
    if ours "$pid"; then
        kill -TERM "$pid" 2>/dev/null || true
        for (( i = 0; i < 1500; i++ )); do kill -0 "$pid" 2>/dev/null || break; sleep 0.02; done
        if kill -0 "$pid" 2>/dev/null && ours "$pid"; then
            log "pid $pid ignored SIGTERM for 30 s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    wait "$pid" 2>/dev/null || true
    STOPPED_MS=$(( ($(now_us) - t0) / 1000 ))
    pm=$(postmaster_pid "$datadir")
    if [[ -n $pm ]]; then
        log "postmaster $pm outlived its JVM; stopping it"
        kill -TERM "$pm" 2>/dev/null || true
        for (( i = 0; i < 750; i++ )); do kill -0 "$pm" 2>/dev/null || break; sleep 0.02; done
        kill -0 "$pm" 2>/dev/null && kill -KILL "$pm" 2>/dev/null || true
    fi
    return 0
}

# stats < numbers -> "median min max count"
stats() {
    sort -n | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "NaN NaN NaN 0"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        print m, v[1], v[NR], NR }'
}

ms_to_s() { awk -v v="$1" 'BEGIN { printf "%.2f", v / 1000 }'; }
kb_to_mb() { awk -v v="$1" 'BEGIN { printf "%.0f", v / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }

machine_line() {
    local cpu
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    echo "$(hostname) | $(nproc) cores ($cpu) | $(awk '/MemTotal/ { printf "%.0f GiB", $2/1048576 }' /proc/meminfo) |" \
        "load avg $(cut -d' ' -f1-3 /proc/loadavg) | java $JAVA_SPEC ($JAVA_HOME)"
}
