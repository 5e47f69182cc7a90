#!/usr/bin/env bash
# The one run command: installs what the local host needs (Azurite, through the project's own script), then serves
# the API, pages and governance calendar on http://localhost:7071. Arguments go to the host, e.g.
#   ./run.sh --port 8080          ./run.sh demo --out ./demo-out          ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
scripts/install-azurite.sh >&2

# One-shot commands (and help) run in the foreground as they are.
case "${1:-}" in
  demo|seed|export|import|-h|--help|-\?|--version) exec dotnet run --project src/Pmo.Local -c Release -- "$@" ;;
  serve) shift ;;
esac

# serve: the host runs in its own session, so the terminal's Ctrl+C reaches only this script, which asks the host
# (and only the host) to stop; the host then stops the engine and the Azurite it started, in order. Were Ctrl+C to
# reach Azurite directly, it would die under the engine's feet and the shutdown would stall.
setsid dotnet run --project src/Pmo.Local -c Release -- serve "$@" &
runner=$!
stop() { pkill -TERM -P "$runner" 2>/dev/null || kill -TERM "$runner" 2>/dev/null || true; }
trap stop INT TERM
status=0
wait "$runner" || status=$?
# A signal interrupts the first wait; wait again for the host to finish stopping.
if kill -0 "$runner" 2>/dev/null; then wait "$runner" || status=$?; fi
exit "$status"
