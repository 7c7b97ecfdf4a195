#!/usr/bin/env bash
# Installs what the browser tests drive and read: Debian's Chromium at /usr/bin/chromium and its driver at
# /usr/bin/chromedriver (the explorer's and the map's tests, the district report's PDF), poppler-utils' pdftotext (to
# read the report back), and CJK fonts so Chinese renders. Does nothing when all are there; needs root (CI and the
# test fixtures run it as root). With --missing it only prints what is missing, for .ci/run to install all in one go.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
[ -x /usr/bin/pdftotext ] || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
if [ "${1:-}" = "--missing" ]; then echo "${missing[*]}"; exit 0; fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: missing ${missing[*]}; as root run: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q "${missing[@]}"
