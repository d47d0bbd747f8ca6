package dev.itss.records;

import java.time.DateTimeException;
import java.time.LocalDateTime;
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

    private final List<Token> tokens;
    private final boolean hasTime;

    private NumericDatePattern(List<Token> tokens) {
        this.tokens = tokens;
        this.hasTime = tokens.stream().anyMatch(t -> t.kind() == Kind.HOUR);
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
                tokens.add(new Token(Kind.LITERAL, 0, 0, pattern.substring(i + 1, close)));
                i = close + 1;
                continue;
            }
            if (!Character.isLetter(c)) {
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

    /** The date-time the text holds (midnight for a date-only pattern), or {@code null} when it does not match. */
    LocalDateTime parse(String text) {
        int year = 0;
        int month = 0;
        int day = 0;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int pos = 0;
        int length = text.length();
        for (Token token : tokens) {
            if (token.kind() == Kind.LITERAL) {
                if (!text.startsWith(token.literal(), pos)) {
                    return null;
                }
                pos += token.literal().length();
                continue;
            }
            int value = 0;
            int digits = 0;
            while (digits < token.maxDigits() && pos < length) {
                char c = text.charAt(pos);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
                digits++;
                pos++;
            }
            if (digits < token.minDigits()) {
                return null;
            }
            switch (token.kind()) {
                case YEAR -> year = value;
                case MONTH -> month = value;
                case DAY -> day = value;
                case HOUR -> hour = value;
                case MINUTE -> minute = value;
                case SECOND -> second = value;
                default -> throw new IllegalStateException();
            }
        }
        if (pos != length) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hasTime ? hour : 0, minute, second);
        } catch (DateTimeException e) {
            return null; // 2026-13-01, 31 April...
        }
    }
}
