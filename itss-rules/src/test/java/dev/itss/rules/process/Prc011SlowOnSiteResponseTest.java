package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.incidents;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-011: mean minutes to arrive on site (warning above 30, breach above 60). */
class Prc011SlowOnSiteResponseTest extends BandRuleTest {

    Prc011SlowOnSiteResponseTest() {
        super("PRC-011", Severity.HIGH, "test-org");
    }

    @Override
    protected String breach() {
        return incidents("onSiteResponseMinutes: 700");
    }

    @Override
    protected String warning() {
        return incidents("onSiteResponseMinutes: 400");
    }

    @Override
    protected String atWarningBound() {
        return incidents("onSiteResponseMinutes: 300");
    }

    @Override
    protected String withoutInputs() {
        return incidents("onSiteVisits: 0, onSiteResponseMinutes: 0");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"observed", 70, "visits", 10};
    }
}
