package dev.itss.metric;

import dev.itss.model.Subject;
import java.util.List;
import java.util.Optional;

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

    /** A computed value. */
    public static Measurement of(String metric, Subject subject, double value, Evidence... inputs) {
        return new Measurement(metric, subject, true, value, List.of(inputs), "");
    }

    /** A value that could not be computed; {@code reason} names the missing input, e.g. "no posts reported (people.posts)". */
    public static Measurement notAvailable(String metric, Subject subject, String reason) {
        return new Measurement(metric, subject, false, Double.NaN, List.of(), reason);
    }

    /** The value, when available. */
    public Optional<Double> valueIfAvailable() {
        return available ? Optional.of(value) : Optional.empty();
    }
}
