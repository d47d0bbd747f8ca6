package dev.itss.records;

import dev.itss.io.InputProblem;
import java.util.List;
import java.util.Optional;

/**
 * KPIs of one ticket export, each with its numerator and denominator. Definitions (fixed so that
 * another tool reproduces the numbers):
 * <ul>
 *   <li>a ticket's final state is its row with the highest update counter, ties going to the later
 *       row; without a counter, the latest update time (ties to the later row); without either,
 *       the last row;</li>
 *   <li>scope: every ticket in the file, or with a period, the tickets opened in it;</li>
 *   <li>SLA attainment = tickets whose final state says the SLA was made / tickets in scope whose
 *       final state says either way. The outcome comes from the made-SLA flag when mapped; else
 *       from the time-left columns of Jira (breached when either the first-response or the
 *       resolution SLA has negative time left, made when one is recorded and neither is
 *       negative); else, given the policy's targets, computed from the opening, response and
 *       resolution times ({@link SlaClock});</li>
 *   <li>reopen rate = tickets reopened at least once / tickets in scope (from the reopen counter
 *       when mapped, otherwise from the history: a row in an active state after one in a done state);</li>
 *   <li>reassignment rate = tickets reassigned at least once / tickets in scope (from the counter
 *       when mapped, otherwise from changes of assignment group between consecutive rows);</li>
 *   <li>knowledge use rate = tickets whose final state records a knowledge article / tickets in scope;</li>
 *   <li>dispatch accuracy = tickets resolved by the group they were first dispatched to / tickets in
 *       scope whose final state has an assignment group. A ticket whose history shows a change of
 *       group counts as right when its final group is its first one (sent away and back is still
 *       right); a ticket with no change in the file counts as right unless its reassignment
 *       counter is above 0 (the change happened before the export);</li>
 *   <li>time to resolve = resolved time minus opened time, in hours, over tickets in scope that
 *       have both: mean, median (the middle value, or the mean of the two middle ones) and p90
 *       (nearest rank: the value at position ceil(0.9 × n) in ascending order);</li>
 *   <li>first-contact resolution = incidents (tickets of type INCIDENT, or every ticket without a
 *       type column) resolved at the first contact / incidents with a first-contact value;</li>
 *   <li>change success = changes whose outcome is SUCCESSFUL / changes with an outcome; emergency
 *       change ratio = changes flagged emergency / changes; releases counted, and those FAILED;</li>
 *   <li>backlog = tickets in scope whose final state is not resolved, closed or cancelled (without
 *       a state column: that have no resolved time); their ageing = days from opening to the end of
 *       the period, or without a period to the latest time the file mentions: mean, median, p90.</li>
 * </ul>
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
        java.util.Map<String, TicketKpis> groups) {

    public TicketKpis {
        skipped = List.copyOf(skipped);
        absentColumns = List.copyOf(absentColumns);
        groups = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(groups));
    }

    /** SLA attainment, when any ticket records its SLA outcome. */
    public Optional<Double> slaAttainment() {
        return slaKnown == 0 ? Optional.empty() : Optional.of((double) slaMade / slaKnown);
    }

    /** Reopen rate, when there are tickets in scope. */
    public Optional<Double> reopenRate() {
        return share(reopened);
    }

    /** Reassignment rate, when there are tickets in scope. */
    public Optional<Double> reassignmentRate() {
        return share(reassigned);
    }

    /** Knowledge use rate, when there are tickets in scope. */
    public Optional<Double> knowledgeUseRate() {
        return share(withKnowledge);
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
