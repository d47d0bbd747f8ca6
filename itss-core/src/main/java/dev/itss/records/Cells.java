package dev.itss.records;

import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cells of the rows of one export, read through its {@link RecordMapping}, the same way for
 * every kind of record: the header resolved once (a required column missing is an error before any
 * row; an optional one is listed as absent), missing-value tokens, value maps (with the {@code "*"}
 * key), constants, and typed values whose problems name file, line, column and value. Built for
 * the hot loop of a ticket export: no boxing of times, no trimming or hashing when not needed, and
 * the last text read as a date is remembered per field.
 */
final class Cells {
    /** No time: what {@link #instant} returns for an empty cell. */
    static final long NONE = NumericDatePattern.NO_MATCH;

    private final String source;
    private final RecordMapping mapping;
    /** Column index per field ordinal, -1 when the field's column is not read. */
    private final int[] columns;
    /** Per field ordinal, the constant of the mapping, else null. */
    private final String[] constants;
    /** Per field ordinal, whether the mapping has a value map for it. */
    private final boolean[] mapped;
    private final List<String> absent;
    /** CSV problems name the column number; JSON lines and XES have keys, not columns. */
    private final boolean columnNumbers;
    private final RecordValues.DateFormats formats;
    private final Set<String> missing;
    /** The longest missing-value token: a longer text is no token, and needs no hashing to tell. */
    private final int longestMissing;
    /** Per field ordinal, the date format that read it last: an export uses one format per column. */
    private final int[] lastFormat;
    /** Per field ordinal, the last text read as a date and its value: a reader that reuses strings gets them back. */
    private final String[] lastDateText;
    private final long[] lastDate;
    /** Per field ordinal, the last cell read and its text; and the last text read as a value (a number, a choice) and the value. */
    private final String[] lastRaw;
    private final String[] lastText;
    private final String[] lastValueText;
    private final Object[] lastValue;

    private Cells(String source, RecordMapping mapping, int fields, boolean columnNumbers) {
        this.source = source;
        this.mapping = mapping;
        this.columnNumbers = columnNumbers;
        this.columns = new int[fields];
        java.util.Arrays.fill(columns, -1);
        this.constants = new String[fields];
        this.mapped = new boolean[fields];
        this.absent = new ArrayList<>();
        this.formats = new RecordValues.DateFormats(mapping.dateFormats(), mapping.zoneId());
        this.missing = Set.copyOf(mapping.missing());
        this.longestMissing = mapping.missing().stream().mapToInt(String::length).max().orElse(-1);
        this.lastFormat = new int[fields];
        this.lastDateText = new String[fields];
        this.lastDate = new long[fields];
        this.lastRaw = new String[fields];
        this.lastText = new String[fields];
        this.lastValueText = new String[fields];
        this.lastValue = new Object[fields];
    }

    /**
     * The cells of an export of {@code kind} with this header.
     *
     * @param columnNumbers true when problems name column numbers (CSV), false for keyed rows
     * @throws InvalidInputException when the mapping is for another kind, or a required column is not in the header
     */
    static Cells of(String source, String[] header, RecordMapping mapping, RecordKind kind, boolean columnNumbers) {
        if (mapping.recordKind() != kind) {
            throw new InvalidInputException(List.of(InputProblem.at(source, "", "mapping '" + mapping.name() + "' is for " + mapping.kind()
                    + ", not " + kind.key())));
        }
        Cells cells = new Cells(source, mapping, kind.fields().size(), columnNumbers);
        Map<String, Integer> byName = RecordValues.headerIndex(header);
        List<InputProblem> problems = new ArrayList<>();
        for (RecordField field : kind.fields()) {
            int ordinal = ordinal(field);
            cells.constants[ordinal] = mapping.constants().get(field.key());
            cells.mapped[ordinal] = mapping.values().containsKey(field.key());
            String column = mapping.columns().get(field.key());
            if (column == null) {
                continue;
            }
            Integer index = byName.get(column);
            if (index != null) {
                cells.columns[ordinal] = index;
            } else if (field.isRequired() && cells.constants[ordinal] == null) {
                problems.add(new InputProblem(source, Optional.of(1), Optional.empty(), "", "column '" + column + "' (mapped to " + field.key()
                        + " by mapping '" + mapping.name() + "') is not in the header; the header has " + List.of(header)));
            } else {
                cells.absent.add(column);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cells;
    }

    private static int ordinal(RecordField field) {
        return ((Enum<?>) field).ordinal();
    }

    /** The numbers of typed columns of the current row ({@link ChunkedCsv#PARSED}) and what the columns are, set by the chunked reader. */
    private long[] numbers;
    private ChunkedCsv.Typed typed = ChunkedCsv.Typed.NONE;

    /** Reads the typed cells of the chunked reader from {@code numbers}, which it overwrites row by row; {@code typed} says what each column holds. */
    void readNumbersFrom(long[] numbers, ChunkedCsv.Typed typed) {
        this.numbers = numbers;
        this.typed = typed;
    }

    /** The column of the field when the row holds its value as a number the reader parsed from the bytes, else -1. */
    private int parsedColumn(String[] row, int ordinal) {
        if (constants[ordinal] != null) {
            return -1;
        }
        int index = columns[ordinal];
        return index >= 0 && index < row.length && row[index] == ChunkedCsv.PARSED ? index : -1;
    }

    /** Optional columns the mapping names that the header lacks. */
    String source() {
        return source;
    }

    List<String> absent() {
        return absent;
    }

    RecordMapping mapping() {
        return mapping;
    }

    /** The dates' formats and zone. */
    RecordValues.DateFormats formats() {
        return formats;
    }

    /** True when the field has a value source: its column is in the file, or the mapping gives a constant. */
    boolean has(RecordField field) {
        int ordinal = ordinal(field);
        return columns[ordinal] >= 0 || constants[ordinal] != null;
    }

    /** The field's text after the value map; null when unmapped, absent or a missing-value token. A constant wins over the column. */
    String text(String[] row, RecordField field, int line) throws RowProblem {
        int ordinal = ordinal(field);
        String constant = constants[ordinal];
        if (constant != null) {
            return constant;
        }
        int index = columns[ordinal];
        if (index < 0) {
            return null;
        }
        if (index >= row.length) {
            throw new RowProblem(new InputProblem(source, Optional.of(line), columnNumbers ? Optional.of(index + 1) : Optional.empty(),
                    mapping.columns().getOrDefault(field.key(), field.key()), "the row has " + row.length + " columns; expected at least " + (index + 1)));
        }
        String raw = row[index];
        if (raw == ChunkedCsv.PARSED) {
            // a number the reader parsed from the bytes: a whole number prints back as written; a date (only in messages) as ISO
            return typedText(typed.kind(index), numbers[index]);
        }
        if (raw == lastRaw[ordinal]) {
            return lastText[ordinal];   // the reader hands repeated values back as the same string: the same answer
        }
        String text = raw;
        if (text != null) {
            if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ')) {
                text = text.trim();
            }
            if (text.length() <= longestMissing && missing.contains(text)) {
                text = null;
            } else if (mapped[ordinal]) {
                text = mapping.mapValue(field.key(), text);
            }
        }
        lastRaw[ordinal] = raw;
        lastText[ordinal] = text;
        return text;
    }

    private static String typedText(byte kind, long number) {
        return kind == ChunkedCsv.Typed.DATE ? java.time.LocalDateTime.ofEpochSecond(number, 0, java.time.ZoneOffset.UTC).toString() : Long.toString(number);
    }

    /** The field's text, which must be there; {@code expected} says what it is. */
    String required(String[] row, RecordField field, int line, String expected) throws RowProblem {
        String text = text(row, field, line);
        if (text == null) {
            throw problem(line, field, "", expected);
        }
        return text;
    }

    /** A whole number from {@code min} to {@code max}, or null. */
    Integer integer(String[] row, RecordField field, int line, int min, int max) throws RowProblem {
        int parsed = parsedColumn(row, ordinal(field));
        if (parsed >= 0) {
            long value = numbers[parsed];
            if (value < min || value > max) {
                throw problem(line, field, Long.toString(value), wholeNumber(min, max));
            }
            return (int) value;
        }
        String text = text(row, field, line);
        if (text == null) {
            return null;
        }
        int ordinal = ordinal(field);
        if (text == lastValueText[ordinal]) {
            return (Integer) lastValue[ordinal];
        }
        Integer value = parseInteger(text, field, line, min, max);
        lastValueText[ordinal] = text;
        lastValue[ordinal] = value;
        return value;
    }

    private Integer parseInteger(String text, RecordField field, int line, int min, int max) throws RowProblem {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw problem(line, field, text, wholeNumber(min, max));
        }
        if (value < min || value > max) {
            throw problem(line, field, text, wholeNumber(min, max));
        }
        return value;
    }

    /** What a whole number in a range is called in messages (built only for a message: this is the hot loop of a read). */
    private static String wholeNumber(int min, int max) {
        return max == Integer.MAX_VALUE ? "a whole number of " + min + " or more" : "a whole number from " + min + " to " + max;
    }

    /** A whole number of at least {@code min}, or null. */
    Long whole(String[] row, RecordField field, int line, long min) throws RowProblem {
        String text = text(row, field, line);
        if (text == null) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            if (value < min) {
                throw problem(line, field, text, "a whole number of " + min + " or more");
            }
            return value;
        } catch (NumberFormatException e) {
            throw problem(line, field, text, "a whole number of " + min + " or more");
        }
    }

    /** A finite number of 0 or more, or null; {@code expected} describes it. */
    Double nonNegative(String[] row, RecordField field, int line, String expected) throws RowProblem {
        String text = text(row, field, line);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw problem(line, field, text, expected);
            }
            return value;
        } catch (NumberFormatException e) {
            throw problem(line, field, text, expected);
        }
    }

    /** true/1/yes/y or false/0/no/n (after the value map), or null. */
    Boolean bool(String[] row, RecordField field, int line) throws RowProblem {
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

    /** A constant of an enum, by name, case-insensitive, after the value map; or null. */
    <E extends Enum<E>> E choice(String[] row, RecordField field, int line, Class<E> type) throws RowProblem {
        String text = text(row, field, line);
        if (text == null) {
            return null;
        }
        int ordinal = ordinal(field);
        if (text == lastValueText[ordinal]) {
            return type.cast(lastValue[ordinal]);
        }
        String key = text.trim();
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(key)) {
                lastValueText[ordinal] = text;
                lastValue[ordinal] = value;
                return value;
            }
        }
        throw problem(line, field, text, "one of " + List.of(type.getEnumConstants()) + " (or a value mapped to one under values." + field.key() + ")");
    }

    /** The field's time as epoch seconds of the instant, or {@link #NONE} when the cell is empty. */
    long instant(String[] row, RecordField field, int line) throws RowProblem {
        int typedColumn = parsedColumn(row, ordinal(field));
        if (typedColumn >= 0) {
            return formats.instantOfLocal(numbers[typedColumn]);
        }
        String text = text(row, field, line);
        if (text == null) {
            return NONE;
        }
        int ordinal = ordinal(field);
        if (text == lastDateText[ordinal]) {
            return lastDate[ordinal];
        }
        int first = lastFormat[ordinal];
        int count = formats.size();
        for (int k = 0; k < count; k++) {
            int i = (first + k) % count;
            long parsed = formats.epochSecond(text, i);
            if (parsed != NONE) {
                lastFormat[ordinal] = i;
                lastDateText[ordinal] = text;
                lastDate[ordinal] = parsed;
                return parsed;
            }
        }
        throw problem(line, field, text, "a date in one of the formats " + mapping.dateFormats());
    }

    /** The field's time as a wall-clock time in the mapping's zone, or null. */
    java.time.LocalDateTime local(String[] row, RecordField field, int line) throws RowProblem {
        long instant = instant(row, field, line);
        return instant == NONE ? null : formats.local(instant);
    }

    /** A problem with the field's value in this row; an empty value reads "is missing". */
    RowProblem problem(int line, RecordField field, String value, String expected) {
        int index = columns[ordinal(field)];
        return new RowProblem(new InputProblem(source, Optional.of(line), columnNumbers && index >= 0 ? Optional.of(index + 1) : Optional.empty(),
                mapping.columns().getOrDefault(field.key(), field.key()),
                value.isEmpty() ? "is missing; expected " + expected : "expected " + expected + ", was '" + value + "'"));
    }

    /** A problem of a row that is about two fields, e.g. a resolution before the opening. */
    RowProblem problem(int line, RecordField field, String message) {
        int index = columns[ordinal(field)];
        return new RowProblem(new InputProblem(source, Optional.of(line), columnNumbers && index >= 0 ? Optional.of(index + 1) : Optional.empty(),
                mapping.columns().getOrDefault(field.key(), field.key()), message));
    }
}
