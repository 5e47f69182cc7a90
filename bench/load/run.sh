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
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
command -v jq >/dev/null || apt-get install -y jq >/dev/null
bash scripts/install-azurite.sh >/dev/null
dotnet build -c Release src/Pmo.Local -v quiet -nologo >/dev/null
dotnet build -c Release bench/load/BareEndpoint -v quiet -nologo >/dev/null
data="$(mktemp -d /tmp/pmo-load.XXXXXX)"
export PMO_KEY="load-$(openssl rand -hex 16)" PROJECTS="$projects"   # throw-away admin key of this run
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port="$(free_port)"; bare_port="$(free_port)"
base="http://127.0.0.1:$port"; bare="http://127.0.0.1:$bare_port"

mkdir -p "$data/host" "$data/bare"
( cd "$data/host" && exec setsid env \
    PMO_Api__ApiKeys__0__Key="$PMO_KEY" PMO_Api__ApiKeys__0__Role=Pmo.Admin PMO_Api__ApiKeys__0__Email=pmo@example.org \
    PMO_Local__SchedulerEnabled=false PMO_Seed__DemoPortfolio=false PMO_Durable__Backend="$backend" \
    Logging__LogLevel__Default=Warning \
    dotnet exec "$repo/src/Pmo.Local/bin/Release/net10.0/Pmo.Local.dll" serve --port "$port" --data "$data/host" ) >"$data/host.log" 2>&1 &
host=$!
( cd "$data/bare" && exec setsid env Logging__LogLevel__Default=Warning \
    dotnet exec "$repo/bench/load/BareEndpoint/bin/Release/net10.0/BareEndpoint.dll" \
    --port "$bare_port" --data "$data/bare" --projects "$projects" ) >"$data/bare.log" 2>&1 &
bare_pid=$!
cleanup() {
  for p in "$host" "$bare_pid"; do kill -TERM "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  rm -rf "$data"
}
trap cleanup EXIT
wait_ready() {
  for _ in $(seq 1 600); do [[ "$(curl -s -o /dev/null -w '%{http_code}' "$1/api/health" || true)" == 200 ]] && return 0; sleep 0.2; done
  echo "$1 did not start" >&2; cat "$data"/*.log >&2; exit 1
}
wait_ready "$base"; wait_ready "$bare"

echo "seeding $projects projects (the bare endpoint seeds its own at start)"
seq 1 "$projects" | xargs -P 8 -I{} sh -c '
  id=$(printf "LOAD-%04d" {})
  c=$(curl -s -o /dev/null -w "%{http_code}" -H "X-Api-Key: $PMO_KEY" -H "Content-Type: application/json" -X POST "$0/api/projects" \
    -d "{\"id\":\"$id\",\"name\":\"Load project $id\",\"portfolio\":\"Load\",\"department\":\"IS Dept.\",
         \"sponsor\":{\"name\":\"Claire Dubois\",\"email\":\"claire.dubois@example.org\",\"language\":\"Fr\"},
         \"manager\":{\"name\":\"PM $id\",\"email\":\"pm-$id@example.org\",\"language\":\"En\"},
         \"phase\":\"Execution\",\"budget\":{\"approved\":100000,\"actualToDate\":20000,\"forecastAtCompletion\":100000,\"currency\":\"EUR\"},
         \"start\":\"2026-01-05\",\"baselineEnd\":\"2027-06-30\"}")
  [ "$c" = 201 ] || { echo "seed $id: HTTP $c" >&2; exit 255; }' "$base"

status=0
results="$data/results.tsv"   # round, path, server, req/s, p50 ms, p99 ms, errors, load before, load after
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 }; printf "%.2f", v }' <<<"$1"; }
# $1 round (0 = warm-up, not reported), $2 path (reads|submit), $3 server (project|bare), $4 duration
measure() {
  local url; [[ "$3" == project ]] && url="$base" || url="$bare"
  local year=$(( 2001 + 40 * $1 ))   # each round's submissions create their own (project, week) pairs
  local before after out
  before="$(cut -d' ' -f1 /proc/loadavg)"
  out=$(BASE_YEAR=$year wrk -t"$threads" -c"$connections" -d"$4" --timeout 5s --latency -s "bench/load/$2.lua" "$url" 2>&1)
  after="$(cut -d' ' -f1 /proc/loadavg)"
  (( $1 == 0 )) && return 0
  echo "== round $1, $2, $3: wrk -t$threads -c$connections -d$4 --timeout 5s --latency -s bench/load/$2.lua $url (load $before -> $after)"
  echo "$out"
  local rps p50 p99 errors=0
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  if grep -qE 'Socket errors|Non-2xx' <<<"$out"; then echo "ERRORS in round $1, $2, $3"; status=1; errors=1; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$rps" "$p50" "$p99" "$errors" "$before" "$after" >>"$results"
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
