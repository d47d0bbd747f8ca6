package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The period's training, counted by its knowledge tests (培训应用效果, M-P-09).
 *
 * @param trainees engineers who took a post-training knowledge test
 * @param passed   of those, engineers who passed it (at most {@code trainees})
 */
public record TrainingResults(@NotNull @PositiveOrZero Integer trainees, @NotNull @PositiveOrZero Integer passed) {}
