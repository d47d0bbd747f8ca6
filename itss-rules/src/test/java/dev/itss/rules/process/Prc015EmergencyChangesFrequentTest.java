package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.changes;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-015: emergency changes (warning above 10 %, breach above 20 %). */
class Prc015EmergencyChangesFrequentTest extends BandRuleTest {

    Prc015EmergencyChangesFrequentTest() {
        super("PRC-015", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return changes("emergencyChanges: 25");
    }

    @Override
    protected String warning() {
        return changes("emergencyChanges: 15");
    }

    @Override
    protected String atWarningBound() {
        return changes("emergencyChanges: 10");
    }

    @Override
    protected String withoutInputs() {
        return changes("changes: 0, emergencyChanges: 0");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"emergency", 25};
    }
}
