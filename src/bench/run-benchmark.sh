#!/usr/bin/env bash
# Measures family pages served by the portal (through its published-page cache) side by side with the very same
# bytes served as static files by Payara Micro's own static-file servlet (the ceiling for anything running on it) and
# by nginx, in one run on this machine, with gzip and without. Results: target/bench/results.md.
#
#   src/bench/run-benchmark.sh            (builds target/open-doors.jar first if it is missing)
#
# Each page and encoding is measured in ROUNDS rounds (3), each server once per round for DURATION seconds (10),
# the servers taking turns at going first, and the medians are reported: on a shared machine one run's figures
# move by a fifth from cell to cell. Needs wrk and nginx (Debian: apt-get install -y wrk nginx). Only loopback
# addresses are used; every load is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORTAL_PORT=${PORTAL_PORT:-18300}
NGINX_PORT=${NGINX_PORT:-18301}
STATIC_PORT=${STATIC_PORT:-18302}
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
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
    [ -n "${static_pid:-}" ] && kill "$static_pid" 2>/dev/null || true
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
# Payara Micro itself serving the same files from a folder deployed as a web application: its static-file servlet.
# The gzipped copy is asked for by name (page0.html.gz), so the bytes on the wire are the portal's gzipped page.
[ -f target/payara/payara-micro.jar ] || mvn -q -B package -DskipTests
mkdir -p "$work/static/ROOT/WEB-INF"
cp "$work"/www/* "$work/static/ROOT/"
cat > "$work/static/ROOT/WEB-INF/web.xml" <<'XML'
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>
XML
java -jar target/payara/payara-micro.jar --nocluster --disablephonehome --port "$STATIC_PORT" \
    --deploy "$work/static/ROOT" --contextroot / > "$work/static.log" 2>&1 &
static_pid=$!
for _ in $(seq 180); do
    curl -fs -o /dev/null "http://127.0.0.1:$STATIC_PORT/page0.html" && break
    sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$STATIC_PORT/page0.html" || { cat "$work/static.log" >&2; exit 1; }

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

measure() { # url [gzip|identity] -> "requests/s p99"
    local encoding=${2:-gzip}
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Accept-Encoding: $encoding" "$1" > "$work/wrk.txt"
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
    grep -q "Non-2xx" "$work/wrk.txt" && { echo "errors in the run:" >&2; cat "$work/wrk.txt" >&2; exit 1; }
    echo "$rps $p99"
}

# "requests/s p99" lines -> their medians, p99 in ms ("1.2ms", "850.00us", "1.01s" as wrk writes them).
medians() {
    awk '{ v = $2; if (v ~ /us$/) ms = v / 1000; else if (v ~ /ms$/) ms = v + 0; else ms = v * 1000
           rps[NR] = $1; p99[NR] = ms }
         function median(a, n,   i, j, t) {
             for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
             return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
         }
         END { printf "%.0f %.2fms\n", median(rps, NR), median(p99, NR) }' "$1"
}

echo "Warming up the JIT and the page cache …"
for page in "${pages[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORTAL_PORT${page#*|}" > /dev/null
done
for file in page0.html page0.html.gz; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "http://127.0.0.1:$STATIC_PORT/$file" > /dev/null
done

{
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, medians of $ROUNDS rounds (the servers taking turns), loopback; build $(git rev-parse --short HEAD 2>/dev/null || echo '?')."
    echo
    echo "| page | encoding | bytes | portal requests/s | portal p99 | Payara static requests/s | Payara static p99 | nginx requests/s | nginx p99 | portal / Payara static | portal / nginx |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
} > "$out/results.md"
i=0
for page in "${pages[@]}"; do
    name=${page%%|*}
    path=${page#*|}
    for encoding in gzip identity; do
        file=page$i.html
        [ "$encoding" = gzip ] && file=page$i.html.gz
        # ROUNDS rounds, each server once per round, taking turns at going first; the medians are reported.
        : > "$work/portal.runs"; : > "$work/static.runs"; : > "$work/nginx.runs"
        for round in $(seq "$ROUNDS"); do
            servers=(portal static nginx)
            for turn in 0 1 2; do
                case ${servers[$(( (turn + round) % 3 ))]} in
                    portal) measure "http://127.0.0.1:$PORTAL_PORT$path" "$encoding" >> "$work/portal.runs" ;;
                    static) measure "http://127.0.0.1:$STATIC_PORT/$file" identity >> "$work/static.runs" ;;
                    nginx) measure "http://127.0.0.1:$NGINX_PORT/page$i.html" "$encoding" >> "$work/nginx.runs" ;;
                esac
            done
        done
        read -r portal_rps portal_p99 < <(medians "$work/portal.runs")
        read -r static_rps static_p99 < <(medians "$work/static.runs")
        read -r nginx_rps nginx_p99 < <(medians "$work/nginx.runs")
        of_static=$(awk -v a="$portal_rps" -v b="$static_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
        of_nginx=$(awk -v a="$portal_rps" -v b="$nginx_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
        size=$(stat -c %s "$work/www/$file")
        printf '| %s `%s` | %s | %s | %.0f | %s | %.0f | %s | %.0f | %s | %s | %s |\n' "$name" "$path" "$encoding" "$size" \
            "$portal_rps" "$portal_p99" "$static_rps" "$static_p99" "$nginx_rps" "$nginx_p99" "$of_static" "$of_nginx" \
            >> "$out/results.md"
    done
    i=$((i + 1))
done
cat "$out/results.md"
