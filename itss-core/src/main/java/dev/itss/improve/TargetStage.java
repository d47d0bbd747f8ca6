package dev.itss.improve;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One step of a target: the value to reach by a date. A target has one stage, or an intermediate
 * one for the next period and the final one later when its action takes months (HIGH effort).
 *
 * @param value    the value to reach (at least it, or at most it, by the metric's direction)
 * @param due      the date by which it is reached: the end of the period it is verified in
 * @param isFinal  true for the target's last stage
 */
public record TargetStage(@NotNull Double value, @NotNull LocalDate due, boolean isFinal) {}
