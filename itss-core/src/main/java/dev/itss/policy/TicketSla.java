package dev.itss.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ticket SLA targets per priority, used to compute whether a ticket made its SLA when the export
 * has no made-SLA flag. Time is counted around the clock unless a business-hours calendar is given.
 *
 * <pre>{@code
 * ticketSla:
 *   priorities:
 *     1: {responseMinutes: 15, resolutionHours: 4}
 *     3: {responseMinutes: 60, resolutionHours: 24}
 *   calendar: {days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], start: "08:30", end: "17:30", holidays: [2026-10-01]}
 * }</pre>
 *
 * @param priorities targets keyed by priority (1 highest)
 * @param calendar   business hours; absent means 24x7
 */
public record TicketSla(Map<@NotNull @Positive Integer, @NotNull @Valid Target> priorities, Optional<@Valid BusinessHours> calendar) {

    public TicketSla {
        priorities = priorities == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(priorities));   // by priority: the same order in every output
        calendar = calendar == null ? Optional.empty() : calendar;
    }

    /**
     * The targets of one priority.
     *
     * @param responseMinutes minutes to the first response; absent when not targeted
     * @param resolutionHours hours to resolution
     */
    public record Target(Optional<@Positive Double> responseMinutes, @NotNull @Positive Double resolutionHours) {

        public Target {
            responseMinutes = responseMinutes == null ? Optional.empty() : responseMinutes;
        }
    }

    /**
     * Working days and hours; time outside them does not count against the SLA.
     *
     * @param days     working days
     * @param start    start of the working day
     * @param end      end of the working day, after {@code start}
     * @param holidays days off among the working days
     */
    public record BusinessHours(List<@NotNull DayOfWeek> days, @NotNull LocalTime start, @NotNull LocalTime end, List<@NotNull LocalDate> holidays) {

        public BusinessHours {
            days = days == null ? List.of() : List.copyOf(days);
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }
    }
}
