package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * A figure of a rule pack's own metric, declared in the snapshot's {@code figures} section: the
 * organisation measured it outside this library (a survey, a tool's report). Only metrics a pack
 * defines may be declared; the built-in metrics are measured from the snapshot's counts and the
 * operational records, so one KPI has one number.
 *
 * <pre>{@code
 * figures:
 *   - {metric: desk.callback_rate, value: 0.62, source: "call-back log, June"}
 * }</pre>
 *
 * @param metric the pack metric's id
 * @param value  the figure, in the metric's unit
 * @param source where the number comes from, shown as evidence; optional
 */
public record DeclaredFigure(
        @NotBlank @Pattern(regexp = "[a-z_]+\\.[a-z0-9_]+", message = "must look like area.name (lower case), e.g. desk.callback_rate") String metric,
        @NotNull Double value,
        Optional<String> source) {

    public DeclaredFigure {
        source = source == null ? Optional.empty() : source;
    }
}
