package dev.itss.records;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading values the same way for every kind of record: byte-order marks, booleans, date-times. */
final class RecordValues {
    private RecordValues() {}

    /** The stream after a UTF-8 byte-order mark, if it starts with one. */
    static InputStream skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
        return in;
    }

    /**
     * Column index by header name, the first of equal names winning. A header written the Jira
     * Cloud way, {@code Custom field (NAME)}, also answers to {@code NAME}.
     */
    static java.util.Map<String, Integer> headerIndex(String[] header) {
        java.util.Map<String, Integer> byName = new java.util.HashMap<>();
        for (int i = 0; i < header.length; i++) {
            byName.putIfAbsent(header[i].trim(), i);
        }
        for (int i = 0; i < header.length; i++) {
            String name = header[i].trim();
            if (name.startsWith(CUSTOM_FIELD) && name.endsWith(")")) {
                byName.putIfAbsent(name.substring(CUSTOM_FIELD.length(), name.length() - 1).trim(), i);
            }
        }
        return byName;
    }

    private static final String CUSTOM_FIELD = "Custom field (";

    /** true/1/yes/y and false/0/no/n, case-insensitive; empty for anything else. */
    static Optional<Boolean> parseBoolean(String text) {
        if (text.equalsIgnoreCase("true") || text.equals("1") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("y")) {
            return TRUE;
        }
        if (text.equalsIgnoreCase("false") || text.equals("0") || text.equalsIgnoreCase("no") || text.equalsIgnoreCase("n")) {
            return FALSE;
        }
        return Optional.empty();
    }

    private static final Optional<Boolean> TRUE = Optional.of(true);
    private static final Optional<Boolean> FALSE = Optional.of(false);

    /**
     * The date-time patterns of a mapping, tried in order: all-numeric ones by
     * {@link NumericDatePattern}, the others by {@link DateTimeFormatter}. A date-only pattern
     * reads as midnight.
     */
    static final class DateFormats {
        private final List<DateTimeFormatter> formats = new ArrayList<>();
        private final List<NumericDatePattern> fast = new ArrayList<>();

        DateFormats(List<String> patterns) {
            for (String pattern : patterns) {
                formats.add(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
                fast.add(NumericDatePattern.compile(pattern).orElse(null));
            }
        }

        int size() {
            return formats.size();
        }

        /** The text read by format {@code i} as epoch seconds (see {@link NumericDatePattern#epochSecond}), or {@link NumericDatePattern#NO_MATCH}. */
        long epochSecond(String text, int i) {
            NumericDatePattern numeric = fast.get(i);
            if (numeric != null) {
                return numeric.epochSecond(text);
            }
            LocalDateTime parsed = parse(text, i);
            return parsed == null ? NumericDatePattern.NO_MATCH : parsed.toEpochSecond(java.time.ZoneOffset.UTC);
        }

        /** The text read by format {@code i}, or null when it does not match. */
        LocalDateTime parse(String text, int i) {
            NumericDatePattern numeric = fast.get(i);
            if (numeric != null) {
                return numeric.parse(text);
            }
            try {
                TemporalAccessor parsed = formats.get(i).parse(text);
                LocalDate day = LocalDate.from(parsed);
                return parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalDateTime.of(day, LocalTime.from(parsed)) : day.atStartOfDay();
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
    }
}
