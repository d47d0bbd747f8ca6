package dev.itss.rules.supervision;

import static dev.itss.rules.Fixtures.supervision;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** SUP-002: days since the security policy's review, at 2026-03-31 (warning above 365, breach above 730). */
class Sup002SecurityPolicyNotReviewedTest extends BandRuleTest {

    Sup002SecurityPolicyNotReviewedTest() {
        super("SUP-002", Severity.MEDIUM, "test-org");
    }

    @Override
    protected String breach() {
        return supervision("  securityPolicy: {approvedOn: 2022-01-01, lastReviewed: 2023-06-01}\n");
    }

    @Override
    protected String warning() {
        return supervision("  securityPolicy: {approvedOn: 2022-01-01, lastReviewed: 2024-12-01}\n");
    }

    @Override
    protected String atWarningBound() {
        return supervision("  securityPolicy: {approvedOn: 2022-01-01, lastReviewed: 2025-03-31}\n");
    }

    @Override
    protected String withoutInputs() {
        return supervision("  risks: []\n");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"lastReviewed", "2023-06-01"};
    }
}
