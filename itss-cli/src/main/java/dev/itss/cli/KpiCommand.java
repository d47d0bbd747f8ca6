package dev.itss.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.itss.engine.AssessmentEngine;
import dev.itss.internal.Escape;
import dev.itss.read.InputProblem;
import dev.itss.policy.PolicyReader;
import dev.itss.internal.Mappers;
import dev.itss.model.Period;
import dev.itss.records.CallKpis;
import dev.itss.records.CallRecords;
import dev.itss.records.ErrorPolicy;
import dev.itss.records.GroupBy;
import dev.itss.records.KnowledgeLinks;
import dev.itss.records.KnowledgeRecords;
import dev.itss.records.RecordMapping;
import dev.itss.records.SlaSource;
import dev.itss.records.SpareKpis;
import dev.itss.records.SpareRecords;
import dev.itss.records.WorkKpis;
import dev.itss.records.WorkRecords;
import dev.itss.records.TicketKpis;
import dev.itss.records.TicketRecords;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itss kpi}: KPIs of a ticket export. */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        footer = {"", "Example:", "  itss kpi --records incidents.csv --mapping servicenow --period 2016-03 --group-by assignment_group"},
        description = "Compute KPIs from an operational-records export, by the kind of its mapping: tickets (SLA attainment, reopen, reassignment, "
                + "knowledge use, dispatch accuracy, time to resolve, backlog...), service-desk calls (answer and abandonment rates, handle time), "
                + "spare-part movements (hit, damage and reuse rates), timesheets (saturation per engineer) or knowledge links.")
final class KpiCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = "--records", paramLabel = "FILE", required = true, description = "The export: CSV with a header row.")
    Path records;

    @Option(names = "--mapping", paramLabel = "MAPPING", defaultValue = "canonical",
            description = "A preset (canonical, servicenow, jira for tickets; calls; spares; timesheets; knowledge) or a mapping file (YAML or JSON). Default: canonical.")
    String mapping;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Only tickets opened (calls offered, movements made, days worked) in this month (2016-03) or between two days (2016-03-01..2016-05-31).")
    String period;

    @Option(names = "--group-by", paramLabel = "FIELD", defaultValue = "none",
            description = "Also break the KPIs down: tickets by assignment_group, assignee, priority, service or month; calls by queue or month; "
                    + "spares by part or month; timesheets by post or month.")
    String groupBy;

    @Option(names = "--on-error", paramLabel = "POLICY", defaultValue = "stop",
            description = "stop (default): stop at the first malformed row; skip: skip malformed rows, count and list them.")
    ErrorPolicy onError;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format;

    @Option(names = "--no-progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress line on stderr for ticket exports over 10 MB read on a terminal (default).")
    boolean progress;

    static final long PROGRESS_MIN_BYTES = 10L << 20;

    private GroupBy grouping = GroupBy.NONE;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file laid over the default policy; its ticketSla targets decide the SLA of tickets without a made-SLA flag.")
    Path policy;

    @Override
    public Integer call() {
        int code = read();
        output.print(spec, buffer.toString());
        return code;
    }

    /** The report, whatever the kind of export, goes into this buffer: then to the output or --output's file. */
    private final java.io.StringWriter buffer = new java.io.StringWriter();

    @picocli.CommandLine.Mixin
    OutputFile output;

    private int read() {
        RecordMapping recordMapping = mappingOf(mapping);
        GroupBy grouping = GroupBy.ofKey(groupBy);
        if (!grouping.kinds().contains(recordMapping.recordKind())) {
            throw new IllegalArgumentException("--group-by " + groupBy + " does not apply to " + recordMapping.kind() + " (mapping '" + recordMapping.name()
                    + "'); " + recordMapping.kind() + " group by " + GroupBy.keysFor(recordMapping.recordKind()));
        }
        this.grouping = grouping;
        switch (recordMapping.recordKind()) {
            case CALLS:
                return calls(recordMapping);
            case SPARES:
                return spares(recordMapping);
            case TIMESHEETS:
                return timesheets(recordMapping);
            case KNOWLEDGE:
                return knowledge(recordMapping);
            case TICKETS:
            default:
                break;
        }
        // only the ticket SLA targets are needed: read from the rule pack without building its rule base
        java.util.Optional<dev.itss.policy.TicketSla> targets = policy == null ? AssessmentEngine.loadDefaultTicketSla()
                : PolicyReader.standard().read(policy).ticketSla().or(AssessmentEngine::loadDefaultTicketSla);
        TicketRecords.Options options = new TicketRecords.Options(onError, parsePeriod(period), grouping, targets);
        TicketKpis kpis = showProgress() ? readWithProgress(options, recordMapping) : TicketRecords.read(records, recordMapping, options);
        PrintWriter out = new PrintWriter(buffer);
        if (format == Format.JSON) {
            Map<String, Object> root = header(recordMapping, kpis.rows());
            json(kpis).forEach(root::putIfAbsent);
            printJson(out, root);
        } else {
            text(kpis, recordMapping, out);
        }
        out.flush();
        return ItssCommand.OK;
    }

    /**
     * A progress line on stderr for files over 10 MB, when stderr is a terminal ({@link Terminal});
     * {@code --no-progress} turns it off. Files read in chunks on all cores report from each
     * chunk's thread.
     */
    private boolean showProgress() {
        try {
            return progress && Files.size(records) > PROGRESS_MIN_BYTES && Terminal.isStderrTerminal();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private TicketKpis readWithProgress(TicketRecords.Options options, RecordMapping recordMapping) {
        try (ProgressLine line = new ProgressLine(Files.size(records), System.err)) {
            return TicketRecords.read(records, recordMapping, options.withProgress(line));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + records, e);
        }
    }

    /** Call records: answer and abandonment rates, handle time, resolution on the call. */
    private int calls(RecordMapping recordMapping) {
        CallKpis k = CallRecords.read(records, recordMapping, onError, parsePeriod(period), grouping);
        PrintWriter out = new PrintWriter(buffer);
        if (format == Format.JSON) {
            Map<String, Object> root = header(recordMapping, k.rows());
            root.put("offered", k.offered());
            root.put("answerRate", rate(k.answerRate(), k.answered(), k.offered()));
            root.put("abandonmentRate", rate(k.abandonmentRate(), k.abandoned(), k.abandonedKnown()));
            root.put("meanHandleMinutes", k.meanHandleMinutes().orElse(null));
            root.put("resolutionOnCallRate", rate(k.resolutionOnCallRate(), k.resolvedOnCall(), k.resolutionKnown()));
            root.put("resolutionCallMinutes", k.resolutionCallMinutes().orElse(null));
            footer(root, k.absentColumns(), k.skippedTotal(), k.skipped());
            if (!k.groups().isEmpty()) {
                Map<String, Object> groups = new LinkedHashMap<>();
                k.groups().forEach((name, g) -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("offered", g.offered());
                    one.put("answerRate", rate(g.answerRate(), g.answered(), g.offered()));
                    one.put("abandonmentRate", rate(g.abandonmentRate(), g.abandoned(), g.abandonedKnown()));
                    one.put("meanHandleMinutes", g.meanHandleMinutes().orElse(null));
                    groups.put(name, one);
                });
                root.put("groupedBy", grouping.key());
                root.put("groups", groups);
            }
            printJson(out, root);
        } else {
            out.printf("Call KPIs: %s (mapping %s): %d rows, %d calls in scope%n", records, recordMapping.name(), k.rows(), k.offered());
            line(out, "Answer rate", k.answerRate(), k.answered(), k.offered());
            line(out, "Abandonment rate", k.abandonmentRate(), k.abandoned(), k.abandonedKnown());
            out.printf("  %-24s %s%n", "Mean handle time", k.meanHandleMinutes().map(m -> String.format(Locale.ROOT, "%.1f min (%d calls)", m, k.handled()))
                    .orElse("not available"));
            line(out, "Resolved on the call", k.resolutionOnCallRate(), k.resolvedOnCall(), k.resolutionKnown());
            out.printf("  %-24s %s%n", "Call time to resolve", k.resolutionCallMinutes()
                    .map(m -> String.format(Locale.ROOT, "%.1f min (%d calls resolved on the call)", m, k.resolvedHandled())).orElse("not available"));
            textFooter(out, k.absentColumns(), k.skippedTotal(), k.skipped());
            if (!k.groups().isEmpty()) {
                out.printf("%n  %-24s %8s %8s %8s %10s%n", grouping.key(), "offered", "answer", "abandon", "handle min");
                k.groups().forEach((name, g) -> out.printf(Locale.ROOT, "  %-24s %8d %8s %8s %10s%n", Escape.inline(name), g.offered(), percent(g.answerRate()),
                        percent(g.abandonmentRate()), g.meanHandleMinutes().map(m -> String.format(Locale.ROOT, "%.1f", m)).orElse("-")));
            }
        }
        out.flush();
        return ItssCommand.OK;
    }

    /** Spare-part movements: hit, damage and reuse rates. */
    private int spares(RecordMapping recordMapping) {
        SpareKpis k = SpareRecords.read(records, recordMapping, onError, parsePeriod(period), grouping);
        PrintWriter out = new PrintWriter(buffer);
        if (format == Format.JSON) {
            Map<String, Object> root = header(recordMapping, k.rows());
            root.put("movements", k.movements());
            root.put("issued", k.issued());
            root.put("hitRate", rate(k.hitRate(), k.fromStock(), k.stockKnown()));
            root.put("damageRate", rate(k.damageRate(), k.damaged(), k.issued() + k.damaged()));
            root.put("reuseRate", rate(k.reuseRate(), k.refurbished(), k.refurbishedKnown()));
            root.put("returned", k.returned());
            root.put("received", k.received());
            root.put("lastIssued", k.lastIssued().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().toString(), (a, b) -> a, java.util.TreeMap::new)));
            footer(root, k.absentColumns(), k.skippedTotal(), k.skipped());
            if (!k.groups().isEmpty()) {
                Map<String, Object> groups = new LinkedHashMap<>();
                k.groups().forEach((name, g) -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("movements", g.movements());
                    one.put("issued", g.issued());
                    one.put("hitRate", rate(g.hitRate(), g.fromStock(), g.stockKnown()));
                    one.put("damageRate", rate(g.damageRate(), g.damaged(), g.issued() + g.damaged()));
                    one.put("reuseRate", rate(g.reuseRate(), g.refurbished(), g.refurbishedKnown()));
                    groups.put(name, one);
                });
                root.put("groupedBy", grouping.key());
                root.put("groups", groups);
            }
            printJson(out, root);
        } else {
            out.printf("Spare-part KPIs: %s (mapping %s): %d rows, %d movements in scope, %d units issued%n", records, recordMapping.name(),
                    k.rows(), k.movements(), k.issued());
            line(out, "Hit rate", k.hitRate(), k.fromStock(), k.stockKnown());
            line(out, "Damage rate", k.damageRate(), k.damaged(), k.issued() + k.damaged());
            line(out, "Reuse rate", k.reuseRate(), k.refurbished(), k.refurbishedKnown());
            out.printf("  %-24s %d returned, %d received%n", "Other movements", k.returned(), k.received());
            textFooter(out, k.absentColumns(), k.skippedTotal(), k.skipped());
            if (!k.groups().isEmpty()) {
                out.printf("%n  %-24s %9s %8s %8s %8s %8s%n", grouping.key(), "movements", "issued", "hit", "damage", "reuse");
                k.groups().forEach((name, g) -> out.printf(Locale.ROOT, "  %-24s %9d %8d %8s %8s %8s%n", Escape.inline(name), g.movements(), g.issued(),
                        percent(g.hitRate()), percent(g.damageRate()), percent(g.reuseRate())));
            }
        }
        out.flush();
        return ItssCommand.OK;
    }

    /** Timesheets: worked and rostered hours and saturation per engineer. */
    private int timesheets(RecordMapping recordMapping) {
        WorkKpis k = WorkRecords.read(records, recordMapping, onError, parsePeriod(period), grouping);
        PrintWriter out = new PrintWriter(buffer);
        if (format == Format.JSON) {
            Map<String, Object> root = header(recordMapping, k.rows());
            root.put("entries", k.entries());
            root.put("saturation", k.saturation().orElse(null));
            Map<String, Object> engineers = new LinkedHashMap<>();
            k.engineers().forEach((id, h) -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("workedHours", h.workedEntries() == 0 ? null : h.worked());
                one.put("rosteredHours", h.rosteredEntries() == 0 ? null : h.rostered());
                one.put("saturation", h.saturation().orElse(null));
                engineers.put(id, one);
            });
            root.put("engineers", engineers);
            footer(root, k.absentColumns(), k.skippedTotal(), k.skipped());
            if (!k.groups().isEmpty()) {
                Map<String, Object> groups = new LinkedHashMap<>();
                k.groups().forEach((name, g) -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("entries", g.entries());
                    one.put("engineers", g.engineers().size());
                    one.put("saturation", g.saturation().orElse(null));
                    groups.put(name, one);
                });
                root.put("groupedBy", grouping.key());
                root.put("groups", groups);
            }
            printJson(out, root);
        } else {
            out.printf("Timesheet KPIs: %s (mapping %s): %d rows, %d in scope, %d engineers%n", records, recordMapping.name(), k.rows(),
                    k.entries(), k.engineers().size());
            out.printf("  %-24s %s%n", "Overall saturation", percent(k.saturation()));
            out.printf("%n  %-24s %10s %10s %10s%n", "engineer", "worked h", "rostered h", "saturation");
            k.engineers().forEach((id, h) -> out.printf(Locale.ROOT, "  %-24s %10s %10s %10s%n", id,
                    h.workedEntries() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", h.worked()),
                    h.rosteredEntries() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", h.rostered()), percent(h.saturation())));
            textFooter(out, k.absentColumns(), k.skippedTotal(), k.skipped());
            if (!k.groups().isEmpty()) {
                out.printf("%n  %-24s %8s %10s %10s%n", grouping.key(), "entries", "engineers", "saturation");
                k.groups().forEach((name, g) -> out.printf(Locale.ROOT, "  %-24s %8d %10d %10s%n", Escape.inline(name), g.entries(), g.engineers().size(),
                        percent(g.saturation())));
            }
        }
        out.flush();
        return ItssCommand.OK;
    }

    /** Knowledge links: links, linked tickets, articles used and the most used ones. */
    private int knowledge(RecordMapping recordMapping) {
        KnowledgeLinks k = KnowledgeRecords.read(records, recordMapping, onError, parsePeriod(period));
        PrintWriter out = new PrintWriter(buffer);
        java.util.List<Map.Entry<String, Long>> top = k.articleUses().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(10).toList();
        if (format == Format.JSON) {
            Map<String, Object> root = header(recordMapping, k.rows());
            root.put("links", k.links());
            root.put("linkedTickets", k.linkedTickets());
            root.put("articlesUsed", k.articlesUsed());
            Map<String, Object> uses = new LinkedHashMap<>();
            top.forEach(e -> uses.put(e.getKey(), e.getValue()));
            root.put("mostUsed", uses);
            footer(root, k.absentColumns(), k.skippedTotal(), k.skipped());
            printJson(out, root);
        } else {
            out.printf("Knowledge links: %s (mapping %s): %d rows, %d links in scope%n", records, recordMapping.name(), k.rows(), k.links());
            out.printf("  %-24s %d%n", "Tickets with an article", k.linkedTickets());
            out.printf("  %-24s %d%n", "Articles used", k.articlesUsed());
            if (!top.isEmpty()) {
                out.printf("  %-24s %s%n", "Most used", String.join(", ", top.stream().map(e -> Escape.inline(e.getKey()) + " (" + e.getValue() + ")").toList()));
            }
            textFooter(out, k.absentColumns(), k.skippedTotal(), k.skipped());
        }
        out.flush();
        return ItssCommand.OK;
    }

    /** The version of the KPI report's JSON layout ({@code kpis.schema.json}). */
    static final int SCHEMA_VERSION = 1;

    private Map<String, Object> header(RecordMapping recordMapping, long rows) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", "kpis");
        root.put("records", recordMapping.recordKind().key());
        root.put("file", records.toString());
        root.put("mapping", recordMapping.name());
        root.put("rows", rows);
        return root;
    }

    private static void footer(Map<String, Object> root, java.util.List<String> absent, long skippedTotal, java.util.List<InputProblem> skipped) {
        root.put("absentColumns", absent);
        root.put("skippedRows", skippedTotal);
        root.put("skipped", skipped.stream().map(InputProblem::toString).toList());
    }

    private static void textFooter(PrintWriter out, java.util.List<String> absent, long skippedTotal, java.util.List<InputProblem> skipped) {
        if (!absent.isEmpty()) {
            out.println("  Columns the mapping names but the file lacks: " + String.join(", ", absent));
        }
        if (skippedTotal > 0) {
            out.printf("  Skipped %d malformed row(s)%s:%n", skippedTotal, skippedTotal > skipped.size() ? ", the first " + skipped.size() + " listed" : "");
            skipped.forEach(p -> out.println("    " + p));
        }
    }

    private static void printJson(PrintWriter out, Map<String, Object> root) {
        try {
            out.print(Mappers.json().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * A mapping file when a regular file of that name exists, else a preset by name (a folder named
     * like a preset does not hide it); neither is an error that lists the presets and the nearest one.
     */
    static RecordMapping mappingOf(String mapping) {
        Path file = Path.of(mapping);
        if (Files.isRegularFile(file)) {
            return RecordMapping.read(file);
        }
        if (RecordMapping.PRESETS.contains(mapping.toLowerCase(Locale.ROOT))) {
            return RecordMapping.preset(mapping);
        }
        throw new IllegalArgumentException("--mapping '" + mapping + "' is neither a mapping file" + (Files.exists(file) ? " (it is not a regular file)" : "")
                + " nor a preset; the presets are " + RecordMapping.PRESETS + dev.itss.internal.Names.didYouMean(mapping, RecordMapping.PRESETS));
    }

    /** {@code 2016-03} or {@code 2016-03-01..2016-05-31}. */
    static Optional<Period> parsePeriod(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            if (text.contains("..")) {
                String[] ends = text.split("\\.\\.", 2);
                Period period = new Period(LocalDate.parse(ends[0].trim()), LocalDate.parse(ends[1].trim()));
                if (period.end().isBefore(period.start())) {
                    throw new IllegalArgumentException("period '" + text + "' ends before it starts");
                }
                return Optional.of(period);
            }
            YearMonth month = YearMonth.parse(text.trim());
            return Optional.of(new Period(month.atDay(1), month.atEndOfMonth()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("period '" + text + "' is not a month (2016-03) or a range of days (2016-03-01..2016-05-31)");
        }
    }

    private static Map<String, Object> json(TicketKpis k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", k.rows());
        out.put("tickets", k.tickets());
        Map<String, Object> sla = rate(k.slaAttainment(), k.slaMade(), k.slaKnown());
        sla.put("sources", k.slaSources().stream().map(SlaSource::name).toList());
        out.put("slaAttainment", sla);
        out.put("reopenRate", rate(k.reopenRate(), k.reopened(), k.tickets()));
        out.put("reassignmentRate", rate(k.reassignmentRate(), k.reassigned(), k.tickets()));
        out.put("knowledgeUseRate", rate(k.knowledgeUseRate(), k.withKnowledge(), k.tickets()));
        out.put("escalationRate", rate(k.levels().escalationRate(), k.levels().escalated(), k.levels().withLevel()));
        out.put("firstLevelResolution", rate(k.levels().firstLevelResolution(), k.levels().resolvedAtFirstLevel(), k.levels().resolvedWithLevel()));
        Map<String, Object> assignees = new LinkedHashMap<>();
        assignees.put("mean", k.ticketsPerAssignee().orElse(null));
        assignees.put("assignees", k.assignees());
        out.put("ticketsPerAssignee", assignees);
        out.put("dispatchAccuracy", rate(k.dispatchAccuracy(), k.dispatchedRight(), k.dispatched()));
        out.put("timeToResolveHours", k.timeToResolve().orElse(null));
        out.put("backlog", k.backlog());
        out.put("firstContactResolution", rate(k.byType().firstContactResolution(), k.byType().firstContact(), k.byType().incidentsWithContact()));
        out.put("changeSuccessRate", rate(k.byType().changeSuccessRate(), k.byType().changesSuccessful(), k.byType().changesWithOutcome()));
        out.put("emergencyChangeRatio", rate(k.byType().emergencyChangeRatio(), k.byType().emergencyChanges(), k.byType().changes()));
        out.put("releases", dev.itss.internal.Maps.ordered("deployed", k.byType().releases(), "failed", k.byType().releasesFailed()));
        out.put("backlogAgeDays", k.backlogAgeDays().orElse(null));
        footer(out, k.absentColumns(), k.skippedTotal(), k.skipped());
        out.put("warnings", k.warnings());
        if (!k.groups().isEmpty()) {
            Map<String, Object> groups = new LinkedHashMap<>();
            k.groups().forEach((name, group) -> groups.put(name, json(group)));
            out.put("groups", groups);
        }
        return out;
    }

    private static Map<String, Object> rate(Optional<Double> value, long numerator, long denominator) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", value.orElse(null));
        out.put("numerator", numerator);
        out.put("denominator", denominator);
        return out;
    }

    private void text(TicketKpis k, RecordMapping recordMapping, PrintWriter out) {
        out.printf("Ticket KPIs: %s (mapping %s): %d rows, %d tickets in scope%n", records, recordMapping.name(), k.rows(), k.tickets());
        out.printf("  %-24s %s%n", "SLA attainment", k.slaAttainment().map(v -> percent(k.slaAttainment()) + " (" + k.slaMade() + " of " + k.slaKnown()
                + "), from " + String.join(" and ", k.slaSources().stream().map(SlaSource::description).toList()))
                .orElse("not available (no ticket has a known SLA outcome)"));
        line(out, "Reopen rate", k.reopenRate(), k.reopened(), k.tickets());
        line(out, "Reassignment rate", k.reassignmentRate(), k.reassigned(), k.tickets());
        line(out, "Knowledge use rate", k.knowledgeUseRate(), k.withKnowledge(), k.tickets());
        line(out, "Dispatch accuracy", k.dispatchAccuracy(), k.dispatchedRight(), k.dispatched());
        if (k.levels().withLevel() > 0) {
            line(out, "Escalation rate", k.levels().escalationRate(), k.levels().escalated(), k.levels().withLevel());
            line(out, "Resolved at first level", k.levels().firstLevelResolution(), k.levels().resolvedAtFirstLevel(), k.levels().resolvedWithLevel());
        }
        k.ticketsPerAssignee().ifPresent(mean -> out.printf(Locale.ROOT, "  %-24s %.1f (%d assignees)%n", "Tickets per assignee", mean, k.assignees().size()));
        k.timeToResolve().ifPresentOrElse(
                d -> out.printf(Locale.ROOT, "  %-24s mean %.1f h, median %.1f h, p90 %.1f h (%d tickets)%n", "Time to resolve", d.mean(), d.median(), d.p90(), d.count()),
                () -> out.printf("  %-24s not available (no ticket with both times)%n", "Time to resolve"));
        line(out, "First-contact resolution", k.byType().firstContactResolution(), k.byType().firstContact(), k.byType().incidentsWithContact());
        line(out, "Change success", k.byType().changeSuccessRate(), k.byType().changesSuccessful(), k.byType().changesWithOutcome());
        line(out, "Emergency changes", k.byType().emergencyChangeRatio(), k.byType().emergencyChanges(), k.byType().changes());
        if (k.byType().releases() > 0) {
            out.printf("  %-24s %d, %d failed%n", "Releases", k.byType().releases(), k.byType().releasesFailed());
        }
        out.printf("  %-24s %d open%s%n", "Backlog", k.backlog(), k.backlogAgeDays()
                .map(d -> String.format(Locale.ROOT, ", age median %.1f days, p90 %.1f days", d.median(), d.p90())).orElse(""));
        textFooter(out, k.absentColumns(), k.skippedTotal(), k.skipped());
        k.warnings().forEach(w -> out.println("  Warning: " + w));
        if (!k.groups().isEmpty()) {
            out.printf("%n  %-24s %8s %8s %8s %8s %8s %10s%n", groupBy, "tickets", "SLA", "reopen", "reassign", "kb use", "median h");
            k.groups().forEach((name, g) -> out.printf(Locale.ROOT, "  %-24s %8d %8s %8s %8s %8s %10s%n", Escape.inline(name), g.tickets(), percent(g.slaAttainment()),
                    percent(g.reopenRate()), percent(g.reassignmentRate()), percent(g.knowledgeUseRate()),
                    g.timeToResolve().map(d -> String.format(Locale.ROOT, "%.1f", d.median())).orElse("-")));
        }
    }

    private static void line(PrintWriter out, String name, Optional<Double> value, long numerator, long denominator) {
        out.printf("  %-24s %s%n", name, value.map(v -> percent(value) + " (" + numerator + " of " + denominator + ")").orElse("not available"));
    }

    private static String percent(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.1f %%", v * 100)).orElse("-");
    }
}
