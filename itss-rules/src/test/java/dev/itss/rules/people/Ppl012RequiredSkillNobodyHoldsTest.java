package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.test.RuleVerifier;
import org.junit.jupiter.api.Test;

/** PPL-012: a skill a post requires that no engineer of the organisation holds, on that post or any other. */
class Ppl012RequiredSkillNobodyHoldsTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();
    private static final Subject DBA = new Subject("post", "dba", "Database administration");

    private static String org(String dbaSkills, String deskSkills) {
        return """
                people:
                  posts:
                    - {id: dba, name: Database administration, requiredHeadcount: 1, requiredSkills: [oracle, backup]}
                    - {id: desk, name: Service desk, requiredHeadcount: 1, requiredSkills: [itil]}
                  engineers:
                    - {id: e1, name: Li, post: dba, contractedHours: 480, workedHours: 400, workMode: ON_SITE, skills: [%s]}
                    - {id: e2, name: Wang, post: desk, contractedHours: 480, workedHours: 400, workMode: ON_SITE, skills: [itil, %s]}
                """.formatted(dbaSkills, deskSkills);
    }

    @Test
    void flagsEachRequiredSkillNobodyHolds() {
        VERIFIER.verify("PPL-012").given(org("sql", "ticketing")).flags(2).withSeverity(Severity.HIGH);
        VERIFIER.verify("PPL-012").given(org("sql", "ticketing"))
                .justifiesExactly(new RequiredSkillUnheld(DBA, "backup"), new RequiredSkillUnheld(DBA, "oracle"));
    }

    @Test
    void aSkillHeldOnAnotherPostCountsAsHeld() {
        VERIFIER.verify("PPL-012").given(org("oracle", "backup")).flagsNothing();
    }

    @Test
    void boundaryOneSkillMissingIsOneFindingWhoseIdentityNamesTheSkill() {
        var result = VERIFIER.verify("PPL-012").given(org("oracle", "ticketing"));
        result.justifiesExactly(new RequiredSkillUnheld(DBA, "backup"));
        result.flags(1).findings().forEach(f -> org.assertj.core.api.Assertions.assertThat(f.key()).isEqualTo("PPL-012|post:dba|skill:backup"));
    }

    @Test
    void reportsNotAvailableForAPostThatNamesNoSkills() {
        VERIFIER.verify("PPL-012").given(org("oracle", "backup").replace(", requiredSkills: [oracle, backup]", ""))
                .reportsNotAvailableBecause("no requiredSkills reported (people.posts[].requiredSkills)");
    }
}
