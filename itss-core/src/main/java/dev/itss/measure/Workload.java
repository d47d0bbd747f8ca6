package dev.itss.measure;

import dev.itss.model.Subject;

/**
 * One engineer's hours in the period, as the check stage sees them: from the timesheets where
 * they record the engineer (each of the two figures where the rows record it), otherwise as the
 * snapshot declares them. Engineers only on the timesheets have a workload too, when the rows give
 * both figures.
 *
 * @param engineer        the engineer ({@code engineer:ID})
 * @param workedHours     hours worked on service
 * @param contractedHours hours contracted or rostered
 * @param fromTimesheets  whether the timesheets gave the hours
 */
public record Workload(Subject engineer, double workedHours, double contractedHours, boolean fromTimesheets) {

    /** Worked over contracted hours; NaN when no hours were contracted. */
    public double saturation() {
        return Ratios.of(workedHours, contractedHours);
    }
}
