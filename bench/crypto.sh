#!/usr/bin/env bash
# Vault encryption benchmark: field encryption (FieldEncryption.seal/open) and file streaming
# (StreamEncryption) through Tirek's real beans, against raw javax.crypto AES-256-GCM in the same JVM
# run, and against `openssl speed -evp aes-256-gcm` on the same machine in the same script.
# Driven by bench/CryptoBench.java, compiled here against the classes and libraries of
# target/tirek.jar (extracted with -Djarmode=tools); it starts Tirek's Spring context without a web
# server on a fresh embedded PostgreSQL in this script's temporary directory. No port is used.
#
#   bench/crypto.sh                                   # about 2 minutes on 2 cores
#   CRYPTO_ROUNDS=9 STREAM_MIB=512 bench/crypto.sh
#   OPENSSL=none bench/crypto.sh                      # without the openssl baseline
#
# Environment: CRYPTO_ROUNDS (measured rounds, default 5), CRYPTO_WARMUP (warm-up rounds, default 2),
# SLICE_MS (time per field case per round, default 300), FIELD_SIZES (default 64,1024,16384),
# STREAM_MIB (default 256; the ciphertext is kept in memory, so the heap must hold it),
# IO_BUFFER (bytes per write/read on the API streams, default 16384 as InputStream.transferTo),
# OPENSSL (path, or "none"; default: openssl on the PATH), OPENSSL_SECONDS (per openssl run,
# default 1), BREAKDOWN=1 (also time Tink plus only what a String API needs, an emulation of the
# FieldEncryptionImpl before vault-perf, and the bean without its Spring proxy if it has one, to show
# where the time goes), JAVA_HOME (JDK >= 21), JAVA_OPTS (extra JVM flags), BENCH_REBUILD=1 (rebuild the jar),
# TIREK_JAR (benchmark another build), BENCH_KEEP_ON_FAILURE=1.
#
# Goals (from the acceptance text): streaming >= 0.5x openssl, fields >= 0.8x raw JCE. The script
# prints the figures and the ratios; it exits non-zero only when something broke.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CRYPTO_ROUNDS=${CRYPTO_ROUNDS:-5}
CRYPTO_WARMUP=${CRYPTO_WARMUP:-2}
SLICE_MS=${SLICE_MS:-300}
FIELD_SIZES=${FIELD_SIZES:-64,1024,16384}
STREAM_MIB=${STREAM_MIB:-256}
IO_BUFFER=${IO_BUFFER:-16384}
OPENSSL_SECONDS=${OPENSSL_SECONDS:-1}
BREAKDOWN=${BREAKDOWN:-0}
OPENSSL=${OPENSSL:-$(command -v openssl || echo none)}
[[ $OPENSSL_SECONDS =~ ^[0-9]+$ ]] && (( OPENSSL_SECONDS >= 1 && OPENSSL_SECONDS <= 30 )) \
    || die "OPENSSL_SECONDS must be 1..30"

bench_init crypto
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
"$JAVAC" -nowarn -d "$WORK/cls" -cp "$CP" "$BENCH_DIR/CryptoBench.java" || die "cannot compile CryptoBench.java"

echo
echo "== Tirek vault encryption: API vs raw javax.crypto AES-256-GCM vs openssl, same machine, same run =="
echo "machine: $(machine_line)"
echo "jar: $JAR; JAVA_OPTS='${JAVA_OPTS:-}'; $(date -u '+%Y-%m-%d %H:%M UTC')"

# ---- openssl: the standard table once (informational), then per round from CryptoBench -------------
if [[ $OPENSSL != none ]]; then
    [[ -x $OPENSSL ]] || die "OPENSSL=$OPENSSL is not an executable (set OPENSSL=none to skip it)"
    echo "openssl: $("$OPENSSL" version)"
    # -mr prints "+H:16:64:..." (block sizes) and "+F:n:name:v1:v2:..." (bytes per second)
    openssl_table() {
        local label=$1; shift
        local out h f
        out=$("$OPENSSL" speed -elapsed -seconds "$OPENSSL_SECONDS" -mr "$@" -evp aes-256-gcm 2>&1) \
            || { echo "$out" >&2; die "openssl speed $* failed"; }
        h=$(grep '^+H:' <<<"$out" | tail -n 1 | cut -d: -f2-)
        f=$(grep '^+F:' <<<"$out" | tail -n 1 | cut -d: -f4-)
        [[ -n $h && -n $f ]] || { echo "$out" >&2; die "no figures from openssl speed $*"; }
        printf '%-44s' "$label"
        paste -d' ' <(tr ':' '\n' <<<"$h") <(tr ':' '\n' <<<"$f") \
            | awk '{ printf " %6s B %7.0f", $1, $2 / 1e6 } END { print "" }'
    }
    log "openssl speed -evp aes-256-gcm (${OPENSSL_SECONDS}s per block size)"
    echo "openssl speed, MB/s by block size (-elapsed -seconds $OPENSSL_SECONDS; 1 MB = 10^6 bytes):"
    openssl_table "-evp aes-256-gcm (encrypt, one IV for all)"
    openssl_table "-aead -evp aes-256-gcm (IV+AAD+tag per block)" -aead
else
    log "OPENSSL=none: no openssl baseline"
fi
echo

# ---- the Java side -----------------------------------------------------------------------------------
# In the background, so that a signal reaches the trap at once; the EXIT trap stops it (and its
# PostgreSQL, found through $WORK/data/pg/postmaster.pid) if the script ends early.
: >"$WORK/bench.out"
TIREK_DEMO=false "$JAVA" ${JAVA_OPTS:-} -Djava.io.tmpdir="$WORK/jtmp" -cp "$WORK/cls:$CP" CryptoBench \
    --data-dir "$WORK/data" --field-sizes "$FIELD_SIZES" --stream-mib "$STREAM_MIB" --io-buffer "$IO_BUFFER" \
    --rounds "$CRYPTO_ROUNDS" --warmup "$CRYPTO_WARMUP" --slice-ms "$SLICE_MS" \
    --openssl "$OPENSSL" --openssl-seconds "$OPENSSL_SECONDS" --breakdown "$([[ $BREAKDOWN == 1 ]] && echo true || echo false)" >"$WORK/bench.out" 2>&1 &
BENCH_PID=$!
SERVERS+=("$BENCH_PID|$WORK/data")
tail -n +1 -f --pid="$BENCH_PID" "$WORK/bench.out" | grep --line-buffered -v -E '^WARNING: .*(sun\.misc\.Unsafe|terminally deprecated|Please consider reporting)' &
TAIL_PID=$!
BENCH_RC=0
wait "$BENCH_PID" || BENCH_RC=$?
wait "$TAIL_PID" 2>/dev/null || true
# the JVM closes the Spring context, which stops PostgreSQL; stop one left behind all the same
stop_server "$BENCH_PID" "$WORK/data"
(( BENCH_RC == 0 )) || die "CryptoBench failed (exit $BENCH_RC)"
grep -q '^RESULT ' "$WORK/bench.out" || die "CryptoBench printed no results"

echo
echo "bench/crypto.sh: $(( SECONDS - started )) s (after the build)"
