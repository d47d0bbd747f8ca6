package dev.itss.rules.supervision;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** SUP-005: risks past their review date (warning above 0, breach above 2). */
class Sup005RiskReviewsOverdueTest extends BandRuleTest {

    Sup005RiskReviewsOverdueTest() {
        super("SUP-005", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return list("supervision:\n  risks:", 5, 3, i -> "id: r" + i + ", name: Risk " + i + ", treatmentPlanOn: 2025-01-01, reviewDue: 2026-01-15", i -> "id: r" + i + ", name: Risk " + i + ", treatmentPlanOn: 2025-01-01, reviewDue: 2026-12-01");
    }

    @Override
    protected String warning() {
        return list("supervision:\n  risks:", 5, 1, i -> "id: r" + i + ", name: Risk " + i + ", treatmentPlanOn: 2025-01-01, reviewDue: 2026-01-15", i -> "id: r" + i + ", name: Risk " + i + ", treatmentPlanOn: 2025-01-01, reviewDue: 2026-12-01");
    }

    @Override
    protected String atWarningBound() {
        return list("supervision:\n  risks:", 5, 0, i -> "id: r" + i + ", name: Risk " + i + ", treatmentPlanOn: 2025-01-01, reviewDue: 2026-01-15", i -> "id: r" + i + ", name: Risk " + i + ", treatmentPlanOn: 2025-01-01, reviewDue: 2026-12-01");
    }

    @Override
    protected String withoutInputs() {
        return "supervision: {}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"observed", 3};
    }
}
