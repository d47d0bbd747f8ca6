package dev.itss.examples.packs;

import static dev.itss.test.ItssAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.check.NamedValues;
import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.examples.SampleOrganisation;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.test.ComplianceGate;
import dev.itss.test.RuleVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import java.util.stream.Stream;

/**
 * The example pack's tests, written as a rule author writes them: RuleVerifier over the pack's
 * folder (compiled in this JVM, no project rebuild), ItssAssertions, and a compliance gate.
 */
class HospitalDeskPackTest {
    static final Path PACK = Path.of("src/main/resources/dev/itss/examples/packs/hospital-desk");
    static final RuleVerifier VERIFIER = RuleVerifier.withPacks(PACK);

    static final String DESK = """
            people:
              posts: [{id: desk, name: Service desk, requiredHeadcount: 2, requiredSkills: [itil, his], responsibilitiesReviewedOn: 2026-01-10}]
              engineers:
            """;

    static String engineer(String id, String skills, int worked) {
        return "    - {id: " + id + ", name: " + id + ", post: desk, skills: [" + skills + "], contractedHours: 480, workedHours: " + worked
                + ", workMode: ON_SITE}\n";
    }

    @Test
    void hsp001FlagsAnEngineerWithNoneOfThePostsSkillsAndJustifiesWithTheDeclaredType() {
        VERIFIER.verify("HSP-001").given(DESK + engineer("li", "pacs", 400) + engineer("wu", "itil", 400))
                .justifiesExactly(new NamedValues(new Subject("engineer", "li", "li"), List.of(),
                        java.util.Map.of("post", "Service desk", "missing", List.of("itil", "his"))));
    }

    @Test
    void hsp001IsSilentForAnEngineerHoldingOneSkillAndCannotJudgeAPostRequiringNone() {
        VERIFIER.verify("HSP-001").given(DESK + engineer("li", "his", 400)).flagsNothing();
        // @inputs("Post.requiredSkills"): a post that lists no skills is not judged, and says so
        VERIFIER.verify("HSP-001").given(DESK.replace("requiredSkills: [itil, his]", "requiredSkills: []") + engineer("li", "pacs", 400))
                .reportsNotAvailable();
    }

    @Test
    void hsp003ComparesTheShareOfAPostOnOvertimeWithThePacksOwnBand() {
        // band: warning above 0.5, breach above 0.75 (pack.yaml); HIGH at a breach, MEDIUM at a warning
        VERIFIER.verify("HSP-003").given(DESK + engineer("a", "itil", 500) + engineer("b", "itil", 400)).flagsNothing();   // 0.5: at the bound
        VERIFIER.verify("HSP-003").given(DESK + engineer("a", "itil", 500) + engineer("b", "itil", 500) + engineer("c", "itil", 400))
                .flags(1).about("desk").withSeverity(Severity.MEDIUM).withEvidence("overtime", 2L).withEvidence("engineers", 3L);
        VERIFIER.verify("HSP-003").given(DESK + engineer("a", "itil", 500) + engineer("b", "itil", 500))
                .flags(1).withSeverity(Severity.HIGH);
    }

    @Test
    void hsp002ChecksTheDeclaredCallbackRateAndSaysWhenItIsNotDeclared() {
        VERIFIER.verify("HSP-002").given("figures: [{metric: desk.callback_rate, value: 0.7, source: June log}]")
                .flags(1).withSeverity(Severity.MEDIUM).withEvidence("observed", 0.7);
        VERIFIER.verify("HSP-002").given("figures: [{metric: desk.callback_rate, value: 0.95}]").flagsNothing();
        VERIFIER.verify("HSP-002").given("{}").reportsNotAvailableBecause("not declared in the snapshot");
    }

    @Test
    void theReplacedPpl006JudgesStaffedPostsOnly() {
        String old = "people:\n  posts: [{id: desk, name: Service desk, requiredHeadcount: 1, responsibilitiesReviewedOn: 2023-01-01}]\n";
        VERIFIER.verify("PPL-006").given(old).flagsNothing();
        VERIFIER.verify("PPL-006").given(old + "  engineers: [{id: li, name: Li, post: desk, contractedHours: 480, workedHours: 400, workMode: ON_SITE}]\n")
                .flags(1).about("desk").withEvidence("engineers", 1L);
        // the built-in rule, without the pack, flags the unstaffed post
        RuleVerifier.load().verify("PPL-006").given(old).flags(1);
    }

    @Test
    void thePackDisablesRes011AndTheHospitalShowsItsRules() {
        AssessmentEngine engine = VERIFIER.engine();
        assertThat(engine.defaultPolicy().disabledRules()).contains("RES-011");
        ServiceSnapshot snapshot = SampleOrganisation.HOSPITAL.snapshot();
        Assessment hospital = engine.assess(snapshot, engine.defaultPolicy(), SampleOrganisation.HOSPITAL.records(snapshot, engine.defaultPolicy()));
        assertThat(hospital).hasFindingAbout("HSP-001", "zhou-ting").hasFindingAbout("HSP-003", "desk").hasFindingAbout("HSP-003", "network")
                .hasFinding("PPL-006");
        assertThat(hospital.findings().ofRule("RES-011")).isEmpty();
        assertThat(hospital.trace()).noneMatch(f -> f.ruleId().equals("RES-011"));
    }

    @Test
    void thePackReadsTheSameFromTheClassPathAsFromItsFolder() {
        dev.itss.engine.RulePack fromResources = dev.itss.engine.RulePack.fromResources(HospitalDeskPackTest.class.getClassLoader(),
                "dev/itss/examples/packs/hospital-desk");
        assertThat(fromResources.files()).isEqualTo(dev.itss.engine.RulePack.fromFolder(PACK).files());
        assertThat(fromResources.files()).extracting(dev.itss.engine.PackFile::path).containsExactly("README.md", "checks.yaml",
                "messages.properties", "messages_zh_CN.properties", "pack.yaml", "policy.yaml", "rules/desk.drl");
        assertThat(fromResources.where(fromResources.files().get(6))).isEqualTo("classpath:dev/itss/examples/packs/hospital-desk/rules/desk.drl");
    }

    @TestFactory
    Stream<DynamicTest> compliantSitesPassTheGate() {
        return ComplianceGate.snapshotsIn(Path.of("src/test/resources/sites")).withPack(PACK).failingAt(Severity.HIGH).tests()
                .filter(t -> t.getDisplayName().equals("clinic-north.yaml"));
    }

    @Test
    void theGateStopsASiteWithAFindingAtItsSeverity() {
        List<DynamicTest> tests = ComplianceGate.snapshotsIn(Path.of("src/test/resources/sites")).withPack(PACK).failingAt(Severity.HIGH).tests().toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("clinic-north.yaml", "clinic-south.yaml");
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("clinic-south.yaml")
                .hasMessageContaining("Expecting no finding at or above HIGH, but found 1:")
                .hasMessageContaining("HSP-003 HIGH about post:desk");
    }
}
