#!/usr/bin/env bash
# Review pack tests read PDF text with poppler's pdftotext (and render pages with pdftoppm).
# Idempotent: does nothing when pdftotext is already on the PATH. Runs as root here and in CI.
set -euo pipefail
if command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends poppler-utils
command -v pdftotext >/dev/null 2>&1 || { echo "poppler.sh: pdftotext still missing after installing poppler-utils" >&2; exit 1; }
