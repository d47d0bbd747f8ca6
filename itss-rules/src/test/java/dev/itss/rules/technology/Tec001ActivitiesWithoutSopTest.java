package dev.itss.rules.technology;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TEC-001: routine activities with an SOP (warning below 100 %, breach below 80 %). */
class Tec001ActivitiesWithoutSopTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    /** Five activities a1..a5, SOPs for the first {@code withSop}. */
    private static String activities(int withSop) {
        StringBuilder yaml = new StringBuilder("technology:\n  activities:\n");
        for (int i = 1; i <= 5; i++) {
            yaml.append("    - {id: a").append(i).append(", name: Activity ").append(i).append("}\n");
        }
        yaml.append("  sops:").append(withSop == 0 ? " []" : "").append('\n');
        for (int i = 1; i <= withSop; i++) {
            yaml.append("    - {id: SOP-").append(i).append(", activity: a").append(i).append(", lastReviewed: 2026-01-15}\n");
        }
        return yaml.toString();
    }

    @Test
    void flagsActivitiesWithoutSop() {
        VERIFIER.verify("TEC-001").given(activities(2))
                .flags(1).withSeverity(Severity.MEDIUM)
                .withEvidence("covered", 2).withEvidence("activities", 5)
                .withEvidence("uncovered", List.of("Activity 3", "Activity 4", "Activity 5"));
    }

    @Test
    void staysSilentWhenEveryActivityHasAnSop() {
        VERIFIER.verify("TEC-001").given(activities(5)).flagsNothing();
    }

    @Test
    void breachBoundIsOnTheGoodSide() {
        VERIFIER.verify("TEC-001").given(activities(4)).flags(1).withEvidence("observed", 0.8).withSeverity(Severity.LOW);
        VERIFIER.verify("TEC-001").given(activities(3)).flags(1).withSeverity(Severity.MEDIUM);
    }

    @Test
    void reportsNotAvailableWithoutActivities() {
        VERIFIER.verify("TEC-001").given("technology: {}").reportsNotAvailableBecause("technology.activities");
    }
}
