package dev.itss.records;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fast parser for the all-numeric date-time patterns exports use ({@code yyyy-MM-dd HH:mm:ss},
 * {@code d/M/yyyy H:mm}, {@code yyyy-MM-dd'T'HH:mm:ss}...): fields {@code yyyy}, {@code MM} /
 * {@code M}, {@code dd} / {@code d}, {@code HH} / {@code H}, {@code mm}, {@code ss} and literal
 * separators. A doubled letter reads exactly two digits, a single letter one or two. It reads the
 * same values as {@link java.time.format.DateTimeFormatter} for these patterns, without its
 * general machinery (which costs most of the time of reading an export), and reports a mismatch
 * by returning {@code null} instead of throwing. Other patterns ({@code MMM}, {@code a}, {@code h})
 * are left to {@code DateTimeFormatter}: {@link #compile} returns empty for them.
 */
final class NumericDatePattern {
    private enum Kind { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, LITERAL }

    private record Token(Kind kind, int minDigits, int maxDigits, String literal) {}

    private final boolean hasTime;

    // the tokens as arrays, for a parse loop without iterators or accessor calls
    private final Kind[] kinds;
    private final int[] minDigits;
    private final int[] maxDigits;
    /** The literals as ASCII bytes, for the byte parser (a pattern's literals are separators such as - / : T and a space). */
    private final byte[][] literalBytes;

    private NumericDatePattern(List<Token> tokens) {
        this.hasTime = tokens.stream().anyMatch(t -> t.kind() == Kind.HOUR);
        this.kinds = tokens.stream().map(Token::kind).toArray(Kind[]::new);
        this.minDigits = tokens.stream().mapToInt(Token::minDigits).toArray();
        this.maxDigits = tokens.stream().mapToInt(Token::maxDigits).toArray();
        this.literalBytes = tokens.stream().map(t -> t.literal() == null ? null : t.literal().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .toArray(byte[][]::new);
    }

    /** The fast parser of {@code pattern}, when it is all-numeric. */
    static Optional<NumericDatePattern> compile(String pattern) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int close = pattern.indexOf('\'', i + 1);
                if (close <= i + 1) {
                    return Optional.empty(); // '' (a quote) or unterminated: leave to DateTimeFormatter
                }
                String literal = pattern.substring(i + 1, close);
                if (!literal.chars().allMatch(ch -> ch < 0x80)) {
                    return Optional.empty(); // a literal such as 年: leave to DateTimeFormatter
                }
                tokens.add(new Token(Kind.LITERAL, 0, 0, literal));
                i = close + 1;
                continue;
            }
            if (!Character.isLetter(c)) {
                if (c >= 0x80) {
                    return Optional.empty();
                }
                tokens.add(new Token(Kind.LITERAL, 0, 0, String.valueOf(c)));
                i++;
                continue;
            }
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            Kind kind = switch (c) {
                case 'y', 'u' -> run == 4 ? Kind.YEAR : null;
                case 'M' -> run <= 2 ? Kind.MONTH : null;
                case 'd' -> run <= 2 ? Kind.DAY : null;
                case 'H' -> run <= 2 ? Kind.HOUR : null;
                case 'm' -> run <= 2 ? Kind.MINUTE : null;
                case 's' -> run <= 2 ? Kind.SECOND : null;
                default -> null;
            };
            if (kind == null) {
                return Optional.empty();
            }
            tokens.add(kind == Kind.YEAR ? new Token(kind, 4, 4, null) : new Token(kind, run == 2 ? 2 : 1, 2, null));
            i += run;
        }
        boolean hasDate = tokens.stream().anyMatch(t -> t.kind() == Kind.YEAR)
                && tokens.stream().anyMatch(t -> t.kind() == Kind.MONTH) && tokens.stream().anyMatch(t -> t.kind() == Kind.DAY);
        return hasDate ? Optional.of(new NumericDatePattern(List.copyOf(tokens))) : Optional.empty();
    }

    /** Returned by {@link #epochSecond} when the text does not match. */
    static final long NO_MATCH = Long.MIN_VALUE;

    /** The date-time the text holds (midnight for a date-only pattern), or {@code null} when it does not match. */
    LocalDateTime parse(String text) {
        long seconds = epochSecond(text);
        return seconds == NO_MATCH ? null : LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    /**
     * The date-time the text holds as seconds since 1970-01-01T00:00 read as UTC (a local
     * date-time, no zone), or {@link #NO_MATCH}; allocates nothing, so an export's timestamps
     * cost no garbage.
     */
    long epochSecond(String text) {
        // the pattern's literals are ASCII (compile refuses others), so a text with other characters cannot match
        return epochSecond(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, text.length());
    }

    /**
     * The date-time of {@code length} ASCII bytes from {@code offset}, as {@link #epochSecond(String)}
     * gives it; the chunked reader parses dates this way without making strings.
     */
    long epochSecond(byte[] text, int offset, int length) {
        int year = 0;
        int month = 0;
        int day = 0;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int pos = 0;
        for (int t = 0; t < kinds.length; t++) {
            Kind kind = kinds[t];
            if (kind == Kind.LITERAL) {
                byte[] literal = literalBytes[t];
                if (pos + literal.length > length) {
                    return NO_MATCH;
                }
                for (int k = 0; k < literal.length; k++) {
                    if (text[offset + pos + k] != literal[k]) {
                        return NO_MATCH;
                    }
                }
                pos += literal.length;
                continue;
            }
            int value = 0;
            int digits = 0;
            int max = maxDigits[t];
            while (digits < max && pos < length) {
                int c = text[offset + pos];
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
                digits++;
                pos++;
            }
            if (digits < minDigits[t]) {
                return NO_MATCH;
            }
            switch (kind) {
                case YEAR -> year = value;
                case MONTH -> month = value;
                case DAY -> day = value;
                case HOUR -> hour = value;
                case MINUTE -> minute = value;
                case SECOND -> second = value;
                default -> throw new IllegalStateException();
            }
        }
        if (pos != length || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return NO_MATCH; // 2026-13-01, 31 April, 24:00...
        }
        return epochDay(year, month, day) * 86_400L + (hasTime ? hour * 3600L + minute * 60L + second : 0);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse, as in java.time). */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
