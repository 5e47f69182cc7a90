#!/usr/bin/env bash
# Kill drill for the real local host (Release build, Azurite backend, scheduler off): a weekly cycle driven over HTTP
# (projects created through the API, the week's cycle opened with run-now, half the managers answering through the
# signed link of their invitation) while the host is kill -9'd at random moments, TRIALS times, restarted each time
# on the same data folder (the killed host's Azurite survives and is reused, as the engine intends). A last run
# without kill finishes the work; then:
#   - every project has exactly one invitation .eml for the week, every X-Pmo-Message-Id in the outbox is unique,
#     and no reminder / missed mail exists for the week (its deadlines are ahead);
#   - every answered project's update is stored with the values submitted (GET /api/projects/{id}/updates/{week});
#   - every answered project's chase is Completed and its request Submitted; every other chase is still Running and
#     its request Open, with no stored update.
# Usage: bench/drills/local-host/kill-drill.sh [trials=20] [projects=40]
# Exit code 0 only if every assertion holds; the data folder is kept on failure.
set -euo pipefail
cd "$(dirname "$0")/../../.."
repo=$PWD
trials="${1:-20}"
projects="${2:-40}"
data="$(mktemp -d /tmp/pmo-kill-drill.XXXXXX)"
mkdir -p "$data/state" "$data/logs"
key="drill-$(openssl rand -hex 16)"          # a throw-away admin key for this run, never written to the repository
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port/api"
week="$(date -u -d '+7 days' +%G-W%V)"      # next week: all its deadlines are ahead, so outcomes do not depend on the day
dll="$repo/src/Pmo.Local/bin/Release/net10.0/Pmo.Local.dll"

bash scripts/install-azurite.sh >/dev/null
dotnet build -c Release src/Pmo.Local -v quiet -nologo >/dev/null

ids=(); for i in $(seq 1 "$projects"); do ids+=("$(printf 'DRILL-%02d' "$i")"); done
answers() { (( 10#${1#DRILL-} % 2 == 1 )); }  # odd projects answer, even ones stay silent

api() { curl -sS --max-time 20 -H "X-Api-Key: $key" "$@"; }
code() { curl -s -o /dev/null -w '%{http_code}' --max-time 20 -H "X-Api-Key: $key" "$@" || echo 000; }

host_pid=""
trap '[[ -n $host_pid ]] && kill -TERM "$host_pid" 2>/dev/null || true' EXIT
start_host() { # $1: log name
  ( cd "$data" && exec setsid env \
      PMO_Api__ApiKeys__0__Key="$key" PMO_Api__ApiKeys__0__Role=Pmo.Admin PMO_Api__ApiKeys__0__Email=pmo@example.org \
      PMO_Local__SchedulerEnabled=false PMO_Seed__DemoPortfolio=false \
      Logging__LogLevel__Default=Warning \
      dotnet exec "$dll" serve --port "$port" --data "$data" ) >"$data/logs/$1.log" 2>&1 &
  host_pid=$!
}
wait_healthy() { # $1: timeout seconds
  local until=$((SECONDS + $1))
  while (( SECONDS < until )); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/health" || true)" == 200 ]] && return 0
    kill -0 "$host_pid" 2>/dev/null || return 1
    sleep 0.2
  done
  return 1
}

create_project() {
  local id=$1 today; today=$(date -u +%F)
  api -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -X POST "$base/projects" -d "$(jq -nc \
    --arg id "$id" --arg start "$(date -u -d '-30 days' +%F)" --arg bend "$(date -u -d '+200 days' +%F)" '{
      id: $id, name: ("Drill project " + $id), portfolio: "Drill", department: "IS Dept.",
      sponsor: {name: "Claire Dubois", email: "claire.dubois@example.org", language: "Fr"},
      manager: {name: ("PM " + $id), email: (($id | ascii_downcase) + "@example.org"), language: "En"},
      phase: "Execution", budget: {approved: 100000, actualToDate: 20000, forecastAtCompletion: 100000, currency: "EUR"},
      start: $start, baselineEnd: $bend}')"
}

# The .eml files of the outbox that are this week's invitation to this project's manager.
invitations() { # $1: project id
  local pm; pm="$(tr 'A-Z' 'a-z' <<<"$1")@example.org"
  grep -l -i "^To:.*$pm" "$data"/outbox/*.eml 2>/dev/null | xargs -r grep -l -i "^X-Pmo-Category: *chase-invite" \
    | xargs -r grep -l "$week" || true
}

# One pass of the cycle's work; idempotent, so it can be cut by a kill at any point and run again.
drive() {
  local id c file link n=0
  for id in "${ids[@]}"; do
    [[ -e "$data/state/created-$id" ]] && continue
    c=$(create_project "$id" || echo 000)
    [[ $c == 201 || $c == 409 ]] && touch "$data/state/created-$id"
  done
  c=$(code -X POST "$base/local/run-now/chase?week=$week")
  [[ $c == 202 ]] && touch "$data/state/cycle-opened"
  for id in "${ids[@]}"; do
    answers "$id" || continue
    [[ -e "$data/state/answered-$id" ]] && continue
    (( n >= ${MAX_ANSWERS_PER_PASS:-3} )) && break
    file=$(invitations "$id" | head -n1)
    [[ -n $file ]] || continue
    link=$(api "$base/local/outbox/$(basename "$file")" | jq -r '.textBody // .TextBody // empty' \
      | grep -oE 'https?://[^[:space:]"<>]+/api/forms/update/[^[:space:]"<>]+' | head -n1 || true)
    [[ -n $link ]] || continue
    link="$base/forms/update/${link##*/api/forms/update/}"
    c=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -X POST "$link" \
      --data-urlencode overall=Amber --data-urlencode "progressPercent=$((10#${id#DRILL-}))" \
      --data-urlencode "accomplishments=Drill answer of $id" || echo 000)
    echo "$(date -u +%T.%N | cut -c1-12) $id submit -> $c" >>"$data/state/submissions.log"
    # 200: stored now. Anything else after a kill may mean it was stored before the kill (link then closed):
    # the final checks read the store, so nothing is trusted from here.
    [[ $c == 200 ]] && touch "$data/state/answered-$id"
    [[ $c != 200 && $(code "$base/projects/$id/updates/$week") == 200 ]] && touch "$data/state/answered-$id"
    n=$((n + 1))
    sleep 0.2
  done
}

kills=0; killed_before_ready=0
for trial in $(seq 1 "$trials"); do
  start_host "trial-$trial"
  ( if wait_healthy 180; then while :; do drive; sleep 0.3; done; fi ) >>"$data/logs/driver.log" 2>&1 &
  driver=$!
  if (( trial % 5 == 0 )); then
    delay_ms=$((500 + RANDOM % 4000))      # every 5th kill lands in start-up / engine recovery
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    when="${delay_ms} ms after launch"
  else
    wait_healthy 180 || true
    delay_ms=$((300 + RANDOM % 8000))      # the others at a random moment of the work
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    when="${delay_ms} ms after ready"
  fi
  ready=yes; [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base/health" || true)" == 200 ]] || ready=no
  kill -9 "$host_pid" 2>/dev/null && kills=$((kills + 1))
  wait "$host_pid" 2>/dev/null || true
  kill "$driver" 2>/dev/null || true; wait "$driver" 2>/dev/null || true
  [[ $ready == no ]] && killed_before_ready=$((killed_before_ready + 1))
  echo "trial $trial: kill -9 $when (answering /api/health: $ready), created $(ls "$data/state" | grep -c '^created-' || true)," \
    "invitations $(ls "$data"/outbox/*.eml 2>/dev/null | wc -l), answered $(ls "$data/state" | grep -c '^answered-' || true)"
done

echo "final run (no kill)"
start_host final
wait_healthy 180 || { echo "FAIL: host did not start for the final run (log: $data/logs/final.log)"; exit 1; }
final_start=$SECONDS
want_answers=$(for id in "${ids[@]}"; do answers "$id" && echo; done | wc -l || true)
missing_answers() { local id; for id in "${ids[@]}"; do
  answers "$id" && [[ $(code "$base/projects/$id/updates/$week") != 200 ]] && echo "$id"; done; return 0; }
while [[ -n "$(missing_answers)" ]]; do
  (( SECONDS - final_start > 600 )) && { echo "answers still missing after 600 s: $(missing_answers | tr '\n' ' ')"; break; }
  MAX_ANSWERS_PER_PASS=100 drive >>"$data/logs/driver.log" 2>&1 || true
  sleep 1
done
api -o /dev/null -X POST "$base/local/run-now/tick"   # relays any stored update whose event a kill cut off
deadline=$((SECONDS + 600))
while (( SECONDS < deadline )); do
  pending=0
  for id in "${ids[@]}"; do
    s=$(api "$base/orchestrations/chase-$id-$week" | jq -r '.runtimeStatus // "none"' 2>/dev/null || echo none)
    if answers "$id"; then [[ $s == Completed ]] || pending=$((pending + 1)); else [[ $s == Running ]] || pending=$((pending + 1)); fi
  done
  (( pending == 0 )) && break
  sleep 2
done
echo "chases settled $((SECONDS - final_start)) s into the final run"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
summary=$(api "$base/portfolio/summary?week=$week")
echo "$summary" >"$data/logs/summary.json"
for id in "${ids[@]}"; do
  n=$(invitations "$id" | wc -l)
  (( n == 1 )) || fail "$id has $n invitations for $week"
  s=$(api "$base/orchestrations/chase-$id-$week" | jq -r '.runtimeStatus // "none"' || echo none)
  u=$(api -w '\n%{http_code}' "$base/projects/$id/updates/$week")
  uc=$(tail -n1 <<<"$u")
  req=$(jq -r --arg id "$id" '[.. | objects | select((.projectId? // "") == $id)] | map(.request?.status? // .requestStatus? // .thisWeek?.status? // empty) | first // "?"' <<<"$summary" 2>/dev/null || echo "?")
  if answers "$id"; then
    [[ $uc == 200 ]] || fail "$id: update for $week not stored (HTTP $uc)"
    if [[ $uc == 200 ]]; then
      p=$(head -n -1 <<<"$u" | jq -r '.progressPercent'); o=$(head -n -1 <<<"$u" | jq -r '.overall')
      [[ $p == $((10#${id#DRILL-})) && $o == Amber ]] || fail "$id: stored update differs (progress $p, overall $o)"
    fi
    [[ $s == Completed ]] || fail "$id: chase is $s, expected Completed"
    [[ $req == "?" || $req == Submitted ]] || fail "$id: request is $req, expected Submitted"
  else
    [[ $uc == 404 ]] || fail "$id: unexpected update (HTTP $uc)"
    [[ $s == Running ]] || fail "$id: chase is $s, expected Running (waiting for its reminder)"
    [[ $req == "?" || $req == Open ]] || fail "$id: request is $req, expected Open"
  fi
done
total=$(ls "$data"/outbox/*.eml | wc -l)
unique=$(grep -h -i '^X-Pmo-Message-Id:' "$data"/outbox/*.eml | sort -u | wc -l)
(( unique == total )) || fail "outbox: $total .eml files but $unique distinct X-Pmo-Message-Id"
others=$(grep -l -i '^X-Pmo-Category:' "$data"/outbox/*.eml | xargs -r grep -L -i '^X-Pmo-Category: *chase-invite' | xargs -r grep -l "$week" | wc -l || true)
(( others == 0 )) || fail "$others non-invitation mails for $week (deadlines are ahead: expected none)"
dupes=$(grep -c -- '-> 200' "$data/state/submissions.log" || true)

kill -TERM "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true
if [[ -f "$data/azurite/azurite.json" ]]; then  # a clean stop removes it; if not, stop the engine's Azurite by its recorded pid
  apid=$(jq -r '.ProcessId // .processId // empty' "$data/azurite/azurite.json" || true)
  [[ -n $apid ]] && grep -q azurite "/proc/$apid/cmdline" 2>/dev/null && kill "$apid" || true
fi

echo "trials $trials, kill -9 $kills (of which $killed_before_ready before /api/health answered), projects $projects," \
  "answered $want_answers (form posts answered 200: $dupes), .eml $total ($unique distinct message ids)," \
  "submission outcomes: $(awk '{print $NF}' "$data/state/submissions.log" | sort | uniq -c | tr -s ' ' | tr '\n' ',')"
if (( failures == 0 )); then
  echo "PASS: one invitation per project, message ids unique, every answer stored, every chase in the right state"
  rm -rf "$data"
else
  echo "FAIL: $failures failed checks (data kept in $data)"
  exit 1
fi
