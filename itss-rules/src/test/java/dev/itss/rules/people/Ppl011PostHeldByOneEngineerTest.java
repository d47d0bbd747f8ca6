package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.test.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PPL-011: a post held by exactly one engineer whom no engineer of another post backs up (no band: the condition is the problem). */
class Ppl011PostHeldByOneEngineerTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();
    private static final Subject DBA = new Subject("post", "dba", "Database administration");

    private static String posts(int holders, boolean backedUp) {
        StringBuilder yaml = new StringBuilder("""
                people:
                  posts:
                    - {id: dba, name: Database administration, requiredHeadcount: 1}
                    - {id: desk, name: Service desk, requiredHeadcount: 1}
                  engineers:
                    - {id: e0, name: Zhao, post: desk, contractedHours: 480, workedHours: 400, workMode: ON_SITE%s}
                """.formatted(backedUp ? ", backupFor: [dba]" : ""));
        for (int i = 1; i <= holders; i++) {
            yaml.append("    - {id: e").append(i).append(", name: Engineer ").append(i)
                    .append(", post: dba, contractedHours: 480, workedHours: 400, workMode: ON_SITE, backupFor: [desk]}\n");
        }
        return yaml.toString();
    }

    @Test
    void flagsASingleHolderWithoutBackupNamingTheHolder() {
        VERIFIER.verify("PPL-011").given(posts(1, false)).flags(1).withSeverity(Severity.MEDIUM);
        VERIFIER.verify("PPL-011").given(posts(1, false)).justifiesExactly(new SinglePersonPost(DBA, "Engineer 1", List.of()));
    }

    @Test
    void staysSilentWhenSomeoneBacksThePostUp() {
        VERIFIER.verify("PPL-011").given(posts(1, true)).flagsNothing();
    }

    @Test
    void boundaryTwoHoldersAreNotASinglePointOfFailureAndNoHolderIsPpl001sConcern() {
        VERIFIER.verify("PPL-011").given(posts(2, false)).flagsNothing();
        // with nobody on it, the post is PPL-001's concern; here only the desk, held by Zhao alone, is flagged
        VERIFIER.verify("PPL-011").given(posts(0, false)).justifiesExactly(new SinglePersonPost(new Subject("post", "desk", "Service desk"), "Zhao", List.of()));
    }

    @Test
    void reportsNotAvailableWithoutPosts() {
        VERIFIER.verify("PPL-011").given("people: {}").reportsNotAvailableBecause("no posts reported (people.posts)");
    }
}
