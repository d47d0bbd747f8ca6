package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An emergency-response plan (应急响应预案).
 *
 * @param id         stable identifier
 * @param scenario   what it responds to, e.g. "HIS database outage"
 * @param approvedOn day the plan was approved
 * @param lastDrill  day of the last drill (演练); absent when never drilled
 */
public record EmergencyPlan(
        @NotBlank String id,
        @NotBlank String scenario,
        @NotNull LocalDate approvedOn,
        Optional<LocalDate> lastDrill) {

    public EmergencyPlan {
        lastDrill = Lists.orEmpty(lastDrill);
    }
}
