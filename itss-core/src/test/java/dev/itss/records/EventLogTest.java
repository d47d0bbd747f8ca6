package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.itss.policy.TicketSla;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event logs, one row per activity, read through mapping files only: a CSV log and the same log as
 * gzipped XES give the KPIs that a plain computation over the generator's own events gives, on a
 * seeded log with reopenings, escalations (also L1 -> L3 -> L1), reassignments, tickets still
 * open, and times written with different UTC offsets across a change of summer time.
 */
class EventLogTest {
    private static final long SEED = 20_261_202L;
    private static final int TICKETS = 400;
    private static final TicketSla TARGETS = new TicketSla(Map.of(
            1, new TicketSla.Target(Optional.of(15.0), 4.0),
            2, new TicketSla.Target(Optional.of(30.0), 8.0),
            3, new TicketSla.Target(Optional.of(60.0), 24.0),
            4, new TicketSla.Target(Optional.of(240.0), 72.0)), Optional.empty());
    private static final List<ZoneOffset> OFFSETS = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), ZoneOffset.ofHours(8),
            ZoneOffset.ofHoursMinutes(-3, -30));
    private static final String RESPONSE = "Take in charge";

    /** One event of the generated log. */
    record Event(String ticket, int priority, long at, String activity, TicketState state, int level, String group, String assignee, ZoneOffset offset) {}

    /** A seeded log: per ticket, events in time order; the list is sorted by time across tickets, as event logs are. */
    static List<Event> generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long start = Instant.parse("2024-03-28T00:00:00Z").getEpochSecond();   // Europe changes to summer time on 31 March
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            String id = "INC" + (1000 + i);
            int priority = 1 + random.nextInt(4);
            long t = start + random.nextInt(6 * 24 * 60) * 60L;
            int level = 1;
            String group = "Desk";
            String assignee = "";
            List<Event> mine = new ArrayList<>();
            mine.add(new Event(id, priority, t, "Open", TicketState.NEW, level, group, assignee, pick(random)));
            if (random.nextInt(5) > 0) {
                t += random.nextInt(1, 300) * 60L;
                assignee = "eng" + random.nextInt(7);
                mine.add(new Event(id, priority, t, RESPONSE, TicketState.ACTIVE, level, group, assignee, pick(random)));
            }
            if (random.nextInt(3) == 0) {
                t += random.nextInt(1, 600) * 60L;
                level = 2 + random.nextInt(2);
                group = random.nextBoolean() ? "Network" : "DBA";
                mine.add(new Event(id, priority, t, "Escalate", TicketState.ACTIVE, level, group, assignee, pick(random)));
                if (random.nextInt(3) == 0) {
                    t += random.nextInt(1, 600) * 60L;
                    level = 1;   // back to the desk: escalated all the same
                    mine.add(new Event(id, priority, t, "Return to desk", TicketState.ACTIVE, level, group, assignee, pick(random)));
                }
            }
            if (random.nextInt(6) > 0) {
                t += random.nextInt(1, 3000) * 60L;
                mine.add(new Event(id, priority, t, "Resolve", TicketState.RESOLVED, level, group, assignee, pick(random)));
                if (random.nextInt(5) == 0) {
                    t += random.nextInt(1, 2000) * 60L;
                    mine.add(new Event(id, priority, t, "Reopen", TicketState.ACTIVE, level, group, assignee, pick(random)));
                    if (random.nextBoolean()) {
                        t += random.nextInt(1, 2000) * 60L;
                        mine.add(new Event(id, priority, t, "Resolve", TicketState.RESOLVED, level, group, assignee, pick(random)));
                    }
                }
                if (random.nextBoolean() && mine.get(mine.size() - 1).state().isDone()) {
                    t += random.nextInt(1, 4000) * 60L;
                    mine.add(new Event(id, priority, t, "Close", TicketState.CLOSED, level, group, assignee, pick(random)));
                }
            }
            events.addAll(mine);
        }
        events.sort(Comparator.comparingLong(Event::at));   // stable: a ticket's events keep their order
        return events;
    }

    private static ZoneOffset pick(SplittableRandom random) {
        return OFFSETS.get(random.nextInt(OFFSETS.size()));
    }

    /** The figures, computed plainly from the events by the published definitions. */
    record Expected(long tickets, long slaMade, long slaKnown, long reopened, long reassigned, long escalated, long withLevel,
                    long resolvedAtFirstLevel, long resolvedWithLevel, double[] hours, Map<String, Long> assignees) {}

    static Expected expected(List<Event> events) {
        Map<String, List<Event>> byTicket = new TreeMap<>();
        events.forEach(e -> byTicket.computeIfAbsent(e.ticket(), k -> new ArrayList<>()).add(e));
        long latest = events.stream().mapToLong(Event::at).max().orElseThrow();
        long slaMade = 0;
        long slaKnown = 0;
        long reopened = 0;
        long reassigned = 0;
        long escalated = 0;
        long resolvedAtFirstLevel = 0;
        long resolvedWithLevel = 0;
        List<Double> hours = new ArrayList<>();
        Map<String, Long> assignees = new TreeMap<>();
        for (List<Event> mine : byTicket.values()) {
            Event first = mine.get(0);
            Event last = mine.get(mine.size() - 1);
            long opened = first.at();
            Long resolved = null;
            if (last.state().isDone()) {
                int k = mine.size() - 1;
                while (k > 0 && mine.get(k - 1).state().isDone()) {
                    k--;
                }
                resolved = mine.get(k).at();
                hours.add((resolved - opened) / 3600.0);
            }
            Long responded = mine.stream().filter(e -> e.activity().equals(RESPONSE)).map(Event::at).findFirst().orElse(null);
            TicketSla.Target target = TARGETS.priorities().get(first.priority());
            boolean resolutionLate = (resolved != null ? resolved : latest) - opened > target.resolutionHours() * 3600;
            boolean responseLate = responded != null && responded - opened > target.responseMinutes().orElseThrow() * 60;
            if (resolutionLate || responseLate) {
                slaKnown++;
            } else if (resolved != null) {
                slaKnown++;
                slaMade++;
            }
            boolean wasReopened = false;
            boolean wasReassigned = false;
            int maxLevel = 0;
            for (int k = 1; k < mine.size(); k++) {
                wasReopened |= mine.get(k - 1).state().isDone() && !mine.get(k).state().isDone();
                wasReassigned |= !mine.get(k - 1).group().equals(mine.get(k).group());
            }
            for (Event e : mine) {
                maxLevel = Math.max(maxLevel, e.level());
            }
            reopened += wasReopened ? 1 : 0;
            reassigned += wasReassigned ? 1 : 0;
            escalated += maxLevel > first.level() ? 1 : 0;
            if (last.state().isDone()) {
                resolvedWithLevel++;
                resolvedAtFirstLevel += maxLevel == 1 ? 1 : 0;
            }
            if (!last.assignee().isEmpty()) {
                assignees.merge(last.assignee(), 1L, Long::sum);
            }
        }
        return new Expected(byTicket.size(), slaMade, slaKnown, reopened, reassigned, escalated, byTicket.size(), resolvedAtFirstLevel,
                resolvedWithLevel, hours.stream().mapToDouble(Double::doubleValue).toArray(), assignees);
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private static String time(Event e, DateTimeFormatter format) {
        return Instant.ofEpochSecond(e.at()).atOffset(e.offset()).format(format);
    }

    static void writeCsv(List<Event> events, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("case_id,timestamp,activity,status,priority,support_line,group,resource\n");
            for (Event e : events) {
                out.write(String.join(",", e.ticket(), time(e, ISO), e.activity(), e.state().name().toLowerCase(java.util.Locale.ROOT),
                        String.valueOf(e.priority()), "L" + e.level(), e.group(), e.assignee()) + "\n");
            }
        }
    }

    /** The log as XES: a trace per ticket (its priority a trace attribute), an event per row, gzipped. */
    static void writeXes(List<Event> events, Path file) throws IOException {
        Map<String, List<Event>> byTicket = new java.util.LinkedHashMap<>();
        events.forEach(e -> byTicket.computeIfAbsent(e.ticket(), k -> new ArrayList<>()).add(e));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file));
             Writer out = new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849-2016\" xmlns=\"http://www.xes-standard.org/\">\n");
            out.write("  <extension name=\"Concept\" prefix=\"concept\" uri=\"http://www.xes-standard.org/concept.xesext\"/>\n");
            out.write("  <global scope=\"event\"><string key=\"concept:name\" value=\"\"/></global>\n");
            out.write("  <string key=\"concept:name\" value=\"generated\"/>\n");
            for (List<Event> mine : byTicket.values()) {
                out.write("  <trace>\n    <string key=\"concept:name\" value=\"" + mine.get(0).ticket() + "\"/>\n");
                out.write("    <int key=\"priority\" value=\"" + mine.get(0).priority() + "\"/>\n");
                out.write("    <list key=\"tags\"><values><string key=\"tag\" value=\"ignored\"/></values></list>\n");
                for (Event e : mine) {
                    out.write("    <event>\n      <string key=\"concept:name\" value=\"" + e.activity() + "\"/>\n");
                    out.write("      <date key=\"time:timestamp\" value=\"" + time(e, ISO_MILLIS) + "\"/>\n");
                    out.write("      <string key=\"status\" value=\"" + e.state().name() + "\"/>\n");
                    out.write("      <int key=\"support_line\" value=\"" + e.level() + "\"/>\n");
                    out.write("      <string key=\"org:group\" value=\"" + e.group() + "\"/>\n");
                    if (!e.assignee().isEmpty()) {
                        out.write("      <string key=\"org:resource\" value=\"" + e.assignee() + "\"/>\n");
                    }
                    out.write("    </event>\n");
                }
                out.write("  </trace>\n");
            }
            out.write("</log>\n");
        }
    }

    private static final String CSV_MAPPING = """
            name: generated-event-log
            kind: tickets
            dateFormats: ["yyyy-MM-dd'T'HH:mm:ssXXX"]
            columns: {ticket: case_id, eventAt: timestamp, activity: activity, state: status, priority: priority, level: support_line,
                      assignmentGroup: group, assignee: resource}
            values:
              state: {new: NEW, active: ACTIVE, resolved: RESOLVED, closed: CLOSED}
              level: {L1: "1", L2: "2", L3: "3"}
            events: {opening: firstEvent, resolution: lastDoneRun, responseActivities: [Take in charge]}
            """;

    private static final String XES_MAPPING = """
            name: generated-xes
            kind: tickets
            dateFormats: ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX"]
            columns: {ticket: "case:concept:name", eventAt: "time:timestamp", activity: "concept:name", state: status, priority: "case:priority",
                      level: support_line, assignmentGroup: "org:group", assignee: "org:resource"}
            events: {opening: firstEvent, resolution: lastDoneRun, responseActivities: [Take in charge]}
            """;

    @Test
    void aCsvEventLogAndTheSameLogAsGzippedXesGiveThePlainlyComputedKpis(@TempDir Path dir) throws IOException {
        List<Event> events = generate(SEED);
        System.out.println("EventLogTest seed " + SEED + ": " + events.size() + " events");
        Expected expected = expected(events);
        Path csv = dir.resolve("log.csv");
        writeCsv(events, csv);
        Path xes = dir.resolve("log.xes.gz");
        writeXes(events, xes);
        Path csvMapping = dir.resolve("csv-mapping.yaml");
        Files.writeString(csvMapping, CSV_MAPPING);
        Path xesMapping = dir.resolve("xes-mapping.yaml");
        Files.writeString(xesMapping, XES_MAPPING);
        TicketRecords.Options options = new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.NONE, Optional.of(TARGETS));
        TicketKpis fromCsv = TicketRecords.read(csv, RecordMapping.read(csvMapping), options);
        TicketKpis fromXes = TicketRecords.read(xes, RecordMapping.read(xesMapping), options);
        for (TicketKpis kpis : List.of(fromCsv, fromXes)) {
            assertThat(kpis.rows()).isEqualTo(events.size());
            assertThat(kpis.tickets()).isEqualTo(expected.tickets());
            assertThat(kpis.slaMade()).isEqualTo(expected.slaMade());
            assertThat(kpis.slaKnown()).isEqualTo(expected.slaKnown());
            assertThat(kpis.reopened()).isEqualTo(expected.reopened());
            assertThat(kpis.reassigned()).isEqualTo(expected.reassigned());
            assertThat(kpis.levels()).isEqualTo(new TicketKpis.Levels(expected.withLevel(), expected.escalated(), expected.resolvedWithLevel(),
                    expected.resolvedAtFirstLevel()));
            assertThat(kpis.assignees()).isEqualTo(expected.assignees());
            double[] hours = expected.hours().clone();
            Arrays.sort(hours);
            TicketKpis.Durations resolve = kpis.timeToResolve().orElseThrow();
            assertThat(resolve.count()).isEqualTo(hours.length);
            assertThat(resolve.mean()).isCloseTo(Arrays.stream(hours).sum() / hours.length, within(1e-9));
            assertThat(resolve.median()).isEqualTo(hours.length % 2 == 1 ? hours[hours.length / 2] : (hours[hours.length / 2 - 1] + hours[hours.length / 2]) / 2);
            assertThat(resolve.p90()).isEqualTo(hours[(int) Math.ceil(0.9 * hours.length) - 1]);
            assertThat(kpis.warnings()).isEmpty();
        }
        // the log has every case the test is about
        assertThat(expected.reopened()).isPositive();
        assertThat(expected.escalated()).isGreaterThan(expected.withLevel() - expected.resolvedWithLevel());
        assertThat(expected.resolvedWithLevel()).isLessThan(expected.tickets());
    }

    @Test
    void aMappingThatTakesEachEventsTimeForTheOpeningIsWarnedAbout(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("log.csv");
        writeCsv(generate(SEED).subList(0, 200), csv);
        RecordMapping naive = RecordMapping.read(write(dir, """
                name: naive
                kind: tickets
                dateFormats: ["yyyy-MM-dd'T'HH:mm:ssXXX"]
                columns: {ticket: case_id, openedAt: timestamp, state: status}
                values: {state: {new: NEW, active: ACTIVE, resolved: RESOLVED, closed: CLOSED}}
                """));
        TicketKpis kpis = TicketRecords.read(csv, naive, new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.NONE));
        assertThat(kpis.warnings()).singleElement().asString()
                .contains("tickets have more than one opening time in their rows")
                .contains("map that column to eventAt and set events.opening: firstEvent");
    }

    @Test
    void aConstantAppliesToEveryRowAlsoWhereTheColumnIsEmpty(@TempDir Path dir) throws IOException {
        String csv = "id,opened,type,emergency\nC1,2024-01-10,,true\nC2,2024-01-10,INCIDENT,false\nC3,2024-01-11,,false\n";
        RecordMapping changes = RecordMapping.read(write(dir, """
                name: change-log
                kind: tickets
                dateFormats: [yyyy-MM-dd]
                columns: {ticket: id, openedAt: opened, type: type, emergency: emergency}
                constants: {type: CHANGE}
                """));
        TicketKpis kpis = TicketRecords.read("c.csv", new java.io.ByteArrayInputStream(csv.getBytes()), changes,
                new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.NONE));
        assertThat(kpis.byType().changes()).isEqualTo(3);
        assertThat(kpis.byType().emergencyChangeRatio()).contains(1.0 / 3);
    }

    @Test
    void eventMappingsAreCheckedForTheColumnsTheyNeed(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordMapping.read(write(dir, """
                name: bad
                kind: tickets
                dateFormats: [yyyy-MM-dd]
                zone: Mars/Olympus
                columns: {ticket: id}
                events: {opening: firstEvent, resolution: lastDoneRun, responseActivities: [Assign]}
                """)))
                .hasMessageContaining("columns.eventAt: is required by events")
                .hasMessageContaining("events.resolution: lastDoneRun needs the state column")
                .hasMessageContaining("events.responseActivities: needs the activity column")
                .hasMessageContaining("zone: unknown time zone 'Mars/Olympus'")
                .hasMessageNotContaining("columns.openedAt");
    }

    private static Path write(Path dir, String yaml) {
        try {
            Path file = Files.createTempFile(dir, "mapping", ".yaml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
