package dev.itss.records;

import dev.itss.model.Period;
import dev.itss.read.InputProblem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tickets of one export in their final states, read once, from which a service review takes
 * the KPIs of any window (a month of a quarter, by service, group or assignee) and the tickets
 * it names. The KPIs of a window are those {@link TicketRecords#read} gives for that window as
 * the period: one definition of each figure.
 *
 * <pre>{@code
 * TicketLedger ledger = TicketRecords.ledger(Path.of("tickets.csv"), RecordMapping.preset("canonical"),
 *         new TicketRecords.Options(ErrorPolicy.STOP, Optional.of(quarter), GroupBy.NONE));
 * Period august = Period.ofMonth(YearMonth.of(2026, 8));
 * ledger.kpis(august, GroupBy.SERVICE).services().forEach((service, sla) -> System.out.println(service + " " + sla.slaMade()));
 * ledger.openAt(august.end()).forEach(t -> System.out.println("still open: " + t.id()));
 * }</pre>
 */
public final class TicketLedger {
    private final String source;
    private final TicketRecords.Folded folded;
    private final TicketRecords.Options options;

    TicketLedger(TicketRecords.Folded folded, TicketRecords.Options options) {
        this.folded = folded;
        this.options = options;
        this.source = folded.fold().cells().source();
    }

    /** The file the tickets came from, as its problems name it. */
    public String source() {
        return source;
    }

    /** Whether the export has a column for the field (e.g. {@link TicketField#SERVICE}): without it the figures that need it are not available. */
    public boolean has(TicketField field) {
        return folded.fold().cells().has(field);
    }

    /** Rows skipped under {@link ErrorPolicy#SKIP}, listed (capped) and counted. */
    public List<InputProblem> skipped() {
        return folded.skipped();
    }

    /** The KPIs of the tickets opened in the window (inside the read's period), broken down by {@code groupBy}. */
    public TicketKpis kpis(Period window, GroupBy groupBy) {
        return folded.counts(Optional.of(window), RowReader.checkGrouping(groupBy, RecordKind.TICKETS), options)
                .kpis(folded.fold().tickets().values(), folded.rows(), folded.skipped(), folded.skippedTotal(), folded.fold().cells().absent(),
                        folded.fold().openingWarnings());
    }

    /** The tickets opened in the window, by opening time then number; SLA outcomes judged at the window's end. */
    public List<TicketRecord> openedIn(Period window) {
        TicketCounts counts = folded.counts(Optional.of(window), GroupBy.NONE, options);
        List<TicketRecord> out = new ArrayList<>();
        for (Map.Entry<String, TicketFold.Ticket> e : folded.fold().tickets().entrySet()) {
            if (inRead(e.getValue())) {
                TicketRecord record = counts.record(e.getKey(), e.getValue());
                if (record != null) {
                    out.add(record);
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * The tickets of the read's period opened by the end of {@code day} and still open at it
     * (resolved later or not at all), by opening time then number: a review's unresolved tickets,
     * including those opened in an earlier month.
     */
    public List<TicketRecord> openAt(LocalDate day) {
        Period upTo = new Period(earliest(), day);
        TicketCounts counts = folded.counts(Optional.of(upTo), GroupBy.NONE, options);
        long end = folded.fold().cells().formats().instant(day.atTime(23, 59, 59));
        List<TicketRecord> out = new ArrayList<>();
        for (Map.Entry<String, TicketFold.Ticket> e : folded.fold().tickets().entrySet()) {
            TicketFold.Ticket t = e.getValue();
            if (inRead(t) && t.openAt(end)) {
                TicketRecord record = counts.record(e.getKey(), t);
                if (record != null) {
                    out.add(record);
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** The latest month in which a ticket of the read's period was opened; empty without tickets. */
    public Optional<YearMonth> lastMonth() {
        RecordValues.DateFormats clock = folded.fold().cells().formats();
        return folded.fold().tickets().values().stream().filter(this::inRead).mapToLong(t -> t.openedAt).max().stream()
                .mapToObj(at -> YearMonth.from(LocalDate.ofEpochDay(clock.epochDay(at)))).findFirst();
    }

    /** The ticket of that number, when it is in the read's period. */
    public Optional<TicketRecord> ticket(String id) {
        TicketFold.Ticket t = folded.fold().tickets().get(id);
        if (t == null || !inRead(t)) {
            return Optional.empty();
        }
        return Optional.ofNullable(folded.counts(options.period(), GroupBy.NONE, options).record(id, t));
    }

    private static final Comparator<TicketRecord> ORDER = Comparator.comparing(TicketRecord::openedAt).thenComparing(TicketRecord::id);

    /** In the period the ledger was read for (all tickets when it was read without one). */
    private boolean inRead(TicketFold.Ticket t) {
        if (options.period().isEmpty()) {
            return true;
        }
        long day = folded.fold().cells().formats().epochDay(t.openedAt);
        Period p = options.period().get();
        return day >= p.start().toEpochDay() && day <= p.end().toEpochDay();
    }

    private LocalDate earliest() {
        return options.period().map(Period::start).orElse(LocalDate.MIN.plusYears(1));
    }
}
