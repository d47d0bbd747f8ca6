package dev.itss.rules.technology;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * TEC-003: days since a plan's latest drill (warning above 365, breach above 545); TEC-014: a plan
 * never drilled, days since its approval against the first-drill allowance (warning above 90,
 * breach above 180). The period ends 2026-03-31.
 */
class Tec003EmergencyPlanNotDrilledTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String plan(String approvedOn, String lastDrill) {
        return """
                technology:
                  emergencyPlans:
                    - {id: EP-DB, scenario: HIS database outage, approvedOn: %s%s}
                """.formatted(approvedOn, lastDrill == null ? "" : ", drills: [{on: 2020-01-01}, {on: " + lastDrill + "}]");
    }

    @Test
    void judgesTheLatestOfTheDrills() {
        VERIFIER.verify("TEC-003").given(plan("2019-05-01", "2024-01-15")).flags(1).about("EP-DB").withSeverity(Severity.HIGH);
        VERIFIER.verify("TEC-003").given(plan("2019-05-01", "2024-01-15"))
                .justifiesExactly(new PlanNotDrilled(new dev.itss.model.Subject("emergency-plan", "EP-DB", "HIS database outage"),
                        LocalDate.parse("2024-01-15"), LocalDate.parse("2019-05-01")));
    }

    @Test
    void staysSilentForAPlanDrilledThisYear() {
        VERIFIER.verify("TEC-003").given(plan("2019-05-01", "2026-02-10")).flagsNothing();
    }

    @Test
    void boundsAreOnTheGoodSide() {
        VERIFIER.verify("TEC-003").given(plan("2019-01-01", "2025-03-31")).flagsNothing();                              // 365 days
        VERIFIER.verify("TEC-003").given(plan("2019-01-01", "2025-03-30")).flags(1).withSeverity(Severity.MEDIUM);      // 366 days
        VERIFIER.verify("TEC-003").given(plan("2019-01-01", "2024-10-02")).flags(1).withSeverity(Severity.MEDIUM);      // 545 days
        VERIFIER.verify("TEC-003").given(plan("2019-01-01", "2024-10-01")).flags(1).withSeverity(Severity.HIGH);        // 546 days
    }

    @Test
    void aPlanNeverDrilledIsTec014sNotTec003s() {
        VERIFIER.verify("TEC-003").given(plan("2023-05-01", null)).flagsNothing();
        VERIFIER.verify("TEC-014").given(plan("2023-05-01", null)).flags(1).about("EP-DB").withSeverity(Severity.HIGH)
                .withEvidence("approvedOn", "2023-05-01");
    }

    @Test
    void aPlanNeverDrilledIsFlaggedOnceOlderThanTheFirstDrillAllowance() {
        // approved a year before the period end, never drilled: the old rule measured 365 days "since drill" and stayed silent
        VERIFIER.verify("TEC-014").given(plan("2025-03-31", null)).flags(1).withSeverity(Severity.HIGH);
        VERIFIER.verify("TEC-014").given(plan("2025-12-31", null)).flagsNothing();                                     // 90 days
        VERIFIER.verify("TEC-014").given(plan("2025-12-30", null)).flags(1).withSeverity(Severity.MEDIUM);             // 91 days
        VERIFIER.verify("TEC-014").given(plan("2025-10-02", null)).flags(1).withSeverity(Severity.MEDIUM);             // 180 days
        VERIFIER.verify("TEC-014").given(plan("2025-10-01", null)).flags(1).withSeverity(Severity.HIGH);               // 181 days
        VERIFIER.verify("TEC-014").given(plan("2019-01-01", "2025-03-30")).flagsNothing();                              // drilled
    }

    @Test
    void reportsNotAvailableWithoutPlans() {
        VERIFIER.verify("TEC-003").given("{}").reportsNotAvailableBecause("technology.emergencyPlans");
        VERIFIER.verify("TEC-014").given("{}").reportsNotAvailableBecause("technology.emergencyPlans");
    }
}
