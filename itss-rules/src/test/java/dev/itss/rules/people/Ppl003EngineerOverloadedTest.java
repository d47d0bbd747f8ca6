package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/**
 * PPL-003: overtime against the contract less absence (warning above 5 % of the available hours,
 * breach above 15 %).
 */
class Ppl003EngineerOverloadedTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String engineer(double contracted, double worked, String absence) {
        return """
                people:
                  posts: [{id: ops, name: Operations, requiredHeadcount: 1}]
                  engineers:
                    - {id: li, name: Li Wei, post: ops, contractedHours: %s, workedHours: %s, workMode: ON_SITE%s}
                """.formatted(contracted, worked, absence == null ? "" : ", absenceHours: " + absence);
    }

    @Test
    void flagsOvertimeBeyondTheBreachBound() {
        VERIFIER.verify("PPL-003").given(engineer(480, 600, null))
                .flags(1).about("li").withSeverity(Severity.MEDIUM)
                .withEvidence("observed", 0.25).withEvidence("workedHours", 600).withEvidence("contractedHours", 480).withEvidence("availableHours", 480);
    }

    @Test
    void anEngineerWhoWorkedFewerHoursThanContractedIsNotOverloaded() {
        // 430 of 500 h with 40 h absence: 430 of 460 available, no overtime (the old saturation read 86 %, a warning)
        VERIFIER.verify("PPL-003").given(engineer(500, 430, "40")).flagsNothing();
        VERIFIER.verify("PPL-003").given(engineer(480, 440, null)).flagsNothing();
    }

    @Test
    void absenceTurnsHoursUnderTheContractIntoOvertime() {
        // 480 h worked against 500 h contracted, but 100 h were absence: 80 h beyond the 400 h available (20 %)
        VERIFIER.verify("PPL-003").given(engineer(500, 480, "100")).flags(1).withSeverity(Severity.MEDIUM).withEvidence("availableHours", 400);
    }

    @Test
    void boundsAreOnTheGoodSide() {
        VERIFIER.verify("PPL-003").given(engineer(400, 420, null)).flagsNothing();                                 // exactly 5 %
        VERIFIER.verify("PPL-003").given(engineer(400, 421, null)).flags(1).withSeverity(Severity.LOW);           // 5.25 %
        VERIFIER.verify("PPL-003").given(engineer(400, 460, null)).flags(1).withSeverity(Severity.LOW);           // exactly 15 %
        VERIFIER.verify("PPL-003").given(engineer(400, 461, null)).flags(1).withSeverity(Severity.MEDIUM);        // 15.25 %
    }

    @Test
    void reportsNotAvailableWhenNoHoursAreAvailable() {
        VERIFIER.verify("PPL-003").given(engineer(0, 10, null)).reportsNotAvailableBecause("contractedHours minus absenceHours is 0");
    }
}
