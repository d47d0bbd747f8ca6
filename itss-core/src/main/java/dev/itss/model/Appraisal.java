package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The period's performance-appraisal objectives (绩效考核), counted (M-P-08).
 *
 * @param objectives      objectives set for engineers in the period
 * @param smartObjectives of those, objectives that are specific, measurable, achievable, relevant
 *                        and time-bound (SMART), as checked by the reviewer (at most {@code objectives})
 */
public record Appraisal(@NotNull @PositiveOrZero Integer objectives, @NotNull @PositiveOrZero Integer smartObjectives) {}
