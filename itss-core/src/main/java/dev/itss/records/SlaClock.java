package dev.itss.records;

import dev.itss.policy.TicketSla;
import dev.itss.policy.TicketSla.BusinessHours;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Whether a ticket made its SLA, computed from the targets of its priority when the export has no
 * made-SLA flag. Time counts around the clock, or only within the business hours of the calendar.
 *
 * <p>Made: resolved within the resolution target and, when the ticket has a response time and its
 * priority a response target, responded within it. Missed: the resolution target passed, whether
 * the ticket is resolved or still open at the reference time, or the response came after its
 * target. The response is judged only where a response time is known: an export without one (or a
 * ticket without one) is judged on resolution alone, since a time nobody recorded is no miss.
 * Unknown (not counted in SLA attainment): no target for the ticket's priority, no priority, or
 * still open with time left. Times are wall-clock times of the mapping's zone, so that business
 * hours are the local ones.
 */
final class SlaClock {
    private SlaClock() {}

    static Optional<Boolean> made(LocalDateTime opened, LocalDateTime responded, LocalDateTime resolved, Integer priority,
                                  LocalDateTime asOf, TicketSla sla) {
        if (priority == null || !sla.priorities().containsKey(priority)) {
            return Optional.empty();
        }
        TicketSla.Target target = sla.priorities().get(priority);
        Optional<BusinessHours> calendar = sla.calendar();
        LocalDateTime end = resolved != null ? resolved : asOf;
        double resolutionMinutes = minutes(opened, end, calendar);
        boolean resolutionMissed = resolutionMinutes > target.resolutionHours() * 60;
        boolean responseMissed = responded != null && target.responseMinutes().isPresent()
                && minutes(opened, responded, calendar) > target.responseMinutes().get();
        if (resolutionMissed || responseMissed) {
            return Optional.of(false);
        }
        return resolved != null ? Optional.of(true) : Optional.empty();
    }

    /** Minutes between two times, around the clock or within business hours. */
    static double minutes(LocalDateTime from, LocalDateTime to, Optional<BusinessHours> calendar) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (calendar.isEmpty()) {
            return Duration.between(from, to).toSeconds() / 60.0;
        }
        BusinessHours hours = calendar.get();
        long seconds = 0;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!hours.days().contains(day.getDayOfWeek()) || hours.holidays().contains(day)) {
                continue;
            }
            LocalDateTime open = day.atTime(hours.start());
            LocalDateTime close = day.atTime(hours.end());
            LocalDateTime start = from.isAfter(open) ? from : open;
            LocalDateTime stop = to.isBefore(close) ? to : close;
            if (stop.isAfter(start)) {
                seconds += Duration.between(start, stop).toSeconds();
            }
        }
        return seconds / 60.0;
    }
}
