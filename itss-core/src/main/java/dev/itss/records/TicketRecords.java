package dev.itss.records;

import dev.itss.read.InputFiles;
import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import dev.itss.model.Period;
import dev.itss.policy.TicketSla;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

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
     * @param sla      SLA targets per priority, for tickets whose export has no made-SLA flag
     * @param progress told how many more bytes of a file were read, now and then (from the
     *                 reading threads, so it must be thread-safe); for a progress bar
     * @param knowledgeLinks tickets with a knowledge article linked in a separate link export
     *                 ({@link KnowledgeRecords}): they count as knowledge use
     */
    public record Options(ErrorPolicy onError, Optional<Period> period, GroupBy groupBy, Optional<TicketSla> sla, LongConsumer progress,
                          Set<String> knowledgeLinks) {

        public Options {
            period = period == null ? Optional.empty() : period;
            sla = sla == null ? Optional.empty() : sla;
            progress = progress == null ? NO_PROGRESS : progress;
            knowledgeLinks = knowledgeLinks == null ? Set.of() : knowledgeLinks;
        }

        /** Options without a progress listener or knowledge links. */
        public Options(ErrorPolicy onError, Optional<Period> period, GroupBy groupBy, Optional<TicketSla> sla) {
            this(onError, period, groupBy, sla, NO_PROGRESS, Set.of());
        }

        /** Options without SLA targets: tickets without a made-SLA flag have no SLA outcome. */
        public Options(ErrorPolicy onError, Optional<Period> period, GroupBy groupBy) {
            this(onError, period, groupBy, Optional.empty());
        }

        /** These options with a progress listener, e.g. {@code options.withProgress(bar::advance)}. */
        public Options withProgress(LongConsumer listener) {
            return new Options(onError, period, groupBy, sla, listener, knowledgeLinks);
        }

        /** These options with the tickets a knowledge-link export names, e.g. {@code options.withKnowledgeLinks(links.tickets())}. */
        public Options withKnowledgeLinks(Set<String> tickets) {
            return new Options(onError, period, groupBy, sla, progress, Set.copyOf(tickets));
        }
    }

    private static final LongConsumer NO_PROGRESS = bytes -> { };

    /** Files from this size on are read on all cores (when their encoding allows reading bytes). */
    static final long PARALLEL_MIN_BYTES = 4L << 20;

    /**
     * True when {@link #read(Path, RecordMapping, Options)} reads this file in chunks on all cores: a
     * CSV file from {@link #PARALLEL_MIN_BYTES} up to 2 GB in an encoding that can be read as bytes.
     */
    public static boolean readsInChunks(Path file, RecordMapping mapping) throws IOException {
        long size = Files.size(file);
        return !RowSource.isJsonLines(file.getFileName().toString()) && size >= PARALLEL_MIN_BYTES && size < Integer.MAX_VALUE
                && ChunkedCsv.supports(mapping.charset(), mapping.delimiter().charAt(0));
    }

    /** Reads a file with options; large CSV files are split at line ends and read on all cores. */
    public static TicketKpis read(Path file, RecordMapping mapping, Options options) {
        InputFiles.requireReadableFile(file);
        try {
            if (readsInChunks(file, mapping)) {
                return readInChunks(file, mapping, options, Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(InputProblem.at(file.toString(), "", "file not found")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try (InputStream in = counting(Files.newInputStream(file), options.progress())) {
            return read(file.toString(), in, mapping, options);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(InputProblem.at(file.toString(), "", "file not found")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The stream, telling {@code progress} of the bytes read. */
    private static InputStream counting(InputStream in, LongConsumer progress) {
        if (progress == NO_PROGRESS) {
            return in;
        }
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    progress.accept(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    progress.accept(n);
                }
                return n;
            }
        };
    }

    /** Reads a stream; {@code source} names it in problems. */
    public static TicketKpis read(String source, InputStream input, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        return read(source, input, mapping, new Options(onError, period, GroupBy.NONE));
    }

    /** Reads a stream with options; {@code source} names it in problems. JSON lines when {@code source} ends in .jsonl, .ndjson or .json, else CSV. */
    public static TicketKpis read(String source, InputStream input, RecordMapping mapping, Options options) {
        Pass[] pass = new Pass[1];
        RowSource.read(source, input, mapping, "ticket rows", new RowSource.Rows() {
            @Override
            public void header(String[] header, boolean columnNumbers) {
                List<String> absent = new ArrayList<>();
                Map<TicketField, Integer> columns = columnsOf(source, header, mapping, absent);
                // JSON lines name only the mapped keys: none of them can be absent from the file
                pass[0] = new Pass(new Accumulator(source, mapping, columns, options, columnNumbers), options.onError(),
                        columnNumbers ? absent : List.of());
            }

            @Override
            public void row(String[] values, int line) {
                pass[0].accept(values, line);
            }

            @Override
            public void reject(InputProblem problem) {
                pass[0].reject(problem);
            }
        });
        return pass[0].kpis();
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

            options.progress().accept(headerEnd);
            long[] bounds = ChunkedCsv.boundaries(data, headerEnd, chunks);
            Chunk[] parts = new Chunk[chunks];
            java.util.stream.IntStream.range(0, chunks).parallel().forEach(i -> {
                Chunk chunk = new Chunk(new Accumulator(source, mapping, columns, options, true));
                try {
                    chunk.lines = ChunkedCsv.parse(data.duplicate(), bounds[i], bounds[i + 1], delimiter, wanted, mapping.charset(), options.progress(), (row, line) -> {
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

    /** No time: a timestamp field of {@link Ticket} that the rows did not give. */
    private static final long NONE = NumericDatePattern.NO_MATCH;

    /**
     * Per-ticket state: only what the KPIs need, so memory follows distinct tickets. Times are
     * seconds since 1970-01-01T00:00 of the local date-times the export writes ({@link #NONE}
     * when absent), so that reading a row creates no date objects.
     */
    private static final class Ticket {
        long counter = Long.MIN_VALUE;
        long updatedAt = NONE;
        long openedAt = NONE;
        long respondedAt = NONE;
        long resolvedAt = NONE;
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
        private static final TicketField[] SLA_LEFT = {TicketField.RESPONSE_SLA_LEFT, TicketField.RESOLUTION_SLA_LEFT};

        private final String source;
        private final RecordMapping mapping;
        /** Column index per field ordinal, -1 when the field's column is not read. */
        private final int[] columns = new int[TicketField.values().length];
        private final Optional<Period> period;
        private final GroupBy groupBy;
        private final Optional<TicketSla> sla;
        private final Set<String> knowledgeLinks;
        /** CSV problems name the column number; JSON lines have keys, not columns. */
        private final boolean columnNumbers;
        private final RecordValues.DateFormats formats;
        private final Set<String> missing;
        /** The longest missing-value token: a longer text is no token, and needs no hashing to tell. */
        private final int longestMissing;
        /** Per field ordinal, whether the mapping has a value map for it. */
        private final boolean[] mapped = new boolean[TicketField.values().length];
        private final Map<String, Ticket> tickets = new HashMap<>();
        /** Per field ordinal, the date format that read it last: an export uses one format per column. */
        private final int[] lastFormat = new int[TicketField.values().length];
        /** The latest time any row mentions: "now" for ageing when no period is given. */
        private long latestSeen = Long.MIN_VALUE;
        /** Per field ordinal, the last text read as a date and its value: a reader that reuses strings gets them back. */
        private final String[] lastDateText = new String[TicketField.values().length];
        private final long[] lastDate = new long[TicketField.values().length];
        /** The ticket of the row before, under the same id object: an event log's rows of a ticket follow each other. */
        private String lastId;
        private Ticket lastTicket;

        Accumulator(String source, RecordMapping mapping, Map<TicketField, Integer> columns, Options options, boolean columnNumbers) {
            this.source = source;
            this.columnNumbers = columnNumbers;
            this.groupBy = options.groupBy();
            this.sla = options.sla();
            this.knowledgeLinks = options.knowledgeLinks();
            this.period = options.period();
            this.mapping = mapping;
            java.util.Arrays.fill(this.columns, -1);
            columns.forEach((field, index) -> this.columns[field.ordinal()] = index);
            this.formats = new RecordValues.DateFormats(mapping.dateFormats());
            this.missing = Set.copyOf(mapping.missing());
            this.longestMissing = mapping.missing().stream().mapToInt(String::length).max().orElse(-1);
            for (TicketField field : TicketField.values()) {
                mapped[field.ordinal()] = mapping.values().containsKey(field.key());
            }
        }

        void accept(String[] row, int line) throws RowException {
            String id = text(row, TicketField.TICKET, line);
            if (id == null) {
                throw problem(line, TicketField.TICKET, "", "a ticket number");
            }
            long opened = date(row, TicketField.OPENED_AT, line);
            if (opened == NONE) {
                throw problem(line, TicketField.OPENED_AT, "", "the opening time");
            }
            Integer counter = integer(row, TicketField.UPDATE_COUNTER, line);
            long updated = date(row, TicketField.UPDATED_AT, line);
            long resolved = date(row, TicketField.RESOLVED_AT, line);
            long responded = date(row, TicketField.RESPONDED_AT, line);
            TicketState state = state(row, line);
            Boolean madeSla = bool(row, TicketField.MADE_SLA, line);
            if (madeSla == null) {
                madeSla = slaTimeLeft(row, line);
            }
            Boolean knowledge = bool(row, TicketField.KNOWLEDGE, line);
            if (text(row, TicketField.ARTICLE, line) != null) {
                knowledge = Boolean.TRUE;   // a linked article is knowledge use, whatever the flag says
            }
            Integer reassignments = integer(row, TicketField.REASSIGNMENTS, line);
            Integer reopens = integer(row, TicketField.REOPENS, line);
            String group = text(row, TicketField.ASSIGNMENT_GROUP, line);
            String service = text(row, TicketField.SERVICE, line);
            Integer priority = integer(row, TicketField.PRIORITY, line);
            TicketType type = type(row, line);
            Boolean firstContact = bool(row, TicketField.FIRST_CONTACT, line);
            Boolean emergency = bool(row, TicketField.EMERGENCY, line);
            Boolean successful = outcome(row, line);

            latestSeen = Math.max(latestSeen, Math.max(opened, Math.max(updated, resolved)));
            Ticket t = id == lastId ? lastTicket : tickets.get(id);
            if (t == null) {
                t = new Ticket();
                tickets.put(id, t);
            }
            lastId = id;
            lastTicket = t;
            // history, in row order
            if (group != null) {
                if (t.firstGroup == null) {
                    t.firstGroup = group;
                }
                if (t.lastGroup != null && !t.lastGroup.equals(group)) {
                    t.reassignedInHistory = true;
                }
                t.lastGroup = group;
            }
            if (state != null) {
                if (t.firstState == null) {
                    t.firstState = state;
                }
                if (t.lastState != null && t.lastState.isDone() && (state == TicketState.ACTIVE || state == TicketState.NEW)) {
                    t.reopenedInHistory = true;
                }
                t.lastState = state;
            }
            // final state: highest counter (ties to the later row); else latest update time (ties later); else last row
            boolean isFinal;
            if (counter != null) {
                isFinal = counter >= t.counter;
            } else if (updated != NONE) {
                isFinal = updated >= t.updatedAt;
            } else {
                isFinal = true;
            }
            if (isFinal) {
                if (counter != null) {
                    t.counter = counter;
                }
                if (updated != NONE) {
                    t.updatedAt = updated;
                }
                t.openedAt = opened;
                t.resolvedAt = resolved;
                t.respondedAt = responded;
                t.madeSla = madeSla;
                t.knowledge = knowledge;
                t.reassignmentCounter = reassignments;
                t.reopenCounter = reopens;
                t.group = group;
                t.service = service;
                t.priority = priority;
                t.state = state;
                t.type = type;
                t.firstContact = firstContact;
                t.emergency = emergency;
                t.successful = successful;
            }
        }

        TicketKpis kpis(long rows, List<InputProblem> skipped, long skippedTotal, List<String> absent) {
            for (String linked : knowledgeLinks) {
                Ticket t = tickets.get(linked);
                if (t != null) {
                    t.knowledge = Boolean.TRUE;   // an article linked in the link export is knowledge use
                }
            }
            List<Ticket> inScope = tickets.values().stream()
                    .filter(t -> period.isEmpty() || inPeriod(t.openedAt, period.get())).toList();
            Map<String, TicketKpis> groups = new java.util.TreeMap<>();
            if (groupBy != GroupBy.NONE) {
                Map<String, List<Ticket>> byKey = new java.util.TreeMap<>();
                for (Ticket t : inScope) {
                    byKey.computeIfAbsent(groupKey(t), k -> new ArrayList<>()).add(t);
                }
                byKey.forEach((key, group) -> groups.put(key, figures(group, 0, List.of(), 0, absent, Map.of(), GroupBy.NONE, asOf(), periodEnd(), sla)));
            }
            return figures(inScope, rows, skipped, skippedTotal, absent, groups, groupBy, asOf(), periodEnd(), sla);
        }

        /**
         * Takes in the tickets of the chunk that follows this one in the file, as if its rows had
         * been read here: its final rows win by the same rule (a counter at least as high, or an
         * update time no earlier, or no ordering field: the later row), and the history joins at
         * the boundary (a group change or a reopening between this chunk's last row and that
         * chunk's first row of a ticket counts).
         */
        void append(Accumulator later) {
            latestSeen = Math.max(latestSeen, later.latestSeen);
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
                        : b.updatedAt != NONE ? b.updatedAt >= a.updatedAt : true;
                Ticket kept = laterWins ? b : a;
                kept.counter = Math.max(a.counter, b.counter);
                kept.firstGroup = a.firstGroup != null ? a.firstGroup : b.firstGroup;
                kept.firstState = a.firstState != null ? a.firstState : b.firstState;
                kept.lastGroup = b.lastGroup != null ? b.lastGroup : a.lastGroup;
                kept.lastState = b.lastState != null ? b.lastState : a.lastState;
                kept.reassignedInHistory = reassigned;
                kept.reopenedInHistory = reopened;
                kept.updatedAt = laterWins && b.updatedAt != NONE ? b.updatedAt : a.updatedAt;
                tickets.put(entry.getKey(), kept);
            }
        }

        /** The last second of the period, or {@link #NONE} without one. */
        private long periodEnd() {
            return period.map(p -> p.end().atTime(23, 59, 59).toEpochSecond(ZoneOffset.UTC)).orElse(NONE);
        }

        /** The reference time of ageing: the end of the period, or the latest time in the file. */
        private long asOf() {
            long end = periodEnd();
            return end != NONE ? end : latestSeen;
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

        private static LocalDateTime time(long epochSecond) {
            return epochSecond == NONE ? null : LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        }

        /**
         * The figures of {@code scope}; {@code asOf} is the reference time of ageing, and with a
         * period also its end ({@code periodEnd}, else {@link #NONE}): a ticket resolved after it
         * counts in the backlog at that end.
         */
        private static TicketKpis figures(List<Ticket> scope, long rows, List<InputProblem> skipped, long skippedTotal, List<String> absent,
                                          Map<String, TicketKpis> groups, GroupBy groupedBy, long asOf, long periodEnd, Optional<TicketSla> sla) {
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
            LocalDateTime now = time(asOf);
            Map<String, long[]> perService = new java.util.TreeMap<>();   // tickets, made, known
            for (Ticket t : scope) {
                Boolean made = t.madeSla != null ? t.madeSla : sla.flatMap(targets -> SlaClock.made(time(t.openedAt), time(t.respondedAt),
                        time(t.resolvedAt), t.priority, now, targets)).orElse(null);
                if (made != null) {
                    slaKnown++;
                    if (made) {
                        slaMade++;
                    }
                }
                if (t.service != null && !t.service.isEmpty()) {
                    long[] counts = perService.computeIfAbsent(t.service, k -> new long[3]);
                    counts[0]++;
                    counts[1] += Boolean.TRUE.equals(made) ? 1 : 0;
                    counts[2] += made != null ? 1 : 0;
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
                if (t.resolvedAt != NONE) {
                    hours[n++] = (t.resolvedAt - t.openedAt) / 3600.0;
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
                boolean done = t.state != null ? t.state.isDone() || t.state == TicketState.CANCELLED : t.resolvedAt != NONE;
                if (done && periodEnd != NONE && t.resolvedAt != NONE && t.resolvedAt > periodEnd) {
                    done = false;   // resolved after the period's end: still open at it
                }
                if (!done) {
                    ages[open++] = (asOf - t.openedAt) / 86400.0;
                }
            }
            return new TicketKpis(rows, scope.size(), slaMade, slaKnown, reopened, reassigned, withKnowledge, dispatched, dispatchedRight,
                    n == 0 ? Optional.empty() : Optional.of(TicketKpis.Durations.of(hours, n)),
                    open, open == 0 ? Optional.empty() : Optional.of(TicketKpis.Durations.of(ages, open)),
                    new TicketKpis.ByType(incidentsWithContact, firstContact, changes, changesWithOutcome, changesSuccessful, emergencyChanges,
                            releases, releasesFailed),
                    skipped, skippedTotal, absent, groups, groupedBy, services(perService));
        }

        private static Map<String, TicketKpis.ServiceSla> services(Map<String, long[]> perService) {
            Map<String, TicketKpis.ServiceSla> out = new java.util.TreeMap<>();
            perService.forEach((service, c) -> out.put(service, new TicketKpis.ServiceSla(c[0], c[1], c[2])));
            return out;
        }

        private static boolean inPeriod(long opened, Period period) {
            long day = Math.floorDiv(opened, 86_400L);
            return day >= period.start().toEpochDay() && day <= period.end().toEpochDay();
        }

        /** The field's text after the value map; null when unmapped, absent or a missing-value token. */
        private String text(String[] row, TicketField field, int line) throws RowException {
            int index = columns[field.ordinal()];
            if (index < 0) {
                return null;
            }
            if (index >= row.length) {
                throw new RowException(new InputProblem(source, Optional.of(line), Optional.of(index + 1), mapping.column(field).orElse(""),
                        "the row has " + row.length + " columns; expected at least " + (index + 1)));
            }
            String raw = row[index];
            if (!raw.isEmpty() && (raw.charAt(0) <= ' ' || raw.charAt(raw.length() - 1) <= ' ')) {
                raw = raw.trim();
            }
            if (raw.length() <= longestMissing && missing.contains(raw)) {
                return null;
            }
            return mapped[field.ordinal()] ? mapping.mapValue(field.key(), raw) : raw;
        }

        private Integer integer(String[] row, TicketField field, int line) throws RowException {
            String text = text(row, field, line);
            if (text == null) {
                return null;
            }
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw problem(line, field, text, "a whole number");
            }
        }

        private Boolean bool(String[] row, TicketField field, int line) throws RowException {
            String text = text(row, field, line);
            if (text == null) {
                return null;
            }
            Optional<Boolean> value = RecordValues.parseBoolean(text);
            if (value.isEmpty()) {
                throw problem(line, field, text, "true or false (or a value mapped to one under values." + field.key() + ")");
            }
            return value.get();
        }

        /**
         * The SLA outcome from Jira's time-left columns: breached when either is negative, made when
         * at least one is recorded and neither is negative; null when neither is recorded.
         */
        private Boolean slaTimeLeft(String[] row, int line) throws RowException {
            Boolean outcome = null;
            for (TicketField field : SLA_LEFT) {
                String text = text(row, field, line);
                if (text == null) {
                    continue;
                }
                Optional<Boolean> breached = SlaTimeLeft.breached(text);
                if (breached.isEmpty()) {
                    throw problem(line, field, text, "the time left on the SLA, e.g. 2h 30m or -1d 4h (negative: breached)");
                }
                if (breached.get()) {
                    return Boolean.FALSE;
                }
                outcome = Boolean.TRUE;
            }
            return outcome;
        }

        private TicketType type(String[] row, int line) throws RowException {
            String text = text(row, TicketField.TYPE, line);
            if (text == null) {
                return null;
            }
            return TicketType.parse(text).orElseThrow(() -> problem(line, TicketField.TYPE, text,
                    "one of " + List.of(TicketType.values()) + " (or a value mapped to one under values.type)"));
        }

        /** SUCCESSFUL is true, FAILED false. */
        private Boolean outcome(String[] row, int line) throws RowException {
            String text = text(row, TicketField.OUTCOME, line);
            if (text == null) {
                return null;
            }
            switch (text.trim().toUpperCase(Locale.ROOT)) {
                case "SUCCESSFUL":
                    return Boolean.TRUE;
                case "FAILED":
                    return Boolean.FALSE;
                default:
                    throw problem(line, TicketField.OUTCOME, text, "SUCCESSFUL or FAILED (or a value mapped to one under values.outcome)");
            }
        }

        private TicketState state(String[] row, int line) throws RowException {
            String text = text(row, TicketField.STATE, line);
            if (text == null) {
                return null;
            }
            return TicketState.parse(text).orElseThrow(() -> problem(line, TicketField.STATE, text,
                    "one of " + List.of(TicketState.values()) + " (or a value mapped to one under values.state)"));
        }

        /** The field's time as epoch seconds, or {@link #NONE} when absent. */
        private long date(String[] row, TicketField field, int line) throws RowException {
            String text = text(row, field, line);
            if (text == null) {
                return NONE;
            }
            int ordinal = field.ordinal();
            if (text == lastDateText[ordinal]) {
                return lastDate[ordinal];
            }
            // the format that read this field last is tried first: an export uses one format per column
            int first = lastFormat[field.ordinal()];
            int count = formats.size();
            for (int k = 0; k < count; k++) {
                int i = (first + k) % count;
                long parsed = formats.epochSecond(text, i);
                if (parsed != NONE) {
                    lastFormat[field.ordinal()] = i;
                    lastDateText[ordinal] = text;
                    lastDate[ordinal] = parsed;
                    return parsed;
                }
            }
            throw problem(line, field, text, "a date in one of the formats " + mapping.dateFormats());
        }

        private RowException problem(int line, TicketField field, String value, String expected) {
            int column = columnNumbers ? columns[field.ordinal()] + 1 : 0;
            String name = mapping.column(field).orElse(field.key());
            return new RowException(new InputProblem(source, Optional.of(line), column > 0 ? Optional.of(column) : Optional.empty(), name,
                    value.isEmpty() ? "is missing; expected " + expected : "expected " + expected + ", was '" + value + "'"));
        }
    }
}
