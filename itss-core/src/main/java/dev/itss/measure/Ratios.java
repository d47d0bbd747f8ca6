package dev.itss.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/**
 * Small, tested helpers for arithmetic that the Drools executable model cannot compile inside a
 * constraint (a property mixed with another pattern's binding), shared by the measure stage and
 * the rules so that each formula is written once.
 *
 * <pre>{@code
 * Tool( Ratios.of(requirementsMet, requirements) < $warning )
 * }</pre>
 */
public final class Ratios {
    private Ratios() {}

    /** {@code part / whole}, or NaN when {@code whole} is 0 (NaN compares false with every bound). */
    public static double of(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }

    /** The share of {@code whole} left after {@code lost}: {@code (whole - lost) / whole}, NaN when whole is 0. */
    public static double remaining(double whole, double lost) {
        return of(whole - lost, whole);
    }

    /** {@link #remaining} when {@code lost} is known, else NaN. */
    public static double remainingIfKnown(double whole, Optional<? extends Number> lost) {
        return lost.map(l -> remaining(whole, l.doubleValue())).orElse(Double.NaN);
    }

    /** The value when present, else NaN. */
    public static double orNaN(Optional<? extends Number> value) {
        return value.map(Number::doubleValue).orElse(Double.NaN);
    }

    /** Days from {@code date} to {@code end} (positive when {@code date} is earlier). */
    public static long daysBetween(LocalDate date, LocalDate end) {
        return ChronoUnit.DAYS.between(date, end);
    }

    /** Days from {@code date} to {@code end}, or NaN when there is no date. */
    public static double ageIfKnown(Optional<LocalDate> date, LocalDate end) {
        return date.map(d -> (double) daysBetween(d, end)).orElse(Double.NaN);
    }

    /** Days from the first present date ({@code date}, else {@code fallback}) to {@code end}. */
    public static long ageSince(Optional<LocalDate> date, LocalDate fallback, LocalDate end) {
        return daysBetween(date.orElse(fallback), end);
    }

    /** The elements of {@code required} that {@code held} lacks, in the order required. */
    public static java.util.List<String> missing(Collection<String> held, java.util.List<String> required) {
        return required.stream().filter(r -> !held.contains(r)).toList();
    }

    /** True when {@code held} contains every element of {@code required}. */
    public static boolean holdsAll(Collection<String> held, Collection<String> required) {
        return held.containsAll(required);
    }
}
