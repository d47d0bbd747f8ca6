package dev.itss.records;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time left on an SLA as Jira Service Management shows and exports it: an optional
 * minus sign, then one or more amounts with a unit, e.g. {@code 45m}, {@code 2h 30m},
 * {@code -1d 4h}, {@code 1w 2d}, {@code -3 min}. Units: {@code yr}, {@code mo}, {@code w}, {@code d},
 * {@code h}, {@code m}/{@code min}, {@code s}. Only the sign decides the outcome (below zero: the
 * SLA was breached), so the calendar behind Jira's days and weeks does not matter here; the
 * amount is checked so that a value in another form is reported, not misread.
 */
final class SlaTimeLeft {
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(yr|mo|min|w|d|h|m|s)\\b");
    private static final Pattern WHOLE = Pattern.compile("[-\u2212]?\\s*(\\d+(?:\\.\\d+)?\\s*(yr|mo|min|w|d|h|m|s)\\s*)+|[-\u2212]?0");

    private SlaTimeLeft() {}

    /** True when the SLA was breached (negative time left), false when not; empty when the text is not a time left. */
    static Optional<Boolean> breached(String text) {
        String trimmed = text.trim();
        if (!WHOLE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        boolean negative = trimmed.startsWith("-") || trimmed.startsWith("\u2212");
        double total = 0;
        Matcher amounts = AMOUNT.matcher(trimmed);
        while (amounts.find()) {
            total += Double.parseDouble(amounts.group(1));
        }
        return Optional.of(negative && total > 0);
    }
}
