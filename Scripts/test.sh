#!/usr/bin/env bash
# Installs what is missing, builds with the module-direction check on, and runs every test.
# Tests run on an optimised build: the parser's beam search is far too slow unoptimised for the suites that
# parse real text (the EWT accuracy floors, the extraction tables, the CLI end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/bootstrap.sh
swift build -c release --build-tests -Xswiftc -enable-testing --explicit-target-dependency-import-check error
swift test -c release --skip-build "$@"
