#!/usr/bin/env bash
# The blind related-headline sets (src/test/resources/related/mkrewrites*, issue 15) through lede itself: the
# generator's articles with each set's lines as their related headlines, `lede export`, and each line's target
# scored. MkRewritesSetTest measures the same in the library's own code; this measures any build's jar, so an old
# version can be set beside the current one (docs/related-matching.md, "The blind sets through any build").
# Usage: bench/related-sets.sh [--jar JAR] [--shared DIR] [--work DIR] [--list]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/lede.jar"
shared="${LEDE_SHARED:-$root/../shared}"
work="$root/target/related-sets"
list=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --shared) shared="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --list) list="--list"; shift ;;
    *) echo "related-sets: unknown argument: $1" >&2; exit 2 ;;
  esac
done
if [[ ! -f "$shared/tools/mkcorpus.py" ]]; then
  echo "related-sets: no mkcorpus.py under $shared/tools, nothing measured" >&2
  exit 0
fi
if [[ ! -f "$jar" ]]; then
  echo "related-sets: no jar at $jar (build it with ./mvnw -B -DskipTests package)" >&2
  exit 2
fi
mkdir -p "$work"
for set in mkrewrites:23 mkrewrites2:41 mkrewrites3:59 mkrewrites4:77 mkrewrites5:95 mkrewrites6:96 mkrewrites7:97 mkrewrites8:98 mkrewrites9:99 mkrewrites10:100 mkrewrites11:101 mkrewrites12:102 mkrewrites13:103 mkrewrites14:104 mkrewrites15:105 mkrewrites16:106 mkrewrites17:107 mkrewrites18:108 mkrewrites19:109 mkrewrites20:110 mkrewrites21:111 mkrewrites22:112 mkrewrites23:113 mkrewrites24:114 mkrewrites25:115 mkrewrites26:116 mkrewrites27:117 mkrewrites28:118 mkrewrites29:119 mkrewrites30:120 mkrewrites31:121 mkrewrites32:122 mkrewrites33:123 mkrewrites34:124 mkrewrites35:125 mkrewrites36:126 mkrewrites37:127 mkrewrites38:128 mkrewrites39:129 mkrewrites40:130 mkrewrites41:131 mkrewrites42:132 mkrewrites43:133 mkrewrites44:134 mkrewrites45:135 mkrewrites46:136 mkrewrites47:137 mkrewrites48:138 mkrewrites49:139 mkrewrites50:140 mkrewrites51:141 mkrewrites52:142 mkrewrites53:143 mkrewrites54:144 mkrewrites55:145 mkrewrites56:146 mkrewrites57:147 mkrewrites58:148 mkrewrites59:149 mkrewrites60:150; do
  name="${set%%:*}" seed="${set##*:}"
  lines="$root/src/test/resources/related/$name/lines.tsv"
  corpus="$work/corpus-$seed"
  [[ -d "$corpus" ]] || python3 "$shared/tools/mkcorpus.py" --n 300 --seed "$seed" --out "$corpus" >/dev/null 2>&1
  rm -rf "$work/$name"
  python3 "$root/bench/lib/related_set.py" folder "$lines" "$corpus" "$work/$name"
  java -jar "$jar" export --no-state "$work/$name" > "$work/$name.jsonl" 2>"$work/$name.stderr" || true
  printf '%-12s ' "$name"
  python3 "$root/bench/lib/related_set.py" score "$lines" "$work/$name.jsonl" $list
done
