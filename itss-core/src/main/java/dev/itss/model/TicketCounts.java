package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Ticket counts of one service over the period.
 *
 * @param inScope tickets counted against the SLA
 * @param metSla  of those, tickets that met their response and resolution targets (at most {@code inScope})
 */
public record TicketCounts(@NotNull @PositiveOrZero Integer inScope, @NotNull @PositiveOrZero Integer metSla) {}
