package dev.itss.internal;

import java.util.Locale;

/**
 * Numbers as the reports print them, for the report stage and for the few justifications that
 * carry preformatted lists ({@code HIS 88.4 % < 95 %}).
 *
 * <pre>{@code
 * Numbers.percent(0.884);   // "88.4 %"
 * }</pre>
 */
public final class Numbers {
    private Numbers() {}

    /** {@code 0.8333} as {@code 83.3 %}. */
    public static String percent(double ratio) {
        return number(ratio * 100) + " %";
    }

    /** Rounded to one decimal, without a trailing {@code .0}. */
    public static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }
}
