package dev.itss.rules.supervision;

import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/**
 * SUP-001: an information-security policy is required (a presence metric, 1 or 0, whose warning
 * and breach bounds are both 1: there is no warning band, and 1 is the boundary).
 */
class Sup001NoSecurityPolicyTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    @Test
    void flagsASupervisionSectionWithoutASecurityPolicy() {
        VERIFIER.verify("SUP-001").given("supervision: {risks: []}").flags(1).about("test-org").withSeverity(Severity.MEDIUM);
        VERIFIER.verify("SUP-001").given("supervision: {risks: []}")
                .justifiesExactly(new NoSecurityPolicy(new Subject("organisation", "test-org", "Test organisation")));
    }

    @Test
    void staysSilentWhenThePolicyExists() {
        VERIFIER.verify("SUP-001").given("supervision:\n  securityPolicy: {approvedOn: 2025-01-01, lastReviewed: 2026-01-01}\n").flagsNothing();
    }

    @Test
    void reportsNotAvailableWithoutASupervisionSection() {
        VERIFIER.verify("SUP-001").given("{}").reportsNotAvailableBecause("no supervision reported");
    }
}
