#!/usr/bin/env bash
# Soak: families read while staff publish, as a city runs it (one node, H2, loopback). wrk reads a mix of every
# family page type in eight languages (src/bench/soak-mix.lua) while a publisher signs in to the back office over
# HTTP, changes a text of one school through the editor's form, sends it for review and publishes it from the
# Review page, every PUBLISH_EVERY seconds. Reports non-2xx answers and socket errors, p99 and the maximum latency,
# the heap after a full GC at the start and at the end, every publish's answer time, and each publish's staleness:
# how long after the publish answered until every URL of a sample shows the new text (0: the first request after
# the answer showed it). Results:
# target/soak/results.md.
#
#   src/bench/run-soak.sh                          (10 minutes, 64 connections; builds the bundle if it is missing)
#   DURATION=90 CONNECTIONS=32 src/bench/run-soak.sh
#
# Environment: DURATION (seconds of load, 600), CONNECTIONS (64), THREADS (2), PUBLISH_EVERY (seconds, 10),
# WARMUP (seconds, 60), UNCACHED_SHARE (share of requests that render a new list, 0.01), PORTAL_PORT (18310),
# BUNDLE (target/open-doors.jar: another build can be soaked the same way), STALE_LIMIT (seconds a sample URL may
# take to show a publish before it counts as stale, 30).
# Needs wrk, curl and the JDK's jcmd (Debian: apt-get install -y wrk curl). Only 127.0.0.1 is used: the portal's
# HTTP listener is bound to it; every load is bounded in time. Exit status 1 when a target is missed: a request
# failed or took over 1 s, a publish failed, or a change took over 1 s to show on every sample URL.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-600}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PUBLISH_EVERY=${PUBLISH_EVERY:-10}
WARMUP=${WARMUP:-60}
UNCACHED_SHARE=${UNCACHED_SHARE:-0.01}
PORTAL_PORT=${PORTAL_PORT:-18310}
BUNDLE=${BUNDLE:-target/open-doors.jar}
STALE_LIMIT=${STALE_LIMIT:-30}
base="http://127.0.0.1:$PORTAL_PORT"
out=target/soak
work=$(mktemp -d)
mkdir -p "$out"

for tool in wrk curl jcmd; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk curl; jcmd comes with the JDK)" >&2; exit 2; }
done
[ -f "$BUNDLE" ] || mvn -q -B package -DskipTests

cleanup() {
    [ -n "${wrk_pid:-}" ] && kill "$wrk_pid" 2>/dev/null || true
    [ -n "${portal_pid:-}" ] && kill "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# --- the portal, fresh data, listening on loopback only ------------------------------------------------------
# The bundle's own pre-boot commands, plus the HTTP listener's address (given at run time, the file replaces the
# bundled one).
{ cat src/main/payara/pre-boot-commands.asadmin
  echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1"
} > "$work/pre-boot.asadmin"
admin_password="soak-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
echo "Starting $BUNDLE on 127.0.0.1:$PORTAL_PORT …"
OPENDOORS_DATA_DIR="$work/data" OPENDOORS_CONTENT_DIR="$PWD/content" OPENDOORS_ADMIN_PASSWORD="$admin_password" \
    java -Xmx1g -jar "$BUNDLE" --port "$PORTAL_PORT" --prebootcommandfile "$work/pre-boot.asadmin" \
    > "$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 240); do
    curl -fs -o /dev/null "$base/en/" && break
    kill -0 "$portal_pid" 2>/dev/null || break
    sleep 1
done
curl -fs -o /dev/null "$base/en/" || { tail -50 "$work/portal.log" >&2; exit 1; }

# --- the family mix: every page type in eight languages ------------------------------------------------------
schools=(escola-la-sinia escola-el-moli institut-vallmar-vell collegi-stella-maris escola-el-roure institut-escola-far-de-vallmar)
for slug in "${schools[@]}"; do [ -d "content/schools/$slug" ] || { echo "content/schools/$slug is missing" >&2; exit 2; }; done
for lang in ca es en fr ar ur zh ru; do
    for path in / /schools "/schools?stage=primary&service=meals" "/schools?q=music" "/schools?q=hort" \
        "/schools?place=sant-roc" "/schools?near=41.4200,1.6500" "/schools?district=nucli-antic&ownership=public" \
        /guide "/guide?newcomer=yes&first=yes&child_stage=primary&costs=yes" /why \
        "/compare?school=escola-la-sinia&school=escola-el-moli" "/shortlist?school=escola-la-sinia&school=escola-el-roure" \
        /schools/escola-la-sinia/open-day-1.ics; do
        echo "/$lang$path"
    done
    for slug in "${schools[@]}"; do
        echo "/$lang/schools/$slug"
        echo "/$lang/schools/$slug?newcomer=yes&costs=yes"
    done
done > "$work/paths.txt"
while read -r path; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
    [ "$status" = 200 ] || { echo "The mix has a page that does not answer 200 ($status): $path" >&2; exit 1; }
done < "$work/paths.txt"
echo "The mix: $(wc -l < "$work/paths.txt") URLs, plus ${UNCACHED_SHARE} of requests a new point on the map."

# --- the publisher, over HTTP like a person with a browser --------------------------------------------------
# shellcheck source=src/bench/publisher.sh
source src/bench/publisher.sh

# Publishes version N and prints "answer_ms staleness_ms".
publish() {
    local n=$1 marker="soakmark${1}x$RANDOM" times started answered stale
    times=$(publish_change "$n" "$marker") || return 1
    read -r started answered <<< "$times"
    stale=$(staleness "$base" "$marker" "$answered" "$STALE_LIMIT") || { echo "publish $n: not shown" >&2; return 1; }
    echo "$((answered - started)) $stale"
}

heap_after_full_gc() { # used heap in MB after a full collection
    jcmd "$portal_pid" GC.run > /dev/null
    jcmd "$portal_pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024; exit } }'
}

# --- the run -------------------------------------------------------------------------------------------------
export SOAK_PATHS="$work/paths.txt" UNCACHED_SHARE
# Family load for $1 seconds (wrk's summary in $2) with a publish every PUBLISH_EVERY seconds, numbered from $3;
# each publish's "answer_ms staleness_ms" appended to $4, each failure counted in failed_publishes.
load_with_publishes() {
    local seconds=$1 summary=$2 results=$4
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency -s src/bench/soak-mix.lua "$base/" \
        > "$summary" 2>&1 &
    wrk_pid=$!
    publishes=$3
    sleep "$PUBLISH_EVERY"
    while kill -0 "$wrk_pid" 2>/dev/null; do
        publishes=$((publishes + 1))
        if result=$(publish "$publishes"); then
            echo "$result" >> "$results"
            echo "  publish $publishes: answered in ${result% *} ms, every sample URL showed it ${result#* } ms later"
        else
            failed_publishes=$((failed_publishes + 1))
        fi
        for _ in $(seq "$PUBLISH_EVERY"); do kill -0 "$wrk_pid" 2>/dev/null && sleep 1; done
    done
    wait "$wrk_pid" || true
    wrk_pid=
}
sign_in
failed_publishes=0
# The warm-up is the soak's own mix, publishes included, so that the JIT has compiled what the soak runs: a
# server's first minute is not what families meet on an ordinary day.
echo "Warming up for ${WARMUP}s (the same load, publishes included) …"
load_with_publishes "$WARMUP" "$work/warm-up.txt" 1000 "$work/warm-up-publishes.txt"
warm_up_failures=$failed_publishes
heap_start=$(heap_after_full_gc)
echo "Heap after a full GC: ${heap_start} MB. Soaking for ${DURATION}s at $CONNECTIONS connections, publishing every ${PUBLISH_EVERY}s …"
failed_publishes=0
: > "$work/publishes.txt"
load_with_publishes "$DURATION" "$work/wrk.txt" 0 "$work/publishes.txt"
heap_end=$(heap_after_full_gc)
soak_line=$(grep '^SOAK ' "$work/wrk.txt" || true)
[ -n "$soak_line" ] || { cat "$work/wrk.txt" >&2; exit 1; }
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<< " ${soak_line#SOAK }"; }
errors=$(( $(field non2xx) + $(field connect) + $(field read) + $(field write) + $(field timeout) ))
publish_stats=$(awk '{ n++; a += $1; if ($1 > am) am = $1; if ($2 > sm) sm = $2; s += $2 }
    END { if (n) printf "%d %.0f %d %.0f %d", n, a / n, am, s / n, sm; else print "0 0 0 0 0" }' "$work/publishes.txt")
read -r ok_publishes answer_avg answer_max stale_avg stale_max <<< "$publish_stats"
severe=$(grep -c 'SEVERE' "$work/portal.log" || true)

{
    echo "Soaked $(date -u +%Y-%m-%d) on $(nproc) cores: $BUNDLE, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s after a ${WARMUP}s warm-up of the same load, gzip, loopback;"
    echo "$(wc -l < "$work/paths.txt") family URLs (every page type, eight languages) + ${UNCACHED_SHARE} new map points; a publish every ${PUBLISH_EVERY}s."
    echo
    echo "| requests | requests/s | non-2xx | socket errors (connect/read/write/timeout) | p50 | p99 | p99.9 | max |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '| %s | %.0f | %s | %s/%s/%s/%s | %s ms | %s ms | %s ms | %s ms |\n' "$(field requests)" \
        "$(awk -v r="$(field requests)" -v s="$(field seconds)" 'BEGIN { print r / s }')" "$(field non2xx)" \
        "$(field connect)" "$(field read)" "$(field write)" "$(field timeout)" \
        "$(field p50)" "$(field p99)" "$(field p999)" "$(field max)"
    echo
    echo "| publishes (answered / tried) | publish answer avg / max | staleness after the answer avg / max | heap after full GC start → end | SEVERE log lines |"
    echo "|---|---|---|---|---|"
    echo "| $ok_publishes / $publishes | $answer_avg / $answer_max ms | $stale_avg / $stale_max ms | $heap_start → $heap_end MB | $severe |"
} > "$out/results.md"
cat "$out/results.md"
cp "$work/portal.log" "$out/portal.log"
# The targets: no failed request, none over a second, every publish answered and shown everywhere within a second.
max_ms=$(field max); max_ms=${max_ms%.*}
missed=()
[ "$errors" -eq 0 ] || missed+=("$errors requests failed")
[ "$max_ms" -le 1000 ] || missed+=("the slowest request took ${max_ms} ms")
[ "$publishes" -gt 0 ] && [ "$failed_publishes" -eq 0 ] || missed+=("$failed_publishes of $publishes publishes failed")
[ "$warm_up_failures" -eq 0 ] || missed+=("$warm_up_failures publishes failed during the warm-up")
[ "$stale_max" -le 1000 ] || missed+=("a change took ${stale_max} ms to show everywhere")
if [ ${#missed[@]} -gt 0 ]; then
    printf 'Target missed: %s\n' "${missed[@]}" | tee -a "$out/results.md" >&2
    exit 1
fi
echo "Every target met: 0 failed requests, none over 1 s, every change shown everywhere within 1 s." | tee -a "$out/results.md"
