#!/usr/bin/env bash
# Installs the local Cosmos DB emulator (@vercel/cosmosdb-server, pinned by tools/cosmos-emulator/package-lock.json).
# Idempotent: skips `npm ci` when node_modules already matches the lock file. Needs node >= 20 and npm.
set -euo pipefail
dir="$(cd "$(dirname "$0")/../tools/cosmos-emulator" && pwd)"
command -v node >/dev/null || { echo "install-cosmos-emulator: node is not installed (need >= 20)" >&2; exit 1; }
major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$major" -ge 20 ] || { echo "install-cosmos-emulator: node $major found, need >= 20" >&2; exit 1; }

# A stamp of the lock file it was installed from: unchanged lock and package present means nothing to do.
stamp="$dir/node_modules/.pmo-lock.sha256"
want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f "$dir/node_modules/@vercel/cosmosdb-server/package.json" ]; then
  echo "cosmos emulator: up to date"
  exit 0
fi
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
echo "$want" > "$stamp"
echo "cosmos emulator: installed in $dir/node_modules"
