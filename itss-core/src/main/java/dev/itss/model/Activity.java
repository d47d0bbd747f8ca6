package dev.itss.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A routine O&amp;M activity that should follow a written procedure.
 *
 * @param id   stable identifier, referenced by {@link Sop#activity()}
 * @param name display name, e.g. "Data-centre inspection / 机房巡检"
 */
public record Activity(@NotBlank String id, @NotBlank String name) {}
