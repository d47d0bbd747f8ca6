#!/usr/bin/env bash
# Where the rules stage of the large organisation spends its time: records RuleCosts detect RUNS
# with JFR and sorts the execution samples taken inside detect by the deepest stage on their stack:
# a rule's consequence (the finding built: Justify.raise/check or a consequence lambda), the
# network evaluation (fireAllRules), inserting the facts (NamedEntryPoint.insert before firing).
# Usage, after mvn -B -q install -DskipTests:  itss-bench/jfr-rule-stages.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-40}"
out="$(mktemp -d)"
java -XX:StartFlightRecording=filename="$out/rules.jfr",settings=profile -XX:FlightRecorderOptions:stackdepth=1024 \
     -cp itss-bench/target/benchmarks.jar dev.itss.rules.RuleCosts detect "$runs" 2>/dev/null | grep "detect:"
jfr print --events jdk.ExecutionSample --stack-depth 1024 "$out/rules.jfr" | awk '
  function flush() {
    if (!seen) return
    if (stack ~ /DroolsRuleEngine\.detect/) {
      if (stack ~ /Justify\.raise|Justify\.check|LambdaConsequence/) stage["consequences (findings built)"]++
      else if (stack ~ /fireAllRules/) stage["network evaluation"]++
      else if (stack ~ /NamedEntryPoint\.insert/) stage["inserting the facts"]++
      else stage["other, inside detect"]++
      inside++
    }
    stack = ""; seen = 0
  }
  /jdk.ExecutionSample/ { flush(); seen = 1; next }
  { stack = stack " " $1 }
  END {
    flush()
    for (s in stage) printf "%5.1f %%  %s (%d samples)\n", 100 * stage[s] / inside, s, stage[s]
  }' | sort -rn
rm -rf "$out"
