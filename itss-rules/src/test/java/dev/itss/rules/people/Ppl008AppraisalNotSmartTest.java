package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PPL-008: SMART share of appraisal objectives (warning below 95 %, breach below 80 %). */
class Ppl008AppraisalNotSmartTest extends BandRuleTest {

    Ppl008AppraisalNotSmartTest() {
        super("PPL-008", Severity.LOW, "test-org");
    }

    private static String appraisal(int smart) {
        return "people:\n  appraisal: {objectives: 20, smartObjectives: " + smart + "}\n";
    }

    @Override
    protected String breach() {
        return appraisal(15);
    }

    @Override
    protected String warning() {
        return appraisal(18);
    }

    @Override
    protected String atWarningBound() {
        return appraisal(19);
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"smartObjectives", 15, "objectives", 20};
    }
}
