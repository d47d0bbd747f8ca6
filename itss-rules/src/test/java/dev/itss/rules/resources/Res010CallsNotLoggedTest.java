package dev.itss.rules.resources;

import static dev.itss.rules.Fixtures.desk;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-010: tickets logged per answered call (warning below 95 %, breach below 85 %). */
class Res010CallsNotLoggedTest extends BandRuleTest {

    Res010CallsNotLoggedTest() {
        super("RES-010", Severity.MEDIUM, "service-desk");
    }

    @Override
    protected String breach() {
        return desk("ticketsLogged: 80");
    }

    @Override
    protected String warning() {
        return desk("ticketsLogged: 90");
    }

    @Override
    protected String atWarningBound() {
        return desk("ticketsLogged: 95");
    }

    @Override
    protected String withoutInputs() {
        return "{}";
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"logged", 80, "answered", 100};
    }
}
