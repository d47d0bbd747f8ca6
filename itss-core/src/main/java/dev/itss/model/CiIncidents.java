package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Incidents of the period on one configuration item (配置项), and the problem records opened for it.
 *
 * @param id             configuration-item id, e.g. {@code core-switch-01}
 * @param name           display name
 * @param incidents      incidents on the item in the period
 * @param problemRecords problem records open or closed in the period for the item
 */
public record CiIncidents(@NotBlank String id, @NotBlank String name, @NotNull @PositiveOrZero Integer incidents,
                          @NotNull @PositiveOrZero Integer problemRecords) {}
