package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The period's user-satisfaction survey (用户满意度, M-S-04).
 *
 * @param responses answers received
 * @param satisfied of those, answers rating the service satisfied or better (at most {@code responses})
 */
public record Satisfaction(@NotNull @PositiveOrZero Integer responses, @NotNull @PositiveOrZero Integer satisfied) {}
