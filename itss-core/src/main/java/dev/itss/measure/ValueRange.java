package dev.itss.measure;

import java.util.Optional;

/**
 * The values a metric can take, each bound optional (inclusive).
 *
 * <pre>{@code
 * ValueRange.of(Unit.RATIO).contains(1.2)        // false: a share is 0 to 1
 * new ValueRange(Optional.of(0.0), Optional.empty()).describe()   // "at least 0"
 * }</pre>
 *
 * @param min the least value, if any
 * @param max the greatest value, if any
 */
public record ValueRange(Optional<Double> min, Optional<Double> max) {

    public ValueRange {
        min = min == null ? Optional.empty() : min;
        max = max == null ? Optional.empty() : max;
    }

    /** The values of a unit: a ratio is a share from 0 to 1; counts, durations and plain numbers are at least 0; scores, dates, texts and lists are not bounded here. */
    public static ValueRange of(Unit unit) {
        return switch (unit) {
            case RATIO -> new ValueRange(Optional.of(0.0), Optional.of(1.0));
            case COUNT, DAYS, HOURS, MINUTES, NUMBER -> new ValueRange(Optional.of(0.0), Optional.empty());
            case SCORE, DATE, TEXT, LIST -> new ValueRange(Optional.empty(), Optional.empty());
        };
    }

    public boolean contains(double value) {
        return min.map(m -> value >= m).orElse(true) && max.map(m -> value <= m).orElse(true);
    }

    /** "0 to 1", "at least 0", "at most 5", "any value". */
    public String describe() {
        if (min.isPresent() && max.isPresent()) {
            return dev.itss.internal.Numbers.number(min.get()) + " to " + dev.itss.internal.Numbers.number(max.get());
        }
        return min.map(m -> "at least " + dev.itss.internal.Numbers.number(m))
                .or(() -> max.map(m -> "at most " + dev.itss.internal.Numbers.number(m))).orElse("any value");
    }
}
