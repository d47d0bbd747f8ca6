package dev.itss.rules;

import dev.itss.model.Element;
import dev.itss.model.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * One aggregate check: a row of a checks table ({@code checks.yaml}). The generic rule of
 * {@code checks.drl} raises a finding for every subject whose figure of {@code metric} lies beyond
 * the metric's band; the direction comes from the metric's definition, the bounds from the policy.
 * Adding a check is adding a row and its two texts.
 *
 * <pre>{@code
 * - {id: RES-001, metric: service_desk.answer_rate, element: RESOURCES, severity: HIGH, domain: [P-R-06, M-R-05], lifecycle: L-3}
 * }</pre>
 *
 * @param id        stable rule id
 * @param metric    the catalogue metric compared
 * @param element   the element its findings belong to
 * @param severity  severity of a breach (a warning is one step lower)
 * @param domain    the ITSS items it covers
 * @param lifecycle the lifecycle stage
 * @param countedBy a metric whose figure already counts this check's cases (abandoned calls are
 *                  missed calls): when that figure is beyond its band for the same subject, the row
 *                  stays silent, so the same cases are not counted twice in the scores and the
 *                  plan; empty for most rows
 */
public record Check(
        @NotBlank @Pattern(regexp = "[A-Z]{3}-\\d{3}") String id,
        @NotBlank String metric,
        @NotNull Element element,
        @NotNull Severity severity,
        @NotEmpty List<@NotBlank String> domain,
        @NotBlank String lifecycle,
        String countedBy) {

    public Check {
        domain = domain == null ? List.of() : List.copyOf(domain);
        countedBy = countedBy == null ? "" : countedBy;
    }
}
