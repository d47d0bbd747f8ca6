package dev.itss.records;

import dev.itss.read.InputProblem;
import java.util.List;
import java.util.Optional;

/**
 * KPIs of one ticket export, each with its numerator and denominator.
 * The definitions, fixed so that another tool reproduces the numbers, are those of kind
 * {@code tickets} in {@link RecordKpiCatalog} ({@code dev/itss/records/kpis.yaml}, shown in
 * {@code docs/metrics.md}); each accessor below names the KPI it gives.
 *
 * <pre>{@code
 * TicketKpis kpis = TicketRecords.read(Path.of("incidents.csv"), RecordMapping.preset("servicenow"), ErrorPolicy.STOP, Optional.empty());
 * kpis.timeToResolve().ifPresent(d -> System.out.println("p90 " + d.p90() + " h over " + d.count() + " tickets"));
 * }</pre>
 *
 * @param rows         data rows read
 * @param tickets      distinct tickets in scope
 * @param slaMade      tickets that made their SLA
 * @param slaKnown     tickets whose SLA outcome is recorded
 * @param reopened     tickets reopened at least once
 * @param reassigned   tickets reassigned at least once
 * @param withKnowledge tickets citing a knowledge article
 * @param dispatched   tickets whose final state has an assignment group
 * @param dispatchedRight of those, the ones kept by the group first dispatched to
 * @param timeToResolve time-to-resolve statistics, when any ticket has both times
 * @param backlog      tickets in scope still open
 * @param backlogAgeDays ages of the open tickets in days (the {@code Durations} unit here is days)
 * @param byType       the figures of particular ticket types
 * @param skipped      rows skipped under {@link ErrorPolicy#SKIP}, in file order (capped)
 * @param skippedTotal how many rows were skipped in all
 * @param absentColumns optional columns the mapping names that the file lacks (their KPIs are not available)
 * @param groups       the same figures per group, when grouped (see {@link GroupBy}); rows and
 *                     skipped rows are counted for the whole file only
 * @param groupedBy    what {@code groups} are groups of ({@link GroupBy#NONE} when not grouped)
 * @param services     the SLA counts per service, by the value of the {@code service} field (a
 *                     service id of the snapshot), for the tickets that name one; empty when the
 *                     export has no service. An assessment lets them replace the service's declared
 *                     ticket counts.
 * @param slaSources   where the known SLA outcomes came from (empty when none is known)
 * @param measured     which of the rates over all tickets the export can measure at all: a rate
 *                     whose data is absent is not available, never 0 %
 * @param levels       support-level figures, when the export has a level column
 * @param assignees    tickets in scope per final assignee (empty without an assignee column)
 * @param warnings     what looked wrong with the mapping or the file without stopping the read,
 *                     e.g. an opening time that changes within a ticket
 */
public record TicketKpis(
        long rows,
        long tickets,
        long slaMade,
        long slaKnown,
        long reopened,
        long reassigned,
        long withKnowledge,
        long dispatched,
        long dispatchedRight,
        Optional<Durations> timeToResolve,
        long backlog,
        Optional<Durations> backlogAgeDays,
        ByType byType,
        List<InputProblem> skipped,
        long skippedTotal,
        List<String> absentColumns,
        java.util.Map<String, TicketKpis> groups,
        GroupBy groupedBy,
        java.util.Map<String, ServiceSla> services,
        java.util.Set<SlaSource> slaSources,
        Measured measured,
        Levels levels,
        java.util.Map<String, Long> assignees,
        List<String> warnings) {

    public TicketKpis {
        groupedBy = groupedBy == null ? GroupBy.NONE : groupedBy;
        services = services == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(services));
        skipped = List.copyOf(skipped);
        absentColumns = List.copyOf(absentColumns);
        groups = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(groups));
        slaSources = slaSources == null || slaSources.isEmpty() ? java.util.Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(slaSources));
        measured = measured == null ? new Measured(true, true, true) : measured;
        levels = levels == null ? new Levels(0, 0, 0, 0) : levels;
        assignees = assignees == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(assignees));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * Which rates over all tickets an export can measure. Reopens: a reopen counter or a state
     * column (a reopening is a done state followed by an open one); reassignments: a reassignment
     * counter or an assignment group; knowledge use: a knowledge flag, an article column or a
     * knowledge-link export. Without its data a rate is not available rather than 0 %.
     */
    public record Measured(boolean reopens, boolean reassignments, boolean knowledgeUse) {}

    /**
     * Support-level figures, over the tickets in scope with a level.
     *
     * @param withLevel            tickets with a level in any row
     * @param escalated            of those, tickets whose level rose above the level of their first row with one
     * @param resolvedWithLevel    of those, tickets resolved or closed
     * @param resolvedAtFirstLevel of those, tickets that never left level 1
     */
    public record Levels(long withLevel, long escalated, long resolvedWithLevel, long resolvedAtFirstLevel) {

        /** Escalation rate, when any ticket has a level. */
        public Optional<Double> escalationRate() {
            return withLevel == 0 ? Optional.empty() : Optional.of((double) escalated / withLevel);
        }

        /** Share of resolved tickets resolved at the first level without escalation, when any resolved ticket has a level. */
        public Optional<Double> firstLevelResolution() {
            return resolvedWithLevel == 0 ? Optional.empty() : Optional.of((double) resolvedAtFirstLevel / resolvedWithLevel);
        }
    }

    /** Mean tickets per assignee, over the tickets in scope with one; empty without assignees. */
    public Optional<Double> ticketsPerAssignee() {
        if (assignees.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(assignees.values().stream().mapToLong(Long::longValue).sum() / (double) assignees.size());
    }

    /**
     * The SLA counts of one service's tickets in scope.
     *
     * @param tickets  tickets in scope naming the service
     * @param slaMade  of those, tickets that made their SLA
     * @param slaKnown of those, tickets whose SLA outcome is known
     */
    public record ServiceSla(long tickets, long slaMade, long slaKnown) {

        /** SLA attainment of the service's tickets, as {@link TicketKpis#slaAttainment()} defines it; empty when no outcome is known. */
        public Optional<Double> attainment() {
            return slaKnown == 0 ? Optional.empty() : Optional.of((double) slaMade / slaKnown);
        }
    }

    /** SLA attainment, when any ticket records its SLA outcome. */
    public Optional<Double> slaAttainment() {
        return new ServiceSla(tickets, slaMade, slaKnown).attainment();
    }

    /** Reopen rate, when there are tickets in scope and the export has reopen data ({@link Measured#reopens()}). */
    public Optional<Double> reopenRate() {
        return measured.reopens() ? share(reopened) : Optional.empty();
    }

    /** Reassignment rate, when there are tickets in scope and the export has reassignment data ({@link Measured#reassignments()}). */
    public Optional<Double> reassignmentRate() {
        return measured.reassignments() ? share(reassigned) : Optional.empty();
    }

    /** Knowledge use rate, when there are tickets in scope and the export has knowledge data ({@link Measured#knowledgeUse()}). */
    public Optional<Double> knowledgeUseRate() {
        return measured.knowledgeUse() ? share(withKnowledge) : Optional.empty();
    }

    /** Dispatch accuracy, when any ticket in scope has an assignment group. */
    public Optional<Double> dispatchAccuracy() {
        return dispatched == 0 ? Optional.empty() : Optional.of((double) dispatchedRight / dispatched);
    }

    private Optional<Double> share(long count) {
        return tickets == 0 ? Optional.empty() : Optional.of((double) count / tickets);
    }

    /**
     * Figures of particular ticket types.
     *
     * @param incidentsWithContact incidents with a first-contact value
     * @param firstContact         of those, resolved at the first contact
     * @param changes              changes in scope
     * @param changesWithOutcome   changes with an outcome
     * @param changesSuccessful    of those, successful
     * @param emergencyChanges     changes flagged emergency
     * @param releases             releases in scope
     * @param releasesFailed       releases whose outcome is FAILED
     */
    public record ByType(long incidentsWithContact, long firstContact, long changes, long changesWithOutcome, long changesSuccessful,
                         long emergencyChanges, long releases, long releasesFailed) {

        /** First-contact resolution, when any incident records it. */
        public Optional<Double> firstContactResolution() {
            return incidentsWithContact == 0 ? Optional.empty() : Optional.of((double) firstContact / incidentsWithContact);
        }

        /** Change success rate, when any change records its outcome. */
        public Optional<Double> changeSuccessRate() {
            return changesWithOutcome == 0 ? Optional.empty() : Optional.of((double) changesSuccessful / changesWithOutcome);
        }

        /** Emergency change ratio, when there are changes. */
        public Optional<Double> emergencyChangeRatio() {
            return changes == 0 ? Optional.empty() : Optional.of((double) emergencyChanges / changes);
        }
    }

    /**
     * Statistics of a set of durations (hours for time to resolve, days for backlog age).
     *
     * @param count  durations
     * @param mean   arithmetic mean
     * @param median middle value (mean of the two middle ones for an even count)
     * @param p90    nearest-rank 90th percentile
     */
    public record Durations(long count, double mean, double median, double p90) {

        /** The statistics of {@code hours}, which this sorts in place. */
        static Durations of(double[] hours, int n) {
            java.util.Arrays.sort(hours, 0, n);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += hours[i];
            }
            double median = n % 2 == 1 ? hours[n / 2] : (hours[n / 2 - 1] + hours[n / 2]) / 2;
            int rank = (int) Math.ceil(0.9 * n);
            return new Durations(n, sum / n, median, hours[Math.max(0, rank - 1)]);
        }
    }
}
