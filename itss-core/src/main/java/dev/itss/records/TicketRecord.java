package dev.itss.records;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One ticket of an export in its final state, as a service review lists it (the month's
 * significant tickets, the difficult and the unresolved ones): the values of its final row, its
 * SLA outcome judged as the KPIs judge it, and what its history showed.
 *
 * <pre>{@code
 * ledger.openedIn(month).stream().filter(TicketRecord::missedSla).forEach(t -> System.out.println(t.id()));
 * }</pre>
 *
 * @param id         the ticket number
 * @param openedAt   when it was opened, in the mapping's zone
 * @param resolvedAt when it was resolved, when the export says
 * @param state      its final state, when the export has one
 * @param priority   1 (highest) to 5, when the export has one
 * @param madeSla    whether it made its SLA: the export's flag or time left, else the policy's
 *                   targets at the end of the window it was listed for; empty when unknown
 * @param reopened   reopened at least once (counter or history)
 * @param reassigned reassigned at least once (counter or history)
 * @param group      the assignment group that kept it
 * @param service    the service it is about, when the export names one
 * @param assignee   the person who worked it
 * @param type       its type (an incident when the export has no type)
 */
public record TicketRecord(String id, LocalDateTime openedAt, Optional<LocalDateTime> resolvedAt, Optional<TicketState> state,
                           Optional<Integer> priority, Optional<Boolean> madeSla, boolean reopened, boolean reassigned, Optional<String> group,
                           Optional<String> service, Optional<String> assignee, TicketType type) {

    /** Hours from opening to resolution, when resolved. */
    public Optional<Double> hoursToResolve() {
        return resolvedAt.map(r -> Duration.between(openedAt, r).toSeconds() / 3600.0);
    }

    /** True when the SLA outcome is known and missed. */
    public boolean missedSla() {
        return madeSla.isPresent() && !madeSla.get();
    }
}
