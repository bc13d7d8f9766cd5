#!/usr/bin/env bash
# Syntax accuracy and speed (release build): prints UPOS/XPOS/lemma/UAS/LAS, tokenization F1 and words/s
# on UD English EWT test, then GUM test as a genre-shift check (evaluation only; the models never see GUM).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
data=${UD_DIR:-../shared/data/ud}
[ -f "$data/en_ewt-ud-test.conllu" ] || { echo "bench-syntax: $data/en_ewt-ud-test.conllu not found; set UD_DIR" >&2; exit 1; }
ng_build
bin=$NG_BIN
echo "== model load time (a whole run parsing one short sentence, all three models loaded)"
TIMEFORMAT="%R s wall"
time ("$bin" parse - <<< "Russia condemned the sanctions." > /dev/null) 2>&1
echo "== EWT test"
"$bin" eval ud "$data/en_ewt-ud-test.conllu" --gold-tags
if [ -f "$data/en_gum-ud-test.conllu" ]; then
  echo "== GUM test (all genres)"
  "$bin" eval ud "$data/en_gum-ud-test.conllu"
  news=$(mktemp --suffix=.conllu)
  trap 'rm -f "$news"' EXIT
  # GUM's news documents only: keep whole documents whose id starts with GUM_news.
  awk 'BEGIN { RS=""; ORS="\n\n" } /# newdoc id = / { keep = ($0 ~ /# newdoc id = GUM_news/) } keep' "$data/en_gum-ud-test.conllu" > "$news"
  echo "== GUM test, news documents"
  "$bin" eval ud "$news"
fi
