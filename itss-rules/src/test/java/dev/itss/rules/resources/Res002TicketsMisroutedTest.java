package dev.itss.rules.resources;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** RES-002: share of dispatched tickets that did not need a second dispatch (warning below 95 %, breach below 90 %). */
class Res002TicketsMisroutedTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String desk(int dispatched, int redispatched) {
        return """
                resources:
                  serviceDesk: {callsOffered: 100, callsAnswered: 100, ticketsLogged: 100, ticketsDispatched: %d, ticketsRedispatched: %d}
                """.formatted(dispatched, redispatched);
    }

    @Test
    void flagsFrequentRedispatch() {
        VERIFIER.verify("RES-002").given(desk(400, 80))
                .flags(1).withSeverity(Severity.MEDIUM).withEvidence("observed", 0.8).withEvidence("redispatched", 80);
    }

    @Test
    void staysSilentForAccurateDispatch() {
        VERIFIER.verify("RES-002").given(desk(400, 4)).flagsNothing();
    }

    @Test
    void boundsAreOnTheGoodSide() {
        VERIFIER.verify("RES-002").given(desk(100, 5)).flagsNothing();
        VERIFIER.verify("RES-002").given(desk(100, 6)).flags(1).withSeverity(Severity.LOW);
        VERIFIER.verify("RES-002").given(desk(100, 10)).flags(1).withSeverity(Severity.LOW);
        VERIFIER.verify("RES-002").given(desk(100, 11)).flags(1).withSeverity(Severity.MEDIUM);
    }

    @Test
    void reportsNotAvailableWhenNothingWasDispatched() {
        VERIFIER.verify("RES-002").given(desk(0, 0)).reportsNotAvailableBecause("ticketsDispatched is 0");
    }
}
