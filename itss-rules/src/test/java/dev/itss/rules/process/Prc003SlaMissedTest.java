package dev.itss.rules.process;

import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** PRC-003: agreed attainment target minus attainment (warning above 0, breach above 5 points). */
class Prc003SlaMissedTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String service(double target, int inScope, int met) {
        return """
                services:
                  - id: his
                    name: Hospital information system
                    sla: {attainmentTarget: %s}
                    tickets: {inScope: %d, metSla: %d}
                """.formatted(target, inScope, met);
    }

    @Test
    void flagsAServiceFarBelowItsSla() {
        VERIFIER.verify("PRC-003").given(service(0.95, 200, 170))
                .flags(1).about("his").withSeverity(Severity.HIGH)
                .withEvidence("attainment", 0.85).withEvidence("target", 0.95).withEvidence("metSla", 170);
    }

    @Test
    void justifiesWithTheServiceItsAttainmentAndItsTarget() {
        VERIFIER.verify("PRC-003").given(service(0.95, 200, 170))
                .justifiesExactly(new SlaMissed(new Subject("service", "his", "Hospital information system"), 0.85, 0.95, 170, 200));
    }

    @Test
    void flagsASmallShortfallAsAWarning() {
        VERIFIER.verify("PRC-003").given(service(0.95, 100, 93)).flags(1).withSeverity(Severity.MEDIUM);
    }

    @Test
    void staysSilentWhenTheSlaIsMet() {
        VERIFIER.verify("PRC-003").given(service(0.95, 100, 95)).flagsNothing();
        VERIFIER.verify("PRC-003").given(service(0.95, 100, 99)).flagsNothing();
    }

    @Test
    void breachBoundIsOnTheGoodSide() {
        VERIFIER.verify("PRC-003").given(service(0.90, 100, 85)).flags(1).withSeverity(Severity.MEDIUM);   // 5 points short
        VERIFIER.verify("PRC-003").given(service(0.90, 100, 84)).flags(1).withSeverity(Severity.HIGH);     // 6 points short
    }

    @Test
    void reportsNotAvailableWithoutSlaOrTickets() {
        VERIFIER.verify("PRC-003").given("services: [{id: his, name: HIS}]").reportsNotAvailableBecause("no SLA agreed");
        VERIFIER.verify("PRC-003").given("services: [{id: his, name: HIS, sla: {attainmentTarget: 0.9}}]").reportsNotAvailableBecause("no tickets");
    }
}
