package dev.itss.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.itss.io.InputProblem;
import dev.itss.io.InvalidInputException;
import dev.itss.model.Period;
import dev.itss.policy.TicketSla;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a ticket export in one pass and computes {@link TicketKpis}. Memory grows with the number
 * of distinct tickets (one final state and one duration each), never with the number of rows: an
 * event log with ten updates per ticket needs no more than one row per ticket. History-derived
 * counts (reassignments, reopens without counters) assume a ticket's rows appear in update order,
 * as exports write them.
 *
 * <pre>{@code
 * TicketKpis kpis = TicketRecords.read(Path.of("incidents.csv"), RecordMapping.preset("servicenow"), ErrorPolicy.STOP, Optional.empty());
 * kpis.slaAttainment().ifPresent(rate -> System.out.println("SLA " + rate));
 * }</pre>
 */
public final class TicketRecords {
    /** Skipped rows listed in full; the rest are counted. */
    public static final int MAX_SKIPPED_LISTED = 20;

    private TicketRecords() {}

    /**
     * Reads a file.
     *
     * @param period when present, only tickets opened in it are in scope
     * @throws InvalidInputException for a missing file, an unmapped column, or (under
     *                               {@link ErrorPolicy#STOP}) the first malformed row
     */
    public static TicketKpis read(Path file, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        return read(file, mapping, new Options(onError, period, GroupBy.NONE));
    }

    /**
     * What to read and how.
     *
     * @param onError what to do with a malformed row
     * @param period  when present, only tickets opened in it are in scope
     * @param groupBy what to break the KPIs down by, besides the totals
     * @param sla     SLA targets per priority, for tickets whose export has no made-SLA flag
     */
    public record Options(ErrorPolicy onError, Optional<Period> period, GroupBy groupBy, Optional<TicketSla> sla) {

        public Options {
            period = period == null ? Optional.empty() : period;
            sla = sla == null ? Optional.empty() : sla;
        }

        /** Options without SLA targets: tickets without a made-SLA flag have no SLA outcome. */
        public Options(ErrorPolicy onError, Optional<Period> period, GroupBy groupBy) {
            this(onError, period, groupBy, Optional.empty());
        }
    }

    /** Files from this size on are read on all cores (when their encoding allows reading bytes). */
    static final long PARALLEL_MIN_BYTES = 4L << 20;

    /**
     * True when {@link #read(Path, RecordMapping, Options)} reads this file in chunks on all cores: a
     * CSV file from {@link #PARALLEL_MIN_BYTES} up to 2 GB in an encoding that can be read as bytes.
     */
    public static boolean readsInChunks(Path file, RecordMapping mapping) throws IOException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean jsonLines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
        long size = Files.size(file);
        return !jsonLines && size >= PARALLEL_MIN_BYTES && size < Integer.MAX_VALUE
                && ChunkedCsv.supports(mapping.charset(), mapping.delimiter().charAt(0));
    }

    /** Reads a file with options; large CSV files are split at line ends and read on all cores. */
    public static TicketKpis read(Path file, RecordMapping mapping, Options options) {
        try {
            if (readsInChunks(file, mapping)) {
                return readInChunks(file, mapping, options, Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(InputProblem.at(file.toString(), "", "file not found")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, mapping, options);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(InputProblem.at(file.toString(), "", "file not found")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a stream; {@code source} names it in problems. */
    public static TicketKpis read(String source, InputStream input, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        return read(source, input, mapping, new Options(onError, period, GroupBy.NONE));
    }

    /** Reads a stream with options; {@code source} names it in problems. JSON lines when {@code source} ends in .jsonl, .ndjson or .json, else CSV. */
    public static TicketKpis read(String source, InputStream input, RecordMapping mapping, Options options) {
        String lower = source.toLowerCase(Locale.ROOT);
        boolean jsonLines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
        try (Reader reader = new InputStreamReader(RecordValues.skipBom(new BufferedInputStream(input)), mapping.charset())) {
            return jsonLines ? readJsonLines(source, reader, mapping, options) : readCsv(source, reader, mapping, options);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(new InputProblem(source, Optional.of(e.getLocation().getLineNr()),
                    Optional.of(e.getLocation().getColumnNr()), "", "is not valid " + (jsonLines ? "JSON lines" : "CSV") + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static TicketKpis readCsv(String source, Reader reader, RecordMapping mapping, Options options) throws IOException {
        // no header in the schema: the first row comes back as an array and is read as the header here
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(mapping.delimiter().charAt(0)).withQuoteChar('"');
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(schema).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader)) {
            CsvParser parser = (CsvParser) rows.getParser();
            Pass pass = null;
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                int line = parser.currentLocation().getLineNr() - 1;
                if (pass == null) {
                    List<String> absent = new ArrayList<>();
                    pass = new Pass(new Accumulator(source, mapping, columnsOf(source, row, mapping, absent), options, true),
                            options.onError(), absent);
                } else if (!(row.length == 1 && row[0].isEmpty())) { // a blank line is no row
                    pass.accept(row, line);
                }
            }
            if (pass == null) {
                throw new InvalidInputException(List.of(InputProblem.at(source, "", "is empty; expected a header row and ticket rows")));
            }
            return pass.kpis();
        }
    }

    /**
     * JSON lines: one object per line, keyed by the column names of the mapping; a key that is
     * absent or null is a missing value.
     */
    private static TicketKpis readJsonLines(String source, Reader reader, RecordMapping mapping, Options options) throws IOException {
        List<String> header = new ArrayList<>(new java.util.LinkedHashSet<>(mapping.columns().values()));
        Map<TicketField, Integer> columns = columnsOf(source, header.toArray(String[]::new), mapping, new ArrayList<>());
        Pass pass = new Pass(new Accumulator(source, mapping, columns, options, false), options.onError(), List.of());
        String missing = mapping.missing().isEmpty() ? "" : mapping.missing().get(0);
        com.fasterxml.jackson.databind.ObjectMapper json = dev.itss.io.Mappers.json();
        try (MappingIterator<com.fasterxml.jackson.databind.JsonNode> rows = json.readerFor(com.fasterxml.jackson.databind.JsonNode.class).readValues(reader)) {
            while (rows.hasNextValue()) {
                com.fasterxml.jackson.databind.JsonNode node = rows.nextValue();
                int line = rows.getParser().currentLocation().getLineNr();
                if (!node.isObject()) {
                    pass.reject(new InputProblem(source, Optional.of(line), Optional.empty(), "", "expected a JSON object per line, was " + node.getNodeType()));
                    continue;
                }
                String[] row = new String[header.size()];
                for (int i = 0; i < row.length; i++) {
                    com.fasterxml.jackson.databind.JsonNode value = node.get(header.get(i));
                    row[i] = value == null || value.isNull() ? missing : value.asText();
                }
                pass.accept(row, line);
            }
        }
        return pass.kpis();
    }

    /**
     * Reads a CSV file in {@code chunks} pieces in parallel: each piece reduced to final states by
     * its own accumulator, the accumulators then joined in file order. Gives the same result as
     * the stream reader (a test checks it on seeded files with quotes, line ends in fields and
     * tickets across chunk boundaries).
     */
    static TicketKpis readInChunks(Path file, RecordMapping mapping, Options options, int chunks) throws IOException {
        String source = file.toString();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            java.nio.MappedByteBuffer data = channel.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, channel.size());
            int start = ChunkedCsv.dataStart(data);
            // the header: the first line outside quotes
            int headerEnd = start;
            boolean inQuotes = false;
            while (headerEnd < data.limit()) {
                byte b = data.get(headerEnd++);
                if (b == '"') {
                    inQuotes = !inQuotes;
                } else if (b == '\n' && !inQuotes) {
                    break;
                }
            }
            if (headerEnd == start) {
                throw new InvalidInputException(List.of(InputProblem.at(source, "", "is empty; expected a header row and ticket rows")));
            }
            char delimiter = mapping.delimiter().charAt(0);
            List<String[]> headerRows = new ArrayList<>();
            int headerLines = ChunkedCsv.parse(data, start, headerEnd, delimiter, null, mapping.charset(), (row, line) -> headerRows.add(row));
            if (headerRows.isEmpty()) {
                throw new InvalidInputException(List.of(InputProblem.at(source, "", "is empty; expected a header row and ticket rows")));
            }
            String[] header = java.util.Arrays.stream(headerRows.get(0)).map(String::trim).toArray(String[]::new);
            List<String> absent = new ArrayList<>();
            Map<TicketField, Integer> columns = columnsOf(source, header, mapping, absent);
            boolean[] wanted = new boolean[header.length];
            columns.values().forEach(i -> wanted[i] = true);

            long[] bounds = ChunkedCsv.boundaries(data, headerEnd, chunks);
            Chunk[] parts = new Chunk[chunks];
            java.util.stream.IntStream.range(0, chunks).parallel().forEach(i -> {
                Chunk chunk = new Chunk(new Accumulator(source, mapping, columns, options, true));
                try {
                    chunk.lines = ChunkedCsv.parse(data.duplicate(), bounds[i], bounds[i + 1], delimiter, wanted, mapping.charset(), (row, line) -> {
                        chunk.rows++;
                        try {
                            chunk.accumulator.accept(row, line);
                        } catch (RowException e) {
                            chunk.problems.add(e.problem);
                            chunk.failed++;
                            if (options.onError() == ErrorPolicy.STOP) {
                                throw new StopChunk();
                            }
                        }
                    });
                } catch (StopChunk stop) {
                    // the first malformed row of this chunk is recorded; the caller reports the file's first
                }
                parts[i] = chunk;
            });
            // number the lines: the first data line follows the header's line ends, and each chunk
            // starts after the line ends of the chunks before it
            long lineBase = headerLines + 1L;
            List<InputProblem> problems = new ArrayList<>();
            long failed = 0;
            long rows = 0;
            for (Chunk chunk : parts) {
                long base = lineBase;
                for (InputProblem problem : chunk.problems) {
                    problems.add(new InputProblem(problem.source(), problem.line().map(l -> (int) (base + l)), problem.column(), problem.path(), problem.message()));
                }
                if (options.onError() == ErrorPolicy.STOP && !problems.isEmpty()) {
                    throw new InvalidInputException(List.of(problems.get(0)));
                }
                failed += chunk.failed;
                rows += chunk.rows;
                lineBase += chunk.lines;
            }
            Accumulator joined = parts[0].accumulator;
            for (int i = 1; i < parts.length; i++) {
                joined.append(parts[i].accumulator);
            }
            return joined.kpis(rows, problems.subList(0, Math.min(problems.size(), MAX_SKIPPED_LISTED)), failed, absent);
        }
    }

    /** One chunk's state during a parallel read. */
    private static final class Chunk {
        final Accumulator accumulator;
        final List<InputProblem> problems = new ArrayList<>();
        long rows;
        long failed;
        int lines;

        Chunk(Accumulator accumulator) {
            this.accumulator = accumulator;
        }
    }

    /** Ends a chunk's parse at its first malformed row under {@link ErrorPolicy#STOP}. */
    private static final class StopChunk extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopChunk() {
            super(null, null, false, false);
        }
    }

    /** One pass over the rows: counts them and applies the error policy. */
    private static final class Pass {
        private final Accumulator accumulator;
        private final ErrorPolicy onError;
        private final List<String> absent;
        private final List<InputProblem> skipped = new ArrayList<>();
        private long rows;
        private long skippedTotal;

        Pass(Accumulator accumulator, ErrorPolicy onError, List<String> absent) {
            this.accumulator = accumulator;
            this.onError = onError;
            this.absent = absent;
        }

        void accept(String[] row, int line) {
            rows++;
            try {
                accumulator.accept(row, line);
            } catch (RowException e) {
                reject(e.problem);
            }
        }

        void reject(InputProblem problem) {
            if (onError == ErrorPolicy.STOP) {
                throw new InvalidInputException(List.of(problem));
            }
            skippedTotal++;
            if (skipped.size() < MAX_SKIPPED_LISTED) {
                skipped.add(problem);
            }
        }

        TicketKpis kpis() {
            return accumulator.kpis(rows, skipped, skippedTotal, absent);
        }
    }

    /**
     * The index of each mapped field's column. A required field's column missing from the header
     * is an error, named before any row is read; an optional one is recorded in {@code absent} and
     * the KPIs that need it are not available.
     */
    private static Map<TicketField, Integer> columnsOf(String source, String[] header, RecordMapping mapping, List<String> absent) {
        if (!mapping.kind().equals(RecordMapping.TICKETS)) {
            throw new InvalidInputException(List.of(InputProblem.at(source, "", "mapping '" + mapping.name() + "' is for " + mapping.kind()
                    + ", not tickets; read it with CallRecords (itss kpi chooses by the mapping's kind)")));
        }
        Map<String, Integer> byName = RecordValues.headerIndex(header);
        Map<TicketField, Integer> columns = new EnumMap<>(TicketField.class);
        List<InputProblem> problems = new ArrayList<>();
        for (TicketField field : TicketField.values()) {
            mapping.column(field).ifPresent(column -> {
                Integer index = byName.get(column);
                if (index == null && !field.isRequired()) {
                    absent.add(column);
                } else if (index == null) {
                    problems.add(new InputProblem(source, Optional.of(1), Optional.empty(), "",
                            "column '" + column + "' (mapped to " + field.key() + " by mapping '" + mapping.name() + "') is not in the header; the header has "
                                    + List.of(header)));
                } else {
                    columns.put(field, index);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return columns;
    }

    /** A malformed row, carried to the error policy. */
    private static final class RowException extends Exception {
        private static final long serialVersionUID = 1L;
        final transient InputProblem problem;

        RowException(InputProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }

    /** Per-ticket state: only what the KPIs need, so memory follows distinct tickets. */
    private static final class Ticket {
        long counter = Long.MIN_VALUE;
        LocalDateTime updatedAt;
        LocalDateTime openedAt;
        LocalDateTime respondedAt;
        LocalDateTime resolvedAt;
        Boolean madeSla;
        Boolean knowledge;
        Integer reassignmentCounter;
        Integer reopenCounter;
        String group;
        String service;
        Integer priority;
        TicketState state;
        TicketType type;
        Boolean firstContact;
        Boolean emergency;
        Boolean successful;
        // history, in row order; the first values let two chunks of one file be joined
        String firstGroup;
        TicketState firstState;
        String lastGroup;
        TicketState lastState;
        boolean reassignedInHistory;
        boolean reopenedInHistory;
    }

    private static final class Accumulator {
        private final String source;
        private final RecordMapping mapping;
        private final Map<TicketField, Integer> columns;
        private final Optional<Period> period;
        private final GroupBy groupBy;
        private final Optional<TicketSla> sla;
        /** CSV problems name the column number; JSON lines have keys, not columns. */
        private final boolean columnNumbers;
        private final RecordValues.DateFormats formats;
        private final Set<String> missing;
        private final Map<String, Ticket> tickets = new HashMap<>();
        private final Map<TicketField, Integer> lastFormat = new EnumMap<>(TicketField.class);
        /** The latest time any row mentions: "now" for ageing when no period is given. */
        private LocalDateTime latestSeen = LocalDateTime.MIN;

        Accumulator(String source, RecordMapping mapping, Map<TicketField, Integer> columns, Options options, boolean columnNumbers) {
            this.source = source;
            this.columnNumbers = columnNumbers;
            this.groupBy = options.groupBy();
            this.sla = options.sla();
            this.period = options.period();
            this.mapping = mapping;
            this.columns = columns;
            this.formats = new RecordValues.DateFormats(mapping.dateFormats());
            this.missing = Set.copyOf(mapping.missing());
        }

        void accept(String[] row, int line) throws RowException {
            String id = text(row, TicketField.TICKET, line).orElseThrow(() -> problem(line, TicketField.TICKET, "", "a ticket number"));
            LocalDateTime opened = date(row, TicketField.OPENED_AT, line).orElseThrow(() -> problem(line, TicketField.OPENED_AT, "", "the opening time"));
            Optional<Long> counter = integer(row, TicketField.UPDATE_COUNTER, line).map(Integer::longValue);
            Optional<LocalDateTime> updated = date(row, TicketField.UPDATED_AT, line);
            Optional<LocalDateTime> resolved = date(row, TicketField.RESOLVED_AT, line);
            Optional<LocalDateTime> responded = date(row, TicketField.RESPONDED_AT, line);
            Optional<TicketState> state = state(row, line);
            Optional<Boolean> madeSla = bool(row, TicketField.MADE_SLA, line);
            if (madeSla.isEmpty()) {
                madeSla = slaTimeLeft(row, line);
            }
            Optional<Boolean> knowledge = bool(row, TicketField.KNOWLEDGE, line);
            if (text(row, TicketField.ARTICLE, line).isPresent()) {
                knowledge = Optional.of(true);   // a linked article is knowledge use, whatever the flag says
            }
            Optional<Integer> reassignments = integer(row, TicketField.REASSIGNMENTS, line);
            Optional<Integer> reopens = integer(row, TicketField.REOPENS, line);
            Optional<String> group = text(row, TicketField.ASSIGNMENT_GROUP, line);
            Optional<String> service = text(row, TicketField.SERVICE, line);
            Optional<Integer> priority = integer(row, TicketField.PRIORITY, line);
            Optional<TicketType> type = type(row, line);
            Optional<Boolean> firstContact = bool(row, TicketField.FIRST_CONTACT, line);
            Optional<Boolean> emergency = bool(row, TicketField.EMERGENCY, line);
            Optional<Boolean> successful = outcome(row, line);

            latestSeen = max(latestSeen, opened);
            if (updated.isPresent()) {
                latestSeen = max(latestSeen, updated.get());
            }
            if (resolved.isPresent()) {
                latestSeen = max(latestSeen, resolved.get());
            }
            Ticket t = tickets.computeIfAbsent(id, k -> new Ticket());
            // history, in row order
            if (group.isPresent()) {
                if (t.firstGroup == null) {
                    t.firstGroup = group.get();
                }
                if (t.lastGroup != null && !t.lastGroup.equals(group.get())) {
                    t.reassignedInHistory = true;
                }
                t.lastGroup = group.get();
            }
            if (state.isPresent()) {
                if (t.firstState == null) {
                    t.firstState = state.get();
                }
                if (t.lastState != null && t.lastState.isDone() && (state.get() == TicketState.ACTIVE || state.get() == TicketState.NEW)) {
                    t.reopenedInHistory = true;
                }
                t.lastState = state.get();
            }
            // final state: highest counter (ties to the later row); else latest update time (ties later); else last row
            boolean isFinal;
            if (counter.isPresent()) {
                isFinal = counter.get() >= t.counter;
            } else if (updated.isPresent()) {
                isFinal = t.updatedAt == null || !updated.get().isBefore(t.updatedAt);
            } else {
                isFinal = true;
            }
            if (isFinal) {
                counter.ifPresent(c -> t.counter = c);
                updated.ifPresent(u -> t.updatedAt = u);
                t.openedAt = opened;
                t.resolvedAt = resolved.orElse(null);
                t.respondedAt = responded.orElse(null);
                t.madeSla = madeSla.orElse(null);
                t.knowledge = knowledge.orElse(null);
                t.reassignmentCounter = reassignments.orElse(null);
                t.reopenCounter = reopens.orElse(null);
                t.group = group.orElse(null);
                t.service = service.orElse(null);
                t.priority = priority.orElse(null);
                t.state = state.orElse(null);
                t.type = type.orElse(null);
                t.firstContact = firstContact.orElse(null);
                t.emergency = emergency.orElse(null);
                t.successful = successful.orElse(null);
            }
        }

        TicketKpis kpis(long rows, List<InputProblem> skipped, long skippedTotal, List<String> absent) {
            List<Ticket> inScope = tickets.values().stream()
                    .filter(t -> period.isEmpty() || inPeriod(t.openedAt, period.get())).toList();
            Map<String, TicketKpis> groups = new java.util.TreeMap<>();
            if (groupBy != GroupBy.NONE) {
                Map<String, List<Ticket>> byKey = new java.util.TreeMap<>();
                for (Ticket t : inScope) {
                    byKey.computeIfAbsent(groupKey(t), k -> new ArrayList<>()).add(t);
                }
                byKey.forEach((key, group) -> groups.put(key, figures(group, 0, List.of(), 0, absent, Map.of(), asOf(), sla)));
            }
            return figures(inScope, rows, skipped, skippedTotal, absent, groups, asOf(), sla);
        }

        /**
         * Takes in the tickets of the chunk that follows this one in the file, as if its rows had
         * been read here: its final rows win by the same rule (a counter at least as high, or an
         * update time no earlier, or no ordering field: the later row), and the history joins at
         * the boundary (a group change or a reopening between this chunk's last row and that
         * chunk's first row of a ticket counts).
         */
        void append(Accumulator later) {
            latestSeen = max(latestSeen, later.latestSeen);
            for (Map.Entry<String, Ticket> entry : later.tickets.entrySet()) {
                Ticket b = entry.getValue();
                Ticket a = tickets.putIfAbsent(entry.getKey(), b);
                if (a == null) {
                    continue;
                }
                boolean reassigned = a.reassignedInHistory || b.reassignedInHistory
                        || (a.lastGroup != null && b.firstGroup != null && !a.lastGroup.equals(b.firstGroup));
                boolean reopened = a.reopenedInHistory || b.reopenedInHistory
                        || (a.lastState != null && a.lastState.isDone() && (b.firstState == TicketState.ACTIVE || b.firstState == TicketState.NEW));
                boolean laterWins = b.counter != Long.MIN_VALUE ? b.counter >= a.counter
                        : b.updatedAt != null ? a.updatedAt == null || !b.updatedAt.isBefore(a.updatedAt) : true;
                Ticket kept = laterWins ? b : a;
                kept.counter = Math.max(a.counter, b.counter);
                kept.firstGroup = a.firstGroup != null ? a.firstGroup : b.firstGroup;
                kept.firstState = a.firstState != null ? a.firstState : b.firstState;
                kept.lastGroup = b.lastGroup != null ? b.lastGroup : a.lastGroup;
                kept.lastState = b.lastState != null ? b.lastState : a.lastState;
                kept.reassignedInHistory = reassigned;
                kept.reopenedInHistory = reopened;
                kept.updatedAt = laterWins && b.updatedAt != null ? b.updatedAt : a.updatedAt;
                tickets.put(entry.getKey(), kept);
            }
        }

        /** The reference time of ageing: the end of the period, or the latest time in the file. */
        private LocalDateTime asOf() {
            return period.map(p -> p.end().atTime(23, 59, 59)).orElse(latestSeen);
        }

        private String groupKey(Ticket t) {
            String key = switch (groupBy) {
                case ASSIGNMENT_GROUP -> t.group;
                case PRIORITY -> t.priority == null ? null : "P" + t.priority;
                case SERVICE -> t.service;
                case NONE -> "";
            };
            return key == null || key.isEmpty() ? GroupBy.NO_VALUE : key;
        }

        private static TicketKpis figures(List<Ticket> scope, long rows, List<InputProblem> skipped, long skippedTotal, List<String> absent,
                                          Map<String, TicketKpis> groups, LocalDateTime asOf, Optional<TicketSla> sla) {
            double[] ages = new double[scope.size()];
            int open = 0;
            long incidentsWithContact = 0;
            long firstContact = 0;
            long changes = 0;
            long changesWithOutcome = 0;
            long changesSuccessful = 0;
            long emergencyChanges = 0;
            long releases = 0;
            long releasesFailed = 0;
            long slaMade = 0;
            long slaKnown = 0;
            long reopened = 0;
            long reassigned = 0;
            long withKnowledge = 0;
            long dispatched = 0;
            long dispatchedRight = 0;
            double[] hours = new double[scope.size()];
            int n = 0;
            for (Ticket t : scope) {
                Boolean made = t.madeSla != null ? t.madeSla : sla.flatMap(targets -> SlaClock.made(t.openedAt, t.respondedAt, t.resolvedAt, t.priority, asOf, targets)).orElse(null);
                if (made != null) {
                    slaKnown++;
                    if (made) {
                        slaMade++;
                    }
                }
                if (t.reopenCounter != null ? t.reopenCounter > 0 : t.reopenedInHistory) {
                    reopened++;
                }
                if (t.reassignmentCounter != null ? t.reassignmentCounter > 0 : t.reassignedInHistory) {
                    reassigned++;
                }
                if (Boolean.TRUE.equals(t.knowledge)) {
                    withKnowledge++;
                }
                if (t.group != null) {
                    dispatched++;
                    // a group change in the history: right when the group that kept it is the first one;
                    // no change seen: right unless the counter says it was reassigned before the export
                    boolean right = t.reassignedInHistory ? t.group.equals(t.firstGroup)
                            : t.reassignmentCounter == null || t.reassignmentCounter == 0;
                    if (right) {
                        dispatchedRight++;
                    }
                }
                if (t.resolvedAt != null) {
                    hours[n++] = Duration.between(t.openedAt, t.resolvedAt).toSeconds() / 3600.0;
                }
                TicketType type = t.type == null ? TicketType.INCIDENT : t.type;
                if (type == TicketType.INCIDENT && t.firstContact != null) {
                    incidentsWithContact++;
                    if (t.firstContact) {
                        firstContact++;
                    }
                }
                if (type == TicketType.CHANGE) {
                    changes++;
                    if (Boolean.TRUE.equals(t.emergency)) {
                        emergencyChanges++;
                    }
                    if (t.successful != null) {
                        changesWithOutcome++;
                        if (t.successful) {
                            changesSuccessful++;
                        }
                    }
                }
                if (type == TicketType.RELEASE) {
                    releases++;
                    if (Boolean.FALSE.equals(t.successful)) {
                        releasesFailed++;
                    }
                }
                boolean done = t.state != null ? t.state.isDone() || t.state == TicketState.CANCELLED : t.resolvedAt != null;
                if (!done) {
                    ages[open++] = Duration.between(t.openedAt, asOf).toSeconds() / 86400.0;
                }
            }
            return new TicketKpis(rows, scope.size(), slaMade, slaKnown, reopened, reassigned, withKnowledge, dispatched, dispatchedRight,
                    n == 0 ? Optional.empty() : Optional.of(TicketKpis.Durations.of(hours, n)),
                    open, open == 0 ? Optional.empty() : Optional.of(TicketKpis.Durations.of(ages, open)),
                    new TicketKpis.ByType(incidentsWithContact, firstContact, changes, changesWithOutcome, changesSuccessful, emergencyChanges,
                            releases, releasesFailed),
                    skipped, skippedTotal, absent, groups);
        }

        private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
            return b.isAfter(a) ? b : a;
        }

        private static boolean inPeriod(LocalDateTime opened, Period period) {
            LocalDate day = opened.toLocalDate();
            return !day.isBefore(period.start()) && !day.isAfter(period.end());
        }

        private Optional<String> text(String[] row, TicketField field, int line) throws RowException {
            Integer index = columns.get(field);
            if (index == null) {
                return Optional.empty();
            }
            if (index >= row.length) {
                throw new RowException(new InputProblem(source, Optional.of(line), Optional.of(index + 1), mapping.column(field).orElse(""),
                        "the row has " + row.length + " columns; expected at least " + (index + 1)));
            }
            String raw = row[index].trim();
            if (missing.contains(raw)) {
                return Optional.empty();
            }
            return Optional.of(mapping.mapValue(field.key(), raw));
        }

        private Optional<Integer> integer(String[] row, TicketField field, int line) throws RowException {
            Optional<String> text = text(row, field, line);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Integer.parseInt(text.get()));
            } catch (NumberFormatException e) {
                throw problem(line, field, text.get(), "a whole number");
            }
        }

        private Optional<Boolean> bool(String[] row, TicketField field, int line) throws RowException {
            Optional<String> text = text(row, field, line);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(RecordValues.parseBoolean(text.get()).orElseThrow(() ->
                    problem(line, field, text.get(), "true or false (or a value mapped to one under values." + field.key() + ")")));
        }

        /**
         * The SLA outcome from Jira's time-left columns: breached when either is negative, made when
         * at least one is recorded and neither is negative; empty when neither is recorded.
         */
        private Optional<Boolean> slaTimeLeft(String[] row, int line) throws RowException {
            Optional<Boolean> outcome = Optional.empty();
            for (TicketField field : SLA_LEFT) {
                Optional<String> text = text(row, field, line);
                if (text.isEmpty()) {
                    continue;
                }
                Optional<Boolean> breached = SlaTimeLeft.breached(text.get());
                if (breached.isEmpty()) {
                    throw problem(line, field, text.get(), "the time left on the SLA, e.g. 2h 30m or -1d 4h (negative: breached)");
                }
                if (breached.get()) {
                    return Optional.of(false);
                }
                outcome = Optional.of(true);
            }
            return outcome;
        }

        private static final TicketField[] SLA_LEFT = {TicketField.RESPONSE_SLA_LEFT, TicketField.RESOLUTION_SLA_LEFT};

        private Optional<TicketType> type(String[] row, int line) throws RowException {
            Optional<String> text = text(row, TicketField.TYPE, line);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Optional<TicketType> type = TicketType.parse(text.get());
            if (type.isEmpty()) {
                throw problem(line, TicketField.TYPE, text.get(), "one of " + List.of(TicketType.values()) + " (or a value mapped to one under values.type)");
            }
            return type;
        }

        /** SUCCESSFUL is true, FAILED false. */
        private Optional<Boolean> outcome(String[] row, int line) throws RowException {
            Optional<String> text = text(row, TicketField.OUTCOME, line);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            switch (text.get().trim().toUpperCase(Locale.ROOT)) {
                case "SUCCESSFUL":
                    return Optional.of(true);
                case "FAILED":
                    return Optional.of(false);
                default:
                    throw problem(line, TicketField.OUTCOME, text.get(), "SUCCESSFUL or FAILED (or a value mapped to one under values.outcome)");
            }
        }

        private Optional<TicketState> state(String[] row, int line) throws RowException {
            Optional<String> text = text(row, TicketField.STATE, line);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Optional<TicketState> state = TicketState.parse(text.get());
            if (state.isEmpty()) {
                throw problem(line, TicketField.STATE, text.get(), "one of " + List.of(TicketState.values()) + " (or a value mapped to one under values.state)");
            }
            return state;
        }

        private Optional<LocalDateTime> date(String[] row, TicketField field, int line) throws RowException {
            Optional<String> text = text(row, field, line);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            // the format that read this field last is tried first: an export uses one format per
            // column, and a failed parse throws, which costs more than the parse itself
            int first = lastFormat.getOrDefault(field, 0);
            for (int k = 0; k < formats.size(); k++) {
                int i = (first + k) % formats.size();
                LocalDateTime parsed = formats.parse(text.get(), i);
                if (parsed != null) {
                    lastFormat.put(field, i);
                    return Optional.of(parsed);
                }
            }
            throw problem(line, field, text.get(), "a date in one of the formats " + mapping.dateFormats());
        }

        private RowException problem(int line, TicketField field, String value, String expected) {
            int column = columnNumbers ? columns.getOrDefault(field, -1) + 1 : 0;
            String name = mapping.column(field).orElse(field.key());
            return new RowException(new InputProblem(source, Optional.of(line), column > 0 ? Optional.of(column) : Optional.empty(), name,
                    value.isEmpty() ? "is missing; expected " + expected : "expected " + expected + ", was '" + value + "'"));
        }
    }
}
