#!/usr/bin/env bash
# Installs what is missing, builds with the module-direction check on, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/bootstrap.sh
swift build --build-tests --explicit-target-dependency-import-check error
swift test --skip-build "$@"
