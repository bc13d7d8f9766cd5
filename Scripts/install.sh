#!/usr/bin/env bash
# Installs newsgraph the way a CLI is installed: the release binary in PREFIX/bin and its models and tables in
# PREFIX/share/newsgraph, where the binary looks for them (besides $NEWSGRAPH_DATA and its own folder).
#   Scripts/install.sh [PREFIX]     PREFIX defaults to /usr/local
# Set NEWSGRAPH_BIN to an already built binary to skip the build (its resource folders must sit beside it).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
prefix=${1:-/usr/local}
ng_build
build=$(dirname "$NG_BIN")
resources=(newsgraph_KGSyntax.resources newsgraph_KGExtraction.resources)
for r in "${resources[@]}"; do
  [[ -d "$build/$r" ]] || { echo "install: $build/$r is missing; rebuild with swift build -c release" >&2; exit 1; }
done
mkdir -p "$prefix/bin" "$prefix/share/newsgraph"
install -m 755 "$NG_BIN" "$prefix/bin/newsgraph"
for r in "${resources[@]}"; do
  rm -rf "${prefix:?}/share/newsgraph/$r"
  cp -R "$build/$r" "$prefix/share/newsgraph/$r"
done
echo "installed $prefix/bin/newsgraph and its data in $prefix/share/newsgraph" >&2
# The installed copy must work on its own: run it from an empty folder, away from the build.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
(cd "$check" && echo "Russia condemned the sanctions." | "$prefix/bin/newsgraph" extract - > /dev/null) \
  || { echo "install: the installed binary failed its check (see above)" >&2; exit 1; }
