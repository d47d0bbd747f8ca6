package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.incidents;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-009: incidents reassigned over resolved (warning above 15 %, breach above 25 %). */
class Prc009IncidentsBouncedTest extends BandRuleTest {

    Prc009IncidentsBouncedTest() {
        super("PRC-009", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return incidents("reassigned: 30");
    }

    @Override
    protected String warning() {
        return incidents("reassigned: 20");
    }

    @Override
    protected String atWarningBound() {
        return incidents("reassigned: 15");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"reassigned", 30};
    }
}
