#!/usr/bin/env bash
# Search over a big city, never from the page cache: generates a city of SCHOOLS schools (default 1,008: the sample
# city's 42 schools and 23 copies of each under new names and addresses, every text in all eight languages), starts the
# portal on it (embedded H2), and asks for searches in the eight languages, each URL once, so that every answer is a
# search and a render, not a cached page. The words searched are taken from the schools' own texts in each language
# (Chinese: two characters), so searches find schools as a family's would. Reports p50, p90, p99 and the page-cache
# hits during the run (0: every answer was a search), in target/search/results.md. Exit status 1 when p50 is not
# under P50_LIMIT_MS (20).
#
#   src/bench/run-search.sh
#
# Environment: SCHOOLS (1008), DURATION (seconds, 30), CONNECTIONS (1: one family searching; 4 shows the answers
# while searches queue for two cores), PORT (18340), P50_LIMIT_MS (20), JAVA_OPTS (for the portal, e.g. a JFR). Needs wrk
# and curl (Debian: apt-get install -y wrk curl). Only loopback is used.
set -euo pipefail
cd "$(dirname "$0")/../.."

SCHOOLS=${SCHOOLS:-1008}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-1}
PORT=${PORT:-18340}
P50_LIMIT_MS=${P50_LIMIT_MS:-20}
export LC_ALL=C.UTF-8
out=target/search
work=$(mktemp -d)
mkdir -p "$out"
for tool in wrk curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk curl)" >&2; exit 2; }
done
[ -f target/open-doors.jar ] || mvn -q -B package -DskipTests

cleanup() {
    [ -n "${portal_pid:-}" ] && kill "$portal_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The city: the sample city, then its schools again and again under new slugs, names and street numbers (a school's
# folder name is its slug).
city="$work/city"
mkdir -p "$city/schools"
for entry in content/*; do
    [ "$(basename "$entry")" = schools ] || cp -r "$entry" "$city/"
done
samples=(content/schools/*/)
copies=$(( (SCHOOLS + ${#samples[@]} - 1) / ${#samples[@]} ))
made=0
for copy in $(seq 1 "$copies"); do
    for sample in "${samples[@]}"; do
        [ "$made" -lt "$SCHOOLS" ] || break
        slug="$(basename "$sample")"
        if [ "$copy" = 1 ]; then # the sample city itself, as its catchment areas name it
            cp -r "$sample" "$city/schools/$slug"
            made=$((made + 1))
            continue
        fi
        slug="$slug-$copy"
        cp -r "$sample" "$city/schools/$slug"
        sed -i -e "s/^name: \(.*\)$/name: \1 $copy/" -e "s/^address: \(.*\), [0-9]*$/address: \1, $((copy * 7 % 180 + 1))/" \
            "$city/schools/$slug/school.yaml"
        made=$((made + 1))
    done
done
echo "Generated a city of $made schools ($(du -sh "$city" | cut -f1) of content) …"

# The words: from each language's texts (Chinese: two characters), each searched once; a separate few warm up.
: > "$work/queries"
: > "$work/warm-up"
for language in ca es en fr ar ur zh ru; do
    if [ "$language" = zh ]; then
        cat content/schools/*/zh.yaml | grep -oP '\p{Han}{2}'
    else
        cat content/schools/*/"$language".yaml | grep -oP '\p{L}{4,14}'
    fi | sort -u | shuf --random-source=<(yes) > "$work/words"
    head -200 "$work/words" | sed "s|^|$language |" >> "$work/warm-up"
    tail -n +201 "$work/words" | head -2000 | sed "s|^|$language |" >> "$work/queries"
done
echo "$(wc -l < "$work/queries") distinct searches in eight languages"

# wrk's Lua has no URL encoding: every byte outside the unreserved set is %-escaped. Threads take turns through the
# list, so no search is asked twice until the list is used up.
lua() { # queries file -> script
    echo 'local queries = {'
    while read -r language word; do
        printf '  {"%s", "%s"},\n' "$language" "$word"
    done < "$1"
    cat <<'LUA'
}
local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local threads = 0
setup = function(thread)
  thread:set("first", threads)
  threads = threads + 1
end
local i
request = function()
  i = i or first
  local q = queries[(i % #queries) + 1]
  i = i + 1
  return wrk.format("GET", "/" .. q[1] .. "/schools?q=" .. encode(q[2]), {["Accept-Encoding"] = "gzip"})
end
LUA
}
lua "$work/queries" > "$work/search.lua"
lua "$work/warm-up" > "$work/warm-up.lua"

token=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
echo "Starting the portal on 127.0.0.1:$PORT with the generated city …"
started=$(date +%s)
OPENDOORS_DATA_DIR="$work/data" OPENDOORS_CONTENT_DIR="$city" OPENDOORS_METRICS_TOKEN="$token" \
    java ${JAVA_OPTS:-} -jar target/open-doors.jar --port "$PORT" > "$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 900); do
    grep -q "Open Doors is ready" "$work/portal.log" && break
    kill -0 "$portal_pid" 2>/dev/null || { tail -40 "$work/portal.log" >&2; exit 1; }
    sleep 1
done
grep -q "Open Doors is ready" "$work/portal.log" || { tail -40 "$work/portal.log" >&2; exit 1; }
ready_after=$(( $(date +%s) - started ))
base="http://127.0.0.1:$PORT"
results=$(curl -fs "$base/en/schools?q=music" | grep -c 'href="/en/schools/' || true)
echo "Ready after ${ready_after}s; /en/schools?q=music lists $results links to schools"

metric() { # name -> value
    curl -fs -H "Authorization: Bearer $token" "$base/metrics" \
        | awk -v m="$1" '!found && ($1 ~ "^"m"[{ ]" || $1 == m) { print $2; found = 1 }'
}
# Warm-up on words of their own (the compiler, the index, the renderers), then the measured run on words never asked.
wrk -t1 -c"$CONNECTIONS" -d10s -s "$work/warm-up.lua" "$base/" > /dev/null 2>&1 || true
hits_before=$(metric opendoors_pageCache_hits)
renders_before=$(metric opendoors_pageCache_renders)
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$work/search.lua" "$base/" > "$work/wrk.txt" 2>&1
hits=$(( $(metric opendoors_pageCache_hits) - hits_before ))
renders=$(( $(metric opendoors_pageCache_renders) - renders_before ))
cat "$work/wrk.txt"

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p90=$(awk '$1 == "90%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
{
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores: src/bench/run-search.sh, a generated city of $made schools in eight languages, $(wc -l < "$work/queries") distinct searches, wrk -t1 -c$CONNECTIONS -d${DURATION}s, gzip, loopback; build $(git rev-parse --short HEAD 2>/dev/null || echo '?')."
    echo
    echo "| requests | non-2xx | page-cache hits | renders | p50 | p90 | p99 | portal ready after |"
    echo "|---|---|---|---|---|---|---|---|"
    echo "| $requests | ${non2xx:-0} | $hits | $renders | $p50 | $p90 | $p99 | ${ready_after} s |"
} > "$out/results.md"
cat "$out/results.md"
p50_ms=$(echo "$p50" | awk '/us$/ {print $1 / 1000; next} /ms$/ {print $1 + 0; next} /s$/ {print $1 * 1000}')
[ "${non2xx:-0}" = 0 ] && awk -v p="$p50_ms" -v l="$P50_LIMIT_MS" 'BEGIN { exit !(p < l) }'
