package dev.itss.rules.people;

import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.test.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PPL-013: an engineer named as a post's backup lacks skills the post requires. */
class Ppl013BackupLacksSkillsTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();
    private static final Subject DBA = new Subject("post", "dba", "Database administration");
    private static final Subject WANG = new Subject("engineer", "e2", "Wang");

    private static String org(String backupSkills) {
        return """
                people:
                  posts:
                    - {id: dba, name: Database administration, requiredHeadcount: 1, requiredSkills: [oracle, backup]}
                    - {id: desk, name: Service desk, requiredHeadcount: 1, requiredSkills: [itil]}
                  engineers:
                    - {id: e1, name: Li, post: dba, contractedHours: 480, workedHours: 400, workMode: ON_SITE, skills: [oracle, backup]}
                    - {id: e2, name: Wang, post: desk, contractedHours: 480, workedHours: 400, workMode: ON_SITE, skills: [%s], backupFor: [dba]}
                """.formatted(backupSkills);
    }

    @Test
    void flagsABackupWithoutThePostsSkillsNamingWhatIsMissing() {
        VERIFIER.verify("PPL-013").given(org("itil")).flags(1).withSeverity(Severity.MEDIUM);
        VERIFIER.verify("PPL-013").given(org("itil")).justifiesExactly(new BackupLacksSkills(DBA, WANG, List.of("backup", "oracle")));
    }

    @Test
    void staysSilentWhenTheBackupHoldsEverySkill() {
        VERIFIER.verify("PPL-013").given(org("oracle, backup, itil")).flagsNothing();
    }

    @Test
    void boundaryOneMissingSkillIsEnoughAndTheBackupIsPartOfTheIdentity() {
        var result = VERIFIER.verify("PPL-013").given(org("itil, oracle"));
        result.justifiesExactly(new BackupLacksSkills(DBA, WANG, List.of("backup")));
        result.flags(1).findings().forEach(f -> org.assertj.core.api.Assertions.assertThat(f.key()).isEqualTo("PPL-013|post:dba|engineer:e2"));
    }

    @Test
    void reportsNotAvailableForAPostThatNamesNoSkills() {
        VERIFIER.verify("PPL-013").given(org("itil").replace(", requiredSkills: [oracle, backup]", ""))
                .reportsNotAvailableBecause("no requiredSkills reported");
    }
}
