package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;

/**
 * Ticket counts of one service over the period.
 *
 * @param inScope tickets counted against the SLA
 * @param metSla  of those, tickets that met their response and resolution targets (at most {@code inScope})
 * @param major   major incidents (重大事件) of the service; absent when not reported (M-S-02)
 */
public record TicketCounts(@NotNull @PositiveOrZero Integer inScope, @NotNull @PositiveOrZero Integer metSla,
                           Optional<@PositiveOrZero Integer> major) {

    public TicketCounts {
        major = Lists.orEmpty(major);
    }

    /** Counts without major incidents. */
    public TicketCounts(Integer inScope, Integer metSla) {
        this(inScope, metSla, Optional.empty());
    }
}
