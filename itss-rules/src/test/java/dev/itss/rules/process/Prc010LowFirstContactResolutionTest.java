package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.incidents;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-010: incidents resolved at first contact (warning below 70 %, breach below 50 %). */
class Prc010LowFirstContactResolutionTest extends BandRuleTest {

    Prc010LowFirstContactResolutionTest() {
        super("PRC-010", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return incidents("resolvedFirstContact: 40");
    }

    @Override
    protected String warning() {
        return incidents("resolvedFirstContact: 60");
    }

    @Override
    protected String atWarningBound() {
        return incidents("resolvedFirstContact: 70");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"firstContact", 40};
    }
}
