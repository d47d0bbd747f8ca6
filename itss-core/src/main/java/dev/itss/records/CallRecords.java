package dev.itss.records;

import dev.itss.model.Period;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads service-desk call records (one row per call, mapping kind {@code calls}) in one pass, in
 * constant memory, and computes {@link CallKpis}. A call needs the time it was offered and whether
 * it was answered; a row without them, or with a value that cannot be read, is a bad row.
 *
 * <pre>{@code
 * CallKpis calls = CallRecords.read(Path.of("calls.csv"), RecordMapping.preset("calls"), ErrorPolicy.STOP, Optional.empty());
 * calls.answerRate().ifPresent(rate -> System.out.println("answered " + rate));
 * }</pre>
 */
public final class CallRecords {
    private CallRecords() {}

    /**
     * Reads a file of calls (CSV, or JSON lines for .jsonl/.ndjson/.json).
     *
     * @param period when present, only calls offered in it count
     */
    public static CallKpis read(Path file, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        return read(file, mapping, onError, period, GroupBy.NONE);
    }

    /**
     * Reads a file of calls, also broken down by queue or month.
     *
     * @throws IllegalArgumentException for a grouping of another kind of record
     */
    public static CallKpis read(Path file, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period, GroupBy groupBy) {
        return RowReader.count(file, mapping, RecordKind.CALLS, onError, new Counter(period, RowReader.checkGrouping(groupBy, RecordKind.CALLS)));
    }

    /** Reads a stream; {@code source} names it in problems. */
    public static CallKpis read(String source, InputStream input, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        return RowReader.count(source, input, mapping, RecordKind.CALLS, onError, new Counter(period, GroupBy.NONE));
    }

    /** Reads a stream, also broken down by queue or month. */
    public static CallKpis read(String source, InputStream input, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period, GroupBy groupBy) {
        return RowReader.count(source, input, mapping, RecordKind.CALLS, onError, new Counter(period, RowReader.checkGrouping(groupBy, RecordKind.CALLS)));
    }

    /** Counts calls; only sums and counts, so memory stays constant. */
    private static final class Counter implements RowReader.Counter<CallKpis> {
        private final Optional<Period> period;
        private long offered;
        private long answered;
        private long abandoned;
        private long abandonedKnown;
        private long handled;
        private double handleSeconds;
        private long resolvedOnCall;
        private long resolutionKnown;
        private long resolvedHandled;
        private double resolvedHandleSeconds;

        private final GroupBy groupBy;
        private final java.util.Map<String, Counter> groups = new java.util.TreeMap<>();

        Counter(Optional<Period> period, GroupBy groupBy) {
            this.period = period;
            this.groupBy = groupBy;
        }

        @Override
        public void accept(RowReader.Row row) throws RowProblem {
            // every value is read before the period filter: a bad row is reported wherever it lies
            LocalDateTime offeredAt = row.date(CallField.OFFERED_AT).orElseThrow(() -> row.problem(CallField.OFFERED_AT, "", "the time the call was offered"));
            boolean isAnswered = row.bool(CallField.ANSWERED).orElseThrow(() -> row.problem(CallField.ANSWERED, "", "true or false"));
            Optional<Boolean> isAbandoned = row.bool(CallField.ABANDONED);
            Optional<Double> seconds = row.nonNegative(CallField.HANDLE_SECONDS, "a number of seconds, 0 or more");
            Optional<Boolean> resolved = row.bool(CallField.RESOLVED_ON_CALL);
            if (isAnswered && isAbandoned.orElse(false)) {
                throw row.problem(CallField.ABANDONED, "the call is both answered and abandoned; expected at most one of them to be true");
            }
            String queue = row.text(CallField.QUEUE).orElse(null);
            if (period.isPresent() && !period.get().contains(offeredAt.toLocalDate())) {
                return;
            }
            count(isAnswered, isAbandoned, seconds, resolved);
            if (groupBy != GroupBy.NONE) {
                String key = groupBy == GroupBy.MONTH ? GroupBy.month(offeredAt.toLocalDate()) : GroupBy.orNone(queue);
                groups.computeIfAbsent(key, k -> new Counter(period, GroupBy.NONE)).count(isAnswered, isAbandoned, seconds, resolved);
            }
        }

        private void count(boolean isAnswered, Optional<Boolean> isAbandoned, Optional<Double> seconds, Optional<Boolean> resolved) {
            offered++;
            if (isAbandoned.isPresent()) {
                abandonedKnown++;
                if (isAbandoned.get()) {
                    abandoned++;
                }
            }
            if (isAnswered) {
                answered++;
                if (seconds.isPresent()) {
                    handled++;
                    handleSeconds += seconds.get();
                }
                if (resolved.isPresent()) {
                    resolutionKnown++;
                    if (resolved.get()) {
                        resolvedOnCall++;
                        if (seconds.isPresent()) {
                            resolvedHandled++;
                            resolvedHandleSeconds += seconds.get();
                        }
                    }
                }
            }
        }

        @Override
        public CallKpis kpis(RowReader.Summary summary) {
            java.util.Map<String, CallKpis> byGroup = new java.util.TreeMap<>();
            RowReader.Summary none = new RowReader.Summary(0, List.of(), 0, summary.absentColumns());
            groups.forEach((key, counter) -> byGroup.put(key, counter.kpis(none)));
            return new CallKpis(summary.rows(), offered, answered, abandoned, abandonedKnown, handled, handleSeconds, resolvedOnCall, resolutionKnown,
                    resolvedHandled, resolvedHandleSeconds,
                    summary.skipped(), summary.skippedTotal(), summary.absentColumns(), byGroup, groupBy);
        }
    }
}
