package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.changes;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-014: successful changes (warning below 95 %, breach below 90 %). */
class Prc014ChangesFailingTest extends BandRuleTest {

    Prc014ChangesFailingTest() {
        super("PRC-014", Severity.HIGH, "test-org");
    }

    @Override
    protected String breach() {
        return changes("changesFailed: 15");
    }

    @Override
    protected String warning() {
        return changes("changesFailed: 8");
    }

    @Override
    protected String atWarningBound() {
        return changes("changesFailed: 5");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"failed", 15, "changes", 100};
    }
}
