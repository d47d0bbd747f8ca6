package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.model.Subject;
import java.util.List;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** PPL-001: a post staffed below its required headcount (band: warning below 100 %, breach below 80 %). */
class Ppl001PostUnderstaffedTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    private static String desk(int required, int staffed) {
        StringBuilder yaml = new StringBuilder("""
                people:
                  posts:
                    - {id: desk, name: Service desk, requiredHeadcount: %d}
                  engineers:
                """.formatted(required));
        for (int i = 1; i <= staffed; i++) {
            yaml.append("    - {id: e").append(i).append(", name: Engineer ").append(i)
                    .append(", post: desk, contractedHours: 480, workedHours: 400, workMode: ON_SITE}\n");
        }
        if (staffed == 0) {
            yaml.append("    []\n");
        }
        return yaml.toString();
    }

    @Test
    void flagsAPostFarBelowItsHeadcountAsABreach() {
        VERIFIER.verify("PPL-001").given(desk(5, 2))
                .flags(1)
                .about("desk")
                .withSeverity(Severity.HIGH)
                .withEvidence("staffed", 2)
                .withEvidence("required", 5)
                .withEvidence("observed", 0.4);
    }

    @Test
    void justifiesWithThePostItsHeadcountAndWhoIsOnIt() {
        VERIFIER.verify("PPL-001").given(desk(5, 2))
                .justifiesExactly(new PostUnderstaffed(new Subject("post", "desk", "Service desk"), 2, 5, List.of("Engineer 1", "Engineer 2")));
    }

    @Test
    void aPostNobodyIsOnIsSeen() {
        VERIFIER.verify("PPL-001").given(desk(2, 0))
                .justifiesExactly(new PostUnderstaffed(new Subject("post", "desk", "Service desk"), 0, 2, List.of()));
    }

    @Test
    void flagsAPostJustBelowItsHeadcountAsAWarningOneStepLower() {
        VERIFIER.verify("PPL-001").given(desk(5, 4)).flags(1).withSeverity(Severity.MEDIUM);
    }

    @Test
    void staysSilentForAFullyStaffedPost() {
        VERIFIER.verify("PPL-001").given(desk(3, 3)).flagsNothing();
    }

    @Test
    void boundaryOfTheBreachBandIsAWarningNotABreach() {
        // 4 of 5 is exactly the breach bound 80 %: on the good side of it, so a warning
        VERIFIER.verify("PPL-001").given(desk(5, 4)).flags(1).withEvidence("observed", 0.8).withSeverity(Severity.MEDIUM);
        // 3 of 4 is below it
        VERIFIER.verify("PPL-001").given(desk(4, 3)).flags(1).withSeverity(Severity.HIGH);
    }

    @Test
    void reportsNotAvailableWithoutPosts() {
        VERIFIER.verify("PPL-001").given("people: {}").reportsNotAvailableBecause("no posts reported");
    }
}
