#!/usr/bin/env bash
# Measures family pages served by the portal (through its published-page cache) side by side with nginx serving
# the very same pages saved as static files, in one run on this machine. Results: target/bench/results.md.
#
#   src/bench/run-benchmark.sh            (builds target/open-doors.jar first if it is missing)
#
# Needs wrk and nginx (Debian: apt-get install -y wrk nginx). Only loopback addresses are used; every load is
# bounded in time (DURATION seconds per page and server).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORTAL_PORT=${PORTAL_PORT:-18300}
NGINX_PORT=${NGINX_PORT:-18301}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
out=target/bench
work=$(mktemp -d)
mkdir -p "$out"

for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk nginx curl)" >&2; exit 2; }
done
[ -f target/open-doors.jar ] || mvn -q -B package -DskipTests

# name|path on the portal
pages=(
    "home|/en/"
    "list with a filter|/en/schools?stage=primary&service=meals"
    "search|/en/schools?q=music"
    "profile|/en/schools/escola-la-sinia"
)

cleanup() {
    [ -n "${portal_pid:-}" ] && kill "$portal_pid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "Starting the portal on 127.0.0.1:$PORTAL_PORT …"
OPENDOORS_DATA_DIR="$work/data" OPENDOORS_CONTENT_DIR="$PWD/content" \
    java -jar target/open-doors.jar --port "$PORTAL_PORT" > "$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 180); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORTAL_PORT/en/" && break
    sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$PORTAL_PORT/en/" || { cat "$work/portal.log" >&2; exit 1; }

# The same pages as static files, pre-compressed like the portal's cache keeps them.
mkdir -p "$work/www"
i=0
for page in "${pages[@]}"; do
    path=${page#*|}
    curl -fs "http://127.0.0.1:$PORTAL_PORT$path" -o "$work/www/page$i.html"
    gzip -6 -k "$work/www/page$i.html"
    i=$((i + 1))
done
# nginx's workers run as an unprivileged user: let them read the pages.
chmod 755 "$work" "$work/www"
chmod 644 "$work"/www/*
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    types { text/html html; }
    gzip_static on;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $work/www;
        etag on;
    }
}
CONF
nginx -c "$work/nginx.conf" -e "$work/nginx-error.log"

measure() { # url -> "requests/s p99"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "$1" > "$work/wrk.txt"
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
    grep -q "Non-2xx" "$work/wrk.txt" && { echo "errors in the run:" >&2; cat "$work/wrk.txt" >&2; exit 1; }
    echo "$rps $p99"
}

echo "Warming up the JIT and the page cache …"
for page in "${pages[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORTAL_PORT${page#*|}" > /dev/null
done

{
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, gzip, loopback."
    echo
    echo "| page | bytes (gzip) | portal requests/s | portal p99 | nginx requests/s | nginx p99 | portal / nginx |"
    echo "|---|---|---|---|---|---|---|"
} > "$out/results.md"
i=0
for page in "${pages[@]}"; do
    name=${page%%|*}
    path=${page#*|}
    read -r portal_rps portal_p99 < <(measure "http://127.0.0.1:$PORTAL_PORT$path")
    read -r nginx_rps nginx_p99 < <(measure "http://127.0.0.1:$NGINX_PORT/page$i.html")
    share=$(awk -v a="$portal_rps" -v b="$nginx_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
    size=$(stat -c %s "$work/www/page$i.html.gz")
    printf '| %s `%s` | %s | %.0f | %s | %.0f | %s | %s |\n' "$name" "$path" "$size" "$portal_rps" "$portal_p99" \
        "$nginx_rps" "$nginx_p99" "$share" >> "$out/results.md"
    i=$((i + 1))
done
cat "$out/results.md"
