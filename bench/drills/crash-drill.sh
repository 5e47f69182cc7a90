#!/usr/bin/env bash
# Crash drill for the embedded Durable Task engine on Azurite: each trial starts the host on the same data folder,
# which adds <per-trial> new chase-like instances and drives all unfinished ones, and kill -9s it at a random
# moment; a last run without kill finishes everything; then every instance must have exactly its expected effects.
# Usage: bench/drills/crash-drill.sh [trials=20] [per-trial=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
trials="${1:-20}"
per="${2:-5}"
count=$((trials * per))
data="$(mktemp -d /tmp/pmo-crash-drill.XXXXXX)"
bash scripts/install-azurite.sh >/dev/null
dotnet build -c Release bench/drills/CrashDrill -v quiet -nologo >/dev/null
drill=(dotnet bench/drills/CrashDrill/bin/Release/net10.0/CrashDrill.dll "$data")

start=$SECONDS
for trial in $(seq 1 "$trials"); do
  "${drill[@]}" $((trial * per)) >"$data/trial-$trial.log" 2>&1 &
  pid=$!
  delay_ms=$((500 + RANDOM % 6000))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "trial $trial: killed after ${delay_ms} ms ($(grep -c '^RESULT .* Completed' "$data/trial-$trial.log" || true) completions seen)"
done

echo "final run (no kill)"
"${drill[@]}" "$count" >"$data/final.log" 2>&1
echo "all instances reported after $((SECONDS - start)) s"

failures=0
duplicates=0
for i in $(seq 0 $((count - 1))); do
  expected="reminded"
  if (( i % 2 == 1 )); then expected="$expected answered"; else expected="$expected missed"; fi
  actual="$(cd "$data/effects" && ls "drill-$i".* 2>/dev/null | grep -v '\.runs$' | sed "s/^drill-$i\.//" | sort | tr '\n' ' ' | sed 's/ $//')"
  wanted="$(tr ' ' '\n' <<<"$expected" | sort | tr '\n' ' ' | sed 's/ $//')"
  if [[ "$actual" != "$wanted" ]]; then
    echo "drill-$i: effects [$actual], expected [$wanted]"
    failures=$((failures + 1))
  fi
  for runs in "$data/effects/drill-$i".*.runs; do
    n=$(wc -l <"$runs")
    (( n > 1 )) && duplicates=$((duplicates + n - 1))
  done
done
grep -c '^RESULT .* Completed' "$data/final.log" | xargs echo "completed in final run:"
echo "activity re-runs after kills (absorbed by keyed effects): $duplicates"
if (( failures == 0 )); then
  echo "PASS: $count instances, $trials kills, every instance has exactly its expected effects"
  rm -rf "$data"
else
  echo "FAIL: $failures instances with wrong effects (data kept in $data)"
  exit 1
fi
