package dev.itss.rules.resources;

import static dev.itss.rules.Fixtures.desk;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** RES-011: talk minutes per call resolved on the phone (warning above 8, breach above 12). */
class Res011CallsTakeLongToResolveTest extends BandRuleTest {

    Res011CallsTakeLongToResolveTest() {
        super("RES-011", Severity.LOW, "service-desk");
    }

    @Override
    protected String breach() {
        return desk("ticketsLogged: 100, callsResolvedOnPhone: 10, resolutionCallMinutes: 150");
    }

    @Override
    protected String warning() {
        return desk("ticketsLogged: 100, callsResolvedOnPhone: 10, resolutionCallMinutes: 100");
    }

    @Override
    protected String atWarningBound() {
        return desk("ticketsLogged: 100, callsResolvedOnPhone: 10, resolutionCallMinutes: 80");
    }

    @Override
    protected String withoutInputs() {
        return desk("ticketsLogged: 100");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"observed", 15, "resolvedOnPhone", 10};
    }
}
