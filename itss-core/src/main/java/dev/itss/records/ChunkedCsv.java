package dev.itss.records;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Byte-level CSV over a file mapped into memory, split into chunks that start at line ends outside
 * quotes, so that chunks can be parsed on all cores. Works on the bytes of any encoding whose
 * delimiter, quote and line end are single bytes that never occur inside a multi-byte character:
 * UTF-8, ASCII, ISO-8859-x, and GBK/GB18030 with a delimiter below 0x40 (GBK trail bytes start at
 * 0x40). Quoted fields may hold delimiters, doubled quotes and line ends.
 */
final class ChunkedCsv {
    private static final Set<String> BYTE_SAFE = Set.of("UTF-8", "US-ASCII", "ISO-8859-1", "ISO-8859-15", "GBK", "GB18030", "GB2312", "windows-1252");

    private ChunkedCsv() {}

    /** True when the encoding and delimiter allow working on bytes. */
    static boolean supports(Charset charset, char delimiter) {
        return BYTE_SAFE.contains(charset.name()) && delimiter < 0x40 && delimiter != '"' && delimiter != '\n' && delimiter != '\r';
    }

    /** Where the data starts: after a UTF-8 byte-order mark, if any. */
    static int dataStart(ByteBuffer data) {
        return data.limit() >= 3 && (data.get(0) & 0xFF) == 0xEF && (data.get(1) & 0xFF) == 0xBB && (data.get(2) & 0xFF) == 0xBF ? 3 : 0;
    }

    /**
     * Chunk boundaries for {@code count} chunks of {@code [from, data.limit())}: each boundary but
     * the first is the start of a line, outside quotes. Quote parity at each nominal split comes
     * from the quotes counted before it.
     */
    static long[] boundaries(ByteBuffer data, int from, int count) {
        int end = data.limit();
        int[] nominal = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            nominal[i] = (int) (from + (long) (end - from) * i / count);
        }
        // quotes per nominal range, counted in parallel
        long[] quotes = new long[count];
        java.util.stream.IntStream.range(0, count).parallel().forEach(i -> {
            long q = 0;
            byte[] block = new byte[1 << 16];
            for (int p = nominal[i]; p < nominal[i + 1]; p += block.length) {
                int n = Math.min(block.length, nominal[i + 1] - p);
                data.get(p, block, 0, n);
                for (int k = 0; k < n; k++) {
                    if (block[k] == '"') {
                        q++;
                    }
                }
            }
            quotes[i] = q;
        });
        long[] starts = new long[count + 1];
        starts[0] = from;
        starts[count] = end;
        long before = 0;
        for (int i = 1; i < count; i++) {
            before += quotes[i - 1];
            boolean inQuotes = (before & 1) == 1;
            int p = nominal[i];
            // a split inside a CRLF or right after a line end is fine: we look for the next line end
            while (p < end) {
                byte b = data.get(p);
                if (b == '"') {
                    inQuotes = !inQuotes;
                } else if ((b == '\n' || b == '\r') && !inQuotes) {
                    p++;
                    if (b == '\r' && p < end && data.get(p) == '\n') {
                        p++;   // CRLF: the chunk starts after both
                    }
                    break;
                }
                p++;
            }
            starts[i] = Math.max(p, starts[i - 1]);
        }
        return starts;
    }

    /**
     * Chunk boundaries without counting quotes: each nominal split moved to the start of the next
     * line, as if it lay outside quotes. Saves a pass over the file; a boundary that fell inside a
     * quoted field shows as the chunk before it ending inside quotes ({@link Parsed#endedInQuotes}),
     * and the caller then parses again with {@link #boundaries}.
     */
    static long[] speculativeBoundaries(ByteBuffer data, int from, int count) {
        int end = data.limit();
        long[] starts = new long[count + 1];
        starts[0] = from;
        starts[count] = end;
        for (int i = 1; i < count; i++) {
            int p = (int) (from + (long) (end - from) * i / count);
            while (p < end) {
                byte b = data.get(p++);
                if (b == '\n') {
                    break;
                }
                if (b == '\r') {
                    if (p < end && data.get(p) == '\n') {
                        p++;
                    }
                    break;
                }
            }
            starts[i] = Math.max(p, starts[i - 1]);
        }
        return starts;
    }

    /**
     * The field of a column read straight from its bytes as a number ({@link Typed}): its value is
     * in the numbers array of the read, not in a string.
     */
    static final String PARSED = new String("(parsed from the bytes)");

    /**
     * Columns the parser reads straight from their bytes instead of making strings of them: whole
     * numbers (digits only, no leading zero) and dates in all-numeric patterns. A cell that does not
     * read that way (empty, a missing-value token, a sign, a bad value) becomes a string as any
     * other, so its problem is reported the same way by every reader.
     *
     * @param kinds    per column: {@link #TEXT}, {@link #WHOLE} or {@link #DATE}
     * @param patterns the date patterns, tried with the one that read the column last first
     */
    record Typed(byte[] kinds, NumericDatePattern[] patterns) {
        static final byte TEXT = 0;
        static final byte WHOLE = 1;
        static final byte DATE = 2;

        static final Typed NONE = new Typed(new byte[0], new NumericDatePattern[0]);

        byte kind(int column) {
            return column < kinds.length ? kinds[column] : TEXT;
        }
    }

    /** Receives the rows of a chunk. */
    interface RowSink {
        /**
         * One row.
         *
         * @param fields the row's fields; only the {@code wanted} columns are decoded, the others are null.
         *               The array is reused for the next row of the same length: copy it to keep it
         * @param line   line of the row within the chunk, from 0
         */
        void row(String[] fields, int line);
    }

    /**
     * Parses the rows of {@code [start, end)}; decodes the columns marked in {@code wanted} (every
     * column when {@code wanted} is null) with the charset; reports rows with their line within the
     * chunk. Blank lines are skipped.
     *
     * @return the number of line ends in the chunk (inside quotes too), to number later chunks' lines
     */
    static int parse(ByteBuffer data, long start, long end, char delimiter, boolean[] wanted, Charset charset, RowSink sink) {
        return parse(data, start, end, delimiter, wanted, charset, sink, RowParser.WINDOW, bytes -> { }, Typed.NONE, null).lines();
    }

    /**
     * What parsing a chunk found besides its rows.
     *
     * @param lines         line ends in the chunk (inside quotes too)
     * @param endedInQuotes true when the chunk's end fell inside a quoted field: the next chunk
     *                      then does not start at a row (a boundary chosen without counting
     *                      quotes was wrong)
     */
    record Parsed(int lines, boolean endedInQuotes) {}

    /** As above, telling {@code progress} of the bytes parsed, about once per window, and whether the chunk ended inside quotes. */
    static Parsed parseChunk(ByteBuffer data, long start, long end, char delimiter, boolean[] wanted, Charset charset,
                             java.util.function.LongConsumer progress, RowSink sink) {
        return parse(data, start, end, delimiter, wanted, charset, sink, RowParser.WINDOW, progress, Typed.NONE, null);
    }

    /**
     * As above, reading the {@code typed} columns straight from their bytes: such a field is
     * {@link #PARSED} in the row, and its value (a whole number, or a date as local epoch seconds)
     * in {@code numbers} at its column, which the parser overwrites row by row.
     */
    static Parsed parseChunk(ByteBuffer data, long start, long end, char delimiter, boolean[] wanted, Charset charset,
                             java.util.function.LongConsumer progress, RowSink sink, Typed typed, long[] numbers) {
        return parse(data, start, end, delimiter, wanted, charset, sink, RowParser.WINDOW, progress, typed, numbers);
    }

    /** As above, with a window of {@code window} bytes at first (tests use tiny ones to cross its end often). */
    static int parse(ByteBuffer data, long start, long end, char delimiter, boolean[] wanted, Charset charset, RowSink sink, int window) {
        return parse(data, start, end, delimiter, wanted, charset, sink, window, bytes -> { }, Typed.NONE, null).lines();
    }

    private static Parsed parse(ByteBuffer data, long start, long end, char delimiter, boolean[] wanted, Charset charset, RowSink sink, int window,
                                java.util.function.LongConsumer progress, Typed typed, long[] numbers) {
        RowParser parser = new RowParser(data, (int) end, (byte) delimiter, wanted, charset, window);
        parser.typed = typed;
        parser.numbers = numbers;
        parser.lastPattern = new int[typed.kinds().length];
        int pos = (int) start;
        int stop = (int) end;
        int reported = pos;
        while (pos < stop) {
            if (pos - reported >= RowParser.WINDOW) {
                progress.accept(pos - reported);
                reported = pos;
            }
            int next = parser.row(pos);
            if (next == RowParser.INCOMPLETE) {
                parser.load(pos);
                continue;
            }
            if (parser.undecodable != null) {
                throw new UndecodableBytes(parser.rowLine + parser.undecodableLine, parser.undecodable);
            }
            if (!parser.blank) {
                sink.row(parser.fieldArray(), parser.rowLine);
            }
            parser.lines += parser.rowLines;
            pos = next;
        }
        progress.accept(stop - reported);
        return new Parsed(parser.lines, parser.endedInQuotes);
    }

    /**
     * Parses rows out of a window of the mapped file copied into an array (scanning an array is
     * several times faster than reading a buffer byte by byte). A row that runs past the window
     * is parsed again after the window is moved to its start, and grown when one row is longer
     * than the whole window, so memory stays at the window's size whatever the file's.
     */
    private static final class RowParser {
        static final int INCOMPLETE = -1;
        static final int WINDOW = 1 << 20;

        private final ByteBuffer data;
        private final int stop;
        private final byte delimiter;
        private final boolean[] wanted;
        private final Charset charset;
        private final int initialWindow;
        private final List<ColumnCache> caches = new ArrayList<>();
        /** The fields of the row being parsed: {@link #count} of them in {@link #buffer}. */
        private String[] buffer = new String[16];
        private int count;
        /** The array handed to the sink, reused while rows keep their length (nearly always): a million rows make no million arrays. */
        private String[] array = new String[0];

        private void add(String field) {
            if (count == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, count * 2);
            }
            buffer[count++] = field;
        }

        String[] fieldArray() {
            if (array.length != count) {
                array = new String[count];
            }
            System.arraycopy(buffer, 0, array, 0, count);
            return array;
        }
        private byte[] window = new byte[0];
        /** File offset of window[0], and how many bytes the window holds. */
        private int base;
        private int filled;
        private byte[] scratch = new byte[256];
        /** Line ends before the current row, within the chunk. */
        int lines;
        int rowLine;
        int rowLines;
        boolean blank;
        /** The bytes of the row's first field that the charset cannot decode, with their line within the row; null when all decode. */
        String undecodable;
        int undecodableLine;
        /** Set when the chunk's end came inside a quoted field. */
        boolean endedInQuotes;
        Typed typed = Typed.NONE;
        long[] numbers;
        private byte[][] lastDateBytes;
        private int[] lastDateLength;
        private long[] lastDateValue;
        int[] lastPattern = new int[0];

        /**
         * The value of a typed column's unquoted cell read from the bytes, or {@link NumericDatePattern#NO_MATCH}
         * when it does not read that way (it then becomes a string).
         */
        private long typedValue(byte kind, int column, byte[] b, int from, int length) {
            if (kind == Typed.WHOLE) {
                if (length > 9 || (b[from] == '0' && length > 1)) {
                    return NumericDatePattern.NO_MATCH;   // a leading zero would not print back as written
                }
                long value = 0;
                for (int k = from; k < from + length; k++) {
                    int digit = b[k] - '0';
                    if (digit < 0 || digit > 9) {
                        return NumericDatePattern.NO_MATCH;
                    }
                    value = value * 10 + digit;
                }
                return value;
            }
            // a ticket's rows repeat its dates (the opening on every update): the bytes of the last date read are kept per column
            if (lastDateBytes == null) {
                lastDateBytes = new byte[typed.kinds().length][];
                lastDateLength = new int[typed.kinds().length];
                lastDateValue = new long[typed.kinds().length];
            }
            byte[] last = lastDateBytes[column];
            if (last != null && java.util.Arrays.equals(last, 0, lastDateLength[column], b, from, from + length)) {
                return lastDateValue[column];
            }
            NumericDatePattern[] patterns = typed.patterns();
            int first = lastPattern[column];
            for (int k = 0; k < patterns.length; k++) {
                int i = (first + k) % patterns.length;
                long seconds = patterns[i].epochSecond(b, from, length);
                if (seconds != NumericDatePattern.NO_MATCH) {
                    lastPattern[column] = i;
                    if (last == null || last.length < length) {
                        last = new byte[Math.max(32, length)];
                        lastDateBytes[column] = last;
                    }
                    System.arraycopy(b, from, last, 0, length);
                    lastDateLength[column] = length;
                    lastDateValue[column] = seconds;
                    return seconds;
                }
            }
            return NumericDatePattern.NO_MATCH;
        }
        private final java.nio.charset.CharsetDecoder strict;
        private java.nio.CharBuffer decoded;
        private final boolean utf8;

        RowParser(ByteBuffer data, int stop, byte delimiter, boolean[] wanted, Charset charset, int initialWindow) {
            this.initialWindow = initialWindow;
            this.data = data;
            this.stop = stop;
            this.delimiter = delimiter;
            this.wanted = wanted;
            this.charset = charset;
            this.strict = charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            this.utf8 = charset.name().equals("UTF-8");
        }

        /** Records the first field of the row whose bytes do not decode; every field is checked, read or not, as the stream reader decodes every byte. */
        private void check(byte[] b, int from, int to) {
            if (undecodable != null) {
                return;
            }
            int bad = utf8 ? Utf8.firstInvalid(b, from, to) : firstUndecodable(b, from, to);
            if (bad >= 0) {
                undecodable = Utf8.badBytes(b, bad, to);
                undecodableLine = rowLines;
            }
        }

        private int firstUndecodable(byte[] b, int from, int to) {
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b, from, to - from);
            if (decoded == null || decoded.capacity() < to - from) {
                decoded = java.nio.CharBuffer.allocate(Math.max(256, to - from));
            }
            decoded.clear();
            java.nio.charset.CoderResult result = strict.reset().decode(in, decoded, true);
            return result.isError() ? in.position() : -1;
        }

        /** Moves the window to start at {@code pos}, doubling it when it already started there. */
        void load(int pos) {
            int size = Math.max(initialWindow, pos == base && filled > 0 ? window.length * 2 : window.length);
            if (window.length < size) {
                window = new byte[size];
            }
            base = pos;
            filled = Math.min(window.length, stop - pos);
            data.get(pos, window, 0, filled);
        }

        /**
         * Parses the row starting at file offset {@code pos} into {@link #buffer}; returns the
         * offset after it, or {@link #INCOMPLETE} when the window ends inside it.
         */
        int row(int pos) {
            if (pos < base || pos >= base + filled) {
                load(pos);
            }
            byte[] b = window;
            int limit = filled;
            boolean windowAtEnd = base + filled >= stop;
            int i = pos - base;
            count = 0;
            rowLine = lines;
            rowLines = 0;
            blank = true;
            undecodable = null;
            while (true) {
                int column = count;
                boolean keep = wanted == null || (column < wanted.length && wanted[column]);
                int length = 0;
                boolean quoted = false;
                int high = 0;
                int quotedStart = i + 1;
                if (i < limit && b[i] == '"') {
                    quoted = true;
                    blank = false;
                    i++;
                    while (true) {
                        if (i >= limit) {
                            if (!windowAtEnd) {
                                return INCOMPLETE;
                            }
                            endedInQuotes = true;
                            break;
                        }
                        byte c = b[i];
                        if (c == '"') {
                            if (i + 1 < limit && b[i + 1] == '"') {
                                scratch = put(scratch, length++, c);
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n') {
                            rowLines++;
                        } else if (c == '\r') {
                            if (i + 1 >= limit && !windowAtEnd) {
                                return INCOMPLETE;
                            }
                            if (i + 1 >= limit || b[i + 1] != '\n') {
                                rowLines++;   // a CR alone ends a line, as CRLF and LF do
                            }
                        }
                        high |= c;
                        if (keep) {
                            scratch = put(scratch, length, c);
                        }
                        length++;
                        i++;
                    }
                }
                // unquoted part (or what follows a closing quote) up to the delimiter or line end; a
                // CR before the line end (or the chunk's end) is not part of it
                int quotedEnd = i;
                int runStart = i;
                while (i < limit) {
                    byte c = b[i];
                    if (c == delimiter || c == '\n' || c == '\r') {
                        break;
                    }
                    high |= c;
                    i++;
                }
                if (i >= limit && !windowAtEnd) {
                    return INCOMPLETE;
                }
                if (i + 1 >= limit && i < limit && b[i] == '\r' && !windowAtEnd) {
                    return INCOMPLETE;   // a CR at the window's end may be the first half of a CRLF
                }
                int runEnd = i;
                if ((high & 0x80) != 0) {
                    if (quoted) {
                        check(b, quotedStart, quotedEnd);
                    }
                    check(b, runStart, runEnd);
                }
                int run = runEnd - runStart;
                if (run > 0) {
                    blank = false;
                }
                byte kind = keep && !quoted && run > 0 ? typed.kind(column) : Typed.TEXT;
                long number = kind == Typed.TEXT ? NumericDatePattern.NO_MATCH : typedValue(kind, column, b, runStart, run);
                if (number != NumericDatePattern.NO_MATCH) {
                    numbers[column] = number;
                    add(PARSED);
                } else if (keep) {
                    while (caches.size() <= column) {
                        caches.add(new ColumnCache());
                    }
                    if (quoted) {
                        if (length + run > scratch.length) {
                            scratch = java.util.Arrays.copyOf(scratch, Math.max(scratch.length * 2, length + run));
                        }
                        System.arraycopy(b, runStart, scratch, length, run);
                        add(caches.get(column).string(scratch, 0, length + run, charset));
                    } else {
                        add(caches.get(column).string(b, runStart, run, charset));
                    }
                } else {
                    add(null);
                }
                if (i >= limit) {
                    blank = blank && count == 1;
                    return base + i;
                }
                if (b[i] == delimiter) {
                    blank = false;
                    i++;
                } else {
                    rowLines++;
                    if (b[i] == '\r' && i + 1 < limit && b[i + 1] == '\n') {
                        i++;   // CRLF is one line end
                    }
                    i++;
                    blank = blank && count == 1;
                    return base + i;
                }
            }
        }
    }

    /**
     * The strings of one column, kept while the column repeats its values (states, priorities,
     * groups, flags, counters), so that a million rows do not make a million copies of "ACTIVE".
     * A column whose values rarely repeat (ids, timestamps) turns the table off once it is half
     * full and misses outnumber hits four to one; the value of the row before is still reused, as
     * event logs write a ticket's updates one after another (same number, same opening time).
     */
    private static final class ColumnCache {
        private static final int SIZE = 512;
        private final byte[][] keys = new byte[SIZE][];
        private final String[] values = new String[SIZE];
        private int entries;
        private long hits;
        private long misses;
        private boolean off;
        private byte[] lastBytes = new byte[32];
        private int lastLength;
        private String last;

        String string(byte[] bytes, int offset, int length, Charset charset) {
            if (last != null && java.util.Arrays.equals(lastBytes, 0, lastLength, bytes, offset, offset + length)) {
                return last;
            }
            String value = lookUp(bytes, offset, length, charset);
            if (length > lastBytes.length) {
                lastBytes = new byte[Math.max(length, lastBytes.length * 2)];
            }
            System.arraycopy(bytes, offset, lastBytes, 0, length);
            lastLength = length;
            last = value;
            return value;
        }

        private String lookUp(byte[] bytes, int offset, int length, Charset charset) {
            if (off) {
                return new String(bytes, offset, length, charset);
            }
            int hash = 1;
            for (int i = offset; i < offset + length; i++) {
                hash = 31 * hash + bytes[i];
            }
            int slot = (hash ^ (hash >>> 16)) & (SIZE - 1);
            while (keys[slot] != null) {
                byte[] key = keys[slot];
                if (java.util.Arrays.equals(key, 0, key.length, bytes, offset, offset + length)) {
                    hits++;
                    return values[slot];
                }
                slot = (slot + 1) & (SIZE - 1);
            }
            misses++;
            String value = new String(bytes, offset, length, charset);
            if (entries < SIZE / 2) {
                keys[slot] = java.util.Arrays.copyOfRange(bytes, offset, offset + length);
                values[slot] = value;
                entries++;
            } else if (misses > 4 * hits) {
                off = true;
            }
            return value;
        }
    }

    /** Bytes the charset cannot decode, at a line of the chunk (from 0). */
    static final class UndecodableBytes extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final String bytes;

        UndecodableBytes(int line, String bytes) {
            super(null, null, false, false);
            this.line = line;
            this.bytes = bytes;
        }
    }

    private static byte[] put(byte[] buffer, int index, byte b) {
        byte[] target = index < buffer.length ? buffer : java.util.Arrays.copyOf(buffer, buffer.length * 2);
        target[index] = b;
        return target;
    }
}
