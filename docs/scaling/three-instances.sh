#!/usr/bin/env bash
# Three hub instances on one PostgreSQL database, on this machine: a private PostgreSQL 15 (initdb into a temporary
# folder, as the postgres user when run as root), three hubs on ports 5101-5103, a write through the first, read back
# through the other two, and each one's /readyz. Ctrl-C (or the end) stops everything. Needs Debian's postgresql.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "no PostgreSQL programs: apt-get install -y postgresql" >&2; exit 1; }
work=$(mktemp -d /tmp/resourcehub-scaling.XXXXXX); chmod 755 "$work"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  as_pg "$bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
as_pg "$bin/initdb" -D "$work/pg" -A trust -U postgres -E UTF8 --no-locale >/dev/null
as_pg "$bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p 55499 -c listen_addresses=127.0.0.1 -k $work" start >/dev/null
as_pg "$bin/psql" -h 127.0.0.1 -p 55499 -U postgres -qc "CREATE DATABASE resourcehub" >/dev/null
db="Host=127.0.0.1;Port=55499;Username=postgres;Database=resourcehub"

dotnet build src/Hub -v q -nologo >/dev/null
hub=src/Hub/bin/Debug/net10.0/ResourceHub.Hub.dll
for port in 5101 5102 5103; do
  mkdir -p "$work/hub$port"
  # The first loads the demo network into the empty database; the others start once it has.
  ASPNETCORE_ENVIRONMENT=Development dotnet "$hub" --urls=http://127.0.0.1:$port --ConnectionStrings:Hub="$db" \
    --Hub:DataDirectory="$work/hub$port" --Hub:Telemetry:Console=false >"$work/hub$port.log" 2>&1 &
  pids+=($!)
  until curl -sf http://127.0.0.1:$port/readyz >/dev/null; do sleep 0.5; done
  echo "hub $port ready: $(curl -s http://127.0.0.1:$port/readyz)"
done

# A development token from the first hub's key (each hub in Development signs with the key in its data directory,
# so the token is sent to the hub that minted it; with an OIDC issuer every instance accepts the same tokens).
token=$(ASPNETCORE_ENVIRONMENT=Development dotnet "$hub" dev-token --role admin --ConnectionStrings:Hub="$db" --Hub:DataDirectory="$work/hub5101" | tail -n 1)
area=$(curl -s http://127.0.0.1:5101/graphql -H 'Content-Type: application/json' \
  -d '{"query":"{ area(code: \"430112001\") { id version name } }"}')
id=$(echo "$area" | sed -E 's/.*"id":"([^"]+)".*/\1/'); version=$(echo "$area" | sed -E 's/.*"version":([0-9]+).*/\1/')
echo "renaming 高塘岭街道 through hub 5101"
curl -s http://127.0.0.1:5101/graphql -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
  -d "{\"query\":\"mutation(\$i: UpdateAreaInput!) { updateArea(input: \$i) { area { name } userErrors { message } } }\",\"variables\":{\"i\":{\"id\":\"$id\",\"version\":$version,\"name\":\"高塘岭街道（三实例）\"}}}"
echo
sleep 0.2
for port in 5102 5103; do
  echo "hub $port says: $(curl -s http://127.0.0.1:$port/graphql -H 'Content-Type: application/json' -d '{"query":"{ area(code: \"430112001\") { name } }"}')"
done
for port in 5101 5102 5103; do echo "hub $port: $(curl -s http://127.0.0.1:$port/readyz)"; done
