-- The family URL mix for src/bench/run-soak.sh: every family page type in eight languages, read from the file
-- SOAK_PATHS names (one path per line), with UNCACHED_SHARE of the requests a point on the map nobody asked for
-- before, so that renders (not only cached pages) run while staff publish.

local paths = {}
for line in io.lines(os.getenv("SOAK_PATHS")) do
    if line ~= "" then
        paths[#paths + 1] = line
    end
end
local uncachedShare = tonumber(os.getenv("UNCACHED_SHARE") or "0.05")
local languages = { "ca", "es", "en", "fr", "ar", "ur", "zh", "ru" }
local headers = { ["Accept-Encoding"] = "gzip" }

function init(args)
    -- Each wrk thread draws its own sequence.
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

function request()
    if math.random() < uncachedShare then
        -- A point in the city's area (Vallmar, 41.40–41.445 N, 1.60–1.685 E): a list ordered by distance, rendered anew.
        local near = string.format("%.4f,%.4f", 41.40 + math.random() * 0.045, 1.60 + math.random() * 0.085)
        local language = languages[math.random(#languages)]
        return wrk.format("GET", "/" .. language .. "/schools?near=" .. near, headers)
    end
    return wrk.format("GET", paths[math.random(#paths)], headers)
end

-- One line the soak script reads: counts, then latencies in milliseconds.
function done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format("SOAK requests=%d non2xx=%d connect=%d read=%d write=%d timeout=%d "
            .. "p50=%.1f p99=%.1f p999=%.1f max=%.1f seconds=%.1f\n",
            summary.requests, errors.status, errors.connect, errors.read, errors.write, errors.timeout,
            latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
            latency.max / 1000, summary.duration / 1e6))
end
