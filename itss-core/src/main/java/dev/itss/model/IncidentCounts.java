package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The period's incidents (事件), counted (M-S-05). Each count of tickets is at most {@code resolved}.
 *
 * @param resolved              incidents resolved in the period
 * @param reopened              of those, incidents reopened at least once
 * @param reassigned            of those, incidents reassigned to another group at least once
 * @param resolvedFirstContact  of those, incidents resolved at the first contact
 * @param onSiteVisits          on-site visits made
 * @param onSiteResponseMinutes minutes from dispatch to arrival, summed over the on-site visits
 * @param remoteHandled         incidents first handled remotely
 * @param remoteEscalated       of those, incidents that needed an on-site visit after all (at most {@code remoteHandled})
 */
public record IncidentCounts(
        @NotNull @PositiveOrZero Integer resolved,
        @NotNull @PositiveOrZero Integer reopened,
        @NotNull @PositiveOrZero Integer reassigned,
        @NotNull @PositiveOrZero Integer resolvedFirstContact,
        @NotNull @PositiveOrZero Integer onSiteVisits,
        @NotNull @PositiveOrZero Double onSiteResponseMinutes,
        @NotNull @PositiveOrZero Integer remoteHandled,
        @NotNull @PositiveOrZero Integer remoteEscalated) {}
