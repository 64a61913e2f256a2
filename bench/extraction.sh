#!/usr/bin/env bash
# HTML extraction quality on the Readability corpus (the README's figures table).
# Exports every page's body to the JSON that score_aeb.py reads, scores it with score_aeb.py, and
# prints the headline and byline agreement computed in Java (ExtractionBench).
# Usage: bench/extraction.sh [shared-dir]   (default: ../shared next to the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-${LEDE_SHARED:-$root/../shared}}"
corpus="$shared/corpora/readability"
if [[ ! -f "$corpus/body-truth.json" ]]; then
  echo "extraction: corpus not found at $corpus, nothing measured" >&2
  exit 0
fi
cd "$root"
./mvnw -B -q -o -DskipTests test-compile 2>/dev/null || ./mvnw -B -q -DskipTests test-compile
cp_file="$(mktemp)"
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null 2>&1 \
  || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
out="$root/target/extraction"
mkdir -p "$out"
java -cp "target/classes:target/test-classes:$(cat "$cp_file")" -Dlede.shared="$shared" \
  dev.lede.core.parse.html.ExtractionBench "$out/predictions.json" | tee "$out/java-figures.txt"
rm -f "$cp_file"
python3 "$shared/tools/score_aeb.py" "$corpus/body-truth.json" "$out/predictions.json" --seed 1 \
  --per-page "$out/per-page.tsv"
echo "predictions: $out/predictions.json  per page: $out/per-page.tsv"
