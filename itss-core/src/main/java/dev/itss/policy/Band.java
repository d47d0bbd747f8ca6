package dev.itss.policy;

import jakarta.validation.constraints.NotNull;

/**
 * The warning and breach bounds of one metric. For a metric where higher is better a value below
 * {@code warning} is in the warning band and a value below {@code breach} is a breach; for one
 * where lower is better, above. A value equal to a bound is on the good side of it.
 *
 * @param warning first bound: beyond it the metric needs attention
 * @param breach  second bound: beyond it the target is missed
 * @param source  where the numbers come from (a standard, a benchmark, or "project default" with
 *                the reasoning)
 */
public record Band(@NotNull Double warning, @NotNull Double breach, String source) {

    public Band {
        source = source == null ? "" : source;
    }
}
