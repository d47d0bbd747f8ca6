package dev.itss.records;

import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import dev.itss.model.Period;
import dev.itss.policy.TicketSla;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KPIs of a period's operational records, at most one export of each kind, as the assessment
 * reads them. Measured figures take the place of the snapshot's declared ones for the same
 * metric whenever the records give one (a denominator above 0; otherwise the declared figure is
 * measured as before): call records give the answer rate and the call time to resolve, the ticket
 * export the dispatch accuracy (besides its own {@code tickets.*} metrics), spare-part movements the hit,
 * damage and reuse rates and each part's last issue, timesheets each engineer's worked and
 * rostered hours; knowledge links, read before the ticket export, make their tickets count as
 * knowledge use in it.
 *
 * <pre>{@code
 * OperationalRecords records = OperationalRecords.none()
 *         .read(Path.of("tickets.csv"), RecordMapping.preset("servicenow"), snapshot.period(), policy.ticketSla())
 *         .read(Path.of("calls.csv"), RecordMapping.preset("calls"), snapshot.period(), policy.ticketSla());
 * Assessment assessment = engine.assess(snapshot, policy, records);
 * }</pre>
 *
 * @param tickets    KPIs of the ticket export
 * @param calls      KPIs of the service-desk call records
 * @param spares     KPIs of the spare-part movements
 * @param timesheets hours from timesheets or duty rosters
 * @param knowledgeLinks knowledge articles linked to tickets (already counted in {@code tickets}
 *                   when read before it)
 */
@dev.itss.model.Covers({"S-3"})
public record OperationalRecords(Optional<TicketKpis> tickets, Optional<CallKpis> calls, Optional<SpareKpis> spares, Optional<WorkKpis> timesheets,
                                 Optional<KnowledgeLinks> knowledgeLinks) {
    private static final OperationalRecords NONE = new OperationalRecords(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public OperationalRecords {
        tickets = tickets == null ? Optional.empty() : tickets;
        calls = calls == null ? Optional.empty() : calls;
        spares = spares == null ? Optional.empty() : spares;
        timesheets = timesheets == null ? Optional.empty() : timesheets;
        knowledgeLinks = knowledgeLinks == null ? Optional.empty() : knowledgeLinks;
    }

    /** No records: every metric is measured from the snapshot alone. */
    public static OperationalRecords none() {
        return NONE;
    }

    /** Only a ticket export, when there is one. */
    public static OperationalRecords ofTickets(Optional<TicketKpis> tickets) {
        return NONE.withTickets(tickets);
    }

    public OperationalRecords withTickets(Optional<TicketKpis> value) {
        return new OperationalRecords(value, calls, spares, timesheets, knowledgeLinks);
    }

    public OperationalRecords withCalls(Optional<CallKpis> value) {
        return new OperationalRecords(tickets, value, spares, timesheets, knowledgeLinks);
    }

    public OperationalRecords withSpares(Optional<SpareKpis> value) {
        return new OperationalRecords(tickets, calls, value, timesheets, knowledgeLinks);
    }

    public OperationalRecords withTimesheets(Optional<WorkKpis> value) {
        return new OperationalRecords(tickets, calls, spares, value, knowledgeLinks);
    }

    public OperationalRecords withKnowledgeLinks(Optional<KnowledgeLinks> value) {
        return new OperationalRecords(tickets, calls, spares, timesheets, value);
    }

    /**
     * The files a records folder may hold (a sample organisation's {@code records/}, a history
     * period's), each in the canonical format of its kind, with the preset that reads it; in
     * reading order: knowledge links before the ticket export they count in.
     */
    public static final Map<String, String> FOLDER_FILES = folderFiles();

    private static Map<String, String> folderFiles() {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("knowledge.csv", "knowledge");
        files.put("tickets.csv", "canonical");
        files.put("calls.csv", "calls");
        files.put("spares.csv", "spares");
        files.put("timesheets.csv", "timesheets");
        return java.util.Collections.unmodifiableMap(files);
    }

    /**
     * The records of a folder laid out as {@link #FOLDER_FILES} says; files it does not hold are
     * simply absent, any other file is an error (a misspelt name would otherwise be dropped).
     *
     * <pre>{@code
     * OperationalRecords records = OperationalRecords.readFolder(Path.of("history/2026-Q2/records"), snapshot.period(), policy.ticketSla());
     * }</pre>
     *
     * @throws InvalidInputException naming an unexpected file, or a bad file's place
     */
    public static OperationalRecords readFolder(Path folder, Period period, Optional<TicketSla> sla) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            List<String> unknown = files.map(f -> f.getFileName().toString()).filter(n -> !FOLDER_FILES.containsKey(n)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(unknown.stream().map(n -> dev.itss.read.InputProblem.at(folder.resolve(n).toString(), "",
                        "not a records file; a records folder holds " + FOLDER_FILES.keySet())).toList());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + folder, e);
        }
        OperationalRecords records = none();
        for (Map.Entry<String, String> file : FOLDER_FILES.entrySet()) {
            Path path = folder.resolve(file.getKey());
            if (java.nio.file.Files.isRegularFile(path)) {
                records = records.read(path, RecordMapping.preset(file.getValue()), period, sla);
            }
        }
        return records;
    }

    /**
     * These records with one more file, read by its mapping's kind over the period (stopping at
     * the first bad row).
     *
     * @param sla the policy's ticket SLA targets, for ticket exports without a made-SLA flag
     * @throws InvalidInputException for a bad file, or a second file of a kind already read
     */
    public OperationalRecords read(Path file, RecordMapping mapping, Period period, Optional<TicketSla> sla) {
        return read(file, mapping, period, sla, GroupBy.NONE);
    }

    /**
     * As {@link #read(Path, RecordMapping, Period, Optional)}, a ticket export also broken down by
     * {@code groupTicketsBy}: the assessment then measures the {@code tickets.*} metrics of each
     * group besides the totals, and their rules flag the groups that miss.
     */
    public OperationalRecords read(Path file, RecordMapping mapping, Period period, Optional<TicketSla> sla, GroupBy groupTicketsBy) {
        return read(file, mapping, period, sla, groupTicketsBy, ErrorPolicy.STOP);
    }

    /**
     * As {@link #read(Path, RecordMapping, Period, Optional, GroupBy)}, a malformed row stopping
     * the read or skipped, as {@code onError} says. Skipped rows are counted and listed in the
     * kind's KPIs ({@link #skipped(RecordKind)}): the caller tells the reader.
     *
     * <pre>{@code
     * OperationalRecords records = OperationalRecords.none().read(file, mapping, period, sla, GroupBy.NONE, ErrorPolicy.SKIP);
     * records.skipped(RecordKind.TICKETS).ifPresent(s -> System.err.println(s.total() + " rows skipped"));
     * }</pre>
     */
    public OperationalRecords read(Path file, RecordMapping mapping, Period period, Optional<TicketSla> sla, GroupBy groupTicketsBy, ErrorPolicy onError) {
        RecordKind kind = checkFree(file.toString(), mapping);
        Optional<Period> scope = Optional.of(period);
        return switch (kind) {
            case TICKETS -> withTickets(Optional.of(TicketRecords.read(file, mapping, ticketOptions(scope, sla, groupTicketsBy, onError))));
            case CALLS -> withCalls(Optional.of(CallRecords.read(file, mapping, onError, scope)));
            case SPARES -> withSpares(Optional.of(SpareRecords.read(file, mapping, onError, scope)));
            case TIMESHEETS -> withTimesheets(Optional.of(WorkRecords.read(file, mapping, onError, scope)));
            case KNOWLEDGE -> withKnowledgeLinks(Optional.of(KnowledgeRecords.read(file, mapping, onError, scope)));
        };
    }

    /**
     * The rows of one kind's export skipped as malformed (read with {@link ErrorPolicy#SKIP}): how
     * many, and the first of them with their places; empty when none was skipped or the kind was
     * not read.
     *
     * @param total  rows skipped in all
     * @param listed the first skipped rows, each with its file and line
     */
    public record Skipped(long total, List<InputProblem> listed) {}

    /** The rows skipped in the export of a kind, if any. */
    public Optional<Skipped> skipped(RecordKind kind) {
        Optional<Skipped> skipped = switch (kind) {
            case TICKETS -> tickets.map(k -> new Skipped(k.skippedTotal(), k.skipped()));
            case CALLS -> calls.map(k -> new Skipped(k.skippedTotal(), k.skipped()));
            case SPARES -> spares.map(k -> new Skipped(k.skippedTotal(), k.skipped()));
            case TIMESHEETS -> timesheets.map(k -> new Skipped(k.skippedTotal(), k.skipped()));
            case KNOWLEDGE -> knowledgeLinks.map(k -> new Skipped(k.skippedTotal(), k.skipped()));
        };
        return skipped.filter(s -> s.total() > 0);
    }

    /** As {@link #read(Path, RecordMapping, Period, Optional)}, from a stream that {@code source} names (and whose ending picks CSV or JSON lines). */
    public OperationalRecords read(String source, java.io.InputStream input, RecordMapping mapping, Period period, Optional<TicketSla> sla) {
        return read(source, input, mapping, period, sla, GroupBy.NONE);
    }

    /** As {@link #read(Path, RecordMapping, Period, Optional, GroupBy)}, from a stream that {@code source} names. */
    public OperationalRecords read(String source, java.io.InputStream input, RecordMapping mapping, Period period, Optional<TicketSla> sla,
                                   GroupBy groupTicketsBy) {
        RecordKind kind = checkFree(source, mapping);
        Optional<Period> scope = Optional.of(period);
        return switch (kind) {
            case TICKETS -> withTickets(Optional.of(TicketRecords.read(source, input, mapping, ticketOptions(scope, sla, groupTicketsBy, ErrorPolicy.STOP))));
            case CALLS -> withCalls(Optional.of(CallRecords.read(source, input, mapping, ErrorPolicy.STOP, scope)));
            case SPARES -> withSpares(Optional.of(SpareRecords.read(source, input, mapping, ErrorPolicy.STOP, scope)));
            case TIMESHEETS -> withTimesheets(Optional.of(WorkRecords.read(source, input, mapping, ErrorPolicy.STOP, scope)));
            case KNOWLEDGE -> withKnowledgeLinks(Optional.of(KnowledgeRecords.read(source, input, mapping, ErrorPolicy.STOP, scope)));
        };
    }

    /** The ticket options, with the knowledge links read before the export. */
    private TicketRecords.Options ticketOptions(Optional<Period> scope, Optional<TicketSla> sla, GroupBy groupTicketsBy, ErrorPolicy onError) {
        TicketRecords.Options options = new TicketRecords.Options(onError, scope, groupTicketsBy, sla);
        return knowledgeLinks.map(links -> options.withKnowledgeLinks(links.tickets())).orElse(options);
    }

    private RecordKind checkFree(String source, RecordMapping mapping) {
        RecordKind kind = mapping.recordKind();
        boolean taken = switch (kind) {
            case TICKETS -> tickets.isPresent();
            case CALLS -> calls.isPresent();
            case SPARES -> spares.isPresent();
            case TIMESHEETS -> timesheets.isPresent();
            case KNOWLEDGE -> knowledgeLinks.isPresent();
        };
        if (taken) {
            throw new InvalidInputException(List.of(InputProblem.at(source, "", "is a second " + kind.key()
                    + " file (mapping '" + mapping.name() + "'); give one file of each kind")));
        }
        if (kind == RecordKind.KNOWLEDGE && tickets.isPresent()) {
            throw new InvalidInputException(List.of(InputProblem.at(source, "", "knowledge links must be read before the ticket export they "
                    + "count in; read this file first")));
        }
        return kind;
    }
}
