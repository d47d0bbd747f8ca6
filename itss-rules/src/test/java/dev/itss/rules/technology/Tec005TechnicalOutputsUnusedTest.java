package dev.itss.rules.technology;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** TEC-005: technical outputs used in the period (warning below 70 %, breach below 50 %). */
class Tec005TechnicalOutputsUnusedTest extends BandRuleTest {

    Tec005TechnicalOutputsUnusedTest() {
        super("TEC-005", Severity.LOW, "test-org");
    }

    @Override
    protected String breach() {
        return list("technology:\n  outputs:", 10, 4, i -> "id: o" + i + ", name: Output " + i + ", uses: 3", i -> "id: o" + i + ", name: Output " + i + ", uses: 0");
    }

    @Override
    protected String warning() {
        return list("technology:\n  outputs:", 10, 6, i -> "id: o" + i + ", name: Output " + i + ", uses: 3", i -> "id: o" + i + ", name: Output " + i + ", uses: 0");
    }

    @Override
    protected String atWarningBound() {
        return list("technology:\n  outputs:", 10, 7, i -> "id: o" + i + ", name: Output " + i + ", uses: 3", i -> "id: o" + i + ", name: Output " + i + ", uses: 0");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"used", 4, "outputs", 10};
    }
}
