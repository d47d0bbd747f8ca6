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
            for (int p = nominal[i]; p < nominal[i + 1]; p++) {
                if (data.get(p) == '"') {
                    q++;
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
                } else if (b == '\n' && !inQuotes) {
                    p++;
                    break;
                }
                p++;
            }
            starts[i] = Math.max(p, starts[i - 1]);
        }
        return starts;
    }

    /** Receives the rows of a chunk. */
    interface RowSink {
        /**
         * One row.
         *
         * @param fields the row's fields; only the {@code wanted} columns are decoded, the others are null
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
        List<String> fields = new ArrayList<>(wanted == null ? 16 : wanted.length);
        int p = (int) start;
        int stop = (int) end;
        int lines = 0;
        byte[] scratch = new byte[256];
        while (p < stop) {
            int rowLine = lines;
            fields.clear();
            boolean rowEnded = false;
            boolean blank = true;
            while (!rowEnded) {
                int column = fields.size();
                boolean keep = wanted == null || (column < wanted.length && wanted[column]);
                int length = 0;
                if (p < stop && data.get(p) == '"') {
                    blank = false;
                    p++;
                    while (p < stop) {
                        byte b = data.get(p);
                        if (b == '"') {
                            if (p + 1 < stop && data.get(p + 1) == '"') {
                                scratch = put(scratch, length++, b);
                                p += 2;
                                continue;
                            }
                            p++;
                            break;
                        }
                        if (b == '\n') {
                            lines++;
                        }
                        if (keep) {
                            scratch = put(scratch, length, b);
                        }
                        length++;
                        p++;
                    }
                }
                // unquoted part (or what follows a closing quote) up to the delimiter or line end
                while (p < stop) {
                    byte b = data.get(p);
                    if (b == delimiter || b == '\n') {
                        break;
                    }
                    if (b != '\r' || (p + 1 < stop && data.get(p + 1) != '\n')) {
                        if (keep) {
                            scratch = put(scratch, length, b);
                        }
                        length++;
                        blank = false;
                    }
                    p++;
                }
                fields.add(keep ? new String(scratch, 0, length, charset) : null);
                if (p >= stop) {
                    rowEnded = true;
                } else if (data.get(p) == delimiter) {
                    blank = false;
                    p++;
                } else {
                    lines++;
                    p++;
                    rowEnded = true;
                }
            }
            if (!(blank && fields.size() == 1)) {
                sink.row(fields.toArray(String[]::new), rowLine);
            }
        }
        return lines;
    }

    private static byte[] put(byte[] buffer, int index, byte b) {
        byte[] target = index < buffer.length ? buffer : java.util.Arrays.copyOf(buffer, buffer.length * 2);
        target[index] = b;
        return target;
    }
}
