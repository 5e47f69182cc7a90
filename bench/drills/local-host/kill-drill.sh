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
# With SECONDS_PER_WEEK=N the week is compressed from the moment the cycle opens (run-now/chase?secondsPerWeek=N,
# e.g. 600: first reminder after 3 min, second after 4.8 min, "missed" after 5.9 min, digest after 6.1 min), so the
# kills land across the whole cycle: invitations, answers, reminders, "missed" notices and the digest. Kills then
# come 5-15 s after ready, and the host recovers fetched work after 5 s (orchestrations) / 10 s (activities) instead
# of 20 s / 5 min: with the defaults, repeated kills would hold the cycle back past its compressed deadlines. The
# checks then become:
#   - every project has exactly one invitation; message ids are unique across the outbox;
#   - every answer the form accepted (HTTP 200) is stored with its values, and its project has no "missed" notice;
#   - every other project got its first reminder once, its second reminder once to each of manager and sponsor, and
#     one "missed" notice per PMO recipient; every chase is Completed; the week's digest went once to each PMO recipient.
# Usage: [SECONDS_PER_WEEK=240] bench/drills/local-host/kill-drill.sh [trials=20] [projects=40]
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
spw="${SECONDS_PER_WEEK:-}"                 # empty: real-time week (deadlines ahead); N: the week lasts N seconds
compressed() { [[ -n $spw ]]; }

bash scripts/install-azurite.sh >/dev/null
dotnet build -c Release src/Pmo.Local -v quiet -nologo >/dev/null

ids=(); for i in $(seq 1 "$projects"); do ids+=("$(printf 'DRILL-%02d' "$i")"); done
answers() { (( 10#${1#DRILL-} % 2 == 1 )); }  # odd projects answer, even ones stay silent
# Answered = the form accepted it (or the store has it). Compressed, a kill may keep an answer from being posted before
# the week closes: that project then counts as silent, which is what its chase saw.
answered() { if compressed; then [[ -e "$data/state/answered-$1" ]]; else answers "$1"; fi; }

api() { curl -sS --max-time 20 -H "X-Api-Key: $key" "$@"; }
code() { curl -s -o /dev/null -w '%{http_code}' --max-time 20 -H "X-Api-Key: $key" "$@" || echo 000; }

host_pid=""
trap '[[ -n $host_pid ]] && kill -TERM "$host_pid" 2>/dev/null || true' EXIT
start_host() { # $1: log name
  ( cd "$data" && exec setsid env \
      PMO_Api__ApiKeys__0__Key="$key" PMO_Api__ApiKeys__0__Role=Pmo.Admin PMO_Api__ApiKeys__0__Email=pmo@example.org \
      PMO_Local__SchedulerEnabled=false PMO_Seed__DemoPortfolio=false \
      ${spw:+PMO_Durable__ControlQueueVisibilityTimeout=00:00:05 PMO_Durable__WorkItemQueueVisibilityTimeout=00:00:10} \
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
  # Two PMO recipients and a committee, so the "missed" notices and the digest fan out (saved once; idempotent).
  if [[ ! -e "$data/state/settings-saved" ]]; then
    if [[ $(api "$base/settings" | jq -r '.recipients.pmo | length') == 2 ]]; then
      touch "$data/state/settings-saved"
    else
      api "$base/settings" | jq -c '.recipients = {
          pmo: [{name: "Paula PMO", email: "pmo@example.org", language: "En"}, {name: "Pierre PMO", email: "pmo2@example.org", language: "Fr"}],
          reviewBoard: [], committee: [{name: "Chair", email: "chair@example.org", language: "En"}],
          committeeChair: {name: "Chair", email: "chair@example.org", language: "En"}}' >"$data/state/settings.json"
      c=$(code -H 'Content-Type: application/json' -X PUT "$base/settings" --data @"$data/state/settings.json")
      [[ $c == 200 || $c == 201 ]] && touch "$data/state/settings-saved"
    fi
    [[ -e "$data/state/settings-saved" ]] || return 0
  fi
  for id in "${ids[@]}"; do
    [[ -e "$data/state/created-$id" ]] && continue
    c=$(create_project "$id" || echo 000)
    [[ $c == 201 || $c == 409 ]] && touch "$data/state/created-$id"
  done
  c=$(code -X POST "$base/local/run-now/chase?week=$week${spw:+&secondsPerWeek=$spw}")
  [[ $c == 202 ]] && touch "$data/state/cycle-opened"
  # Compressed: the week's "missed" instant is 99/168 of the week after the opening (Mon 09:00 -> Fri 12:00).
  if compressed && [[ $c == 202 && ! -e "$data/state/closes-at" ]]; then echo $(( $(date +%s) + spw * 99 / 168 + 1 )) >"$data/state/closes-at"; fi
  for id in "${ids[@]}"; do
    answers "$id" || continue
    [[ -e "$data/state/answered-$id" || -e "$data/state/closed-$id" ]] && continue
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
    # Compressed: the link closes with the week; a refused post after that is the PM being too late, not a loss.
    if compressed && [[ $c != 200 && ! -e "$data/state/answered-$id" ]] && (( $(date +%s) > $(cat "$data/state/closes-at" 2>/dev/null || echo 9999999999) )); then
      touch "$data/state/closed-$id"
    fi
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
    compressed && delay_ms=$((5000 + RANDOM % 10000))
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    when="${delay_ms} ms after ready"
  fi
  ready=yes; [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base/health" || true)" == 200 ]] || ready=no
  kill -9 "$host_pid" 2>/dev/null && kills=$((kills + 1))
  wait "$host_pid" 2>/dev/null || true
  kill "$driver" 2>/dev/null || true; wait "$driver" 2>/dev/null || true
  [[ $ready == no ]] && killed_before_ready=$((killed_before_ready + 1))
  echo "trial $trial: kill -9 $when (answering /api/health: $ready), created $(ls "$data/state" | grep -c '^created-' || true)," \
    "e-mails $(ls "$data"/outbox/*.eml 2>/dev/null | wc -l), answered $(ls "$data/state" | grep -c '^answered-' || true)"
done

echo "final run (no kill)"
start_host final
wait_healthy 180 || { echo "FAIL: host did not start for the final run (log: $data/logs/final.log)"; exit 1; }
final_start=$SECONDS
missing_answers() { local id; for id in "${ids[@]}"; do
  answers "$id" && [[ ! -e "$data/state/closed-$id" ]] && [[ $(code "$base/projects/$id/updates/$week") != 200 ]] && echo "$id"; done; return 0; }
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
    if answered "$id" || compressed; then [[ $s == Completed ]] || pending=$((pending + 1)); else [[ $s == Running ]] || pending=$((pending + 1)); fi
  done
  if compressed; then  # the cycle sends the digest once every chase is decided, then completes
    s=$(api "$base/orchestrations/weekly-$week" | jq -r '.runtimeStatus // "none"' 2>/dev/null || echo none)
    [[ $s == Completed ]] || pending=$((pending + 1))
  fi
  (( pending == 0 )) && break
  sleep 2
done
echo "chases settled $((SECONDS - final_start)) s into the final run"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# The .eml files whose X-Pmo-Message-Id is this project's chase step ("chase-DRILL-02-2026-W49-reminder2-..."), counted.
mails() { grep -l -i "^X-Pmo-Message-Id: *chase-$1-$week-$2" "$data"/outbox/*.eml 2>/dev/null | wc -l; }
pmo_count=$(grep -l -i "^X-Pmo-Message-Id: *weekly-$week-digest" "$data"/outbox/*.eml 2>/dev/null | wc -l || true)
if compressed; then
  (( pmo_count >= 1 )) || fail "no weekly digest for $week"
  digest_dupes=$(grep -h -i "^X-Pmo-Message-Id: *weekly-$week-digest" "$data"/outbox/*.eml | sort | uniq -d | wc -l || true)
  (( digest_dupes == 0 )) || fail "a weekly digest was sent twice to one recipient"
fi
summary=$(api "$base/portfolio/summary?week=$week")
echo "$summary" >"$data/logs/summary.json"
for id in "${ids[@]}"; do
  n=$(invitations "$id" | wc -l)
  (( n == 1 )) || fail "$id has $n invitations for $week"
  s=$(api "$base/orchestrations/chase-$id-$week" | jq -r '.runtimeStatus // "none"' || echo none)
  u=$(api -w '\n%{http_code}' "$base/projects/$id/updates/$week")
  uc=$(tail -n1 <<<"$u")
  req=$(jq -r --arg id "$id" '[.. | objects | select((.projectId? // "") == $id)] | map(.request?.status? // .requestStatus? // .thisWeek?.status? // empty) | first // "?"' <<<"$summary" 2>/dev/null || echo "?")
  if answered "$id"; then
    [[ $uc == 200 ]] || fail "$id: update for $week not stored (HTTP $uc)"
    if [[ $uc == 200 ]]; then
      p=$(head -n -1 <<<"$u" | jq -r '.progressPercent'); o=$(head -n -1 <<<"$u" | jq -r '.overall')
      [[ $p == $((10#${id#DRILL-})) && $o == Amber ]] || fail "$id: stored update differs (progress $p, overall $o)"
    fi
    [[ $s == Completed ]] || fail "$id: chase is $s, expected Completed"
    [[ $req == "?" || $req == Submitted ]] || fail "$id: request is $req, expected Submitted"
    if compressed && (( $(mails "$id" missed) > 0 )); then fail "$id: answered but got a 'missed' notice"; fi
  elif compressed; then
    [[ $uc == 404 ]] || fail "$id: unexpected update (HTTP $uc)"
    [[ $s == Completed ]] || fail "$id: chase is $s, expected Completed (missed)"
    (( $(mails "$id" reminder1) == 1 )) || fail "$id: $(mails "$id" reminder1) first reminders, expected 1"
    (( $(mails "$id" reminder2) == 2 )) || fail "$id: $(mails "$id" reminder2) second reminders, expected 2 (manager and sponsor)"
    (( $(mails "$id" missed) == pmo_count )) || fail "$id: $(mails "$id" missed) 'missed' notices, expected $pmo_count (one per PMO recipient)"
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
compressed || (( others == 0 )) || fail "$others non-invitation mails for $week (deadlines are ahead: expected none)"
dupes=$(grep -c -- '-> 200' "$data/state/submissions.log" || true)
want_answers=$(for id in "${ids[@]}"; do answered "$id" && echo; done | wc -l || true)

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
