#!/usr/bin/env bash
# usage: LEDE_TUI=bench/lib/tui-preview.sh bench/run.sh ...
#
# Stand-in for `lede PATH...` in the terminal measurements until the command line starts the reader:
# runs the real reader (LedeProgram) through the tui package's test launcher, TuiDemoMain, with the
# launcher's JVM flags. Folders are expanded to their files (sorted, hidden ones left out), because the
# test launcher reads files only. Needs `./mvnw test-compile` (run.sh's JMH step does it too).
set -euo pipefail
root=$(dirname "$(dirname "$(dirname "$(readlink -f "$0")")")")
files=()
for arg; do
  if [ -d "$arg" ]; then
    while IFS= read -r f; do files+=("$f"); done < <(find "$arg" -type f ! -name '.*' | sort)
  else
    files+=("$arg")
  fi
done
exec java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Ddemo.real=true \
  -cp "$root/target/test-classes:$root/target/classes:$root/target/lib/*" dev.lede.tui.TuiDemoMain "${files[@]}"
