#!/usr/bin/env bash
# The Durable engine tests run on Azurite: install the pinned version.
set -euo pipefail
exec bash "$(dirname "$0")/../install-azurite.sh"
