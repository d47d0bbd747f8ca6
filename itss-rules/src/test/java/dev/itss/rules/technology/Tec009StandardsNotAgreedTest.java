package dev.itss.rules.technology;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** TEC-009: technical standards signed off by the customer (warning below 100 %, breach below 80 %). */
class Tec009StandardsNotAgreedTest extends BandRuleTest {

    Tec009StandardsNotAgreedTest() {
        super("TEC-009", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return list("technology:\n  standards:", 10, 7, i -> "id: s" + i + ", name: Standard " + i + ", agreedOn: 2025-01-01", i -> "id: s" + i + ", name: Standard " + i);
    }

    @Override
    protected String warning() {
        return list("technology:\n  standards:", 10, 9, i -> "id: s" + i + ", name: Standard " + i + ", agreedOn: 2025-01-01", i -> "id: s" + i + ", name: Standard " + i);
    }

    @Override
    protected String atWarningBound() {
        return list("technology:\n  standards:", 10, 10, i -> "id: s" + i + ", name: Standard " + i + ", agreedOn: 2025-01-01", i -> "id: s" + i + ", name: Standard " + i);
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"agreed", 7, "standards", 10};
    }
}
