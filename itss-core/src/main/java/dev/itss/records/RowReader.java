package dev.itss.records;

import dev.itss.read.InputFiles;
import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows of one kind of record (calls, spare-part movements, timesheets) through a
 * {@link RecordMapping}, in one pass: CSV with a header row (any one-character delimiter, quotes,
 * the mapping's encoding, a UTF-8 byte-order mark skipped), or JSON lines when the source name
 * ends in {@code .jsonl}, {@code .ndjson} or {@code .json} (one object per line keyed by the
 * mapped column names). Each row goes to a {@link Sink} as a {@link Row} that reads typed values
 * and reports a bad one with file, line, column and value; the {@link ErrorPolicy} decides
 * whether that stops the read or skips the row. Ticket exports have their own, faster reader
 * ({@link TicketRecords}).
 */
final class RowReader {
    private RowReader() {}

    /** Receives the rows of a read, one at a time; the same {@link Row} object is reused. */
    interface Sink {
        void accept(Row row) throws RowProblem;
    }

    /** A sink that sums its rows into KPIs of type {@code K}. */
    interface Counter<K> extends Sink {
        /** The KPIs of the rows taken, with what the read saw besides. */
        K kpis(Summary summary);
    }

    /**
     * The grouping, when it applies to the kind.
     *
     * @throws IllegalArgumentException naming the groupings of the kind
     */
    static GroupBy checkGrouping(GroupBy groupBy, RecordKind kind) {
        if (!groupBy.kinds().contains(kind)) {
            throw new IllegalArgumentException("--group-by " + groupBy.key() + " does not apply to " + kind.key() + "; " + kind.key()
                    + " group by " + GroupBy.keysFor(kind));
        }
        return groupBy;
    }

    /** Reads a file into a counter's KPIs. */
    static <K> K count(Path file, RecordMapping mapping, RecordKind kind, ErrorPolicy onError, Counter<K> counter) {
        return counter.kpis(read(file, mapping, kind, onError, counter));
    }

    /** Reads a stream into a counter's KPIs. */
    static <K> K count(String source, InputStream input, RecordMapping mapping, RecordKind kind, ErrorPolicy onError, Counter<K> counter) {
        return counter.kpis(read(source, input, mapping, kind, onError, counter));
    }

    /**
     * What a read saw besides the rows the sink took.
     *
     * @param rows          data rows read (blank lines are no rows)
     * @param skipped       rows skipped under {@link ErrorPolicy#SKIP}, in file order (capped)
     * @param skippedTotal  rows skipped in all
     * @param absentColumns optional columns the mapping names that the file lacks
     */
    record Summary(long rows, List<InputProblem> skipped, long skippedTotal, List<String> absentColumns) {
        Summary {
            skipped = List.copyOf(skipped);
            absentColumns = List.copyOf(absentColumns);
        }
    }

    /** Reads a file; a missing file is an {@link InvalidInputException} naming it. */
    static Summary read(Path file, RecordMapping mapping, RecordKind kind, ErrorPolicy onError, Sink sink) {
        InputFiles.requireReadableFile(file, kind.maxBytes(), "a " + kind.key() + " export");
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, mapping, kind, onError, sink);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(InputProblem.at(file.toString(), "", "file not found")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a stream; {@code source} names it in problems and decides between CSV and JSON lines. */
    static Summary read(String source, InputStream input, RecordMapping mapping, RecordKind kind, ErrorPolicy onError, Sink sink) {
        Pass[] pass = new Pass[1];
        RowSource.read(source, input, mapping, kind.key() + " rows", new RowSource.Rows() {
            @Override
            public void header(String[] header, boolean columnNumbers) {
                pass[0] = new Pass(new Row(source, mapping, kind, header, columnNumbers), onError, sink);
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
        return pass[0].summary();
    }

    /** Applies the error policy to the rows of one read. */
    private static final class Pass {
        private final Row row;
        private final ErrorPolicy onError;
        private final Sink sink;
        private final List<InputProblem> skipped = new ArrayList<>();
        private long rows;
        private long skippedTotal;

        Pass(Row row, ErrorPolicy onError, Sink sink) {
            this.row = row;
            this.onError = onError;
            this.sink = sink;
        }

        void accept(String[] values, int line) {
            rows++;
            row.values = values;
            row.line = line;
            try {
                sink.accept(row);
            } catch (RowProblem e) {
                reject(e.problem);
            }
        }

        void reject(InputProblem problem) {
            if (onError == ErrorPolicy.STOP) {
                throw new InvalidInputException(List.of(problem));
            }
            skippedTotal++;
            if (skipped.size() < TicketRecords.MAX_SKIPPED_LISTED) {
                skipped.add(problem);
            }
        }

        Summary summary() {
            return new Summary(rows, skipped, skippedTotal, row.absent());
        }
    }

    /**
     * One row, read through the mapping's {@link Cells}: missing-value tokens become empty, value
     * maps and constants apply, and typed reads report a bad value with its place.
     */
    static final class Row {
        private final Cells cells;
        private String[] values = new String[0];
        private int line;

        /**
         * Resolves the mapped columns against the header. A required field's column missing from
         * it is an error, named before any row is read; an optional one is listed as absent.
         */
        Row(String source, RecordMapping mapping, RecordKind kind, String[] header, boolean columnNumbers) {
            this.cells = Cells.of(source, header, mapping, kind, columnNumbers);
        }

        /** The row's line in the file (1 is the header of a CSV file). */
        int line() {
            return line;
        }

        /** True when the field's column is in the file or the mapping gives it a constant. */
        boolean has(RecordField field) {
            return cells.has(field);
        }

        /** The field's text after the value map; empty when unmapped, absent or a missing-value token. */
        Optional<String> text(RecordField field) throws RowProblem {
            return Optional.ofNullable(cells.text(values, field, line));
        }

        /** The field's text, which must be there. */
        String required(RecordField field, String expected) throws RowProblem {
            return cells.required(values, field, line, expected);
        }

        Optional<Boolean> bool(RecordField field) throws RowProblem {
            return Optional.ofNullable(cells.bool(values, field, line));
        }

        /** A number of 0 or more; {@code expected} describes it, e.g. "a number of seconds, 0 or more". */
        Optional<Double> nonNegative(RecordField field, String expected) throws RowProblem {
            return Optional.ofNullable(cells.nonNegative(values, field, line, expected));
        }

        /** A whole number of at least {@code min}. */
        Optional<Long> whole(RecordField field, long min) throws RowProblem {
            return Optional.ofNullable(cells.whole(values, field, line, min));
        }

        /** A date-time in one of the mapping's formats, as a wall-clock time in the mapping's zone. */
        Optional<LocalDateTime> date(RecordField field) throws RowProblem {
            return Optional.ofNullable(cells.local(values, field, line));
        }

        /** A problem with the field's value in this row; an empty value reads "is missing". */
        RowProblem problem(RecordField field, String value, String expected) {
            return cells.problem(line, field, value, expected);
        }

        /** A problem of this row about a field, in words of its own. */
        RowProblem problem(RecordField field, String message) {
            return cells.problem(line, field, message);
        }

        List<String> absent() {
            return cells.absent();
        }
    }
}
