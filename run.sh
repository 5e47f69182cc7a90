#!/usr/bin/env bash
# The one run command: installs what the local host needs (Azurite, through the project's own script), builds it,
# then serves the API, pages and governance calendar on http://localhost:7071. Arguments go to the host, e.g.
#   ./run.sh --port 8080          ./run.sh demo --out ./demo-out          ./run.sh --help
# The host runs in the folder run.sh was started from: ./.pmo-data and every relative path given to it (--data,
# demo's --out, export's --file, import's file, --Section:Key=path) are the caller's, wherever the repository is.
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
"$repo/scripts/install-azurite.sh" --quiet >&2

# Built in the repository (its global.json picks the SDK); quiet unless something is wrong. Not `dotnet run`, which
# would run the host in the project's folder rather than the caller's.
dll="$repo/src/Pmo.Local/bin/Release/net10.0/Pmo.Local.dll"
[ -f "$dll" ] || echo "run.sh: building the local host (the first build takes a few minutes)" >&2
(cd "$repo" && dotnet msbuild src/Pmo.Local -restore -p:Configuration=Release -nologo -verbosity:quiet -consoleLoggerParameters:NoSummary) >&2

# One-shot commands (and help) run in the foreground as they are.
case "${1:-}" in
  demo|seed|export|import|-h|--help|-\?|--version) exec dotnet "$dll" "$@" ;;
  serve) shift ;;
esac

# serve: the host runs in its own session, so the terminal's Ctrl+C reaches only this script, which asks the host
# (and only the host) to stop; the host then stops the engine and the Azurite it started, in order. Were Ctrl+C to
# reach Azurite directly, it would die under the engine's feet and the shutdown would stall.
setsid dotnet "$dll" serve "$@" &
runner=$!
stopping=false
stop() { stopping=true; kill -TERM "$runner" 2>/dev/null || true; }
trap stop INT TERM
status=0
wait "$runner" || status=$?
# A signal interrupts the first wait: wait again, for the host to finish stopping and for its own exit status.
if $stopping; then status=0; wait "$runner" || status=$?; fi
exit "$status"
