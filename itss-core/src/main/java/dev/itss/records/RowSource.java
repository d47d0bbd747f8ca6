package dev.itss.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import dev.itss.internal.Mappers;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rows of an export stream as arrays of strings, for every kind of record read as a stream:
 * CSV with a header row (the mapping's delimiter and encoding, quotes, a UTF-8 byte-order mark
 * skipped, blank lines ignored), or JSON lines when the source name ends in {@code .jsonl},
 * {@code .ndjson} or {@code .json} (one object per line; its header is the mapped column names,
 * and a key that is absent or null reads as the mapping's first missing-value token). Syntax errors
 * become an {@link InvalidInputException} with their line and column.
 */
final class RowSource {
    private RowSource() {}

    /** Receives what a stream holds, in order. */
    interface Rows {
        /**
         * The header, once, before any row.
         *
         * @param columnNumbers true for CSV, whose problems name column numbers; JSON lines have keys
         */
        void header(String[] header, boolean columnNumbers);

        /** A data row and its line. */
        void row(String[] values, int line);

        /** A line that is no row at all (a JSON value that is not an object). */
        void reject(InputProblem problem);
    }

    /** True when {@code source} names a JSON-lines file. */
    static boolean isJsonLines(String source) {
        String lower = withoutGzipSuffix(source).toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
    }

    /**
     * Reads the stream into {@code rows}.
     *
     * @param what what the data rows are, for the message about an empty file, e.g. "ticket rows"
     */
    static void read(String source, InputStream input, RecordMapping mapping, String what, Rows rows) {
        boolean jsonLines = isJsonLines(source);
        JsonParser[] parser = new JsonParser[1];
        InputStream text;
        try {
            text = new Bounded(gunzipped(new BufferedInputStream(input)), mapping.recordKind().maxBytes());
        } catch (Bounded.TooLarge e) {
            throw tooLarge(source, e, mapping);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (XesSource.isXes(source)) {
            XesSource.read(source, text, mapping, rows);
            return;
        }
        try (Reader reader = new CheckedTextReader(RecordValues.skipBom(new BufferedInputStream(text)), mapping.charset())) {
            if (jsonLines) {
                readJsonLines(source, reader, mapping, rows, parser);
            } else if (!readCsv(reader, mapping, rows, parser)) {
                throw new InvalidInputException(List.of(InputProblem.at(source, "", "is empty; expected a header row and " + what)));
            }
        } catch (JsonProcessingException e) {
            // the CSV parser wraps what the stream below it threw
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof StreamConstraintsException || String.valueOf(cause.getMessage()).contains("StreamReadConstraints")) {
                    // a value of over 20 million characters: its location, when there is one, has a column in the millions
                    JsonLocation at = e.getLocation() != null ? e.getLocation() : parser[0] != null ? parser[0].currentLocation() : null;
                    int line = at == null ? 0 : at.getLineNr();
                    throw new InvalidInputException(List.of(new InputProblem(source, line > 0 ? Optional.of(line) : Optional.empty(), Optional.empty(), "",
                            "a value is too long or too deep to read (" + ((JsonProcessingException) e).getOriginalMessage() + "); expected fields of at most "
                                    + MAX_VALUE_CHARS + " characters")));
                }
                if (cause instanceof CheckedTextReader.Undecodable undecodable) {
                    throw new InvalidInputException(List.of(undecodable(source, undecodable.line, undecodable.bytes, mapping)));
                }
                if (cause instanceof Bounded.TooLarge tooLarge) {
                    throw tooLarge(source, tooLarge, mapping);
                }
            }
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser[0] != null ? parser[0].currentLocation() : null;
            throw new InvalidInputException(List.of(new InputProblem(source, at == null ? Optional.empty() : Optional.of(at.getLineNr()),
                    at == null ? Optional.empty() : Optional.of(at.getColumnNr()), "", "is not valid " + (jsonLines ? "JSON lines" : "CSV") + ": "
                    + e.getOriginalMessage())));
        } catch (Bounded.TooLarge e) {
            throw tooLarge(source, e, mapping);
        } catch (CheckedTextReader.Undecodable e) {
            throw new InvalidInputException(List.of(undecodable(source, e.line, e.bytes, mapping)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** The name without a trailing {@code .gz}: {@code log.xes.gz} is an XES log, gzipped. */
    static String withoutGzipSuffix(String source) {
        return source.toLowerCase(Locale.ROOT).endsWith(".gz") ? source.substring(0, source.length() - 3) : source;
    }

    /** The stream unpacked when it starts with the gzip magic bytes (whatever its name), else itself. */
    static InputStream gunzipped(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1F && second == 0x8B) {
            return new java.util.zip.GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    /** A stream that ends the read with {@link TooLarge} past a number of bytes. */
    static final class Bounded extends java.io.FilterInputStream {
        static final class TooLarge extends IOException {
            private static final long serialVersionUID = 1L;
            final long limit;

            TooLarge(long limit) {
                super("more than " + limit + " bytes");
                this.limit = limit;
            }
        }

        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) {
                throw new TooLarge(limit);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (count += n) > limit) {
                throw new TooLarge(limit);
            }
            return n;
        }
    }

    /** The problem of an input past its kind's size limit: the same from every reader. */
    static InvalidInputException tooLarge(String source, Bounded.TooLarge e, RecordMapping mapping) {
        return new InvalidInputException(List.of(InputProblem.at(source, "", "is larger than " + e.limit + " bytes, the limit for a "
                + mapping.recordKind().key() + " export")));
    }

    /** The longest value a field may hold, in characters (Jackson's default limit, named here so that messages can say it). */
    static final int MAX_VALUE_CHARS = com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_STRING_LEN;

    /** The problem of bytes the mapping's encoding cannot decode, on a line: the same from every reader. */
    static InputProblem undecodable(String source, int line, String bytes, RecordMapping mapping) {
        return new InputProblem(source, Optional.of(line), Optional.empty(), "", "bytes " + bytes + " are not valid " + mapping.charset().name()
                + " (the encoding of mapping '" + mapping.name() + "'); if the file was written in another encoding (GBK, GB18030...), "
                + "name it as the mapping's encoding");
    }

    /** False when the stream has no row at all, not even a header. */
    private static boolean readCsv(Reader reader, RecordMapping mapping, Rows rows, JsonParser[] current) throws IOException {
        // no header in the schema: the first row comes back as an array and is the header
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(mapping.delimiter().charAt(0)).withQuoteChar('"');
        try (MappingIterator<String[]> iterator = new CsvMapper().readerFor(String[].class).with(schema).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(reader)) {
            CsvParser parser = (CsvParser) iterator.getParser();
            current[0] = parser;
            boolean header = false;
            while (iterator.hasNextValue()) {
                String[] values = iterator.nextValue();
                int line = parser.currentLocation().getLineNr() - 1;
                if (!header) {
                    rows.header(values, true);
                    header = true;
                } else if (!(values.length == 1 && values[0].isEmpty())) { // a blank line is no row
                    rows.row(values, line);
                }
            }
            return header;
        }
    }

    private static void readJsonLines(String source, Reader reader, RecordMapping mapping, Rows rows, JsonParser[] current) throws IOException {
        List<String> header = new ArrayList<>(new LinkedHashSet<>(mapping.columns().values()));
        rows.header(header.toArray(String[]::new), false);
        String missing = mapping.missing().isEmpty() ? "" : mapping.missing().get(0);
        try (MappingIterator<JsonNode> iterator = Mappers.json().readerFor(JsonNode.class).readValues(reader)) {
            current[0] = iterator.getParser();
            while (iterator.hasNextValue()) {
                JsonNode node = iterator.nextValue();
                int line = iterator.getParser().currentLocation().getLineNr();
                if (!node.isObject()) {
                    rows.reject(new InputProblem(source, Optional.of(line), Optional.empty(), "", "expected a JSON object per line, was " + node.getNodeType()));
                    continue;
                }
                String[] values = new String[header.size()];
                for (int i = 0; i < values.length; i++) {
                    JsonNode value = node.get(header.get(i));
                    values[i] = value == null || value.isNull() ? missing : value.asText();
                }
                rows.row(values, line);
            }
        }
    }
}
