package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.incidents;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-008: incidents reopened over resolved (warning above 5 %, breach above 10 %). */
class Prc008IncidentsReopenedTest extends BandRuleTest {

    Prc008IncidentsReopenedTest() {
        super("PRC-008", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return incidents("reopened: 15");
    }

    @Override
    protected String warning() {
        return incidents("reopened: 8");
    }

    @Override
    protected String atWarningBound() {
        return incidents("reopened: 5");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"reopened", 15, "resolved", 100};
    }
}
