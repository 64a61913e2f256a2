#!/usr/bin/env bash
# Feed parsing against Python feedparser's test suite (the README's Figures, "Feeds"): `lede export --no-state`
# over the suite's well-formed feeds, each case's "Expect:" line evaluated on what lede keeps (an entry's title,
# link, byline, date, body and the feed's title as the site), and the ill-formed feeds checked for one clear line
# each and no stack trace. bench/feed-suite.py says how each value is compared.
#
# The suite is read where it lies and never copied into the repository (it is feedparser's, BSD-licensed). To fetch
# it on Debian: add `Types: deb deb-src` to a Debian source list naming trixie or sid (bookworm's 6.0.10 sources are
# not on every mirror) and `apt-get update`; then, in the repository,
#   mkdir -p target/feedparser && cd target/feedparser && apt-get source --download-only feedparser \
#     && tar xzf feedparser_*.orig.tar.gz --strip-components=1
# (the orig tarball is enough; the suite is target/feedparser/tests). Or feedparser's source distribution.
#
# Usage: bench/feed-suite.sh [TESTS_DIR] [--jar JAR] [--cases FILE]
#        (TESTS_DIR defaults to $FEEDPARSER_TESTS, else target/feedparser/tests)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tests="${FEEDPARSER_TESTS:-$root/target/feedparser/tests}"
jar="$root/target/lede.jar"
cases=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --cases) cases=(--cases "$2"); shift 2 ;;
    -*) echo "feed-suite: unknown argument: $1" >&2; exit 2 ;;
    *) tests="$1"; shift ;;
  esac
done
if [[ ! -d "$tests/wellformed" ]]; then
  echo "feed-suite: feedparser's tests/ folder not found at $tests (see this script's header to fetch it), nothing measured" >&2
  exit 0
fi
if [[ ! -f "$jar" ]]; then
  echo "feed-suite: no jar at $jar (build it with ./mvnw -B -DskipTests package)" >&2
  exit 2
fi
exec python3 "$root/bench/feed-suite.py" "$jar" "$tests" "${cases[@]}"
