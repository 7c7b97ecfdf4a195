#!/usr/bin/env bash
# Installs what ExplorerBrowserTests drives: Debian's Chromium at /usr/bin/chromium, and CJK fonts so the
# explorer's Chinese renders. Does nothing when Chromium is there; needs root (CI and the test fixture run it as root).
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: /usr/bin/chromium is missing; as root run: apt-get update && apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q chromium fonts-noto-cjk
