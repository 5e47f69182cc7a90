#!/usr/bin/env bash
# Test dependency of tests/Pmo.Storage.Cosmos.Tests: the local Cosmos DB emulator (npm, installed once).
set -euo pipefail
exec bash "$(dirname "$0")/../install-cosmos-emulator.sh"
