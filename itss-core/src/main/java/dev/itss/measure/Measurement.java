package dev.itss.measure;

import dev.itss.model.Subject;
import java.util.List;

/**
 * One value of one metric for one subject, with the facts it was computed from; or the record
 * that it could not be computed, and why.
 *
 * <p>Rules match on {@code metric}, {@code available} and {@code value}; {@code value} is
 * {@code NaN} when not available.
 *
 * @param metric            metric id from the catalogue
 * @param subject           what the value is about
 * @param available         whether the inputs were present
 * @param value             the value (NaN when not available)
 * @param inputs            the named facts behind the value, e.g. {@code staffed}, {@code required}
 * @param unavailableReason why it is not available (empty when available)
 */
public record Measurement(
        String metric,
        Subject subject,
        boolean available,
        double value,
        List<Evidence> inputs,
        String unavailableReason) {

    public Measurement {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        unavailableReason = unavailableReason == null ? "" : unavailableReason;
    }

    /** Decimal places kept in a measured value (see {@link #of}). */
    public static final int PRECISION = 9;
    private static final double SCALE = Math.pow(10, PRECISION);

    /**
     * A computed value, rounded to {@link #PRECISION} decimal places so that a value equal to a
     * policy bound in decimal (0.90 - 0.85 = 0.05) is equal to it in binary too; without this,
     * floating-point noise would decide boundary cases.
     */
    public static Measurement of(String metric, Subject subject, double value, Evidence... inputs) {
        return new Measurement(metric, subject, true, round(value), List.of(inputs), "");
    }

    /** A value rounded to {@link #PRECISION} decimal places, as every measured value is; NaN stays NaN. */
    public static double round(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? value : Math.round(value * SCALE) / SCALE;
    }

    /** A value that could not be computed; {@code reason} names the missing input, e.g. "no posts reported (people.posts)". */
    public static Measurement notAvailable(String metric, Subject subject, String reason) {
        return new Measurement(metric, subject, false, Double.NaN, List.of(), reason);
    }
}
