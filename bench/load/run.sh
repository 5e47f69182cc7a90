#!/usr/bin/env bash
# Load test of the local host with wrk: project reads (GET /api/projects/{id}) and integrator submissions
# (PUT /api/projects/{id}/updates/{week}, each a distinct create) against a Release build, logging at Warning,
# scheduler off, on a fresh data folder (default engine backend: Azurite; BACKEND=InMemory to compare).
# Usage: bench/load/run.sh [duration=60s] [connections=64] [projects=1000]
# Exit code 1 if a run had any socket error or non-2xx response.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
duration="${1:-60s}"; connections="${2:-64}"; projects="${3:-1000}"; threads="${THREADS:-2}"
backend="${BACKEND:-Azurite}"
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
bash scripts/install-azurite.sh >/dev/null
dotnet build -c Release src/Pmo.Local -v quiet -nologo >/dev/null
data="$(mktemp -d /tmp/pmo-load.XXXXXX)"
export PMO_KEY="load-$(openssl rand -hex 16)" PROJECTS="$projects"   # throw-away admin key of this run
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"

( cd "$data" && exec setsid env \
    PMO_Api__ApiKeys__0__Key="$PMO_KEY" PMO_Api__ApiKeys__0__Role=Pmo.Admin PMO_Api__ApiKeys__0__Email=pmo@example.org \
    PMO_Local__SchedulerEnabled=false PMO_Seed__DemoPortfolio=false PMO_Durable__Backend="$backend" \
    Logging__LogLevel__Default=Warning \
    dotnet exec "$repo/src/Pmo.Local/bin/Release/net10.0/Pmo.Local.dll" serve --port "$port" --data "$data" ) >"$data/host.log" 2>&1 &
host=$!
cleanup() { kill -TERM "$host" 2>/dev/null && wait "$host" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 1 600); do [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/health" || true)" == 200 ]] && break; sleep 0.2; done

echo "seeding $projects projects"
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
run() { # $1: name, $2: lua script
  echo "== $1: wrk -t$threads -c$connections -d$duration --latency -s bench/load/$2 $base  (backend $backend)"
  echo "uptime before: $(uptime)"
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 5s --latency -s "bench/load/$2" "$base")
  echo "$out"
  echo "uptime after:  $(uptime)"
  grep -qE 'Socket errors|Non-2xx' <<<"$out" && { echo "ERRORS in $1"; status=1; } || true
}
curl -s -o /dev/null -H "X-Api-Key: $PMO_KEY" "$base/api/projects/LOAD-0001"   # warm-up of the read path
run "project reads" reads.lua
run "update submissions" submit.lua
echo "updates stored (sample LOAD-0001): $(curl -s -H "X-Api-Key: $PMO_KEY" "$base/api/projects/LOAD-0001/updates?from=2001-W01&to=2100-W52" | jq 'length')"
exit $status
