package dev.itss.records;

import dev.itss.read.InputProblem;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Hours per engineer from timesheets or duty rosters, and the saturation they give.
 * The definitions, fixed so that another tool reproduces the numbers, are those of kind
 * {@code timesheets} in {@link RecordKpiCatalog} ({@code dev/itss/records/kpis.yaml}, shown in
 * {@code docs/metrics.md}); each accessor below names the KPI it gives.
 *
 * <pre>{@code
 * WorkKpis work = WorkRecords.read(Path.of("timesheets.csv"), RecordMapping.preset("timesheets"), ErrorPolicy.STOP, Optional.empty());
 * work.engineers().get("li-na").saturation().ifPresent(s -> System.out.println("li-na at " + s));
 * }</pre>
 *
 * @param rows          data rows read
 * @param entries       rows in scope
 * @param engineers     hours per engineer id
 * @param skipped       rows skipped under {@link ErrorPolicy#SKIP} (capped)
 * @param skippedTotal  rows skipped in all
 * @param absentColumns optional columns the mapping names that the file lacks
 * @param groups        the same figures per group, when grouped ({@link GroupBy#POST} or {@link GroupBy#MONTH})
 * @param groupedBy     what {@code groups} are groups of ({@link GroupBy#NONE} when not grouped)
 */
public record WorkKpis(long rows, long entries, Map<String, Hours> engineers, List<InputProblem> skipped, long skippedTotal,
                       List<String> absentColumns, Map<String, WorkKpis> groups, GroupBy groupedBy) {

    public WorkKpis {
        engineers = Collections.unmodifiableMap(new TreeMap<>(engineers));
        skipped = List.copyOf(skipped);
        absentColumns = List.copyOf(absentColumns);
        groups = groups == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(groups));
        groupedBy = groupedBy == null ? GroupBy.NONE : groupedBy;
    }

    /** Overall saturation, when any engineer has both worked and rostered hours. */
    public Optional<Double> saturation() {
        double worked = 0;
        double rostered = 0;
        for (Hours hours : engineers.values()) {
            if (hours.workedEntries() > 0 && hours.rostered() > 0) {
                worked += hours.worked();
                rostered += hours.rostered();
            }
        }
        return rostered == 0 ? Optional.empty() : Optional.of(worked / rostered);
    }

    /**
     * One engineer's hours in scope.
     *
     * @param worked          hours worked, summed
     * @param workedEntries   rows that record worked hours
     * @param rostered        hours rostered, summed
     * @param rosteredEntries rows that record rostered hours
     */
    public record Hours(double worked, long workedEntries, double rostered, long rosteredEntries) {

        /** Saturation, when the rows record both and the rostered hours are above 0. */
        public Optional<Double> saturation() {
            return workedEntries == 0 || rostered == 0 ? Optional.empty() : Optional.of(worked / rostered);
        }

        Hours plus(double workedHours, boolean hasWorked, double rosteredHours, boolean hasRostered) {
            return new Hours(worked + workedHours, workedEntries + (hasWorked ? 1 : 0), rostered + rosteredHours, rosteredEntries + (hasRostered ? 1 : 0));
        }
    }
}
