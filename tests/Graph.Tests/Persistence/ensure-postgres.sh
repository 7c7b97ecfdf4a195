#!/usr/bin/env bash
# Installs Debian's PostgreSQL server programs (initdb, pg_ctl, postgres under /usr/lib/postgresql/N/bin), which the
# persistence suite starts a private server with (PostgresServer.cs): without them its PostgreSQL cases report
# themselves skipped. Does nothing when they are there; needs root. With --missing it only prints what is missing.
set -euo pipefail
missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ "${1:-}" = "--missing" ]; then echo "${missing[*]}"; exit 0; fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-postgres: missing ${missing[*]}; as root run: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q "${missing[@]}"
