package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.rules.BandRuleTest;

/** PPL-006: days since a post's responsibilities were reviewed, at 2026-03-31 (warning above 365, breach above 730). */
class Ppl006PostResponsibilitiesOutdatedTest extends BandRuleTest {

    Ppl006PostResponsibilitiesOutdatedTest() {
        super("PPL-006", Severity.LOW, "desk");
    }

    private static String post(String reviewed) {
        return "people:\n  posts: [{id: desk, name: Desk, requiredHeadcount: 1" + reviewed + "}]\n";
    }

    @Override
    protected String breach() {
        return post(", responsibilitiesReviewedOn: 2023-01-01");
    }

    @Override
    protected String warning() {
        return post(", responsibilitiesReviewedOn: 2024-06-30");
    }

    @Override
    protected String atWarningBound() {
        return post(", responsibilitiesReviewedOn: 2025-03-31");
    }

    @Override
    protected String withoutInputs() {
        return post("");
    }

    @Override
    protected Object[] breachEvidence() {
        return new Object[] {"reviewedOn", "2023-01-01", "observed", 1185};
    }
}
