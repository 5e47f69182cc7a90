#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK. Each area adds one idempotent script to scripts/test-deps.d/.
set -euo pipefail
cd "$(dirname "$0")"
for step in test-deps.d/*.sh; do
  [ -e "$step" ] || continue
  echo "== $step"
  bash "$step"
done
