package dev.itss.rules.technology;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** TEC-004: plan items due by the period end and completed (warning below 90 %, breach below 70 %). */
class Tec004TechnologyPlanBehindTest extends BandRuleTest {

    Tec004TechnologyPlanBehindTest() {
        super("TEC-004", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return list("technology:\n  plan:", 10, 6, i -> "id: t" + i + ", name: Item " + i + ", due: 2026-02-01, completedOn: 2026-01-20", i -> "id: t" + i + ", name: Item " + i + ", due: 2026-02-01");
    }

    @Override
    protected String warning() {
        return list("technology:\n  plan:", 10, 8, i -> "id: t" + i + ", name: Item " + i + ", due: 2026-02-01, completedOn: 2026-01-20", i -> "id: t" + i + ", name: Item " + i + ", due: 2026-02-01");
    }

    @Override
    protected String atWarningBound() {
        return list("technology:\n  plan:", 10, 9, i -> "id: t" + i + ", name: Item " + i + ", due: 2026-02-01, completedOn: 2026-01-20", i -> "id: t" + i + ", name: Item " + i + ", due: 2026-02-01");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"completed", 6, "due", 10};
    }
}
