#!/usr/bin/env bash
# One command for the whole benchmark: builds Release, prepares the synthetic networks (10k, 100k, 1M nodes,
# cached under bench/.data), starts a private PostgreSQL 15 (installed from Debian's packages when missing),
# runs the agreement check and the side-by-side latencies, BenchmarkDotNet, the index load in a fresh process,
# and the HTTP load with wrk on 127.0.0.1, then writes bench/README.md. Bounded: about 20-30 minutes from
# scratch, less with the data cached.
#
#   bench/run.sh                      everything
#   BENCH_SIZES=10k,100k bench/run.sh only these sizes (HTTP then runs on the largest)
#   BENCH_BDN=0 bench/run.sh          skip BenchmarkDotNet (the per-call latencies still run)
#   BENCH_HTTP_SECONDS=10             length of each wrk case (2 threads, 32 connections)
#   BENCH_HTTP_ROUNDS=3               rounds of the HTTP cases, interleaved; the report takes the median round
#   BENCH_ONLY=http bench/run.sh      only the HTTP load (the other results of the last run stay in the report)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DATA=$ROOT/bench/.data
RESULTS=$DATA/results
export BENCH_DATA=$DATA
export BENCH_SIZES=${BENCH_SIZES:-10k,100k,1M}
HTTP_SECONDS=${BENCH_HTTP_SECONDS:-10}
HTTP_ROUNDS=${BENCH_HTTP_ROUNDS:-3}
ONLY=${BENCH_ONLY:-}
PG_PORT=${BENCH_PG_PORT:-55432}
HTTP_PORT=${BENCH_HTTP_PORT:-5077}
PG_BIN=/usr/lib/postgresql/15/bin
mkdir -p "$RESULTS"
started=$(date +%s)
step() { echo; echo "== $* ($(( $(date +%s) - started )) s, load average $(cut -d' ' -f1-3 /proc/loadavg))"; }
apt_updated=""
apt_install() { # Debian's packages: apt-get update once per run, then install by name
  [[ -n $apt_updated ]] || { apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

HUB=(dotnet "$ROOT/src/Hub/bin/Release/net10.0/ResourceHub.Hub.dll")
BENCH=(dotnet "$ROOT/bench/ResourceHub.Bench/bin/Release/net10.0/ResourceHub.Bench.dll")
communities() { case $1 in 10k) echo 200;; 100k) echo 2000;; 1M) echo 20000;; *) echo "unknown size $1" >&2; exit 2;; esac; }
IFS=, read -r -a SIZES <<< "$BENCH_SIZES"
LARGEST=${SIZES[${#SIZES[@]}-1]}

hub_pid=""
pg_started=""
cleanup() {
  if [[ -n $hub_pid ]]; then kill "$hub_pid" 2>/dev/null || true; wait "$hub_pid" 2>/dev/null || true; fi
  if [[ -n $pg_started ]]; then su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D '$DATA/pg' -m fast -w stop" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

step "build (Release)"
dotnet build "$ROOT/src/Hub/Hub.csproj" -c Release -nologo -v q
dotnet build "$ROOT/bench/ResourceHub.Bench/ResourceHub.Bench.csproj" -c Release -nologo -v q

step "data: synthetic networks through the hub's own write path (seed verb), cached"
for size in "${SIZES[@]}"; do
  n=$(communities "$size")
  dir=$DATA/s$n
  if [[ ! -f $dir/resourcehub.db ]]; then
    rm -rf "$dir.tmp"
    /usr/bin/time -f "seeded $size in %e s, peak %M kB" "${HUB[@]}" seed --synthetic "$n" --Hub:DataDirectory="$dir.tmp" --Hub:SeedDemo=false
    # A checkpoint folds the WAL into the file, so every reader sees one plain file.
    sqlite3 "$dir.tmp/resourcehub.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null 2>&1 || true
    mv "$dir.tmp" "$dir"
  else
    echo "$size: cached ($dir)"
  fi
done

if [[ $ONLY != http ]]; then
step "index load: NetworkStore.LoadAsync in a fresh process per size (before PostgreSQL starts)"
for size in "${SIZES[@]}"; do "${BENCH[@]}" load "$size"; done

step "PostgreSQL 15: private cluster on 127.0.0.1:$PG_PORT"
if [[ ! -x $PG_BIN/postgres ]]; then apt_install postgresql-15; fi
if [[ ! -f $DATA/pg/PG_VERSION ]]; then
  rm -rf "$DATA/pg"; mkdir -p "$DATA/pg"; chown postgres:postgres "$DATA/pg"; chmod 700 "$DATA/pg"
  su postgres -s /bin/sh -c "$PG_BIN/initdb -D '$DATA/pg' -A trust -U postgres -E UTF8 --no-locale" >/dev/null
fi
# Memory for the whole 1M copy; no JIT (it adds compile time to a short query); SSD-like random reads; no
# autovacuum (the copy is frozen and analysed once, then only read: nothing runs beside the measurements).
if su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D '$DATA/pg' status" >/dev/null 2>&1; then
  su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D '$DATA/pg' -m fast -w stop" >/dev/null # left by an interrupted run
fi
su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D '$DATA/pg' -l '$DATA/pg/server.log' -w start -o \"-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='$DATA/pg' -c shared_buffers=2GB -c effective_cache_size=8GB -c work_mem=64MB -c maintenance_work_mem=1GB -c jit=off -c random_page_cost=1.1 -c max_wal_size=8GB -c synchronous_commit=off -c autovacuum=off\"" >/dev/null
pg_started=1
export PG_BENCH="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Timeout=30;Command Timeout=600"
for size in "${SIZES[@]}"; do "${BENCH[@]}" pg-import "$size"; done
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CHECKPOINT" postgres

step "agreement check and per-call latencies, side by side"
"${BENCH[@]}" latency

if [[ ${BENCH_BDN:-1} != 0 ]]; then
  step "BenchmarkDotNet (in process, short job)"
  "${BENCH[@]}" bdn | tee "$RESULTS/bdn.log" | grep -E "^\|| Size |Summary" || true
fi
fi # BENCH_ONLY

step "HTTP: the hub on $LARGEST, wrk from a second process on 127.0.0.1:$HTTP_PORT"
if ! command -v wrk >/dev/null; then apt_install wrk; fi
# In Development, so the hub accepts the development token the signed-in cases send; the rate limits are lifted far
# above what wrk can send, so the limiter runs on every request but never refuses one.
HUB_DIR=$DATA/s$(communities "$LARGEST")
LIFTED=(--Hub:RateLimits:AnonymousPerSecond=100000000 --Hub:RateLimits:AnonymousBurst=100000000
  --Hub:RateLimits:SignedInPerSecond=100000000 --Hub:RateLimits:SignedInBurst=100000000)
ASPNETCORE_ENVIRONMENT=Development "${HUB[@]}" serve --Hub:DataDirectory="$HUB_DIR" --Hub:SeedDemo=false --Hub:BenchEndpoints=true \
  "${LIFTED[@]}" --urls="http://127.0.0.1:$HTTP_PORT" --Logging:LogLevel:Default=Warning > "$RESULTS/hub.log" 2>&1 &
hub_pid=$!
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$HTTP_PORT/readyz" >/dev/null 2>&1 && break
  kill -0 "$hub_pid" 2>/dev/null || { echo "the hub stopped:"; cat "$RESULTS/hub.log"; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$HTTP_PORT/readyz"
# A social worker of the whole synthetic city (990100): the signed-in cases read elders' needs as their social worker
# does, token validation, access policy and audit log included.
TOKEN=$(ASPNETCORE_ENVIRONMENT=Development "${HUB[@]}" dev-token --role social_worker --area 990100 --name bench --Hub:DataDirectory="$HUB_DIR")
post() { curl -s -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} --data-binary "@$2" "http://127.0.0.1:$HTTP_PORT$1"; }
# The bare endpoint must answer the node query's very bytes.
post /graphql bench/http/node.json > "$RESULTS/node.out"
post /bench/bare bench/http/node.json > "$RESULTS/bare.out"
cmp -s "$RESULTS/node.out" "$RESULTS/bare.out" || { echo "the bare endpoint's bytes differ from the node query's"; exit 1; }
post /graphql bench/http/node.json "$TOKEN" > "$RESULTS/node-token.out"
cmp -s "$RESULTS/node.out" "$RESULTS/node-token.out" || { echo "the node query answers a signed-in caller otherwise: $(head -c 300 "$RESULTS/node-token.out")"; exit 1; }
echo "node query answers $(wc -c < "$RESULTS/node.out") bytes: $(head -c 200 "$RESULTS/node.out")"
"${BENCH[@]}" http-bodies bench/http/whoCanHelp.graphql "$LARGEST" "$RESULTS/whoCanHelp.bodies"
head -n 1 "$RESULTS/whoCanHelp.bodies" > "$RESULTS/whoCanHelp.first"
post /graphql "$RESULTS/whoCanHelp.first" > "$RESULTS/whoCanHelp.out"
rm -f "$RESULTS"/http-*  # results of earlier runs, the "not available" marker too
if grep -q '"errors"' "$RESULTS/whoCanHelp.out"; then
  echo "whoCanHelp: not available: $(head -c 300 "$RESULTS/whoCanHelp.out")"
  cp "$RESULTS/whoCanHelp.out" "$RESULTS/http-whoCanHelp.unavailable"
fi
# The node query with a different comment at the end each time: every request misses the document cache, as
# every request did before the hub kept validated documents (parse and validate each time).
for i in $(seq 1 5000); do sed "s/} }\",\"variables\"/} } #$i\",\"variables\"/" bench/http/node.json; done > "$RESULTS/node-uncached.bodies"
load() { # name round path bodies [token]: a 3 s warm-up (JIT tiers, caches), then the measured run
  echo "-- $1, round $2: ${HTTP_SECONDS} s, 2 threads, 32 connections${5:+, signed in}"
  WRK_TOKEN=${5:-} WRK_BODIES=$4 WRK_OUT="$RESULTS/warmup.json" wrk -t2 -c32 -d3s --timeout 5s -s bench/http/post.lua "http://127.0.0.1:$HTTP_PORT$3" >/dev/null
  WRK_TOKEN=${5:-} WRK_BODIES=$4 WRK_OUT="$RESULTS/http-$1-$2.json" wrk -t2 -c32 -d"${HTTP_SECONDS}s" --timeout 5s -s bench/http/post.lua "http://127.0.0.1:$HTTP_PORT$3" | grep -E "Requests/sec|Latency|Non-2xx|Socket errors" || true
}
# The cases run in rounds, one after the other within each round, so a slow minute of the machine falls on all of
# them alike; each case's share of the bare endpoint is taken within its round.
for round in $(seq 1 "$HTTP_ROUNDS"); do
  load bare "$round" /bench/bare bench/http/node.json
  load node "$round" /graphql bench/http/node.json
  load node-token "$round" /graphql bench/http/node.json "$TOKEN"
  load node-uncached "$round" /graphql "$RESULTS/node-uncached.bodies"
  if [[ ! -f $RESULTS/http-whoCanHelp.unavailable ]]; then
    load whoCanHelp "$round" /graphql "$RESULTS/whoCanHelp.bodies"
    load whoCanHelp-token "$round" /graphql "$RESULTS/whoCanHelp.bodies" "$TOKEN"
  fi
done
echo "hub resident memory: $(grep VmRSS /proc/$hub_pid/status), peak $(grep VmHWM /proc/$hub_pid/status)" | tee "$RESULTS/hub-memory.txt"
kill "$hub_pid"; wait "$hub_pid" 2>/dev/null || true; hub_pid=""

step "report: bench/README.md"
"${BENCH[@]}" report
echo "done in $(( $(date +%s) - started )) s"
