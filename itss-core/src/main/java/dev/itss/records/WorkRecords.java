package dev.itss.records;

import dev.itss.model.Period;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads timesheets and duty rosters (mapping kind {@code timesheets}: hours of an engineer on a
 * day) in one pass and computes {@link WorkKpis}. Memory grows with the number of engineers.
 *
 * <pre>{@code
 * WorkKpis work = WorkRecords.read(Path.of("timesheets.csv"), RecordMapping.preset("timesheets"), ErrorPolicy.STOP, Optional.of(period));
 * work.engineers().forEach((id, hours) -> System.out.println(id + " " + hours.saturation().orElse(null)));
 * }</pre>
 */
public final class WorkRecords {
    private WorkRecords() {}

    /** Hours a row may record: a day has 24. */
    static final double MAX_HOURS = 24;

    /**
     * Reads a file (CSV, or JSON lines for .jsonl/.ndjson/.json).
     *
     * @param period when present, only rows whose day is in it count
     */
    public static WorkKpis read(Path file, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        return read(file, mapping, onError, period, GroupBy.NONE);
    }

    /** Reads a file, also broken down by post or month. */
    public static WorkKpis read(Path file, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period, GroupBy groupBy) {
        return RowReader.count(file, mapping, RecordKind.TIMESHEETS, onError, new Counter(period, RowReader.checkGrouping(groupBy, RecordKind.TIMESHEETS)));
    }

    /** Reads a stream; {@code source} names it in problems. */
    public static WorkKpis read(String source, InputStream input, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        return read(source, input, mapping, onError, period, GroupBy.NONE);
    }

    /** Reads a stream, also broken down by post or month. */
    public static WorkKpis read(String source, InputStream input, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period, GroupBy groupBy) {
        return RowReader.count(source, input, mapping, RecordKind.TIMESHEETS, onError,
                new Counter(period, RowReader.checkGrouping(groupBy, RecordKind.TIMESHEETS)));
    }

    private static final class Counter implements RowReader.Counter<WorkKpis> {
        private final Optional<Period> period;
        private final Map<String, WorkKpis.Hours> engineers = new HashMap<>();
        /** Worked and rostered hours so far per engineer and day: together at most 24 each. */
        private final Map<String, double[]> days = new HashMap<>();
        private long entries;

        private final GroupBy groupBy;
        private final Map<String, Counter> groups = new java.util.TreeMap<>();

        Counter(Optional<Period> period, GroupBy groupBy) {
            this.period = period;
            this.groupBy = groupBy;
        }

        @Override
        public void accept(RowReader.Row row) throws RowProblem {
            String engineer = row.required(WorkField.ENGINEER, "an engineer id");
            LocalDateTime day = row.date(WorkField.DATE).orElseThrow(() -> row.problem(WorkField.DATE, "", "the day worked"));
            Optional<Double> worked = hours(row, WorkField.WORKED_HOURS);
            Optional<Double> rostered = hours(row, WorkField.ROSTERED_HOURS);
            if (worked.isEmpty() && rostered.isEmpty()) {
                WorkField field = row.has(WorkField.WORKED_HOURS) ? WorkField.WORKED_HOURS : WorkField.ROSTERED_HOURS;
                throw row.problem(field, "", "hours worked or rostered on the day");
            }
            double[] sums = days.computeIfAbsent(engineer + '\u0000' + day.toLocalDate(), k -> new double[2]);
            double workedThatDay = sums[0] + worked.orElse(0.0);
            double rosteredThatDay = sums[1] + rostered.orElse(0.0);
            if (workedThatDay > MAX_HOURS || rosteredThatDay > MAX_HOURS) {
                boolean byWork = workedThatDay > MAX_HOURS;
                throw row.problem(byWork ? WorkField.WORKED_HOURS : WorkField.ROSTERED_HOURS, engineer + "'s " + (byWork ? "worked" : "rostered")
                        + " hours on " + day.toLocalDate() + " add up to " + RecordValues.hours(byWork ? workedThatDay : rosteredThatDay)
                        + " with this row; expected at most 24 a day");
            }
            sums[0] = workedThatDay;
            sums[1] = rosteredThatDay;
            String post = row.text(WorkField.POST).orElse(null);
            if (period.isPresent() && !period.get().contains(day.toLocalDate())) {
                return;
            }
            count(engineer, worked, rostered);
            if (groupBy != GroupBy.NONE) {
                String key = groupBy == GroupBy.MONTH ? GroupBy.month(day.toLocalDate()) : GroupBy.orNone(post);
                groups.computeIfAbsent(key, k -> new Counter(period, GroupBy.NONE)).count(engineer, worked, rostered);
            }
        }

        private void count(String engineer, Optional<Double> worked, Optional<Double> rostered) {
            entries++;
            engineers.merge(engineer, new WorkKpis.Hours(0, 0, 0, 0).plus(worked.orElse(0.0), worked.isPresent(), rostered.orElse(0.0), rostered.isPresent()),
                    (a, b) -> a.plus(b.worked(), b.workedEntries() > 0, b.rostered(), b.rosteredEntries() > 0));
        }

        private static Optional<Double> hours(RowReader.Row row, WorkField field) throws RowProblem {
            String expected = "a number of hours from 0 to 24";
            Optional<Double> hours = row.nonNegative(field, expected);
            if (hours.isPresent() && hours.get() > MAX_HOURS) {
                throw row.problem(field, row.text(field).orElse(""), expected);
            }
            return hours;
        }

        @Override
        public WorkKpis kpis(RowReader.Summary summary) {
            Map<String, WorkKpis> byGroup = new java.util.TreeMap<>();
            RowReader.Summary none = new RowReader.Summary(0, java.util.List.of(), 0, summary.absentColumns());
            groups.forEach((key, counter) -> byGroup.put(key, counter.kpis(none)));
            return new WorkKpis(summary.rows(), entries, engineers, summary.skipped(), summary.skippedTotal(), summary.absentColumns(), byGroup, groupBy);
        }
    }
}
