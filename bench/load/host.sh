# Sourced by bench/load/run.sh and profile.sh (from the repository root): builds and starts the local host (Release,
# logging at Warning, scheduler off, fresh data folder under /tmp, throw-away admin key) and seeds PROJECTS projects.
# Sets: data, base, host (pid), pids (add yours: stop_hosts, the EXIT trap, stops them); exports PMO_KEY, PROJECTS.
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
command -v jq >/dev/null || apt-get install -y jq >/dev/null
bash scripts/install-azurite.sh >/dev/null
dotnet build -c Release src/Pmo.Local -v quiet -nologo >/dev/null
repo="$PWD"; data="$(mktemp -d /tmp/pmo-load.XXXXXX)"
export PMO_KEY="load-$(openssl rand -hex 16)" PROJECTS="$projects"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port="$(free_port)"; base="http://127.0.0.1:$port"
pids=()
stop_hosts() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  [[ -n "${KEEP_DATA:-}" ]] || rm -rf "$data"
}
trap stop_hosts EXIT

mkdir -p "$data/host"
# HOST_ENV="NAME=value ..." adds environment variables to the local host only (e.g. DOTNET_gcServer=0 to compare GC modes).
( cd "$data/host" && exec setsid env ${HOST_ENV:-} \
    PMO_Api__ApiKeys__0__Key="$PMO_KEY" PMO_Api__ApiKeys__0__Role=Pmo.Admin PMO_Api__ApiKeys__0__Email=pmo@example.org \
    PMO_Local__SchedulerEnabled=false PMO_Seed__DemoPortfolio=false PMO_Durable__Backend="${BACKEND:-Azurite}" \
    Logging__LogLevel__Default=Warning \
    dotnet exec "$repo/src/Pmo.Local/bin/Release/net10.0/Pmo.Local.dll" serve --port "$port" --data "$data/host" ) >"$data/host.log" 2>&1 &
host=$!; pids+=("$host")

wait_ready() {
  for _ in $(seq 1 600); do [[ "$(curl -s -o /dev/null -w '%{http_code}' "$1/api/health" || true)" == 200 ]] && return 0; sleep 0.2; done
  echo "$1 did not start" >&2; cat "$data"/*.log >&2; exit 1
}

seed_projects() {
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
}
