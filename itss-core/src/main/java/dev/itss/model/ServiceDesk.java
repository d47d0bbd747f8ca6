package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;

/**
 * The service desk's (服务台) counts over the period. Ratios (answer rate, dispatch accuracy) are
 * computed by the measurement stage from these counts.
 *
 * @param callsOffered          calls that reached the desk
 * @param callsAnswered         of those, calls answered by an agent (at most {@code callsOffered})
 * @param ticketsLogged         tickets the desk logged (录单)
 * @param ticketsDispatched     tickets dispatched to a resolver group (派单)
 * @param ticketsRedispatched   of those, tickets that had to be dispatched again because the first
 *                              group was wrong (at most {@code ticketsDispatched})
 * @param callsResolvedOnPhone  calls resolved during the call itself; absent when not reported
 * @param resolutionCallMinutes talk minutes of those calls, summed; absent when not reported
 *                              (call time to resolve, M-R-08)
 * @param post                  id of the post whose engineers staff the desk; absent when not reported
 */
public record ServiceDesk(
        @NotNull @PositiveOrZero Integer callsOffered,
        @NotNull @PositiveOrZero Integer callsAnswered,
        @NotNull @PositiveOrZero Integer ticketsLogged,
        @NotNull @PositiveOrZero Integer ticketsDispatched,
        @NotNull @PositiveOrZero Integer ticketsRedispatched,
        Optional<@PositiveOrZero Integer> callsResolvedOnPhone,
        Optional<@PositiveOrZero Double> resolutionCallMinutes,
        @References("Post") Optional<String> post) {

    public ServiceDesk {
        callsResolvedOnPhone = Lists.orEmpty(callsResolvedOnPhone);
        resolutionCallMinutes = Lists.orEmpty(resolutionCallMinutes);
        post = Lists.orEmpty(post);
    }

    /** The counts and call-resolution figures, without the desk's post. */
    public ServiceDesk(Integer callsOffered, Integer callsAnswered, Integer ticketsLogged, Integer ticketsDispatched, Integer ticketsRedispatched,
                       Optional<Integer> callsResolvedOnPhone, Optional<Double> resolutionCallMinutes) {
        this(callsOffered, callsAnswered, ticketsLogged, ticketsDispatched, ticketsRedispatched, callsResolvedOnPhone, resolutionCallMinutes, Optional.empty());
    }

    /** The counts without the call-resolution figures. */
    public ServiceDesk(Integer callsOffered, Integer callsAnswered, Integer ticketsLogged, Integer ticketsDispatched, Integer ticketsRedispatched) {
        this(callsOffered, callsAnswered, ticketsLogged, ticketsDispatched, ticketsRedispatched, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
