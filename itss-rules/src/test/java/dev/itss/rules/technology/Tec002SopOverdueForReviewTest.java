package dev.itss.rules.technology;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** TEC-002: days since an SOP's last review at the period end 2026-03-31 (warning above 365, breach above 730). */
class Tec002SopOverdueForReviewTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String sop(String lastReviewed) {
        return """
                technology:
                  activities: [{id: backup, name: Nightly backup}]
                  sops: [{id: SOP-BK, activity: backup, lastReviewed: %s}]
                """.formatted(lastReviewed);
    }

    @Test
    void flagsAnSopUnreviewedForYears() {
        VERIFIER.verify("TEC-002").given(sop("2022-06-30"))
                .flags(1).about("SOP-BK").withSeverity(Severity.LOW)
                .withEvidence("activity", "Nightly backup").withEvidence("lastReviewed", "2022-06-30");
    }

    @Test
    void staysSilentForARecentlyReviewedSop() {
        VERIFIER.verify("TEC-002").given(sop("2025-09-01")).flagsNothing();
    }

    @Test
    void boundsAreOnTheGoodSide() {
        VERIFIER.verify("TEC-002").given(sop("2025-03-31")).flagsNothing();                                  // 365 days
        VERIFIER.verify("TEC-002").given(sop("2025-03-30")).flags(1).withSeverity(Severity.INFO);           // 366 days
        VERIFIER.verify("TEC-002").given(sop("2024-03-31")).flags(1).withSeverity(Severity.INFO);           // 730 days
        VERIFIER.verify("TEC-002").given(sop("2024-03-30")).flags(1).withSeverity(Severity.LOW);            // 731 days
    }

    @Test
    void reportsNotAvailableWithoutSops() {
        VERIFIER.verify("TEC-002").given("technology: {activities: [{id: a, name: A}]}").reportsNotAvailableBecause("technology.sops");
    }
}
