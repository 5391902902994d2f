#!/usr/bin/env bash
# Two nodes behind nginx, publishes every few seconds, one node killed: families read through the proxy (the
# README's nginx configuration for several nodes) from two portals on one PostgreSQL schema; a publisher signs in
# through the proxy and publishes a changed text every PUBLISH_EVERY seconds; halfway through, node B is killed with
# -9 and started again at once. The nodes form one data grid (OPENDOORS_CLUSTER) and announce publishes on it. Reports the requests, non-2xx answers and socket errors through the proxy, the
# latency, how long each publish took to show on each running node, when B was ready again and whether it served the
# newest publish at once, and whether every save the back office acknowledged is in the database. Results:
# target/two-nodes/results.md. Exit status 1 when a family got anything but a 2xx, a publish failed or took longer
# than STALE_LIMIT_MS to show on a running node, or an acknowledged save is missing.
#
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/opendoors_ci PG_USER=opendoors_ci PG_PASSWORD=… src/bench/run-two-nodes.sh
#
# Environment: PG_URL, PG_USER, PG_PASSWORD (a database the user may create a schema in; default: the one .ci/run
# makes), DURATION (seconds of load, 600), CONNECTIONS (32), THREADS (2), PUBLISH_EVERY (seconds, 10),
# STALE_LIMIT_MS (2000), NODE_A_PORT (18330), NODE_B_PORT (18331), PROXY_PORT (18332). Needs wrk, nginx, psql and
# curl (Debian: apt-get install -y wrk nginx postgresql-client curl). Only loopback addresses are used; the schema
# is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/opendoors_ci}
PG_USER=${PG_USER:-opendoors_ci}
PG_PASSWORD=${PG_PASSWORD:-opendoors_ci}
DURATION=${DURATION:-600}
PUBLISH_EVERY=${PUBLISH_EVERY:-10}
STALE_LIMIT_MS=${STALE_LIMIT_MS:-2000}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
NODE_A_PORT=${NODE_A_PORT:-18330}
NODE_B_PORT=${NODE_B_PORT:-18331}
PROXY_PORT=${PROXY_PORT:-18332}
out=target/two-nodes
work=$(mktemp -d)
mkdir -p "$out"

for tool in wrk nginx psql curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk nginx postgresql-client curl)" >&2; exit 2; }
done
[ -f target/open-doors.jar ] || mvn -q -B package -DskipTests

address=${PG_URL#jdbc:postgresql://}
pg_host=${address%%[:/]*}
pg_port=$(echo "$address" | sed -n 's/^[^:/]*:\([0-9]*\).*/\1/p')
pg_db=${address#*/}
pg_db=${pg_db%%\?*}
schema="two_nodes_bench_$(date +%s)"
sql() { PGPASSWORD="$PG_PASSWORD" psql -q -h "$pg_host" -p "${pg_port:-5432}" -U "$PG_USER" "$pg_db" -c "$1"; }
admin_password="two-nodes-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

cleanup() {
    [ -n "${wrk_pid:-}" ] && kill "$wrk_pid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    [ -n "${killer_pid:-}" ] && kill "$killer_pid" 2>/dev/null || true
    for pid in ${node_a:-} ${node_b:-} $(cat "$work/b.pid" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
    sleep 2
    sql "drop schema if exists $schema cascade" > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
sql "create schema $schema"

start_node() { # port log -> pid
    OPENDOORS_DB_URL="$PG_URL?currentSchema=$schema" OPENDOORS_DB_USER="$PG_USER" OPENDOORS_DB_PASSWORD="$PG_PASSWORD" \
        OPENDOORS_CONTENT_DIR="$PWD/content" OPENDOORS_TRUSTED_PROXIES=127.0.0.1 OPENDOORS_ADMIN_PASSWORD="$admin_password" \
        OPENDOORS_CLUSTER=127.0.0.1 java -Xmx1g -jar target/open-doors.jar --port "$1" > "$2" 2>&1 &
    echo $!
}
await_ready() { # port log
    for _ in $(seq 240); do
        grep -q "Open Doors is ready" "$2" && return 0
        sleep 1
    done
    tail -50 "$2" >&2
    exit 1
}

echo "Starting node A on 127.0.0.1:$NODE_A_PORT and node B on 127.0.0.1:$NODE_B_PORT (PostgreSQL schema $schema) …"
node_a=$(start_node "$NODE_A_PORT" "$work/a.log")
await_ready "$NODE_A_PORT" "$work/a.log"
node_b=$(start_node "$NODE_B_PORT" "$work/b.log")
await_ready "$NODE_B_PORT" "$work/b.log"

# The README's configuration, on loopback and without TLS.
cat > "$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    upstream opendoors       { server 127.0.0.1:$NODE_A_PORT max_fails=1 fail_timeout=5s; server 127.0.0.1:$NODE_B_PORT max_fails=1 fail_timeout=5s; }
    upstream opendoors_staff { hash \$staff_session consistent; server 127.0.0.1:$NODE_A_PORT; server 127.0.0.1:$NODE_B_PORT; }
    map \$http_cookie \$staff_session { "~opendoors-staff=(?<id>[^;]+)" \$id; default \$remote_addr; }
    server {
        listen 127.0.0.1:$PROXY_PORT;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        proxy_next_upstream error timeout http_503;
        location /admin/ { proxy_pass http://opendoors_staff; client_max_body_size 101m; }
        location /       { proxy_pass http://opendoors; }
    }
}
CONF
nginx -c "$work/nginx.conf" -e "$work/nginx-error.log"

cat > "$work/mix.lua" <<'LUA'
local paths = {"/en/", "/ca/schools", "/ar/schools/escola-la-sinia", "/ur/schools?q=music", "/zh/guide",
               "/ru/schools?stage=primary&service=meals", "/fr/schools/escola-el-moli?newcomer=yes", "/es/why"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], {["Accept-Encoding"] = "gzip"})
end
LUA
for path in /en/ /ca/schools /ar/schools/escola-la-sinia "/ur/schools?q=music" /zh/guide \
    "/ru/schools?stage=primary&service=meals" "/fr/schools/escola-el-moli?newcomer=yes" /es/why; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PROXY_PORT$path")
    [ "$status" = 200 ] || { echo "$path answers $status through the proxy" >&2; exit 1; }
done

proxy="http://127.0.0.1:$PROXY_PORT"
node_a_url="http://127.0.0.1:$NODE_A_PORT"
node_b_url="http://127.0.0.1:$NODE_B_PORT"
base=$proxy
: > "$work/acknowledged"
# shellcheck source=src/bench/publisher.sh
source src/bench/publisher.sh
sign_in

echo "Reading through the proxy for ${DURATION}s, publishing every ${PUBLISH_EVERY}s; node B is killed -9 after $((DURATION / 2))s and started again …"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$work/mix.lua" \
    "$proxy/" > "$work/wrk.txt" 2>&1 &
wrk_pid=$!
echo "$node_b" > "$work/b.pid"
(
    sleep $((DURATION / 2))
    touch "$work/b-down"
    kill -9 "$(cat "$work/b.pid")"
    killed=$(date +%s)
    start_node "$NODE_B_PORT" "$work/b-again.log" > "$work/b.pid"
    await_ready "$NODE_B_PORT" "$work/b-again.log"
    echo $(( $(date +%s) - killed )) > "$work/b-back-after"
    # Its very first answer shows the newest publish it missed (or a later one): a node catches up as it starts.
    newest=$(tail -1 "$work/published" | tr -dc '0-9 ' | awk '{print $1}')
    curl -fs -m 10 -o "$work/b-first.html" "$node_b_url/en/schools/escola-la-sinia" || true
    shown=$(grep -o 'twonodes[0-9]*x' "$work/b-first.html" | head -1 | tr -dc '0-9')
    if [ -z "$newest" ] || { [ -n "$shown" ] && [ "$shown" -ge "$newest" ]; }; then echo yes; else echo "no (shows ${shown:-none}, newest $newest)"; fi \
        > "$work/b-caught-up"
    rm -f "$work/b-down"
) &
killer_pid=$!

# Each publish: answered through the proxy, then the sample URLs asked on each node directly. Node B is not asked
# while it is down or starting; the first publish after it is back must show on it like on A.
publishes=0
failed_publishes=0
: > "$work/publishes.txt"
: > "$work/published"
sleep "$PUBLISH_EVERY"
while kill -0 "$wrk_pid" 2>/dev/null; do
    publishes=$((publishes + 1))
    marker="twonodes${publishes}x$RANDOM"
    if times=$(publish_change "$publishes" "$marker"); then
        read -r started answered <<< "$times"
        echo "$publishes $marker" >> "$work/published"
        on_a=$(staleness "$node_a_url" "$marker" "$answered" $(( STALE_LIMIT_MS / 1000 + 30 ))) || on_a=failed
        if [ -e "$work/b-down" ]; then
            on_b=down
        else
            on_b=$(staleness "$node_b_url" "$marker" "$answered" $(( STALE_LIMIT_MS / 1000 + 30 ))) || on_b=failed
            [ -e "$work/b-down" ] && on_b=down
        fi
        echo "$publishes $((answered - started)) $on_a $on_b" >> "$work/publishes.txt"
        echo "  publish $publishes: answered in $((answered - started)) ms; shown on A after $on_a ms, on B after $on_b ms"
    else
        failed_publishes=$((failed_publishes + 1))
        echo "$publishes failed - -" >> "$work/publishes.txt"
    fi
    for _ in $(seq "$PUBLISH_EVERY"); do kill -0 "$wrk_pid" 2>/dev/null && sleep 1; done
done
wait "$wrk_pid" || true
wrk_pid=
wait "$killer_pid" || true
killer_pid=
node_b=$(cat "$work/b.pid")
back=$(cat "$work/b-back-after" 2>/dev/null || echo "never")
b_caught_up=$(cat "$work/b-caught-up" 2>/dev/null || echo "never checked")

# Every save the back office acknowledged is in the database, whatever node took it.
missing=0
while read -r marker; do
    found=$(PGPASSWORD="$PG_PASSWORD" psql -qtA -h "$pg_host" -p "${pg_port:-5432}" -U "$PG_USER" "$pg_db" \
        -c "select count(*) from $schema.document_version where path = '$changed' and body like '%$marker%'")
    [ "$found" -ge 1 ] || { echo "acknowledged save $marker is missing" >&2; missing=$((missing + 1)); }
done < "$work/acknowledged"
acknowledged=$(wc -l < "$work/acknowledged")
requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
errors=$(awk -F'[ ,]+' '/Socket errors/ {print $5 + $7 + $9 + $11}' "$work/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
max=$(awk '/Latency/ {print $4; exit}' "$work/wrk.txt")
stale_stats() { # column -> "worst measured count"
    awk -v c="$1" '$c ~ /^[0-9]+$/ { n++; if ($c > m) m = $c } END { printf "%d %d\n", m, n }' "$work/publishes.txt"
}
read -r worst_a measured_a < <(stale_stats 3)
read -r worst_b measured_b < <(stale_stats 4)
late=$(awk -v l="$STALE_LIMIT_MS" '($3 ~ /^[0-9]+$/ && $3 > l) || ($4 ~ /^[0-9]+$/ && $4 > l) || $3 == "failed" || $4 == "failed"' "$work/publishes.txt" | wc -l)
# How each node learnt of the other's publishes: announced on the data grid, or found at a regular look.
announced=$(cat "$work"/a.log "$work"/b.log "$work"/b-again.log 2>/dev/null | grep -c "announced on the data grid" || true)
found=$(cat "$work"/a.log "$work"/b.log "$work"/b-again.log 2>/dev/null | grep -c "found in the database" || true)
answer_avg=$(awk '$2 ~ /^[0-9]+$/ { n++; s += $2 } END { if (n) printf "%.0f", s / n; else print 0 }' "$work/publishes.txt")
{
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores: src/bench/run-two-nodes.sh, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s through nginx to two nodes on one PostgreSQL, a publish through the proxy every ${PUBLISH_EVERY}s, node B killed -9 after $((DURATION / 2))s and started again; build $(git rev-parse --short HEAD 2>/dev/null || echo '?')."
    echo
    echo "| requests | non-2xx | socket errors | p50 | p99 | max | node B serving again after the kill |"
    echo "|---|---|---|---|---|---|---|"
    echo "| $requests | ${non2xx:-0} | ${errors:-0} | $p50 | $p99 | $max | ${back} s |"
    echo
    echo "| publishes answered / tried | publish answer avg | shown on A: worst (publishes) | shown on B: worst (publishes while up) | over ${STALE_LIMIT_MS} ms or never | B served the newest publish at once after its restart | acknowledged saves in the database |"
    echo "|---|---|---|---|---|---|---|"
    echo "| $((publishes - failed_publishes)) / $publishes | $answer_avg ms | $worst_a ms ($measured_a) | $worst_b ms ($measured_b) | $late | $b_caught_up | $((acknowledged - missing)) / $acknowledged |"
    echo
    echo "Nodes catching up with a publish made on the other: $announced announced on the data grid, $found found in the database at a regular look."
} > "$out/results.md"
cat "$out/results.md"
[ "${non2xx:-0}" = 0 ] && [ "${errors:-0}" = 0 ] && [ "$failed_publishes" = 0 ] && [ "$late" = 0 ] \
    && [ "$missing" = 0 ] && [ "$b_caught_up" = yes ] && [ "$publishes" -gt 0 ]
