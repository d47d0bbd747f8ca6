package dev.itss.measure;

import dev.itss.model.Bilingual;
import dev.itss.model.Element;
import dev.itss.policy.Band;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * One entry of the metric catalogue ({@code dev/itss/measure/catalogue.yaml}).
 *
 * @param id        stable id, e.g. {@code service_desk.answer_rate}
 * @param item      the ITSS-DOMAIN item it belongs to: a measurement item such as {@code M-R-05},
 *                  or, for a metric no M- item names, the lifecycle stage or method step it serves
 * @param element   the service element measured
 * @param name      English and Chinese names (the Chinese term is the one users search for)
 * @param unit      unit of the value
 * @param direction which way is better
 * @param subject   what one value is about ({@code post}, {@code organisation}, ...)
 * @param formula   the exact definition, with its denominator named
 * @param inputs    the snapshot fields it reads, e.g. {@code resources.serviceDesk.callsOffered}
 * @param band      the default warning and breach bounds and their source
 * @param range     the values the metric can take, when they differ from its unit's (see {@link #possibleValues()})
 */
public record MetricDefinition(
        @NotBlank @Pattern(regexp = "[a-z_]+\\.[a-z0-9_]+") String id,
        @NotBlank @Pattern(regexp = "[MLS](-[A-Z])?-\\d+") String item,
        @NotNull Element element,
        @NotNull @Valid Bilingual name,
        @NotNull Unit unit,
        @NotNull Direction direction,
        @NotBlank String subject,
        @NotBlank String formula,
        @NotEmpty List<@NotBlank String> inputs,
        @NotNull @Valid Band band,
        java.util.Optional<@Valid ValueRange> range) {

    public MetricDefinition {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        range = range == null ? java.util.Optional.empty() : range;
    }

    /**
     * The values the metric can take: the catalogue's {@code range} when it gives one, else its
     * unit's ({@link ValueRange#of(Unit)}: a share from 0 to 1, a count or a duration at least 0).
     * A policy's band outside them never or always fires, so the engine refuses it.
     *
     * <pre>{@code
     * MetricCatalog.standard().require("service_desk.answer_rate").possibleValues().contains(1.5)   // false
     * }</pre>
     */
    public ValueRange possibleValues() {
        return range.orElseGet(() -> ValueRange.of(unit));
    }
}
