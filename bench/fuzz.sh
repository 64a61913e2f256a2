#!/usr/bin/env bash
# Fuzzes every Jazzer target for a set time each, one Maven run per target (Jazzer fuzzes
# only one @FuzzTest per JVM). Findings land in src/test/resources/.../<Class>Inputs/<method>/ and so
# replay in every `mvn verify` afterwards; the growing corpus stays in .cifuzz-corpus/ (not committed).
#
#   bench/fuzz.sh [seconds per target, default 60] [Class#method ...]
#
# Prints one line per target: executions, seconds, and whether it found anything; the full Maven and
# libFuzzer output of each run is in target/fuzz/<target>.log.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    ParsersFuzzTest#plainText ParsersFuzzTest#html ParsersFuzzTest#feed ParsersFuzzTest#sniffed
    ParsersFuzzTest#jsonFeed FeedDatesFuzzTest#toIso
    TextFuzzTest#sanitize TextFuzzTest#sanitizeLine TextFuzzTest#wrap
  )
fi

mkdir -p target/fuzz
./mvnw -B -q -o -DskipTests test-compile >/dev/null 2>&1 || ./mvnw -B -q -DskipTests test-compile || exit 2

status=0
printf '%-32s %12s %8s  %s\n' target executions seconds result
for target in "${targets[@]}"; do
  log="target/fuzz/${target/\#/.}.log"
  # jazzer.internal.arg.N are passed to libFuzzer (arg 0 is its argv[0]); the last -max_total_time wins
  # over the @FuzzTest maxDuration. -max_len lets the fuzzer grow whole small documents.
  JAZZER_FUZZ=1 ./mvnw -B -o surefire:test -DskipITs -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
    -Djazzer.internal.arg.2=-max_len=8192 >"$log" 2>&1
  rc=$?
  runs=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $2}')
  took=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $5}')
  if [ $rc -eq 0 ]; then result="no finding"; else result="FINDING or failure (rc $rc), see $log"; status=1; fi
  printf '%-32s %12s %8s  %s\n' "$target" "${runs:-?}" "${took:-?}" "$result"
done
exit $status
