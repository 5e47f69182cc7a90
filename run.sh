#!/usr/bin/env bash
# The one run command: installs what the local host needs (Azurite, through the project's own script), then serves
# the API, pages and governance calendar on http://localhost:7071. Arguments go to the host, e.g.
#   ./run.sh --port 8080          ./run.sh demo --out ./demo-out          ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
scripts/install-azurite.sh >&2
# A first word that is a command (demo, seed, export, import, serve) or a help flag goes as is; anything else is serve's.
case "${1:-}" in
  serve|demo|seed|export|import|-h|--help|-?|--version) exec dotnet run --project src/Pmo.Local -c Release -- "$@" ;;
  *) exec dotnet run --project src/Pmo.Local -c Release -- serve "$@" ;;
esac
