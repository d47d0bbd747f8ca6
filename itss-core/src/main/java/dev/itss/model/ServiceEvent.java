package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An event of the period that starts an ad hoc service review (R-1, 不定期回顾): a major
 * incident, a customer complaint or a change of the service content.
 *
 * <pre>{@code
 * events:
 *   - id: EV-07
 *     kind: MAJOR_INCIDENT
 *     on: 2026-08-12
 *     title: HIS 数据库宕机 (HIS database outage)
 *     services: [his]
 *     impact: {usersAffected: 600, outageMinutes: 75, description: wards could not admit or prescribe}
 *     actionsTaken: [switched to the standby database]
 *     actionsPlanned: [replace the failed controller]
 *     ticket: HIS00107
 *     problem: PRB-0012
 * }</pre>
 *
 * @param id             the event's id
 * @param kind           what kind of event it is
 * @param on             the day it happened (inside the period)
 * @param title          what happened, in a line
 * @param services       the services it touched
 * @param impact         its impact on the services and their users, when known
 * @param actionsTaken   what was done
 * @param actionsPlanned what is still to be done
 * @param ticket         the ticket that recorded it, when the ticket export holds it
 * @param problem        the problem record opened for it (问题管理), when one was
 * @param raisedBy       who raised it (for a complaint: the complainant or their department)
 */
public record ServiceEvent(
        @NotBlank String id,
        @NotNull Kind kind,
        @NotNull LocalDate on,
        @NotBlank String title,
        @References("ServiceOffering") List<@NotBlank String> services,
        Optional<@Valid Impact> impact,
        List<@NotBlank String> actionsTaken,
        List<@NotBlank String> actionsPlanned,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> ticket,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> problem,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> raisedBy) {

    public ServiceEvent {
        services = Lists.copy(services);
        impact = Lists.orEmpty(impact);
        actionsTaken = Lists.copy(actionsTaken);
        actionsPlanned = Lists.copy(actionsPlanned);
        ticket = Lists.orEmpty(ticket);
        problem = Lists.orEmpty(problem);
        raisedBy = Lists.orEmpty(raisedBy);
    }

    /** The kinds of event the seed names as starting an ad hoc review. */
    public enum Kind {
        /** A major incident (重大事件). */
        MAJOR_INCIDENT,
        /** A customer complaint (客户投诉). */
        COMPLAINT,
        /** A change of the service content (服务内容变更). */
        SERVICE_CHANGE
    }

    /**
     * The impact of an event.
     *
     * @param usersAffected  users who could not work or were served worse
     * @param outageMinutes  minutes the touched services were down or degraded
     * @param description    the impact in words
     */
    public record Impact(Optional<@Min(0) Integer> usersAffected, Optional<@Min(0) Integer> outageMinutes, Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> description) {
        public Impact {
            usersAffected = Lists.orEmpty(usersAffected);
            outageMinutes = Lists.orEmpty(outageMinutes);
            description = Lists.orEmpty(description);
        }
    }
}
