package dev.itss.model;

import jakarta.validation.constraints.NotBlank;

/**
 * The service organisation (the O&amp;M provider or the in-house IT team) being assessed.
 *
 * @param id   stable identifier, used to compare assessments over periods
 * @param name display name, e.g. "市第一人民医院信息科"
 */
public record Organisation(@NotBlank String id, @NotBlank String name) {}
