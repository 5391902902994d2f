#!/usr/bin/env bash
# Two nodes behind nginx, one of them killed: families read through the proxy (the README's nginx configuration for
# several nodes) from two portals on one PostgreSQL schema, and a third of the way in node B is killed with -9 and
# started again at once. Reports the requests, non-2xx answers and socket errors through the proxy, the latency, and
# when B was ready again. Results: target/two-nodes/results.md. Exit status 1 when a family got anything but a 2xx.
#
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/opendoors_ci PG_USER=opendoors_ci PG_PASSWORD=… src/bench/run-two-nodes.sh
#
# Environment: PG_URL, PG_USER, PG_PASSWORD (a database the user may create a schema in; default: the one .ci/run
# makes), DURATION (seconds of load, 120), CONNECTIONS (32), THREADS (2), NODE_A_PORT (18330), NODE_B_PORT (18331),
# PROXY_PORT (18332). Needs wrk, nginx, psql and curl (Debian: apt-get install -y wrk nginx postgresql-client curl).
# Only loopback addresses are used; the schema is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/opendoors_ci}
PG_USER=${PG_USER:-opendoors_ci}
PG_PASSWORD=${PG_PASSWORD:-opendoors_ci}
DURATION=${DURATION:-120}
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

cleanup() {
    [ -n "${wrk_pid:-}" ] && kill "$wrk_pid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    for pid in ${node_a:-} ${node_b:-}; do kill "$pid" 2>/dev/null || true; done
    sleep 2
    sql "drop schema if exists $schema cascade" > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
sql "create schema $schema"

start_node() { # port log -> pid
    OPENDOORS_DB_URL="$PG_URL?currentSchema=$schema" OPENDOORS_DB_USER="$PG_USER" OPENDOORS_DB_PASSWORD="$PG_PASSWORD" \
        OPENDOORS_CONTENT_DIR="$PWD/content" OPENDOORS_TRUSTED_PROXIES=127.0.0.1 \
        java -Xmx1g -jar target/open-doors.jar --port "$1" > "$2" 2>&1 &
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
    map \$http_cookie \$staff_session { "~opendoors-admin=(?<id>[^;]+)" \$id; default \$remote_addr; }
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

echo "Reading through the proxy for ${DURATION}s; node B is killed -9 after $((DURATION / 3))s and started again …"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$work/mix.lua" \
    "http://127.0.0.1:$PROXY_PORT/" > "$work/wrk.txt" 2>&1 &
wrk_pid=$!
sleep $((DURATION / 3))
kill -9 "$node_b"
killed=$(date +%s)
node_b=$(start_node "$NODE_B_PORT" "$work/b-again.log")
await_ready "$NODE_B_PORT" "$work/b-again.log"
back=$(( $(date +%s) - killed ))
wait "$wrk_pid" || true
wrk_pid=

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
errors=$(awk -F'[ ,]+' '/Socket errors/ {print $5 + $7 + $9 + $11}' "$work/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
max=$(awk '/Latency/ {print $4; exit}' "$work/wrk.txt")
{
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores: src/bench/run-two-nodes.sh, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s through nginx to two nodes on one PostgreSQL, node B killed -9 after $((DURATION / 3))s and started again; build $(git rev-parse --short HEAD 2>/dev/null || echo '?')."
    echo
    echo "| requests | non-2xx | socket errors | p50 | p99 | max | node B serving again after the kill |"
    echo "|---|---|---|---|---|---|---|"
    echo "| $requests | ${non2xx:-0} | ${errors:-0} | $p50 | $p99 | $max | ${back} s |"
} > "$out/results.md"
cat "$out/results.md"
[ "${non2xx:-0}" = 0 ] && [ "${errors:-0}" = 0 ]
