package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.check.Finding;
import dev.itss.engine.AssessmentEngine;
import dev.itss.report.Language;
import dev.itss.report.Texts;
import dev.itss.test.RuleVerifier;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The messages that said something the finding is not: each rendered from a real finding, in both
 * languages, against what the old text said.
 */
class MessageCorrectionsTest {
    private static final RuleVerifier VERIFIER = RuleVerifier.load();
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();

    private static List<String> rendered(String ruleId, List<Finding> findings) {
        return findings.stream().flatMap(f -> java.util.stream.Stream.of(
                Texts.fill(ENGINE.rules().text(ruleId, Locale.ENGLISH).message(), f, Language.EN),
                Texts.fill(ENGINE.rules().text(ruleId, Locale.SIMPLIFIED_CHINESE).message(), f, Language.ZH_CN))).toList();
    }

    @Test
    void prc021ShowsTheEmergencyChangeRatioNotTheOrganisationsName() {
        String changes = "process:\n  changes: {problems: 0, problemsWithRootCause: 0, changes: 100, changesFailed: 0, emergencyChanges: 25,"
                + " releases: 100, releasesRolledBack: 15, releasesWithVersionRecord: 100}\n";
        List<String> text = rendered("PRC-021", VERIFIER.verify("PRC-021").given(changes).flags(1).findings());
        assertThat(text).allSatisfy(t -> assertThat(t).contains("25 %").doesNotContain("Test organisation"));
    }

    @Test
    void res012SaysUnitsFoundDamagedNotUnitsInTheStore() {
        List<String> text = rendered("RES-012", VERIFIER.verify("RES-012").given(Fixtures.part("quantity: 10, damaged: 3")).flags(1).findings());
        assertThat(text.get(0)).isEqualTo("3 of 13 units were found damaged (23.1 %); expected at most 2 %, breach above 5 %.");
        assertThat(text).allSatisfy(t -> assertThat(t).doesNotContain("in the store").doesNotContain("备件库"));
    }

    @Test
    void res005NamesThePartsThatMissedInBothLanguages() {
        String store = "resources:\n  spareParts: [{id: A, name: Disk, quantity: 1, unitValue: 1, stockedOn: 2025-01-01, requests: 10, hits: 5, damaged: 0}]\n";
        assertThat(rendered("RES-005", VERIFIER.verify("RES-005").given(store).flags(1).findings())).allSatisfy(t -> assertThat(t).contains("Disk (5 / 10)"));
    }
}
