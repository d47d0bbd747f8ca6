package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.check.Shown;
import dev.itss.measure.Evidence;
import dev.itss.measure.Unit;
import dev.itss.model.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * Justification: an engineer works beyond the hours available under the contract (contracted
 * minus absence) by more than the band allows (PPL-003).
 */
public record EngineerOverloaded(Subject subject, @Shown(Unit.HOURS) double workedHours, @Shown(Unit.HOURS) double contractedHours,
                                 @Shown(Unit.HOURS) double availableHours, boolean fromTimesheets) implements Justification {
    /** The hours, and where they came from when the timesheets gave them. */
    @Override
    public List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>(List.of(Evidence.hours("workedHours", workedHours), Evidence.hours("contractedHours", contractedHours),
                Evidence.hours("availableHours", availableHours)));
        if (fromTimesheets) {
            evidence.add(Evidence.text("source", "timesheets"));
        }
        return evidence;
    }
}
