package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An item of the technology plan (技术规划) or R&amp;D plan (技术研发计划).
 *
 * @param id          stable identifier
 * @param name        what is to be done
 * @param due         day it is due
 * @param completedOn day it was completed; absent while open
 */
public record PlanItem(@NotBlank String id, @NotBlank String name, @NotNull LocalDate due, Optional<LocalDate> completedOn) {

    public PlanItem {
        completedOn = Lists.orEmpty(completedOn);
    }
}
