package dev.itss.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * The service level agreed with the customer.
 *
 * @param attainmentTarget share of tickets that must meet their response and resolution targets,
 *                         between 0 and 1 (0.95 means 95 %)
 */
public record SlaTarget(@NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double attainmentTarget) {}
