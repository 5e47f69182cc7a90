#!/usr/bin/env bash
# The README's test command: installs what the tests need (project-local tools, one script per area in
# scripts/test-deps.d), then builds warning-free and runs every test. .ci/run runs the same two steps.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
scripts/install-test-deps.sh
dotnet test PmoFunctions.sln -c Release --logger "console;verbosity=normal" "$@"
