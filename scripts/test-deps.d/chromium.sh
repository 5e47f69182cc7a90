#!/usr/bin/env bash
# The API's real-browser test drives Debian's chromium through Playwright (ExecutablePath=/usr/bin/chromium),
# so Playwright never downloads a browser of its own. Idempotent: does nothing when chromium is there. Runs as root.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
[ -x /usr/bin/chromium ] || { echo "chromium.sh: /usr/bin/chromium still missing after installing chromium" >&2; exit 1; }
