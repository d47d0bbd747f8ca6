package dev.itss.measure;

import java.time.LocalDate;
import java.util.List;

/**
 * One named fact behind a measurement or finding, e.g. {@code staffed = 3 (COUNT)}. Message
 * templates refer to evidence by name ({@code {staffed}}).
 *
 * @param name  placeholder name, e.g. {@code observed}, {@code required}
 * @param value a {@link Number}, {@link String}, {@link LocalDate} or {@code List<String>}
 * @param unit  how to show it
 */
public record Evidence(String name, Object value, Unit unit) {

    public static Evidence count(String name, long value) {
        return new Evidence(name, value, Unit.COUNT);
    }

    public static Evidence ratio(String name, double value) {
        return new Evidence(name, value, Unit.RATIO);
    }

    public static Evidence hours(String name, double value) {
        return new Evidence(name, value, Unit.HOURS);
    }

    /** A plain number, e.g. a median of counts that may end in .5. */
    public static Evidence number(String name, double value) {
        return new Evidence(name, value, Unit.NUMBER);
    }

    public static Evidence days(String name, long value) {
        return new Evidence(name, value, Unit.DAYS);
    }

    public static Evidence date(String name, LocalDate value) {
        return new Evidence(name, value, Unit.DATE);
    }

    public static Evidence text(String name, String value) {
        return new Evidence(name, value, Unit.TEXT);
    }

    public static Evidence list(String name, List<String> value) {
        return new Evidence(name, List.copyOf(value), Unit.LIST);
    }
}
