package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** PPL-003: hours worked against hours contracted (warning above 85 %, breach above 100 %). */
class Ppl003EngineerOverloadedTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String engineer(double contracted, double worked) {
        return """
                people:
                  posts: [{id: ops, name: Operations, requiredHeadcount: 1}]
                  engineers:
                    - {id: li, name: Li Wei, post: ops, contractedHours: %s, workedHours: %s, workMode: ON_SITE}
                """.formatted(contracted, worked);
    }

    @Test
    void flagsOvertimeAsABreach() {
        VERIFIER.verify("PPL-003").given(engineer(480, 600))
                .flags(1).about("li").withSeverity(Severity.MEDIUM)
                .withEvidence("observed", 1.25).withEvidence("workedHours", 600).withEvidence("contractedHours", 480);
    }

    @Test
    void flagsSaturationAboveTheHealthyRangeAsAWarning() {
        VERIFIER.verify("PPL-003").given(engineer(480, 440)).flags(1).withSeverity(Severity.LOW);
    }

    @Test
    void staysSilentInTheHealthyRange() {
        VERIFIER.verify("PPL-003").given(engineer(480, 380)).flagsNothing();
    }

    @Test
    void boundsAreOnTheGoodSide() {
        VERIFIER.verify("PPL-003").given(engineer(400, 340)).flagsNothing();          // exactly 85 %
        VERIFIER.verify("PPL-003").given(engineer(400, 400)).flags(1).withSeverity(Severity.LOW); // exactly 100 %
    }

    @Test
    void reportsNotAvailableWhenNoHoursAreContracted() {
        VERIFIER.verify("PPL-003").given(engineer(0, 10)).reportsNotAvailableBecause("contractedHours is 0");
    }
}
