package dev.itss.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;

/**
 * A service tool (服务工具): ITSM system, monitoring platform, remote-support tool...
 *
 * @param id              stable identifier
 * @param name            display name
 * @param requirements    service requirements the tool is expected to support
 * @param requirementsMet of those, requirements it supports (fit, M-R-01; at most {@code requirements})
 * @param plannedHours    hours the tool should have been up in the period
 * @param downtimeHours   hours it was down in the period (availability, M-R-02; at most {@code plannedHours})
 * @param failures        failures of the tool in the period (stability, M-R-04)
 * @param usabilityScore  mean score of the users' usability survey, 1 to 5 (operability, M-R-03);
 *                        absent when not surveyed
 */
public record Tool(
        @NotBlank String id,
        @NotBlank String name,
        @NotNull @PositiveOrZero Integer requirements,
        @NotNull @PositiveOrZero Integer requirementsMet,
        @NotNull @PositiveOrZero Double plannedHours,
        @NotNull @PositiveOrZero Double downtimeHours,
        @NotNull @PositiveOrZero Integer failures,
        Optional<@DecimalMin("1.0") @DecimalMax("5.0") Double> usabilityScore) {

    public Tool {
        usabilityScore = Lists.orEmpty(usabilityScore);
    }
}
