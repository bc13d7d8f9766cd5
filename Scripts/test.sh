#!/usr/bin/env bash
# Installs what is missing, builds with the module-direction check on, and runs every test.
# Tests run on an optimised build: the parser's beam search is far too slow unoptimised for the suites that
# parse real text (the EWT accuracy floors, the extraction tables, the CLI end to end).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
Scripts/bootstrap.sh
ng_build
swift test -c release --skip-build "$@"
