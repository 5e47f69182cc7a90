#!/usr/bin/env bash
# Installs the pinned Azurite (tools/azurite/package-lock.json) that the embedded Durable Task engine starts, with
# the performance patch in tools/azurite/patches applied by patch-package (see tools/azurite/README.md).
# Idempotent: skips npm when node_modules is newer than the lock file and every patch (--quiet: silently).
set -euo pipefail
quiet=false; [ "${1:-}" = "--quiet" ] && quiet=true
dir="$(cd "$(dirname "$0")/../tools/azurite" && pwd)"
stamp="$dir/node_modules/.package-lock.json"
fresh() {
  [ -f "$dir/node_modules/azurite/dist/src/azurite.js" ] && [ -f "$stamp" ] && [ "$stamp" -nt "$dir/package-lock.json" ] || return 1
  for patch in "$dir"/patches/*.patch; do [ "$stamp" -nt "$patch" ] || return 1; done
}
if fresh; then
  $quiet || echo "azurite: already installed in $dir/node_modules"
  exit 0
fi
command -v npm >/dev/null || { echo "azurite: npm is required (Node.js 20 or newer)" >&2; exit 1; }
cd "$dir"
echo "azurite: installing the pinned Azurite with npm into $dir/node_modules"
npm ci --no-audit --no-fund --loglevel=error   # its postinstall applies patches/ with patch-package
touch "$stamp"
