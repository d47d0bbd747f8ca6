package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Research and development of new technology in the period (新技术研发, M-T-04).
 *
 * @param hours          engineer hours spent on R&amp;D
 * @param pilots         pilots of new or mature technology completed
 * @param pilotsAdopted  of those, pilots rolled out into service (at most {@code pilots})
 */
public record Research(@NotNull @PositiveOrZero Double hours, @NotNull @PositiveOrZero Integer pilots, @NotNull @PositiveOrZero Integer pilotsAdopted) {}
