package dev.itss.rules.resources;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** RES-001: calls answered over calls offered (warning below 95 %, breach below 90 %). */
class Res001ServiceDeskMissesCallsTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String desk(int offered, int answered) {
        return """
                resources:
                  serviceDesk: {callsOffered: %d, callsAnswered: %d, ticketsLogged: 100, ticketsDispatched: 100, ticketsRedispatched: 0}
                """.formatted(offered, answered);
    }

    @Test
    void flagsADeskThatMissesManyCalls() {
        VERIFIER.verify("RES-001").given(desk(1000, 800))
                .flags(1).about("service-desk").withSeverity(Severity.HIGH)
                .withEvidence("observed", 0.8).withEvidence("missed", 200).withEvidence("expected", 0.95);
    }

    @Test
    void staysSilentForADeskThatAnswersAlmostAll() {
        VERIFIER.verify("RES-001").given(desk(1000, 990)).flagsNothing();
    }

    @Test
    void boundsAreOnTheGoodSide() {
        VERIFIER.verify("RES-001").given(desk(100, 95)).flagsNothing();
        VERIFIER.verify("RES-001").given(desk(100, 90)).flags(1).withSeverity(Severity.MEDIUM);
        VERIFIER.verify("RES-001").given(desk(100, 89)).flags(1).withSeverity(Severity.HIGH);
    }

    @Test
    void reportsNotAvailableWithoutServiceDeskCounts() {
        VERIFIER.verify("RES-001").given("resources: {}").reportsNotAvailableBecause("resources.serviceDesk");
        VERIFIER.verify("RES-001").given(desk(0, 0)).reportsNotAvailableBecause("callsOffered is 0");
    }
}
