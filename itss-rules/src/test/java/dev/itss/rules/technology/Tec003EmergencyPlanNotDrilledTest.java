package dev.itss.rules.technology;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** TEC-003: days since a plan's last drill, or its approval if never drilled (warning above 365, breach above 545). */
class Tec003EmergencyPlanNotDrilledTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String plan(String approvedOn, String lastDrill) {
        return """
                technology:
                  emergencyPlans:
                    - {id: EP-DB, scenario: HIS database outage, approvedOn: %s%s}
                """.formatted(approvedOn, lastDrill == null ? "" : ", lastDrill: " + lastDrill);
    }

    @Test
    void flagsAPlanNeverDrilledSinceItsApprovalLongAgo() {
        VERIFIER.verify("TEC-003").given(plan("2023-05-01", null))
                .flags(1).about("EP-DB").withSeverity(Severity.HIGH)
                .withEvidence("lastDrill", "never").withEvidence("approvedOn", "2023-05-01");
    }

    @Test
    void staysSilentForAPlanDrilledThisYear() {
        VERIFIER.verify("TEC-003").given(plan("2023-05-01", "2026-02-10")).flagsNothing();
    }

    @Test
    void boundsAreOnTheGoodSide() {
        VERIFIER.verify("TEC-003").given(plan("2020-01-01", "2025-03-31")).flagsNothing();                              // 365 days
        VERIFIER.verify("TEC-003").given(plan("2020-01-01", "2025-03-30")).flags(1).withSeverity(Severity.MEDIUM);      // 366 days
        VERIFIER.verify("TEC-003").given(plan("2020-01-01", "2024-10-02")).flags(1).withSeverity(Severity.MEDIUM);      // 545 days
        VERIFIER.verify("TEC-003").given(plan("2020-01-01", "2024-10-01")).flags(1).withSeverity(Severity.HIGH);        // 546 days
    }

    @Test
    void reportsNotAvailableWithoutPlans() {
        VERIFIER.verify("TEC-003").given("{}").reportsNotAvailableBecause("technology.emergencyPlans");
    }
}
