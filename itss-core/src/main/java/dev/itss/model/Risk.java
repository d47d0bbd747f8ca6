package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An entry of the risk register (风险管理).
 *
 * @param id              stable identifier
 * @param name            the risk
 * @param treatmentPlanOn day its treatment plan was approved; absent when it has none
 * @param reviewDue       day its next review is due
 */
public record Risk(@NotBlank String id, @NotBlank String name, Optional<LocalDate> treatmentPlanOn, @NotNull LocalDate reviewDue) {

    public Risk {
        treatmentPlanOn = Lists.orEmpty(treatmentPlanOn);
    }
}
