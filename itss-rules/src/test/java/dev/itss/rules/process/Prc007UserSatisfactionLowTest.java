package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-007: satisfied survey answers (warning below 90 %, breach below 80 %). */
class Prc007UserSatisfactionLowTest extends BandRuleTest {

    Prc007UserSatisfactionLowTest() {
        super("PRC-007", Severity.HIGH, "test-org");
    }

    private static String survey(int satisfied) {
        return "process:\n  satisfaction: {responses: 100, satisfied: " + satisfied + "}\n";
    }

    @Override
    protected String breach() {
        return survey(70);
    }

    @Override
    protected String warning() {
        return survey(85);
    }

    @Override
    protected String atWarningBound() {
        return survey(90);
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"satisfied", 70, "responses", 100};
    }
}
