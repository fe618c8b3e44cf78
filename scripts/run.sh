#!/usr/bin/env bash
# Installs what the build needs, builds SMTP Codes and opens its window.
# Arguments are passed on: scripts/run.sh 550, or scripts/run.sh --show 5.1.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target smtp-codes
exec build/dev/app/smtp-codes "$@"
