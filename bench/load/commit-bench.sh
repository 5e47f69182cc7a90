#!/usr/bin/env bash
# The submission's two statements on the store's schema, one thread, batches of 16: SQLite's checkpoint inside the
# commit (default 1,000 pages) against the store's background PASSIVE checkpoint, and migration 0001's indexes against
# 0002's partial ones. Each variant in its own process, all in one run, with the load average.
# Usage: bench/load/commit-bench.sh [writes=40000] [rounds=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
writes="${1:-40000}"; rounds="${2:-2}"
dotnet build -c Release bench/load/CommitBench -v quiet -nologo >/dev/null
bench=bench/load/CommitBench/bin/Release/net10.0/CommitBench.dll
for round in $(seq 1 "$rounds"); do
  for variant in "1 1000 0" "2 1000 0" "1 10000 1000" "2 10000 1000"; do
    read -r schema auto every <<<"$variant"
    printf '%s  load %s  ' "$round" "$(cut -d' ' -f1 /proc/loadavg)"
    dotnet "$bench" --migrations src/Pmo.Storage.Sqlite/Migrations --schema "$schema" --autocheckpoint "$auto" \
      --background-every "$every" --batch 16 --writes "$writes"
  done
done
