#!/usr/bin/env bash
# Whole-process comparison of `itss kpi` with DuckDB on ServiceNow-shaped incident event logs (36
# columns, `?` for missing, d/M/yyyy H:mm dates, quoted text): writes seeded logs of 141,712 rows
# (the size of the public incident event log) and 1,000,000 rows, checks that both tools give the
# same tickets, SLA made and known, reopened, reassigned, knowledge use and median hours to
# resolve, then times each command ROUNDS times, alternating, and prints every run, the medians
# and the ratio itss / DuckDB. It first times the start: itss kpi on a one-row export (minimum of
# ROUNDS runs). The machines are shared and noisy: read the ratio within one run.
#
# Usage: itss-bench/kpi-vs-duckdb.sh [ROUNDS]      (default 5; builds the project first)
#   itss:   ./itss kpi --records FILE --mapping servicenow --format json
#   DuckDB: java -cp itss-bench/target/benchmarks.jar dev.itss.bench.DuckDbKpis FILE
#           (duckdb_jdbc in a JVM: read_csv all_varchar, nullstr '?', final row per ticket by
#           QUALIFY row_number() OVER (PARTITION BY number ORDER BY sys_mod_count DESC) = 1)
set -euo pipefail
rounds="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -ntp -DskipTests install >&2
./itss --version >/dev/null   # makes the class-data archive of this build
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bench_cp="itss-bench/target/benchmarks.jar"

median() { python3 -c 'import sys, statistics; print("%.2f" % statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }

# the start: a one-row export, minimum of the runs (the target is under 1 s)
printf 'ticket,opened_at,resolved_at,state,priority\nT1,2024-01-10 09:00:00,2024-01-10 10:30:00,CLOSED,3\n' > "$work/one.csv"
starts=()
for ((i = 1; i <= rounds; i++)); do
  /usr/bin/time -o "$work/t" -f "%e" ./itss kpi --records "$work/one.csv" >/dev/null
  starts+=("$(cat "$work/t")")
done
echo "start (itss kpi on a one-row export): ${starts[*]} s; minimum $(python3 -c 'import sys; print(min(float(x) for x in sys.argv[1:]))' "${starts[@]}") s"

for rows in 141712 1000000; do
  file="$work/servicenow-$rows.csv"
  java -cp "$bench_cp" dev.itss.bench.ServiceNowLogGenerator "$file" "$rows" 20261202
  size=$(du -m "$file" | cut -f1)
  itss_figures=$(./itss kpi --records "$file" --mapping servicenow --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("tickets=%d made=%d known=%d reopened=%d reassigned=%d knowledge=%d median=%.4f" % (d["tickets"], d["slaAttainment"]["numerator"],
      d["slaAttainment"]["denominator"], d["reopenRate"]["numerator"], d["reassignmentRate"]["numerator"], d["knowledgeUseRate"]["numerator"],
      d["timeToResolveHours"]["median"]))')
  duck_figures=$(java -cp "$bench_cp" dev.itss.bench.DuckDbKpis "$file")
  if [ "$itss_figures" != "$duck_figures" ]; then
    echo "the figures differ on $rows rows:" >&2
    echo "  itss:   $itss_figures" >&2
    echo "  duckdb: $duck_figures" >&2
    exit 1
  fi
  echo "$rows rows ($size MB): both give $itss_figures"
  itss_times=(); duck_times=()
  for ((i = 1; i <= rounds; i++)); do
    /usr/bin/time -o "$work/t" -f "%e %U" ./itss kpi --records "$file" --mapping servicenow --format json >/dev/null
    itss_times+=("$(cut -d' ' -f1 "$work/t")"); itss_cpu=$(cut -d' ' -f2 "$work/t")
    /usr/bin/time -o "$work/t" -f "%e %U" java -cp "$bench_cp" dev.itss.bench.DuckDbKpis "$file" >/dev/null
    duck_times+=("$(cut -d' ' -f1 "$work/t")"); duck_cpu=$(cut -d' ' -f2 "$work/t")
    echo "  run $i: itss ${itss_times[-1]} s (user $itss_cpu s), duckdb ${duck_times[-1]} s (user $duck_cpu s)"
  done
  mi=$(median "${itss_times[@]}"); md=$(median "${duck_times[@]}")
  echo "  median: itss $mi s, duckdb $md s, ratio itss/duckdb $(python3 -c "print('%.2f' % ($mi / $md))")"
done
