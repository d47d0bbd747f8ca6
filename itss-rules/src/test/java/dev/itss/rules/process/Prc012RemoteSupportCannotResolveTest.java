package dev.itss.rules.process;

import static dev.itss.rules.Fixtures.incidents;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PRC-012: remote incidents that needed a visit (warning above 20 %, breach above 35 %). */
class Prc012RemoteSupportCannotResolveTest extends BandRuleTest {

    Prc012RemoteSupportCannotResolveTest() {
        super("PRC-012", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return incidents("remoteEscalated: 40");
    }

    @Override
    protected String warning() {
        return incidents("remoteEscalated: 30");
    }

    @Override
    protected String atWarningBound() {
        return incidents("remoteEscalated: 20");
    }

    @Override
    protected String withoutInputs() {
        return incidents("remoteHandled: 0, remoteEscalated: 0");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"escalated", 40, "remote", 100};
    }
}
