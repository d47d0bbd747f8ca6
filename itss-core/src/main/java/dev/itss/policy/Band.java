package dev.itss.policy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Optional;

/**
 * The warning and breach bounds of one metric. For a metric where higher is better a value below
 * {@code warning} is in the warning band and a value below {@code breach} is a breach; for one
 * where lower is better, above. A value equal to a bound is on the good side of it.
 *
 * <pre>{@code
 * new Band(0.0, 2.0, Optional.of(180), "project default: ...");   // people.newcomers: hired in the last 180 days
 * }</pre>
 *
 * @param warning    first bound: beyond it the metric needs attention
 * @param breach     second bound: beyond it the target is missed
 * @param windowDays for a metric that counts what happened within a time before the period end
 *                   (a newcomer was hired within it, a fresh article written or revised within
 *                   it), that time in days; absent for the others
 * @param source     where the numbers come from (a standard, a benchmark, or "project default" with
 *                   the reasoning)
 */
public record Band(@NotNull Double warning, @NotNull Double breach, Optional<@Positive Integer> windowDays, String source) {

    public Band {
        windowDays = windowDays == null ? Optional.empty() : windowDays;
        source = source == null ? "" : source;
    }

    /** A band without a window. */
    public Band(Double warning, Double breach, String source) {
        this(warning, breach, Optional.empty(), source);
    }
}
