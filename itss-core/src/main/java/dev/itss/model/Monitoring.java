package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Monitoring (监控) over the period.
 *
 * @param configurationItems devices and services that should be monitored
 * @param monitoredItems     of those, items under monitoring (at most {@code configurationItems})
 * @param alerts             alerts raised in the period
 * @param falseAlerts        of those, alerts that needed no action (at most {@code alerts})
 */
public record Monitoring(
        @NotNull @PositiveOrZero Integer configurationItems,
        @NotNull @PositiveOrZero Integer monitoredItems,
        @NotNull @PositiveOrZero Integer alerts,
        @NotNull @PositiveOrZero Integer falseAlerts) {}
