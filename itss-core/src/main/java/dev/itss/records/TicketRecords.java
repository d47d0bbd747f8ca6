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
import java.util.ArrayList;
import java.util.List;
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
     * @param knowledgeLinks when a separate link export was read ({@link KnowledgeRecords}), the
     *                 tickets it links an article to: they count as knowledge use, and knowledge use
     *                 is measured even when the ticket export has no knowledge column
     */
    public record Options(ErrorPolicy onError, Optional<Period> period, GroupBy groupBy, Optional<TicketSla> sla, LongConsumer progress,
                          Optional<Set<String>> knowledgeLinks) {

        public Options {
            groupBy = RowReader.checkGrouping(groupBy == null ? GroupBy.NONE : groupBy, RecordKind.TICKETS);
            period = period == null ? Optional.empty() : period;
            sla = sla == null ? Optional.empty() : sla;
            progress = progress == null ? NO_PROGRESS : progress;
            knowledgeLinks = knowledgeLinks == null ? Optional.empty() : knowledgeLinks.map(Set::copyOf);
        }

        /** Options without a progress listener or knowledge links. */
        public Options(ErrorPolicy onError, Optional<Period> period, GroupBy groupBy, Optional<TicketSla> sla) {
            this(onError, period, groupBy, sla, NO_PROGRESS, Optional.empty());
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
            return new Options(onError, period, groupBy, sla, progress, Optional.of(Set.copyOf(tickets)));
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
        String name = file.getFileName().toString();
        return !RowSource.isJsonLines(name) && !XesSource.isXes(name) && size >= PARALLEL_MIN_BYTES && size < Integer.MAX_VALUE
                && ChunkedCsv.supports(mapping.charset(), mapping.delimiter().charAt(0)) && !gzipped(file);
    }

    /**
     * Chunks for a file: about one per 8 MB, at least two per core, at most 64. Chunks of one size
     * finish at different times (the first rows run before the compiler has caught up): more,
     * smaller chunks keep both cores busy to the end; their folds join in time linear in tickets.
     */
    static int chunksFor(long bytes) {
        int cores = Runtime.getRuntime().availableProcessors();
        return (int) Math.max(2L * cores, Math.min(64, bytes >> 23));
    }

    private static boolean gzipped(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1F && in.read() == 0x8B;
        }
    }

    /** Reads a file with options; large CSV files are split at line ends and read on all cores. */
    public static TicketKpis read(Path file, RecordMapping mapping, Options options) {
        return fold(file, mapping, options).kpis(options);
    }

    /**
     * Reads a file into a {@link TicketLedger}: the tickets in their final states, from which a
     * service review takes the KPIs of any window inside the options' period and the tickets it
     * lists. Memory follows the distinct tickets, as for {@link #read(Path, RecordMapping, Options)}.
     *
     * <pre>{@code
     * TicketLedger ledger = TicketRecords.ledger(Path.of("tickets.csv"), RecordMapping.preset("canonical"),
     *         new TicketRecords.Options(ErrorPolicy.STOP, Optional.of(quarter), GroupBy.NONE));
     * TicketKpis august = ledger.kpis(new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)), GroupBy.SERVICE);
     * }</pre>
     *
     * @throws InvalidInputException as {@link #read(Path, RecordMapping, Options)} does
     */
    public static TicketLedger ledger(Path file, RecordMapping mapping, Options options) {
        return fold(file, mapping, options).ledger(options);
    }

    private static Folded fold(Path file, RecordMapping mapping, Options options) {
        InputFiles.requireReadableFile(file, RecordKind.TICKETS.maxBytes(), "a tickets export");
        try {
            if (readsInChunks(file, mapping)) {
                return foldInChunks(file, mapping, options, chunksFor(Files.size(file)));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(InputProblem.at(file.toString(), "", "file not found")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try (InputStream in = counting(Files.newInputStream(file), options.progress())) {
            return fold(file.toString(), in, mapping, options);
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
        return fold(source, input, mapping, options).kpis(options);
    }

    private static Folded fold(String source, InputStream input, RecordMapping mapping, Options options) {
        Pass[] pass = new Pass[1];
        RowSource.read(source, input, mapping, "ticket rows", new RowSource.Rows() {
            @Override
            public void header(String[] header, boolean columnNumbers) {
                pass[0] = new Pass(new TicketFold(Cells.of(source, header, mapping, RecordKind.TICKETS, columnNumbers)), options);
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
        return pass[0].folded();
    }

    /**
     * Reads a CSV file in {@code chunks} pieces in parallel: each piece reduced to final states by
     * its own accumulator, the accumulators then joined in file order. Gives the same result as
     * the stream reader (a test checks it on seeded files with quotes, line ends in fields and
     * tickets across chunk boundaries).
     */
    static TicketKpis readInChunks(Path file, RecordMapping mapping, Options options, int chunks) throws IOException {
        return foldInChunks(file, mapping, options, chunks).kpis(options);
    }

    private static Folded foldInChunks(Path file, RecordMapping mapping, Options options, int chunks) throws IOException {
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
                } else if ((b == '\n' || b == '\r') && !inQuotes) {
                    if (b == '\r' && headerEnd < data.limit() && data.get(headerEnd) == '\n') {
                        headerEnd++;
                    }
                    break;
                }
            }
            if (headerEnd == start) {
                throw new InvalidInputException(List.of(InputProblem.at(source, "", "is empty; expected a header row and ticket rows")));
            }
            char delimiter = mapping.delimiter().charAt(0);
            List<String[]> headerRows = new ArrayList<>();
            int headerLines = ChunkedCsv.parse(data, start, headerEnd, delimiter, null, mapping.charset(), (row, line) -> headerRows.add(row.clone()));
            if (headerRows.isEmpty()) {
                throw new InvalidInputException(List.of(InputProblem.at(source, "", "is empty; expected a header row and ticket rows")));
            }
            String[] header = java.util.Arrays.stream(headerRows.get(0)).map(String::trim).toArray(String[]::new);
            Cells.of(source, header, mapping, RecordKind.TICKETS, true);   // a wrong mapping or a missing column is reported before any row
            boolean[] wanted = wantedColumns(header, mapping);

            options.progress().accept(headerEnd);
            // boundaries chosen without counting quotes save a pass over the file; when one fell inside a
            // quoted field (the chunk before it ended inside quotes) the file is parsed again with exact ones
            ChunkedCsv.Typed typed = typed(header, mapping);
            Chunk[] parts = parseChunks(data, ChunkedCsv.speculativeBoundaries(data, headerEnd, chunks), source, header, mapping, wanted, typed,
                    delimiter, options);
            if (!verified(parts)) {
                parts = parseChunks(data, ChunkedCsv.boundaries(data, headerEnd, chunks), source, header, mapping, wanted, typed, delimiter,
                        options.withProgress(NO_PROGRESS));
            }
            // number the lines: the first data line follows the header's line ends, and each chunk
            // starts after the line ends of the chunks before it
            long lineBase = headerLines + 1L;
            List<InputProblem> problems = new ArrayList<>();
            long failed = 0;
            long rows = 0;
            for (Chunk chunk : parts) {
                long base = lineBase;
                if (chunk.undecodable != null) {
                    throw new InvalidInputException(List.of(RowSource.undecodable(source, (int) (base + chunk.undecodable.line),
                            chunk.undecodable.bytes, mapping)));
                }
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
            TicketFold joined = parts[0].fold;
            joined.reserve(java.util.Arrays.stream(parts).mapToInt(p -> p.fold.tickets().size()).sum());
            for (int i = 1; i < parts.length; i++) {
                joined.append(parts[i].fold);
            }
            return new Folded(joined, rows, List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_SKIPPED_LISTED))), failed);
        }
    }

    /** Parses the chunks between {@code bounds} on all cores, each into its own fold. */
    private static Chunk[] parseChunks(java.nio.MappedByteBuffer data, long[] bounds, String source, String[] header,
                                       RecordMapping mapping, boolean[] wanted, ChunkedCsv.Typed typed, char delimiter, Options options) {
        int chunks = bounds.length - 1;
        Chunk[] parts = new Chunk[chunks];
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(i -> {
            // cells of its own per chunk: they remember the last values read, and read the chunk's typed numbers
            Cells cells = Cells.of(source, header, mapping, RecordKind.TICKETS, true);
            long[] numbers = new long[header.length];
            cells.readNumbersFrom(numbers, typed);
            Chunk chunk = new Chunk(new TicketFold(cells));
            try {
                ChunkedCsv.Parsed parsed = ChunkedCsv.parseChunk(data.duplicate(), bounds[i], bounds[i + 1], delimiter, wanted, mapping.charset(),
                        options.progress(), (row, line) -> {
                            chunk.rows++;
                            try {
                                chunk.fold.accept(row, line);
                            } catch (RowProblem e) {
                                chunk.problems.add(e.problem);
                                chunk.failed++;
                                if (options.onError() == ErrorPolicy.STOP) {
                                    throw new StopChunk();
                                }
                            }
                        }, typed, numbers);
                chunk.lines = parsed.lines();
                chunk.endedInQuotes = parsed.endedInQuotes();
                chunk.completed = true;
            } catch (StopChunk stop) {
                // the first malformed row of this chunk is recorded; the caller reports the file's first
            } catch (ChunkedCsv.UndecodableBytes e) {
                chunk.undecodable = e;
            }
            parts[i] = chunk;
        });
        return parts;
    }

    private static final java.util.Set<TicketField> WHOLE_NUMBERS = java.util.EnumSet.of(TicketField.UPDATE_COUNTER, TicketField.REASSIGNMENTS,
            TicketField.REOPENS, TicketField.PRIORITY, TicketField.LEVEL);
    private static final java.util.Set<TicketField> DATES = java.util.EnumSet.of(TicketField.EVENT_AT, TicketField.OPENED_AT, TicketField.UPDATED_AT,
            TicketField.RESOLVED_AT, TicketField.RESPONDED_AT);

    /**
     * The columns the chunked reader may read straight from their bytes: those of whole-number and
     * date fields without a value map or a constant, when no missing-value token would read as a
     * value (it must stay missing), dates only when every date pattern is all-numeric. A column
     * two fields of different types share stays text.
     */
    static ChunkedCsv.Typed typed(String[] header, RecordMapping mapping) {
        List<NumericDatePattern> patterns = new ArrayList<>();
        for (String pattern : mapping.dateFormats()) {
            NumericDatePattern.compile(pattern).ifPresent(patterns::add);
        }
        boolean datesNumeric = patterns.size() == mapping.dateFormats().size();
        NumericDatePattern[] datePatterns = patterns.toArray(NumericDatePattern[]::new);
        boolean missingIsNumber = mapping.missing().stream().anyMatch(m -> !m.isEmpty() && m.chars().allMatch(Character::isDigit));
        boolean missingIsDate = mapping.missing().stream().anyMatch(m -> patterns.stream().anyMatch(p -> p.epochSecond(m) != NumericDatePattern.NO_MATCH));
        Map<String, Integer> byName = RecordValues.headerIndex(header);
        byte[] kinds = new byte[header.length];
        boolean[] seen = new boolean[header.length];
        for (TicketField field : TicketField.values()) {
            Integer column = mapping.column(field).map(byName::get).orElse(null);
            if (column == null) {
                continue;
            }
            boolean plain = !mapping.values().containsKey(field.key()) && !mapping.constants().containsKey(field.key());
            byte kind = !plain ? ChunkedCsv.Typed.TEXT
                    : WHOLE_NUMBERS.contains(field) && !missingIsNumber ? ChunkedCsv.Typed.WHOLE
                    : DATES.contains(field) && datesNumeric && !missingIsDate ? ChunkedCsv.Typed.DATE
                    : ChunkedCsv.Typed.TEXT;
            // a column several fields read is typed only when they all read it the same way
            kinds[column] = !seen[column] || kinds[column] == kind ? kind : ChunkedCsv.Typed.TEXT;
            seen[column] = true;
        }
        return new ChunkedCsv.Typed(kinds, datePatterns);
    }

    /**
     * True when every boundary started a row: each chunk before the last that was parsed to its end
     * ended outside quotes. A chunk that stopped early (a malformed row under STOP, bytes that do
     * not decode) ends the check: its error is the file's first, whatever follows it.
     */
    private static boolean verified(Chunk[] parts) {
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].completed) {
                return true;
            }
            if (parts[i].endedInQuotes) {
                return false;
            }
        }
        return true;
    }

    /** One chunk's state during a parallel read. */
    private static final class Chunk {
        final TicketFold fold;
        final List<InputProblem> problems = new ArrayList<>();
        long rows;
        long failed;
        int lines;
        boolean endedInQuotes;
        boolean completed;
        ChunkedCsv.UndecodableBytes undecodable;

        Chunk(TicketFold fold) {
            this.fold = fold;
        }
    }

    /** The columns a chunk decodes: those the mapping names (by header name, as {@link Cells} resolves them). */
    private static boolean[] wantedColumns(String[] header, RecordMapping mapping) {
        Map<String, Integer> byName = RecordValues.headerIndex(header);
        boolean[] wanted = new boolean[header.length];
        mapping.columns().values().forEach(column -> {
            Integer index = byName.get(column);
            if (index != null) {
                wanted[index] = true;
            }
        });
        return wanted;
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
        private final TicketFold fold;
        private final Options options;
        private final ErrorPolicy onError;
        private final List<InputProblem> skipped = new ArrayList<>();
        private long rows;
        private long skippedTotal;

        Pass(TicketFold fold, Options options) {
            this.fold = fold;
            this.options = options;
            this.onError = options.onError();
        }

        void accept(String[] row, int line) {
            rows++;
            try {
                fold.accept(row, line);
            } catch (RowProblem e) {
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

        Folded folded() {
            return new Folded(fold, rows, skipped, skippedTotal);
        }
    }

    /** A whole file (or its joined parts) folded into final states, with what the read counted and skipped. */
    record Folded(TicketFold fold, long rows, List<InputProblem> skipped, long skippedTotal) {

        /** The fold counted into KPIs over the options' period. */
        TicketKpis kpis(Options options) {
            prepare(options);
            return counts(options.period(), options.groupBy(), options).kpis(fold.tickets().values(), rows, skipped, skippedTotal,
                    fold.cells().absent(), fold.openingWarnings());
        }

        TicketLedger ledger(Options options) {
            prepare(options);
            return new TicketLedger(this, options);
        }

        /** Applies the knowledge-link export and an event log's times: once, before counting. */
        private void prepare(Options options) {
            for (String linked : options.knowledgeLinks().orElse(Set.of())) {
                TicketFold.Ticket t = fold.tickets().get(linked);
                if (t != null) {
                    t.knowledge = Boolean.TRUE;   // an article linked in the link export is knowledge use
                }
            }
            fold.deriveEventTimes();
        }

        /** A count over a window of the fold. */
        TicketCounts counts(Optional<Period> window, GroupBy groupBy, Options options) {
            return new TicketCounts(fold.cells().formats(), window, groupBy, options.sla(),
                    TicketCounts.measured(fold.cells(), options.knowledgeLinks().isPresent()), fold.latestSeen);
        }
    }
}
