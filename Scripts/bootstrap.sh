#!/usr/bin/env bash
# Installs the system packages newsgraph needs (Debian/Ubuntu), only those missing; safe to run twice.
#   libgraphviz-dev  libgvc/cgraph for in-process rendering (no `dot` program is needed)
#   libsqlite3-dev   SQLite, used through GRDB
#   fonts-dejavu-core  fonts Graphviz measures SVG/PNG text with
#   postgresql       initdb/pg_ctl for the tests that start a throwaway PostgreSQL cluster (the second store)
set -euo pipefail

packages=(libgraphviz-dev libsqlite3-dev pkg-config fonts-dejavu-core postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "bootstrap: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# Graphviz finds its layout and render plugins through a config file the package writes; make sure it exists.
if ! ls /usr/lib/*/graphviz/config* /usr/lib/graphviz/config* >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if command -v dot >/dev/null 2>&1; then $sudo dot -c; else
    for updater in /usr/sbin/libgvc6-config-update /usr/lib/*/graphviz/libgvc6-config-update; do
      [ -x "$updater" ] && $sudo "$updater" -c && break
    done
  fi
fi
command -v swift >/dev/null 2>&1 || { echo "bootstrap: Swift 6 is needed (https://swift.org/install)" >&2; exit 1; }
