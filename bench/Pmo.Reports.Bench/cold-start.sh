#!/usr/bin/env bash
# Cold first render of the review pack, with and without ReadyToRun, in the same run. Publishes this bench twice for
# linux-x64, framework-dependent: JIT only, and ReadyToRun (what src/Pmo.Functions' publish does for the host: the
# pack's code, the Open XML SDK and SkiaSharp precompiled). Then runs fresh processes alternately, JIT first, and
# prints each cold first render (wall, CPU, and the JIT's own time and method count during it) next to the warm one,
# with the load average. Or, on published builds: DOTNET_ReadyToRun=0 makes the runtime ignore the precompiled code.
# Usage: bench/Pmo.Reports.Bench/cold-start.sh [projects=10000] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
projects="${1:-10000}"; rounds="${2:-3}"
out=artifacts/reports-bench
for mode in jit r2r; do
  r2r=false; [[ $mode == r2r ]] && r2r=true
  dotnet publish bench/Pmo.Reports.Bench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=$r2r \
    -o "$out/$mode" -v quiet -nologo >/dev/null
done
echo "cold first render, $projects projects, $rounds rounds ($(nproc) cores, $(dotnet --list-runtimes | grep -m1 NETCore.App))"
printf '%-6s %-4s %15s %14s %18s %15s %14s  %s\n' round mode "cold wall (ms)" "cold CPU (ms)" "cold JIT ms (methods)" "warm wall (ms)" "warm CPU (ms)" "load avg before -> after"
results=$(mktemp)
for round in $(seq 1 "$rounds"); do
  for mode in jit r2r; do
    before=$(cut -d' ' -f1 /proc/loadavg)
    row=$("$out/$mode/Pmo.Reports.Bench" --projects "$projects" --runs 1 --out "$(mktemp -d)" | grep -E "^\| *[0-9,]+ \|")
    after=$(cut -d' ' -f1 /proc/loadavg)
    # Columns of the bench's row: ... | total (warm) | CPU | first run (cold): wall / CPU | ...
    python3 - "$row" "$round" "$mode" "$before" "$after" <<'PY' | tee -a "$results"
import re, sys
row, rnd, mode, before, after = sys.argv[1:]
cells = [c.strip().strip("*") for c in row.strip().strip("|").split("|")]
def ms(text):
    v, unit = re.match(r"([\d.,]+)\s*(ms|s)", text.strip()).groups()
    return float(v.replace(",", "")) * (1000 if unit == "s" else 1)
cold_wall, cold_cpu = (ms(x) for x in cells[9].split("/"))
jit_ms, jit_methods = re.match(r"(.+)\((.+)\)", cells[17]).groups()
print(f"{rnd:<6} {mode:<4} {cold_wall:15.0f} {cold_cpu:14.0f} {ms(jit_ms):9.0f} ({jit_methods.strip()}) {ms(cells[7]):15.0f} {ms(cells[8]):14.0f}  {before} -> {after}")
PY
  done
done
python3 - "$results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
for mode in ("jit", "r2r"):
    r = [x for x in rows if x[1] == mode]
    med = lambda i: statistics.median(float(x[i].strip("()").replace(",", "")) for x in r)
    print(f"median {mode}: cold wall {med(2):,.0f} ms, cold CPU {med(3):,.0f} ms, cold JIT {med(4):,.0f} ms ({med(5):,.0f} methods), warm wall {med(6):,.0f} ms, warm CPU {med(7):,.0f} ms")
PY
rm -f "$results"
