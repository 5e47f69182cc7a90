#!/usr/bin/env bash
# Profiles the submission path (PUT /api/projects/{id}/updates/{week}, creates) of the local host under wrk load:
#   1. counters: wrk alone, with dotnet-counters collecting System.Runtime, Microsoft.AspNetCore.Hosting and
#      Pmo.Storage.Sqlite (group-commit batch sizes); prints CPU time and bytes allocated per request (figures that
#      do not depend on how loaded the machine is), GC and exception rates, batch sizes;
#   2. cpu: the same load under dotnet-trace (sampled thread stacks, ~100 Hz); prints the top methods (exclusive, inclusive).
# dotnet-counters and dotnet-trace (NuGet global tools) are installed under .tools/ (gitignored).
# Usage: bench/load/profile.sh [seconds=20] [connections=64] [projects=300]; OUT=folder keeps the trace and CSV;
#   TRACE=0 stops after the counters.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"; connections="${2:-64}"; projects="${3:-300}"; threads="${THREADS:-2}"
out="${OUT:-$(mktemp -d /tmp/pmo-profile.XXXXXX)}"; mkdir -p "$out"
for tool in dotnet-counters dotnet-trace; do
  [ -x ".tools/$tool" ] || dotnet tool install "$tool" --tool-path .tools >/dev/null
done
source bench/load/host.sh
wait_ready "$base"
seed_projects

load() { # $1: base year (distinct creates per run), $2: seconds
  BASE_YEAR=$1 wrk -t"$threads" -c"$connections" -d"$2s" --timeout 5s --latency -s bench/load/submit.lua "$base"
}
span() { printf '00:00:00:%02d' "$1"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$host/stat"; }
load 2001 5 >/dev/null   # warm-up (JIT tiers, pools)

echo "== 1. counters, ${seconds}s of wrk -t$threads -c$connections (load $(cut -d' ' -f1-3 /proc/loadavg))"
.tools/dotnet-counters collect -p "$host" --format csv -o "$out/counters.csv" --refresh-interval 1 --duration "$(span $((seconds + 4)))" \
  --counters System.Runtime,Microsoft.AspNetCore.Hosting,Pmo.Storage.Sqlite >/dev/null 2>&1 &
counters=$!; pids+=("$counters")
sleep 2   # dotnet-counters attaches
ticks=$(cpu_ticks)
wrk_out=$(load 2041 "$seconds")
ticks=$(( $(cpu_ticks) - ticks ))
wait "$counters" || true
echo "$wrk_out" | grep -E 'Requests/sec|requests in|99%|Non-2xx|Socket errors' || true
python3 - "$out/counters.csv" "$wrk_out" "$ticks" "$(getconf CLK_TCK)" <<'PY'
import csv, re, statistics, sys
path, wrk, ticks, hz = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
requests = int(re.search(r"(\d+) requests in", wrk).group(1))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
series = {}
for r in csv.reader(open(path, encoding="utf-8")):
    if len(r) >= 5 and r[0] != "Timestamp":
        try: series.setdefault(r[2], []).append(float(r[4]))
        except ValueError: pass
def under_load(name):  # the seconds of the run: those where requests were being served
    return series.get(name, [])
alloc = series.get("dotnet.gc.heap.total_allocated (By / 1 sec)", [])
busy = sorted(alloc)[len(alloc) // 3:] if alloc else []  # drop the idle seconds before and after wrk
print(f"CPU per request: {1e6 * ticks / hz / requests:,.0f} us (process user+sys {ticks / hz:.1f} s for {requests:,} requests)")
if busy:
    print(f"allocated per request: {statistics.median(busy) / rps / 1024:,.1f} KB (median {statistics.median(busy) / 1e6:,.1f} MB/s at {rps:,.0f} req/s)")
for name, values in sorted(series.items()):
    if name.startswith("dotnet.exceptions") or name.startswith("dotnet.gc.collections") or name.startswith("dotnet.gc.pause") \
       or name.startswith("dotnet.monitor.lock") or "pmo.sqlite" in name or "request.duration" in name:
        nz = [v for v in values if v]
        print(f"  {name}: max {max(values):,.2f}, median of non-zero seconds {statistics.median(nz) if nz else 0:,.2f}")
PY

[[ "${TRACE:-1}" == 0 ]] && { echo "counters kept in $out"; exit 0; }
echo "== 2. sampled thread stacks, ${seconds}s"
.tools/dotnet-trace collect -p "$host" --profile dotnet-common,dotnet-sampled-thread-time --duration "$(span $((seconds + 4)))" -o "$out/cpu.nettrace" >"$out/trace.log" 2>&1 &
trace=$!; pids+=("$trace")
sleep 2
load 2081 "$seconds" | grep -E 'Requests/sec|99%' || true
wait "$trace" || true
.tools/dotnet-trace report "$out/cpu.nettrace" topN -n 40 > "$out/top-exclusive.txt" 2>&1 || true
.tools/dotnet-trace report "$out/cpu.nettrace" topN -n 80 --inclusive > "$out/top-inclusive.txt" 2>&1 || true
echo "-- top exclusive"; cat "$out/top-exclusive.txt"
echo "-- top inclusive"; cat "$out/top-inclusive.txt"
echo "trace and counters kept in $out"
