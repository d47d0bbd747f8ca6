package dev.itss.rules.technology;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** TEC-006: automated routine activities (warning below 50 %, breach below 30 %). */
class Tec006RoutineWorkNotAutomatedTest extends BandRuleTest {

    Tec006RoutineWorkNotAutomatedTest() {
        super("TEC-006", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return list("technology:\n  activities:", 10, 2, i -> "id: a" + i + ", name: Activity " + i + ", automation: PARTIAL", i -> "id: a" + i + ", name: Activity " + i + ", automation: NONE");
    }

    @Override
    protected String warning() {
        return list("technology:\n  activities:", 10, 4, i -> "id: a" + i + ", name: Activity " + i + ", automation: FULL", i -> "id: a" + i + ", name: Activity " + i + ", automation: NONE");
    }

    @Override
    protected String atWarningBound() {
        return list("technology:\n  activities:", 10, 5, i -> "id: a" + i + ", name: Activity " + i + ", automation: PARTIAL", i -> "id: a" + i + ", name: Activity " + i + ", automation: NONE");
    }

    @Override
    protected String withoutInputs() {
        return list("technology:\n  activities:", 2, 0, i -> "id: a" + i + ", name: Activity " + i, i -> "id: a" + i + ", name: Activity " + i);
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"automated", 2, "activities", 10};
    }
}
