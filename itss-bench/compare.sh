#!/usr/bin/env bash
# Compares this checkout's engine start and warm assessment with another revision, in alternating
# runs on the same machine (the machines are shared and noisy: only ratios within one run mean
# anything). Builds the other revision in a temporary worktree with `mvn package` (nothing is
# installed into ~/.m2), builds this checkout, then runs, ROUNDS times and alternating A and B:
#   ColdStartBenchmark.engineBuild          single shot, FORKS fresh JVMs
#   AssessmentThroughputBenchmark.assessWarm  average time, 1 fork, 5 x 2 s warm-up (steady state), 5 x 2 s
# and prints every run, the medians and the ratios B/A.
#
# Usage: itss-bench/compare.sh BASE_REVISION [ROUNDS] [FORKS] [REVISION_B]
#   e.g. itss-bench/compare.sh 14699b6 5 5          (B = this working tree)
#        itss-bench/compare.sh 14699b6 5 5 HEAD     (B built in a worktree too, so the tree can change meanwhile)
set -euo pipefail
base_rev="${1:?usage: compare.sh BASE_REVISION [ROUNDS] [FORKS]}"
rounds="${2:-5}"
forks="${3:-5}"
rev_b="${4:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
cleanup() {
  for tree in base other; do
    git -C "$root" worktree remove --force "$work/$tree" >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

echo "building $base_rev (A) in a worktree..." >&2
git -C "$root" worktree add --detach "$work/base" "$base_rev" >/dev/null 2>&1
(cd "$work/base" && mvn -q -B -ntp -DskipTests package >&2)
jar_a="$work/base/itss-bench/target/benchmarks.jar"
if [ -n "$rev_b" ]; then
  echo "building $rev_b (B) in a worktree..." >&2
  git -C "$root" worktree add --detach "$work/other" "$rev_b" >/dev/null 2>&1
  (cd "$work/other" && mvn -q -B -ntp -DskipTests package >&2)
  jar_b="$work/other/itss-bench/target/benchmarks.jar"
else
  echo "building this working tree (B)..." >&2
  (cd "$root" && mvn -q -B -ntp -DskipTests package >&2)
  jar_b="$root/itss-bench/target/benchmarks.jar"
fi

run() {   # jar label round
  local out="$work/$2-$3"
  java -jar "$1" 'ColdStartBenchmark.engineBuild$' -f "$forks" -rf json -rff "$out-start.json" >/dev/null 2>&1
  java -jar "$1" 'AssessmentThroughputBenchmark.assessWarm' -f 1 -wi 5 -w 2s -i 5 -r 2s -rf json -rff "$out-warm.json" >/dev/null 2>&1
}
for i in $(seq 1 "$rounds"); do
  echo "round $i/$rounds" >&2
  run "$jar_a" A "$i"
  run "$jar_b" B "$i"
done

python3 - "$work" "$rounds" <<'PY'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
def score(path):
    return json.load(open(path))[0]["primaryMetric"]["score"]
rows = {}
for kind, unit in (("start", "ms"), ("warm", "us")):
    for side in "AB":
        rows[(kind, side)] = [score(f"{work}/{side}-{i}-{kind}.json") for i in range(1, rounds + 1)]
    a, b = rows[(kind, "A")], rows[(kind, "B")]
    name = "engine ready (engineBuild, mean of the forks)" if kind == "start" else "warm assessment (assessWarm)"
    print(f"{name}, {unit}")
    print("  A runs: " + ", ".join(f"{x:.1f}" for x in a))
    print("  B runs: " + ", ".join(f"{x:.1f}" for x in b))
    ratios = [y / x for x, y in zip(a, b)]
    print(f"  median A {statistics.median(a):.1f}, median B {statistics.median(b):.1f}, "
          f"B/A of the medians {statistics.median(b) / statistics.median(a):.2f}, "
          f"B/A per round {', '.join(f'{r:.2f}' for r in ratios)}")
PY
