package dev.itss.rules.supervision;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** SUP-004: risks with an approved treatment plan (warning below 100 %, breach below 80 %). */
class Sup004RisksWithoutTreatmentPlanTest extends BandRuleTest {

    Sup004RisksWithoutTreatmentPlanTest() {
        super("SUP-004", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return list("supervision:\n  risks:", 10, 7, i -> "id: r" + i + ", name: Risk " + i + ", treatmentPlanOn: 2025-01-01, reviewDue: 2026-12-01", i -> "id: r" + i + ", name: Risk " + i + ", reviewDue: 2026-12-01");
    }

    @Override
    protected String warning() {
        return list("supervision:\n  risks:", 10, 9, i -> "id: r" + i + ", name: Risk " + i + ", treatmentPlanOn: 2025-01-01, reviewDue: 2026-12-01", i -> "id: r" + i + ", name: Risk " + i + ", reviewDue: 2026-12-01");
    }

    @Override
    protected String atWarningBound() {
        return list("supervision:\n  risks:", 10, 10, i -> "id: r" + i + ", name: Risk " + i + ", treatmentPlanOn: 2025-01-01, reviewDue: 2026-12-01", i -> "id: r" + i + ", name: Risk " + i + ", reviewDue: 2026-12-01");
    }

    @Override
    protected String withoutInputs() {
        return "supervision: {}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"treated", 7, "risks", 10};
    }
}
