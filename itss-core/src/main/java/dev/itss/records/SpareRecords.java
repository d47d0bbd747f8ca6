package dev.itss.records;

import dev.itss.model.Period;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads spare-part movement records (mapping kind {@code spares}: one row per issue, return,
 * receipt or damage report) in one pass and computes {@link SpareKpis}. Memory grows with the
 * number of distinct parts (their last issue), not with the rows.
 *
 * <pre>{@code
 * SpareKpis spares = SpareRecords.read(Path.of("movements.csv"), RecordMapping.preset("spares"), ErrorPolicy.STOP, Optional.empty());
 * spares.hitRate().ifPresent(rate -> System.out.println("hit rate " + rate));
 * }</pre>
 */
public final class SpareRecords {
    private SpareRecords() {}

    /**
     * Reads a file of movements (CSV, or JSON lines for .jsonl/.ndjson/.json).
     *
     * @param period when present, only movements in it count
     */
    public static SpareKpis read(Path file, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period, GroupBy groupBy) {
        return RowReader.count(file, mapping, RecordKind.SPARES, onError, new Counter(period, RowReader.checkGrouping(groupBy, RecordKind.SPARES)));
    }

    /** Reads a stream, also broken down by part or month. */
    public static SpareKpis read(String source, InputStream input, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period, GroupBy groupBy) {
        return RowReader.count(source, input, mapping, RecordKind.SPARES, onError, new Counter(period, RowReader.checkGrouping(groupBy, RecordKind.SPARES)));
    }

    /** Reads a file without grouping. */
    public static SpareKpis read(Path file, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        return RowReader.count(file, mapping, RecordKind.SPARES, onError, new Counter(period, GroupBy.NONE));
    }

    /** Reads a stream; {@code source} names it in problems. */
    public static SpareKpis read(String source, InputStream input, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        return RowReader.count(source, input, mapping, RecordKind.SPARES, onError, new Counter(period, GroupBy.NONE));
    }

    private static final class Counter implements RowReader.Counter<SpareKpis> {
        private final Optional<Period> period;
        private final Map<String, LocalDateTime> lastIssued = new HashMap<>();
        private long movements;
        private long issued;
        private long stockKnown;
        private long fromStock;
        private long refurbishedKnown;
        private long refurbished;
        private long damaged;
        private long returned;
        private long received;

        private final GroupBy groupBy;
        private final Map<String, Counter> groups = new java.util.TreeMap<>();

        Counter(Optional<Period> period, GroupBy groupBy) {
            this.period = period;
            this.groupBy = groupBy;
        }

        @Override
        public void accept(RowReader.Row row) throws RowProblem {
            String part = row.required(SpareField.PART, "a part id");
            String text = row.required(SpareField.MOVEMENT, "ISSUE, RETURN, RECEIPT or DAMAGED");
            SpareMovement movement = SpareMovement.parse(text).orElseThrow(() -> row.problem(SpareField.MOVEMENT, text,
                    "one of " + List.of(SpareMovement.values()) + " (or a value mapped to one under values.movement)"));
            LocalDateTime at = row.date(SpareField.AT).orElseThrow(() -> row.problem(SpareField.AT, "", "the time of the movement"));
            long quantity = row.whole(SpareField.QUANTITY, 1).orElse(1L);
            Optional<Boolean> stock = row.bool(SpareField.FROM_STOCK);
            Optional<Boolean> refurb = row.bool(SpareField.REFURBISHED);
            if (period.isPresent() && !period.get().contains(at.toLocalDate())) {
                return;
            }
            count(part, movement, at, quantity, stock, refurb);
            if (groupBy != GroupBy.NONE) {
                String key = groupBy == GroupBy.MONTH ? GroupBy.month(at.toLocalDate()) : part;
                groups.computeIfAbsent(key, k -> new Counter(period, GroupBy.NONE)).count(part, movement, at, quantity, stock, refurb);
            }
        }

        private void count(String part, SpareMovement movement, LocalDateTime at, long quantity, Optional<Boolean> stock, Optional<Boolean> refurb) {
            movements++;
            switch (movement) {
                case ISSUE -> {
                    issued += quantity;
                    if (stock.isPresent()) {
                        stockKnown += quantity;
                        fromStock += stock.get() ? quantity : 0;
                    }
                    if (refurb.isPresent()) {
                        refurbishedKnown += quantity;
                        refurbished += refurb.get() ? quantity : 0;
                    }
                    lastIssued.merge(part, at, (a, b) -> b.isAfter(a) ? b : a);
                }
                case RETURN -> returned += quantity;
                case RECEIPT -> received += quantity;
                case DAMAGED -> damaged += quantity;
            }
        }

        @Override
        public SpareKpis kpis(RowReader.Summary summary) {
            Map<String, SpareKpis> byGroup = new java.util.TreeMap<>();
            RowReader.Summary none = new RowReader.Summary(0, List.of(), 0, summary.absentColumns());
            groups.forEach((key, counter) -> byGroup.put(key, counter.kpis(none)));
            return new SpareKpis(summary.rows(), movements, issued, stockKnown, fromStock, refurbishedKnown, refurbished, damaged, returned, received,
                    lastIssued, summary.skipped(), summary.skippedTotal(), summary.absentColumns(), byGroup, groupBy);
        }
    }
}
