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

    /** Hours for a message: whole hours without decimals, else one decimal (26, 24.5). */
    static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(Locale.ROOT, "%.1f", hours);
    }

    private static final Optional<Boolean> TRUE = Optional.of(true);
    private static final Optional<Boolean> FALSE = Optional.of(false);

    /**
     * The date-time patterns of a mapping, tried in order, and the zone of times written without
     * an offset. All-numeric patterns are read by {@link NumericDatePattern}, the others by a
     * strict {@link DateTimeFormatter} (so {@code 30/Feb/26} is no date, as {@code 2026-02-30} is
     * none). A date-only pattern reads as midnight. A text with a UTC offset ({@code X}, {@code x},
     * {@code Z}, {@code O} or a zone id {@code VV} in the pattern) is the instant it names; a text
     * without one is a local time in the mapping's zone.
     *
     * <p>Times are carried as epoch seconds of the instant ({@link #epochSecond}); {@link #local}
     * gives the wall-clock time in the zone back, for business hours and period days.
     */
    static final class DateFormats {
        private final List<DateTimeFormatter> formats = new ArrayList<>();
        private final List<NumericDatePattern> fast = new ArrayList<>();
        private final java.time.ZoneId zone;
        /** The zone's offset in seconds when it never changes (UTC, Asia/Shanghai...), else null. */
        private final Integer fixedOffset;

        DateFormats(List<String> patterns, java.time.ZoneId zone) {
            this.zone = zone;
            java.time.zone.ZoneRules rules = zone.getRules();
            this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(java.time.Instant.EPOCH).getTotalSeconds() : null;
            for (String pattern : patterns) {
                formats.add(strict(pattern));
                fast.add(NumericDatePattern.compile(pattern).orElse(null));
            }
        }

        /**
         * The pattern as a strict formatter: a year of era ({@code y}) becomes a proleptic year
         * ({@code u}), which strict resolution needs when the pattern names no era.
         */
        static DateTimeFormatter strict(String pattern) {
            StringBuilder out = new StringBuilder(pattern.length());
            boolean quoted = false;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\'') {
                    quoted = !quoted;
                }
                out.append(!quoted && c == 'y' ? 'u' : c);
            }
            return DateTimeFormatter.ofPattern(out.toString(), Locale.ENGLISH).withResolverStyle(java.time.format.ResolverStyle.STRICT);
        }

        int size() {
            return formats.size();
        }

        /**
         * The text read by format {@code i} as epoch seconds of the instant, or
         * {@link NumericDatePattern#NO_MATCH}.
         */
        long epochSecond(String text, int i) {
            NumericDatePattern numeric = fast.get(i);
            if (numeric != null) {
                long local = numeric.epochSecond(text);
                return local == NumericDatePattern.NO_MATCH ? local : instantOfLocal(local);
            }
            try {
                TemporalAccessor parsed = formats.get(i).parse(text);
                LocalDate day = LocalDate.from(parsed);
                LocalDateTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalDateTime.of(day, LocalTime.from(parsed)) : day.atStartOfDay();
                if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                    return time.toEpochSecond(java.time.ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)));
                }
                java.time.ZoneId named = parsed.query(java.time.temporal.TemporalQueries.zoneId());
                if (named != null) {
                    return time.atZone(named).toEpochSecond();
                }
                return time.atZone(zone).toEpochSecond();
            } catch (java.time.DateTimeException e) {
                return NumericDatePattern.NO_MATCH;
            }
        }

        /** The instant of a local time given as seconds since 1970-01-01T00:00 of the zone's wall clock. */
        long instantOfLocal(long localSeconds) {
            if (fixedOffset != null) {
                return localSeconds - fixedOffset;
            }
            return LocalDateTime.ofEpochSecond(localSeconds, 0, java.time.ZoneOffset.UTC).atZone(zone).toEpochSecond();
        }

        /** The wall-clock time in the zone of an instant. */
        LocalDateTime local(long epochSecond) {
            int offset = fixedOffset != null ? fixedOffset
                    : zone.getRules().getOffset(java.time.Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
            return LocalDateTime.ofEpochSecond(epochSecond, 0, java.time.ZoneOffset.ofTotalSeconds(offset));
        }

        /** The day, in the zone, of an instant. */
        long epochDay(long epochSecond) {
            int offset = fixedOffset != null ? fixedOffset
                    : zone.getRules().getOffset(java.time.Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
            return Math.floorDiv(epochSecond + offset, 86_400L);
        }

        /** The instant the given local time in the zone names. */
        long instant(LocalDateTime local) {
            return local.atZone(zone).toEpochSecond();
        }
    }
}
