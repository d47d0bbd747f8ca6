package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A KPI defined for a process, and where its numbers come from.
 *
 * @param name   KPI name, e.g. "mean time to resolve"
 * @param source where the data comes from
 */
public record ProcessKpi(@NotBlank String name, @NotNull KpiSource source) {}
