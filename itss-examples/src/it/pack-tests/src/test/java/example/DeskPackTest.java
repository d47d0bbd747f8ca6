package example;

import static dev.itss.test.ItssAssertions.assertThat;

import dev.itss.model.Severity;
import dev.itss.test.RuleVerifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeskPackTest {
    static final RuleVerifier VERIFIER = RuleVerifier.withPacks(Path.of("src/test/resources/packs/desk"));

    @Test
    void flagsAPostNobodyHolds() {
        VERIFIER.verify("DSK-001").given("people:\n  posts: [{id: desk, name: Desk, requiredHeadcount: 2}]\n")
                .flags(1).about("desk").withSeverity(Severity.HIGH).withEvidence("required", 2L);
    }

    @Test
    void isSilentWhenSomeoneHoldsIt() {
        var result = VERIFIER.verify("DSK-001").given("""
                people:
                  posts: [{id: desk, name: Desk, requiredHeadcount: 1}]
                  engineers: [{id: li, name: Li, post: desk, contractedHours: 480, workedHours: 400, workMode: ON_SITE}]
                """).flagsNothing();
        assertThat(result.assessment()).hasNoFindingsAtOrAbove(Severity.HIGH);
    }

    @Test
    void thePackDisablesPpl006() {
        org.junit.jupiter.api.Assertions.assertTrue(VERIFIER.engine().defaultPolicy().disabledRules().contains("PPL-006"));
    }
}
