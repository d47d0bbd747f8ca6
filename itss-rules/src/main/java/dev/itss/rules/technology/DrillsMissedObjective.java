package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Drill;
import dev.itss.model.EmergencyPlan;
import dev.itss.model.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * Justification: drills that did not recover within their objective, behind a drill-objective rate
 * beyond its band (TEC-015).
 *
 * @param missed each plan whose latest drill missed, as {@code scenario (date: achieved / objective min)}
 */
public record DrillsMissedObjective(Subject subject, List<String> missed) implements Justification {
    public DrillsMissedObjective {
        missed = Lists.sorted(missed);
    }

    /** From the plans the rule matched. */
    public static DrillsMissedObjective of(Subject subject, List<?> plans) {
        List<String> missed = new ArrayList<>();
        for (Object o : plans) {
            EmergencyPlan plan = (EmergencyPlan) o;
            Drill drill = plan.latestDrill().orElseThrow();
            missed.add(plan.scenario() + " (" + drill.on() + ": " + drill.recoveredInMinutes().orElseThrow() + " / "
                    + drill.recoveryObjectiveMinutes().orElseThrow() + " min)");
        }
        return new DrillsMissedObjective(subject, missed);
    }
}
