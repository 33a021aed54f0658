#!/usr/bin/env bash
# Soak test of `vanban ingest`: N distinct documents (the dev corpus repeated, each copy with a line of its
# own so that no two hashes agree), ingested with kill -9 at random moments several times and resumed,
# must end with exactly the register of one uninterrupted run. Prints the peak memory of each run.
#
#   scripts/ingest-soak.sh [N] [KILLS]       N documents (default 2000), KILLS interruptions (default 5)
#
# Environment: SCRATCH (build folder, default .build), KEEP=1 keeps the temporary folder,
# DEV (the corpus to repeat, default ../shared/corpus/dev, else Corpus/).
# Needs sqlite3 (Debian's sqlite3) to read the registers.
set -euo pipefail

N=${1:-2000}
KILLS=${2:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCRATCH=${SCRATCH:-.build}
DEV=${DEV:-$ROOT/../shared/corpus/dev}
[ -d "$DEV" ] || DEV=$ROOT/Corpus
command -v sqlite3 >/dev/null || { echo "ingest-soak: needs sqlite3 (apt-get install sqlite3)" >&2; exit 2; }

echo "ingest-soak: building (release)…" >&2
(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --product vanban >&2)
BIN=$(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/vanban

WORK=$(mktemp -d "${TMPDIR:-/tmp}/vanban-soak.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "ingest-soak: keeping $WORK" >&2; else trap 'rm -rf "$WORK"' EXIT; fi

# --- N documents, 1000 to a folder; bash builtins only, so 20,000 files take seconds.
sources=("$DEV"/*.txt)
texts=()
for f in "${sources[@]}"; do texts+=("$(<"$f")"); done
for ((i = 0; i < N; i++)); do
    k=$((i % ${#sources[@]}))
    printf -v dir '%s/docs/%03d' "$WORK" $((i / 1000))
    [ -d "$dir" ] || mkdir -p "$dir"
    printf -v file '%s/%06d-%s' "$dir" "$i" "${sources[$k]##*/}"
    printf '%s\nBản sao kiểm thử số %d.\n' "${texts[$k]}" "$i" > "$file"
done
echo "ingest-soak: $N documents from ${#sources[@]} in $DEV" >&2

# run_measured LOG CMD…: runs CMD in the background, sets PID; PEAK_FILE gets the peak RSS in KiB.
have_time=0
[ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1 && have_time=1
start_measured() {
    local log=$1; shift
    if [ $have_time = 1 ]; then
        /usr/bin/time -f 'peak-rss-kib %M' -o "$log.rss" "$@" >/dev/null 2>"$log" &
    else
        "$@" >/dev/null 2>"$log" &
    fi
    PID=$!
}
# The ingest's own pid (the child of /usr/bin/time, when it is used).
ingest_pid() {
    if [ $have_time = 1 ]; then { pgrep -P "$PID" || true; } | head -1; else echo "$PID"; fi
}
# Peak RSS in KiB of a finished measured run (from /usr/bin/time), or from polling /proc (VmHWM).
peak_of() {
    if [ -s "$1.rss" ]; then awk '/peak-rss-kib/ { print $2 }' "$1.rss"; else cat "$1.hwm" 2>/dev/null || echo 0; fi
}
poll_hwm() {  # poll_hwm LOG: while the ingest runs, keep its VmHWM (for runs that are killed)
    local log=$1 pid hwm
    pid=$(ingest_pid)
    while kill -0 "$PID" 2>/dev/null; do
        hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
        [ -n "$hwm" ] && echo "$hwm" > "$log.hwm"
        sleep 0.2
        [ -n "$pid" ] || pid=$(ingest_pid)
    done
}
register_of() {  # the register's content: ids, hashes, paths, in order (ngày đến left out: it is the clock)
    sqlite3 "$1" "SELECT id, sha256, path, status, number, date FROM documents ORDER BY id"
}

# --- 1. One uninterrupted run.
t0=$(date +%s.%N)
start_measured "$WORK/straight.log" "$BIN" ingest "$WORK/docs" --db "$WORK/straight.sqlite"
poll_hwm "$WORK/straight.log" & poller=$!
status=0; wait "$PID" || status=$?
wait "$poller" 2>/dev/null || true
t1=$(date +%s.%N)
straight_seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
[ $status = 0 ] || { echo "ingest-soak: the uninterrupted run failed ($status)" >&2; tail -5 "$WORK/straight.log" >&2; exit 1; }
straight_peak=$(peak_of "$WORK/straight.log")
echo "ingest-soak: uninterrupted: ${straight_seconds} s, peak RSS $((straight_peak / 1024)) MiB" >&2
grep '^vanban: ingest:' "$WORK/straight.log" | tail -1 >&2

# --- 2. The same, killed KILLS times at random moments, then resumed to the end.
ms=$(awk -v s="$straight_seconds" 'BEGIN { printf "%d", s * 1000 }')
peaks=()
for ((k = 1; k <= KILLS; k++)); do
    delay=$(awk -v ms="$ms" -v seed="$RANDOM" 'BEGIN { srand(seed); printf "%.3f", (0.05 + 0.9 * rand()) * ms / 1000 / 3 }')
    start_measured "$WORK/kill$k.log" "$BIN" ingest "$WORK/docs" --db "$WORK/resumed.sqlite"
    poll_hwm "$WORK/kill$k.log" & poller=$!
    sleep "$delay"
    target=$(ingest_pid)
    if [ -n "$target" ] && kill -9 "$target" 2>/dev/null; then how="killed after ${delay} s"; else how="had finished before ${delay} s"; fi
    wait "$PID" 2>/dev/null || true
    wait "$poller" 2>/dev/null || true
    integrity=$({ sqlite3 "$WORK/resumed.sqlite" "PRAGMA integrity_check" 2>&1 || true; } | head -1)
    registered=$(sqlite3 "$WORK/resumed.sqlite" "SELECT count(*) FROM documents WHERE status = 'ok'" 2>&1 || true)
    peaks+=("$(peak_of "$WORK/kill$k.log")")
    echo "ingest-soak: run $k $how: $registered registered so far, integrity_check: $integrity" >&2
    [ "$integrity" = ok ] || { echo "ingest-soak: FAIL: the register is damaged" >&2; exit 1; }
done
start_measured "$WORK/resume.log" "$BIN" ingest "$WORK/docs" --db "$WORK/resumed.sqlite"
poll_hwm "$WORK/resume.log" & poller=$!
status=0; wait "$PID" || status=$?
wait "$poller" 2>/dev/null || true
peaks+=("$(peak_of "$WORK/resume.log")")
[ $status = 0 ] || { echo "ingest-soak: the final resume failed ($status)" >&2; tail -5 "$WORK/resume.log" >&2; exit 1; }
grep '^vanban: ingest:' "$WORK/resume.log" | tail -1 >&2

# --- 3. Compare.
a=$(sqlite3 "$WORK/straight.sqlite" "SELECT count(*), sum(status = 'ok') FROM documents; SELECT count(*) FROM \"references\"; SELECT count(*) FROM diagnostics")
b=$(sqlite3 "$WORK/resumed.sqlite" "SELECT count(*), sum(status = 'ok') FROM documents; SELECT count(*) FROM \"references\"; SELECT count(*) FROM diagnostics")
hash_a=$(sqlite3 "$WORK/straight.sqlite" "SELECT sha256 FROM documents ORDER BY sha256" | sha256sum | cut -c1-16)
hash_b=$(sqlite3 "$WORK/resumed.sqlite" "SELECT sha256 FROM documents ORDER BY sha256" | sha256sum | cut -c1-16)
rows_a=$(register_of "$WORK/straight.sqlite" | sha256sum | cut -c1-16)
rows_b=$(register_of "$WORK/resumed.sqlite" | sha256sum | cut -c1-16)
max_peak=0
for p in "${peaks[@]}"; do [ "$p" -gt "$max_peak" ] && max_peak=$p; done
echo "ingest-soak: N=$N kills=$KILLS"
echo "  uninterrupted: $(echo "$a" | tr '\n' ' ')(documents, ok; references; diagnostics) sha256 list $hash_a, rows $rows_a, ${straight_seconds} s, peak RSS $((straight_peak / 1024)) MiB"
echo "  interrupted:   $(echo "$b" | tr '\n' ' ')(documents, ok; references; diagnostics) sha256 list $hash_b, rows $rows_b, peak RSS $((max_peak / 1024)) MiB (max of $((KILLS + 1)) runs)"
echo "  register size: $(du -h "$WORK/straight.sqlite" | cut -f1)"
if [ "$a" = "$b" ] && [ "$hash_a" = "$hash_b" ] && [ "$rows_a" = "$rows_b" ] && [ "$(echo "$a" | head -1)" = "$N|$N" ]; then
    echo "ingest-soak: PASS: the resumed register equals the uninterrupted one"
else
    echo "ingest-soak: FAIL: the registers differ"
    exit 1
fi
