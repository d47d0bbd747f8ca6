package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PPL-002: share of posts some engineer of another post can stand in for (warning below 50 %, breach below 30 %). */
class Ppl002PostsWithoutBackupTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();

    /** Ten posts, one engineer each; engineer i backs up post i+1 for the first {@code backedUp} posts. */
    private static String posts(int backedUp) {
        StringBuilder yaml = new StringBuilder("people:\n  posts:\n");
        for (int i = 0; i < 10; i++) {
            yaml.append("    - {id: p").append(i).append(", name: Post ").append(i).append(", requiredHeadcount: 1}\n");
        }
        yaml.append("  engineers:\n");
        for (int i = 0; i < 10; i++) {
            yaml.append("    - {id: e").append(i).append(", name: E").append(i).append(", post: p").append(i)
                    .append(", contractedHours: 480, workedHours: 400, workMode: REMOTE, backupFor: [")
                    .append(i < backedUp ? "p" + ((i + 1) % 10) : "").append("]}\n");
        }
        return yaml.toString();
    }

    @Test
    void flagsAnOrganisationWhereFewPostsHaveBackup() {
        VERIFIER.verify("PPL-002").given(posts(2))
                .flags(1)
                .about("test-org")
                .withSeverity(Severity.MEDIUM)
                .withEvidence("covered", 2)
                .withEvidence("posts", 10)
                .withEvidence("uncovered", List.of("Post 0", "Post 3", "Post 4", "Post 5", "Post 6", "Post 7", "Post 8", "Post 9"));
    }

    @Test
    void staysSilentWhenHalfThePostsHaveBackup() {
        VERIFIER.verify("PPL-002").given(posts(5)).flagsNothing();
    }

    @Test
    void breachBoundIsOnTheGoodSide() {
        VERIFIER.verify("PPL-002").given(posts(3)).flags(1).withEvidence("observed", 0.3).withSeverity(Severity.LOW);
        VERIFIER.verify("PPL-002").given(posts(4)).flags(1).withSeverity(Severity.LOW);
    }

    @Test
    void reportsNotAvailableWithoutPosts() {
        VERIFIER.verify("PPL-002").given("{}").reportsNotAvailableBecause("people.posts");
    }
}
