#!/usr/bin/env bash
# A rule author's edit-to-result loop and the engine build time with and without a pack.
# Each round edits a copy of the example pack (a new comment in its DRL), then runs one JVM that
# builds the engine with the pack as it is now and assesses the hospital sample
# (dev.itss.bench.PackRuleCheck): the whole process is the edit-to-result time, no Maven build.
# The JVM also prints its engine build times: built-in rules only (cold), with the pack (first
# DRL compile in the JVM) and a rebuild with the pack (what an application pays to swap packs).
# Medians of ROUNDS rounds; the machines are shared and noisy.
#
# Usage: itss-bench/pack-loop.sh [ROUNDS]      (default 5; builds the project first)
#   java -cp itss-bench/target/benchmarks.jar dev.itss.bench.PackRuleCheck PACK_DIR HSP-001
set -euo pipefail
rounds="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -ntp -DskipTests install >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r itss-examples/src/main/resources/dev/itss/examples/packs/hospital-desk "$work/pack"
median() { python3 -c 'import sys, statistics; print("%.2f" % statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }
wall=(); builtin=(); first=(); rebuild=()
for ((i = 1; i <= rounds; i++)); do
  echo "// edit $i" >> "$work/pack/rules/desk.drl"
  /usr/bin/time -o "$work/t" -f "%e" java -cp itss-bench/target/benchmarks.jar dev.itss.bench.PackRuleCheck "$work/pack" HSP-001 > "$work/out"
  cat "$work/out"
  wall+=("$(cat "$work/t")")
  read -r b f r < <(sed -E 's/.*built-in ([0-9]+), with pack ([0-9]+), rebuild with pack ([0-9]+).*/\1 \2 \3/' "$work/out")
  builtin+=("$b"); first+=("$f"); rebuild+=("$r")
done
echo "edit-to-result (whole JVM, s): ${wall[*]}; median $(median "${wall[@]}")"
echo "engine build, built-in only, cold (ms): median $(median "${builtin[@]}")"
echo "engine build with the pack, first in the JVM (ms): median $(median "${first[@]}")"
echo "engine rebuild with the pack (ms): median $(median "${rebuild[@]}")"
