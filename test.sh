#!/usr/bin/env bash
# The one test command: installs what the tests need (project-local tools), builds warning-free and runs every test.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ -x scripts/install-test-deps.sh ] && scripts/install-test-deps.sh
dotnet build PmoFunctions.sln -c Release
dotnet test PmoFunctions.sln -c Release --no-build --logger "console;verbosity=normal" "$@"
