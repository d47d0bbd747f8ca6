package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A technical output of the O&amp;M team (技术成果): a script, a tool, a technical manual.
 *
 * @param id   stable identifier
 * @param name display name
 * @param uses times it was used in the period (practical effect, M-T-02)
 */
public record TechnicalOutput(@NotBlank String id, @NotBlank String name, @NotNull @PositiveOrZero Integer uses) {}
