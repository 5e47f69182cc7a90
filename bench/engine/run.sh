#!/usr/bin/env bash
# Durable engine benchmark: N chase-like orchestrations on the in-memory backend, then on Azurite (engine-started,
# from tools/azurite) followed by Azurite's own request ceiling. Each backend runs in its own process, so each peak
# working set is its own. See docs/performance.md ("Durable engine").
# Usage: bench/engine/run.sh [instances=1000] [EngineBench options: --timer 2 --partitions 1 --ceiling-seconds 10 --workers 16 --log]
set -euo pipefail
cd "$(dirname "$0")/../.."
instances="${1:-1000}"
shift || true
bash scripts/install-azurite.sh >/dev/null
dotnet build -c Release bench/engine/EngineBench -v quiet -nologo >/dev/null
bench=(dotnet bench/engine/EngineBench/bin/Release/net10.0/EngineBench.dll --instances "$instances" "$@")
echo "$(date -u '+%F %H:%M UTC'), $(nproc) cores; uptime: $(uptime)"
"${bench[@]}" --backend inmemory
echo
"${bench[@]}" --backend azurite
echo "uptime: $(uptime)"
