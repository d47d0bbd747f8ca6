package dev.itss.records;

import static dev.itss.records.Cells.NONE;

import dev.itss.model.Period;
import dev.itss.policy.TicketSla;
import dev.itss.read.InputProblem;
import dev.itss.records.TicketFold.Ticket;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the folded tickets of an export into {@link TicketKpis}: scope (the period, in the
 * mapping's zone), the SLA judgement of each ticket (its flag, Jira's time left, or the policy's
 * targets through {@link SlaClock}), the rates over all tickets (available only when the export
 * has their data), durations, backlog, support levels, assignees, and the same per group.
 */
final class TicketCounts {
    private final RecordValues.DateFormats clock;
    private final Optional<Period> period;
    private final GroupBy groupBy;
    private final Optional<TicketSla> sla;
    private final TicketKpis.Measured measured;
    private final long asOf;
    private final long periodEnd;

    /**
     * @param clock    the mapping's zone, for period days and business hours
     * @param measured which rates the export has data for
     * @param latestSeen the latest time in the file: the reference time of ageing without a period
     */
    TicketCounts(RecordValues.DateFormats clock, Optional<Period> period, GroupBy groupBy, Optional<TicketSla> sla, TicketKpis.Measured measured,
                 long latestSeen) {
        this.clock = clock;
        this.period = period;
        this.groupBy = groupBy;
        this.sla = sla;
        this.measured = measured;
        this.periodEnd = period.map(p -> clock.instant(p.end().atTime(23, 59, 59))).orElse(NONE);
        this.asOf = periodEnd != NONE ? periodEnd : latestSeen;
    }

    /** What the export's data allows to measure at all. */
    static TicketKpis.Measured measured(Cells cells, boolean knowledgeLinks) {
        return new TicketKpis.Measured(cells.has(TicketField.REOPENS) || cells.has(TicketField.STATE),
                cells.has(TicketField.REASSIGNMENTS) || cells.has(TicketField.ASSIGNMENT_GROUP),
                cells.has(TicketField.KNOWLEDGE) || cells.has(TicketField.ARTICLE) || knowledgeLinks);
    }

    /** The KPIs of the tickets, with what the read saw besides. */
    TicketKpis kpis(Iterable<Ticket> tickets, long rows, List<InputProblem> skipped, long skippedTotal, List<String> absent, List<String> warnings) {
        List<Ticket> inScope = new ArrayList<>();
        for (Ticket t : tickets) {
            if (period.isEmpty() || inPeriod(t.openedAt, period.get())) {
                inScope.add(t);
            }
        }
        Map<String, TicketKpis> groups = new TreeMap<>();
        if (groupBy != GroupBy.NONE) {
            Map<String, List<Ticket>> byKey = new TreeMap<>();
            for (Ticket t : inScope) {
                byKey.computeIfAbsent(groupKey(t), k -> new ArrayList<>()).add(t);
            }
            byKey.forEach((key, group) -> groups.put(key, figures(group, 0, List.of(), 0, absent, Map.of(), GroupBy.NONE, List.of())));
        }
        return figures(inScope, rows, skipped, skippedTotal, absent, groups, groupBy, warnings);
    }

    private String groupKey(Ticket t) {
        String key = switch (groupBy) {
            case ASSIGNMENT_GROUP -> t.group;
            case PRIORITY -> t.priority == null ? null : "P" + t.priority;
            case SERVICE -> t.service;
            case MONTH -> GroupBy.month(java.time.LocalDate.ofEpochDay(clock.epochDay(t.openedAt)));
            case NONE -> "";
            default -> throw new IllegalStateException(groupBy + " does not group tickets");
        };
        return key == null || key.isEmpty() ? GroupBy.NO_VALUE : key;
    }

    private boolean inPeriod(long opened, Period period) {
        long day = clock.epochDay(opened);
        return day >= period.start().toEpochDay() && day <= period.end().toEpochDay();
    }

    private LocalDateTime local(long instant) {
        return instant == NONE ? null : clock.local(instant);
    }

    /**
     * A ticket's SLA outcome and its source, or null when unknown: the export's flag or time left
     * first; else the policy's targets, except for a ticket done without a resolution time (its
     * outcome is unknown, not a breach at the reference time).
     */
    private SlaSource judge(Ticket t, Boolean[] made) {
        if (t.madeSla != null) {
            made[0] = t.madeSla;
            return t.slaSource;
        }
        made[0] = null;
        if (sla.isEmpty()) {
            return null;
        }
        boolean endedWithoutTime = t.resolvedAt == NONE && t.state != null && (t.state.isDone() || t.state == TicketState.CANCELLED);
        if (endedWithoutTime) {
            return null;
        }
        made[0] = SlaClock.made(local(t.openedAt), local(t.respondedAt), local(t.resolvedAt), t.priority, local(asOf), sla.get()).orElse(null);
        return made[0] == null ? null : sla.get().calendar().isPresent() ? SlaSource.TARGETS_BUSINESS_HOURS : SlaSource.TARGETS_AROUND_THE_CLOCK;
    }

    private TicketKpis figures(List<Ticket> scope, long rows, List<InputProblem> skipped, long skippedTotal, List<String> absent,
                               Map<String, TicketKpis> groups, GroupBy groupedBy, List<String> warnings) {
        double[] ages = new double[scope.size()];
        int open = 0;
        long incidentsWithContact = 0;
        long firstContact = 0;
        long changes = 0;
        long changesWithOutcome = 0;
        long changesSuccessful = 0;
        long emergencyChanges = 0;
        long releases = 0;
        long releasesFailed = 0;
        long slaMade = 0;
        long slaKnown = 0;
        long reopened = 0;
        long reassigned = 0;
        long withKnowledge = 0;
        long dispatched = 0;
        long dispatchedRight = 0;
        long withLevel = 0;
        long escalated = 0;
        long resolvedWithLevel = 0;
        long resolvedAtFirstLevel = 0;
        Set<SlaSource> sources = EnumSet.noneOf(SlaSource.class);
        Map<String, long[]> assignees = new java.util.HashMap<>();   // sorted once at the end, not per ticket
        double[] hours = new double[scope.size()];
        int n = 0;
        Map<String, long[]> perService = new TreeMap<>();   // tickets, made, known
        Boolean[] judged = new Boolean[1];
        for (Ticket t : scope) {
            SlaSource source = judge(t, judged);
            Boolean made = judged[0];
            if (made != null) {
                slaKnown++;
                sources.add(source);
                if (made) {
                    slaMade++;
                }
            }
            if (t.service != null && !t.service.isEmpty()) {
                long[] counts = perService.computeIfAbsent(t.service, k -> new long[3]);
                counts[0]++;
                counts[1] += Boolean.TRUE.equals(made) ? 1 : 0;
                counts[2] += made != null ? 1 : 0;
            }
            if (t.reopenCounter != null ? t.reopenCounter > 0 : t.reopenedInHistory) {
                reopened++;
            }
            if (t.reassignmentCounter != null ? t.reassignmentCounter > 0 : t.reassignedInHistory) {
                reassigned++;
            }
            if (Boolean.TRUE.equals(t.knowledge)) {
                withKnowledge++;
            }
            if (t.group != null) {
                dispatched++;
                // a group change in the history: right when the group that kept it is the first one;
                // no change seen: right unless the counter says it was reassigned before the export
                boolean right = t.reassignedInHistory ? t.group.equals(t.firstGroup)
                        : t.reassignmentCounter == null || t.reassignmentCounter == 0;
                if (right) {
                    dispatchedRight++;
                }
            }
            if (t.assignee != null) {
                assignees.computeIfAbsent(t.assignee, k -> new long[1])[0]++;
            }
            if (t.resolvedAt != NONE) {
                hours[n++] = (t.resolvedAt - t.openedAt) / 3600.0;
            }
            TicketType type = t.type == null ? TicketType.INCIDENT : t.type;
            if (type == TicketType.INCIDENT && t.firstContact != null) {
                incidentsWithContact++;
                if (t.firstContact) {
                    firstContact++;
                }
            }
            if (type == TicketType.CHANGE) {
                changes++;
                if (Boolean.TRUE.equals(t.emergency)) {
                    emergencyChanges++;
                }
                if (t.successful != null) {
                    changesWithOutcome++;
                    if (t.successful) {
                        changesSuccessful++;
                    }
                }
            }
            if (type == TicketType.RELEASE) {
                releases++;
                if (Boolean.FALSE.equals(t.successful)) {
                    releasesFailed++;
                }
            }
            boolean resolved = t.state != null ? t.state.isDone() : t.resolvedAt != NONE;
            if (t.maxLevel > 0) {
                withLevel++;
                if (t.maxLevel > t.firstLevel) {
                    escalated++;
                }
                if (resolved) {
                    resolvedWithLevel++;
                    if (t.maxLevel == 1) {
                        resolvedAtFirstLevel++;
                    }
                }
            }
            boolean done = t.state != null ? t.state.isDone() || t.state == TicketState.CANCELLED : t.resolvedAt != NONE;
            if (done && periodEnd != NONE && t.resolvedAt != NONE && t.resolvedAt > periodEnd) {
                done = false;   // resolved after the period's end: still open at it
            }
            if (!done) {
                ages[open++] = (asOf - t.openedAt) / 86400.0;
            }
        }
        Map<String, TicketKpis.ServiceSla> services = new TreeMap<>();
        perService.forEach((service, c) -> services.put(service, new TicketKpis.ServiceSla(c[0], c[1], c[2])));
        return new TicketKpis(rows, scope.size(), slaMade, slaKnown, reopened, reassigned, withKnowledge, dispatched, dispatchedRight,
                n == 0 ? Optional.empty() : Optional.of(TicketKpis.Durations.of(hours, n)),
                open, open == 0 ? Optional.empty() : Optional.of(TicketKpis.Durations.of(ages, open)),
                new TicketKpis.ByType(incidentsWithContact, firstContact, changes, changesWithOutcome, changesSuccessful, emergencyChanges,
                        releases, releasesFailed),
                skipped, skippedTotal, absent, groups, groupedBy, services, sources, measured,
                new TicketKpis.Levels(withLevel, escalated, resolvedWithLevel, resolvedAtFirstLevel), counts(assignees), warnings);
    }

    private static Map<String, Long> counts(Map<String, long[]> counters) {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((key, count) -> out.put(key, count[0]));
        return out;
    }
}
