package dev.itss.measure;

import dev.itss.model.Subject;
import java.util.Optional;

/**
 * One engineer's hours in the period, as the check stage sees them: from the timesheets where
 * they record the engineer (each of the two figures where the rows record it), otherwise as the
 * snapshot declares them. Engineers only on the timesheets have a workload too, when the rows give
 * both figures.
 *
 * @param engineer        the engineer ({@code engineer:ID})
 * @param workedHours     hours worked on service
 * @param contractedHours hours contracted or rostered
 * @param absenceHours    contracted hours lost to leave, sickness or secondment (the snapshot's
 *                        {@code absenceHours}); empty when not reported
 * @param fromTimesheets  whether the timesheets gave the hours
 */
public record Workload(Subject engineer, double workedHours, double contractedHours, Optional<Double> absenceHours, boolean fromTimesheets) {

    public Workload {
        absenceHours = absenceHours == null ? Optional.empty() : absenceHours;
    }

    /** The hours the engineer was available: contracted minus absence (all contracted hours when absence is not reported). */
    public double availableHours() {
        return contractedHours - absenceHours.orElse(0.0);
    }

    /**
     * Overtime against the contract: hours worked beyond the available hours, as a share of them;
     * 0 for an engineer who worked fewer hours than available, NaN when no hours were available.
     */
    public double overtime() {
        double available = availableHours();
        return available <= 0 ? Double.NaN : Math.max(0.0, workedHours - available) / available;
    }
}
