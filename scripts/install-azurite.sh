#!/usr/bin/env bash
# Installs the pinned Azurite (tools/azurite/package-lock.json) that the embedded Durable Task engine starts.
# Idempotent: skips npm when node_modules already matches the lock file.
set -euo pipefail
dir="$(cd "$(dirname "$0")/../tools/azurite" && pwd)"
stamp="$dir/node_modules/.package-lock.json"
if [ -f "$dir/node_modules/azurite/dist/src/azurite.js" ] && [ -f "$stamp" ] && [ "$stamp" -nt "$dir/package-lock.json" ]; then
  echo "azurite: already installed in $dir/node_modules"
  exit 0
fi
command -v npm >/dev/null || { echo "azurite: npm is required (Node.js 20 or newer)" >&2; exit 1; }
cd "$dir"
npm ci --no-audit --no-fund --loglevel=error
