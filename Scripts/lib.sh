# Shared by the scripts (source it: `. "$(dirname "$0")/lib.sh"`): one build recipe, so a script run after
# another (or after Scripts/test.sh) finds nothing left to compile, and one cache of ingested corpora.
# Sourcing it moves to the package root.
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The one build: release (the parser is too slow unoptimised), tests included, the layering check on.
NG_BUILD_FLAGS=(-c release --build-tests -Xswiftc -enable-testing --explicit-target-dependency-import-check error)

# Builds (incrementally) and sets NG_BIN to the release `newsgraph` binary. NEWSGRAPH_BIN skips the build.
ng_build() {
  if [[ -n "${NEWSGRAPH_BIN:-}" ]]; then
    NG_BIN=$NEWSGRAPH_BIN
    return
  fi
  swift build "${NG_BUILD_FLAGS[@]}" >&2
  NG_BIN=$(swift build "${NG_BUILD_FLAGS[@]}" --show-bin-path)/newsgraph
}

# The shared news corpora (NEWS_DIR overrides).
NG_NEWS=${NEWS_DIR:-../shared/data/news}

# Prints the path of a database holding CORPUS (a folder of $NG_NEWS) ingested with parser beam BEAM,
# ingesting it first when the cache has none or the binary changed since. The cache lives in
# .build/corpus-cache (NEWSGRAPH_CORPUS_CACHE overrides), so every script reuses one ingest.
ng_corpus_db() { # CORPUS BEAM
  local corpus=$1 beam=$2
  local file=$NG_NEWS/$corpus/articles.jsonl
  local cache=${NEWSGRAPH_CORPUS_CACHE:-.build/corpus-cache}
  local db=$cache/$corpus-beam$beam.sqlite
  [[ -f "$file" ]] || { echo "$(basename "$0"): $file not found; set NEWS_DIR" >&2; return 1; }
  mkdir -p "$cache"
  if [[ ! -f "$db" || "$NG_BIN" -nt "$db" ]]; then
    rm -f "$db" "$db-wal" "$db-shm"
    echo "$(basename "$0"): ingesting $file into $db (beam $beam; cached for the next run)" >&2
    "$NG_BIN" ingest --quiet --beam "$beam" --db "$db" "$file" >&2
  fi
  echo "$db"
}
