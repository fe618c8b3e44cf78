#!/usr/bin/env bash
# Installs what the build needs, builds everything and runs the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-sources.sh
cmake --workflow --preset dev
scripts/test-package.sh
scripts/test-hardening.sh
