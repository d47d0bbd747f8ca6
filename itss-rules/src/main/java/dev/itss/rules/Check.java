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
 * @param alongside a second metric whose figure must be beyond its band for the same subject too
 *                  (rollbacks matter here while emergency changes are frequent, PRC-021); its value
 *                  is evidence named after the metric ({@code process.emergency_change_rate} gives
 *                  {@code emergencyChangeRate}); empty for most rows
 */
public record Check(
        @NotBlank @Pattern(regexp = "[A-Z]{3}-\\d{3}") String id,
        @NotBlank String metric,
        @NotNull Element element,
        @NotNull Severity severity,
        @NotEmpty List<@NotBlank String> domain,
        @NotBlank String lifecycle,
        String countedBy,
        String alongside) {

    public Check {
        domain = domain == null ? List.of() : List.copyOf(domain);
        countedBy = countedBy == null ? "" : countedBy;
        alongside = alongside == null ? "" : alongside;
    }

    /** The metrics the row reads: its own, then the one alongside it if any. */
    public List<String> metrics() {
        return alongside.isEmpty() ? List.of(metric) : List.of(metric, alongside);
    }

    /** The evidence name of the figure alongside: the metric's last segment in camel case ({@code emergencyChangeRate}). */
    public String alongsideName() {
        String last = alongside.substring(alongside.lastIndexOf('.') + 1);
        StringBuilder name = new StringBuilder();
        for (String part : last.split("_")) {
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }
}
