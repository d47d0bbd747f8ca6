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
            case ASSIGNEE -> t.assignee;
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

    /** The folded ticket as a record, its SLA judged at this count's reference time; null when it is out of this count's period. */
    TicketRecord record(String id, Ticket t) {
        if (period.isPresent() && !inPeriod(t.openedAt, period.get())) {
            return null;
        }
        Boolean[] made = new Boolean[1];
        judge(t, made);
        return new TicketRecord(id, local(t.openedAt), Optional.ofNullable(local(t.resolvedAt)), Optional.ofNullable(t.state),
                Optional.ofNullable(t.priority), Optional.ofNullable(made[0]), t.reopened(), t.reassigned(), Optional.ofNullable(t.group),
                Optional.ofNullable(t.service), Optional.ofNullable(t.assignee), t.type == null ? TicketType.INCIDENT : t.type);
    }

    /** Tickets from which on the count runs on all cores, each part tallied apart and the tallies merged. */
    static final int PARALLEL_MIN_TICKETS = 50_000;

    private TicketKpis figures(List<Ticket> scope, long rows, List<InputProblem> skipped, long skippedTotal, List<String> absent,
                               Map<String, TicketKpis> groups, GroupBy groupedBy, List<String> warnings) {
        Tally t;
        if (scope.size() < PARALLEL_MIN_TICKETS) {
            t = new Tally(scope.size());
            for (Ticket ticket : scope) {
                t.add(ticket);
            }
        } else {
            int parts = 2 * Runtime.getRuntime().availableProcessors();
            t = java.util.stream.IntStream.range(0, parts).parallel().mapToObj(p -> {
                List<Ticket> part = scope.subList(scope.size() * p / parts, scope.size() * (p + 1) / parts);
                Tally tally = new Tally(part.size());
                for (Ticket ticket : part) {
                    tally.add(ticket);
                }
                return tally;
            }).reduce(Tally::merge).orElseThrow();
        }
        Map<String, TicketKpis.ServiceSla> services = new TreeMap<>();
        t.perService.forEach((service, c) -> services.put(service, new TicketKpis.ServiceSla(c[0], c[1], c[2])));
        return new TicketKpis(rows, scope.size(), t.slaMade, t.slaKnown, t.reopened, t.reassigned, t.withKnowledge, t.dispatched, t.dispatchedRight,
                t.resolvedCount == 0 ? Optional.empty() : Optional.of(TicketKpis.Durations.of(t.hours, t.resolvedCount)),
                t.open, t.open == 0 ? Optional.empty() : Optional.of(TicketKpis.Durations.of(t.ages, t.open)),
                new TicketKpis.ByType(t.incidentsWithContact, t.firstContact, t.changes, t.changesWithOutcome, t.changesSuccessful, t.emergencyChanges,
                        t.releases, t.releasesFailed),
                skipped, skippedTotal, absent, groups, groupedBy, services, t.sources, measured,
                new TicketKpis.Levels(t.withLevel, t.escalated, t.resolvedWithLevel, t.resolvedAtFirstLevel), counts(t.assignees), warnings);
    }

    /** The counts of some tickets: one ticket at a time, and two tallies of parts into one. */
    private final class Tally {
        double[] ages;
        int open;
        double[] hours;
        int resolvedCount;
        long incidentsWithContact;
        long firstContact;
        long changes;
        long changesWithOutcome;
        long changesSuccessful;
        long emergencyChanges;
        long releases;
        long releasesFailed;
        long slaMade;
        long slaKnown;
        long reopened;
        long reassigned;
        long withKnowledge;
        long dispatched;
        long dispatchedRight;
        long withLevel;
        long escalated;
        long resolvedWithLevel;
        long resolvedAtFirstLevel;
        final Set<SlaSource> sources = EnumSet.noneOf(SlaSource.class);
        final Map<String, long[]> assignees = new java.util.HashMap<>();   // sorted once at the end, not per ticket
        final Map<String, long[]> perService = new TreeMap<>();   // tickets, made, known
        private final Boolean[] judged = new Boolean[1];

        Tally(int capacity) {
            ages = new double[capacity];
            hours = new double[capacity];
        }

        void add(Ticket t) {
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
            if (t.reopened()) {
                reopened++;
            }
            if (t.reassigned()) {
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
                hours[resolvedCount++] = (t.resolvedAt - t.openedAt) / 3600.0;
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
            if (t.openAt(periodEnd)) {
                ages[open++] = (asOf - t.openedAt) / 86400.0;
            }
        }

        /** This tally with the other's tickets added (durations are sorted before they are summed, so the order does not matter). */
        Tally merge(Tally other) {
            ages = concat(ages, open, other.ages, other.open);
            open += other.open;
            hours = concat(hours, resolvedCount, other.hours, other.resolvedCount);
            resolvedCount += other.resolvedCount;
            incidentsWithContact += other.incidentsWithContact;
            firstContact += other.firstContact;
            changes += other.changes;
            changesWithOutcome += other.changesWithOutcome;
            changesSuccessful += other.changesSuccessful;
            emergencyChanges += other.emergencyChanges;
            releases += other.releases;
            releasesFailed += other.releasesFailed;
            slaMade += other.slaMade;
            slaKnown += other.slaKnown;
            reopened += other.reopened;
            reassigned += other.reassigned;
            withKnowledge += other.withKnowledge;
            dispatched += other.dispatched;
            dispatchedRight += other.dispatchedRight;
            withLevel += other.withLevel;
            escalated += other.escalated;
            resolvedWithLevel += other.resolvedWithLevel;
            resolvedAtFirstLevel += other.resolvedAtFirstLevel;
            sources.addAll(other.sources);
            other.assignees.forEach((key, count) -> assignees.computeIfAbsent(key, k -> new long[1])[0] += count[0]);
            other.perService.forEach((key, c) -> {
                long[] mine = perService.computeIfAbsent(key, k -> new long[3]);
                for (int i = 0; i < 3; i++) {
                    mine[i] += c[i];
                }
            });
            return this;
        }

        private static double[] concat(double[] a, int n, double[] b, int m) {
            double[] out = new double[n + m];
            System.arraycopy(a, 0, out, 0, n);
            System.arraycopy(b, 0, out, n, m);
            return out;
        }
    }

    private static Map<String, Long> counts(Map<String, long[]> counters) {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((key, count) -> out.put(key, count[0]));
        return out;
    }
}
