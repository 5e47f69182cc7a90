#!/usr/bin/env bash
# Load test of the local host with wrk, against a bare reference endpoint measured in the same run.
#   paths: project reads (GET /api/projects/{id}) and integrator submissions (PUT /api/projects/{id}/updates/{week},
#   each a distinct create); the local host is a Release build, logging at Warning, scheduler off, on a fresh data
#   folder (engine backend Azurite by default; BACKEND=InMemory to compare).
#   reference: bench/load/BareEndpoint, a bare ASP.NET Core minimal API over Microsoft.Data.Sqlite in WAL mode (a
#   single-row read for the GET, a single-row update for the PUT), same URLs, header, bodies and wrk settings.
# Usage: bench/load/run.sh [duration=60s] [connections=64] [projects=1000]
#   env: THREADS=2 (wrk threads), RUNS=1 (rounds; each round measures both servers on both paths, the order of the
#   two servers alternating between rounds), WARMUP=5s (one unreported wrk run per server and path first).
# Prints each measurement, then a table of ratios (this project / bare) per round and their median.
# Exit code 1 if a run had any socket error or non-2xx response.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
duration="${1:-60s}"; connections="${2:-64}"; projects="${3:-1000}"
threads="${THREADS:-2}"; runs="${RUNS:-1}"; warmup="${WARMUP:-5s}"
backend="${BACKEND:-Azurite}"
source bench/load/host.sh
dotnet build -c Release bench/load/BareEndpoint -v quiet -nologo >/dev/null
bare_port="$(free_port)"; bare="http://127.0.0.1:$bare_port"
mkdir -p "$data/bare"
( cd "$data/bare" && exec setsid env Logging__LogLevel__Default=Warning \
    dotnet exec "$repo/bench/load/BareEndpoint/bin/Release/net10.0/BareEndpoint.dll" \
    --port "$bare_port" --data "$data/bare" --projects "$projects" ) >"$data/bare.log" 2>&1 &
bare_pid=$!; pids+=("$bare_pid")
wait_ready "$base"; wait_ready "$bare"
seed_projects   # the bare endpoint seeds its own table at start

status=0
results="$data/results.tsv"   # round, path, server, req/s, p50 ms, p99 ms, errors, load before, load after, CPU us/request
hz=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }   # the server's user + system time
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 }; printf "%.2f", v }' <<<"$1"; }
# $1 round (0 = warm-up, not reported), $2 path (reads|submit), $3 server (project|bare), $4 duration
measure() {
  local url pid; if [[ "$3" == project ]]; then url="$base"; pid=$host; else url="$bare"; pid=$bare_pid; fi
  local year=$(( 2001 + 40 * $1 ))   # each round's submissions create their own (project, week) pairs
  local before after out ticks
  before="$(cut -d' ' -f1 /proc/loadavg)"; ticks=$(cpu_ticks "$pid")
  out=$(BASE_YEAR=$year wrk -t"$threads" -c"$connections" -d"$4" --timeout 5s --latency -s "bench/load/$2.lua" "$url" 2>&1)
  after="$(cut -d' ' -f1 /proc/loadavg)"; ticks=$(( $(cpu_ticks "$pid") - ticks ))
  (( $1 == 0 )) && return 0
  echo "== round $1, $2, $3: wrk -t$threads -c$connections -d$4 --timeout 5s --latency -s bench/load/$2.lua $url (load $before -> $after)"
  echo "$out"
  local rps p50 p99 cpu errors=0
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  cpu=$(awk -v t="$ticks" -v hz="$hz" '/ requests in / { printf "%.0f", 1e6 * t / hz / $1 }' <<<"$out")
  if grep -qE 'Socket errors|Non-2xx' <<<"$out"; then echo "ERRORS in round $1, $2, $3"; status=1; errors=1; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$rps" "$p50" "$p99" "$errors" "$before" "$after" "$cpu" >>"$results"
}

curl -s -o /dev/null -H "X-Api-Key: $PMO_KEY" "$base/api/projects/LOAD-0001"
for path in reads submit; do for server in project bare; do measure 0 "$path" "$server" "$warmup"; done; done
: >"$results"
for round in $(seq 1 "$runs"); do
  for path in reads submit; do
    # Alternate which server goes first, so a drift in the machine's load does not always favour the same one.
    if (( round % 2 == 1 )); then order="project bare"; else order="bare project"; fi
    for server in $order; do measure "$round" "$path" "$server" "$duration"; done
  done
done

echo
echo "updates stored (sample LOAD-0001): $(curl -s -H "X-Api-Key: $PMO_KEY" "$base/api/projects/LOAD-0001/updates?from=2001-W01&to=9998-W52" | jq 'length')"
echo "== summary: wrk -t$threads -c$connections -d$duration, $projects projects, backend $backend, $runs round(s), $(nproc) cores"
python3 bench/load/summary.py "$results"
exit $status
