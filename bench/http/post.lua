-- wrk script: POSTs the JSON bodies of the file $WRK_BODIES (one request a line) in turn, with the bearer token in
-- $WRK_TOKEN when there is one, and at the end writes a
-- JSON summary to $WRK_OUT: requests, requests/s, socket errors, non-2xx answers, latency p50/p99/max in µs, and the
-- machine's 1-minute load average at the end (other work on the cores shows there).
local bodies = {}
for line in io.lines(os.getenv("WRK_BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
-- A bearer token in $WRK_TOKEN signs every request in.
local token = os.getenv("WRK_TOKEN")
if token and #token > 0 then wrk.headers["Authorization"] = "Bearer " .. token end

function request()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end

function done(summary, latency, requests)
  local e = summary.errors
  local load = 0
  local l = io.open("/proc/loadavg", "r")
  if l then
    load = tonumber(l:read("*l"):match("^(%S+)")) or 0
    l:close()
  end
  local f = assert(io.open(os.getenv("WRK_OUT"), "w"))
  f:write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"socketErrors":%d,"non2xx":%d,"p50Us":%d,"p99Us":%d,"maxUs":%d,"meanUs":%.1f,"load1":%.2f}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99), latency.max, latency.mean, load))
  f:close()
end
