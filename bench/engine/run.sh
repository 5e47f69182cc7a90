#!/usr/bin/env bash
# Durable engine benchmark (docs/performance.md, "Durable engine"): the weekly cycle's Monday burst of N chases on the
# real orchestrators, then their answers, on the in-memory backend once, then on Azurite (engine-started, from
# tools/azurite) RUNS times, each with Azurite's own request ceiling measured before and after it, then once more on
# Azurite to sort the requests by kind (that run's times are not used: the per-request Activity it needs costs the
# engine CPU). Prints every run in full, then the medians of the timed Azurite runs: requests per chase and the share
# of the storage bound reached. Each run is its own process, so each peak working set is its own.
# Usage: bench/engine/run.sh [instances=1000] [EngineBench options: --shape week|chase --ceiling-seconds 10 --workers 16
#                            --set EngineOption=value --log]; RUNS=3 by default.
# Each run first runs a warm-up week of WARMUP chases (default: as many as the run), the shape of a host that ran
# last week's burst: hot methods already compiled at tier 1. WARMUP=20 shows a cold process (JIT about half its CPU).
set -euo pipefail
cd "$(dirname "$0")/../.."
instances="${1:-1000}"
shift || true
runs="${RUNS:-3}"
bash scripts/install-azurite.sh >/dev/null
dotnet build -c Release bench/engine/EngineBench -v quiet -nologo >/dev/null
bench=(dotnet bench/engine/EngineBench/bin/Release/net10.0/EngineBench.dll --instances "$instances" --warmup "${WARMUP:-$instances}" "$@")
log="$(mktemp /tmp/pmo-engine-bench.XXXXXX)"
trap 'rm -f "$log"' EXIT

echo "$(date -u '+%F %H:%M UTC'), $(nproc) cores; uptime: $(uptime)"
"${bench[@]}" --backend inmemory
for run in $(seq 1 "$runs"); do
  echo
  echo "== Azurite, run $run of $runs"
  "${bench[@]}" --backend azurite --no-kinds | tee -a "$log"
done
echo
echo "== Azurite, requests by kind (its times are not in the medians)"
"${bench[@]}" --backend azurite --ceiling-seconds 2 | sed -n '/^storage requests/,/^Azurite ceiling/p'
echo
echo "uptime: $(uptime)"

# Medians over the Azurite runs of every figure on the SUMMARY lines (key=value).
echo "medians of $runs Azurite runs:"
grep '^SUMMARY ' "$log" | cut -d' ' -f2- | tr ' ' '\n' | awk -F= '
  { values[$1] = values[$1] " " $2; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
  END {
    for (i = 1; i <= n; i++) {
      k = order[i]; m = split(substr(values[k], 2), v, " ")
      for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (v[b] + 0 < v[a] + 0) { t = v[a]; v[a] = v[b]; v[b] = t }
      median = (m % 2) ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
      printf "  %-32s %s   (runs: %s)\n", k, median, substr(values[k], 2)
    }
  }'
