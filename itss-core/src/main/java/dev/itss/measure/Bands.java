package dev.itss.measure;

/**
 * Compares a value with a band from inside a rule constraint, where the executable model cannot
 * call a method of another pattern's binding with a property as argument. Values are rounded as
 * measured figures are ({@link Measurement#round}), so a rule and the figure agree on a bound.
 *
 * <pre>{@code
 * $t : Threshold( metric == "tools.availability" )
 * $tool : Tool( Bands.beyond($t, Ratios.remaining(plannedHours, downtimeHours)) )
 * }</pre>
 */
public final class Bands {
    private Bands() {}

    /** True when {@code value} lies beyond the band's warning bound, the metric's way; false for NaN. */
    public static boolean beyond(Threshold band, double value) {
        return !Double.isNaN(value) && band.isOutside(Measurement.round(value));
    }

    /**
     * Whether {@code part / whole} lies beyond a band given by its direction and warning bound:
     * for the results of {@code accumulate}, which the executable model types as {@code Object},
     * checked on the band's own pattern after the accumulate.
     *
     * <pre>{@code
     * accumulate( Engineer( post == $id ); $staffed : count() )
     * $t : Threshold( metric == "people.post_staffing_rate", Bands.shareBeyond( direction, warning, $staffed, $required ) )
     * }</pre>
     */
    public static boolean shareBeyond(Direction direction, double warning, Object part, Object whole) {
        double share = Ratios.of(number(part), number(whole));
        return !Double.isNaN(share) && direction.isWorse(Measurement.round(share), warning);
    }

    /** Whether the share of {@code whole} left after the elements of {@code lost} lies beyond the band (accumulate results). */
    public static boolean shareLeftBeyond(Direction direction, double warning, Object whole, Object lost) {
        double share = Ratios.remaining(number(whole), ((java.util.Collection<?>) lost).size());
        return !Double.isNaN(share) && direction.isWorse(Measurement.round(share), warning);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** {@link #beyond(Threshold, double)} for a count or a number of days. */
    public static boolean beyond(Threshold band, long value) {
        return band.isOutside(value);
    }
}
