package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.engine.AssessmentEngine;
import dev.itss.engine.PackFile;
import dev.itss.engine.RuleFailedException;
import dev.itss.engine.RulePack;
import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import dev.itss.test.RuleVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Packs laid over the built-in rules: what they may do, and every way they can be wrong, reported at once. */
class RulePackTest {
    static final String HEADER = "package test.pack;\nimport dev.itss.model.Post;\nimport dev.itss.measure.Subjects;\nimport dev.itss.check.NamedValues;\n"
            + "import dev.itss.rules.Justify;\n";
    static final String TEXTS_EN = "TST-001.title=t\nTST-001.motivation=m\nTST-001.message={subject}\nTST-001.remediation=r\n";
    static final String TEXTS_ZH = "TST-001.title=标题\nTST-001.motivation=动机\nTST-001.message={subject}\nTST-001.remediation=措施\n";
    static final String POST = "people:\n  posts: [{id: desk, name: Desk, requiredHeadcount: 1, responsibilitiesReviewedOn: 2020-01-01}]\n";

    static String rule(String id, String when, String then) {
        return "rule \"" + id + "\"\n  @id(\"" + id + "\") @element(\"PEOPLE\") @severity(\"LOW\") @domain(\"P-P-01\") @lifecycle(\"L-3\")\nwhen\n"
                + when + "\nthen\n" + then + "\nend\n";
    }

    static RulePack pack(String drl, PackFile... more) {
        List<PackFile> files = new ArrayList<>(List.of(new PackFile("rules.drl", HEADER + drl), new PackFile("messages.properties", TEXTS_EN),
                new PackFile("messages_zh_CN.properties", TEXTS_ZH)));
        files.addAll(List.of(more));
        return RulePack.of("test", files);
    }

    static List<String> problems(RulePack pack) {
        try {
            AssessmentEngine.builder().withPack(pack).build();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InputProblem::toString).toList();
        }
        throw new AssertionError("the pack was accepted");
    }

    static final String RAISE = "  Justify.raise(drools, NamedValues.about(Subjects.of($p)));";

    @Test
    void aPackRuleFiresBesideTheBuiltInRules() {
        RuleVerifier verifier = RuleVerifier.of(AssessmentEngine.builder().withPack(pack(rule("TST-001", "  $p : Post( )", RAISE))).build());
        verifier.verify("TST-001").given(POST).flags(1).about("desk");
        verifier.verify("PPL-006").given(POST).flags(1);
    }

    @Test
    void replacingADrlRuleOrACheckRowTakesTheBuiltInOutOfThisEngineOnly() {
        String replacement = rule("PPL-006", "  $p : Post( id == \"nothing\" )", RAISE) + rule("TST-001", "  $p : Post( )", RAISE);
        AssessmentEngine engine = AssessmentEngine.builder().withPack(pack(replacement, new PackFile("pack.yaml", "name: test\nreplaces: [PPL-006, RES-001]\n"),
                new PackFile("checks.yaml", "checks:\n  - {id: RES-001, metric: service_desk.answer_rate, element: RESOURCES, severity: LOW, domain: [M-R-05], lifecycle: L-3}\n")))
                .build();
        RuleVerifier.of(engine).verify("PPL-006").given(POST).flagsNothing();
        RuleVerifier.of(engine).verify("RES-001").given("resources:\n  serviceDesk: {callsOffered: 100, callsAnswered: 50, ticketsDispatched: 10, ticketsRedispatched: 0, ticketsLogged: 100}\n").flags(1)
                .withSeverity(dev.itss.model.Severity.LOW);
        // the built-in rule base is untouched: another engine still has the built-in PPL-006
        RuleVerifier.load().verify("PPL-006").given(POST).flags(1);
        assertThat(engine.rules().rules()).filteredOn(r -> r.id().equals("PPL-006")).hasSize(1);
    }

    @Test
    void everyProblemOfThePackIsReportedAtOnce() {
        String drl = rule("TST-001", "  $p : Post( requiredHedcount > 1 )", RAISE) + rule("TST-002", "  $p : Post( )", RAISE)
                + rule("PPL-001", "  $p : Post( )", RAISE);
        List<String> problems = problems(pack(drl, new PackFile("pack.yaml", "name: test\nreplaces: [PPL-006]\nmetrics: [{id: desk.rate}]\n"),
                new PackFile("checks.yaml", "checks:\n  - {id: TST-003, metric: desk.nothing, element: PEOPLE, severity: LOW, domain: [M-P-01], lifecycle: L-3}\n"),
                new PackFile("policy.yaml", "disabledRule: [PPL-001]\n")));
        assertThat(String.join("\n", problems))
                .contains("test/pack.yaml:3:11: metrics[0].band: is required")   // each missing field of the metric, placed
                .contains("test/pack.yaml:3:11: metrics[0].direction: is required")
                .contains("test/checks.yaml: checks[0].metric: unknown metric 'desk.nothing'")
                .contains("test/rules.drl:9: rule TST-001: unknown field 'requiredHedcount' of Post; did you mean 'requiredHeadcount'?")
                .contains("rule PPL-001: PPL-001 is a built-in rule; to replace it, list it under replaces in pack.yaml")
                .contains("test/messages.properties: TST-002: missing TST-002.title, TST-002.motivation, TST-002.message, TST-002.remediation")
                .contains("test/messages_zh_CN.properties: TST-002: missing")
                .contains("test/messages.properties: TST-003: missing")
                .contains("test/policy.yaml:1:1:").contains("unknown field; did you mean 'disabledRules'?");
        assertThat(problems(pack(rule("TST-001", "  $p : Post( )", RAISE), new PackFile("pack.yaml", "name: test\nreplaces: [PPL-999, PPL-006]\n"))))
                .containsExactly("test/pack.yaml: replaces: unknown built-in rule 'PPL-999'; did you mean 'PPL-009'?",
                        "test/pack.yaml: replaces: the pack replaces PPL-006 but has no rule or check row with that id; to switch the rule off, "
                                + "list it under disabledRules in policy.yaml");
    }

    @Test
    void aConsequenceThatThrowsFailsTheAssessmentWithTheRuleAndItsSubject() {
        AssessmentEngine engine = AssessmentEngine.builder()
                .withPack(pack(rule("TST-001", "  $p : Post( )", "  String s = null; s.length();"))).build();
        assertThatThrownBy(() -> RuleVerifier.of(engine).verify("TST-001").given(POST))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageStartingWith("rule TST-001 failed on post:desk: java.lang.NullPointerException")
                .satisfies(e -> assertThat(((RuleFailedException) e).ruleId()).isEqualTo("TST-001"))
                .satisfies(e -> assertThat(((RuleFailedException) e).subject()).isEqualTo("post:desk"));
    }

    @Test
    void aRuleThatLoopsIsStoppedByTheFiringLimitAndNamed() {
        // inserts a new fact every firing and matches it again: fires without end
        String drl = "declare Tick\n  count : int\nend\n" + rule("TST-001", "  $t : Tick( )", "  insert(new Tick($t.getCount() + 1));")
                + "rule \"seed\"\n  @id(\"TST-002\") @element(\"PEOPLE\") @severity(\"LOW\") @domain(\"P-P-01\") @lifecycle(\"L-3\")\nwhen\n  Post( )\nthen\n  insert(new Tick());\nend\n";
        String texts = TEXTS_EN + TEXTS_EN.replace("TST-001", "TST-002");
        String textsZh = TEXTS_ZH + TEXTS_ZH.replace("TST-001", "TST-002");
        RulePack looping = RulePack.of("loop", List.of(new PackFile("rules.drl", HEADER + drl), new PackFile("messages.properties", texts),
                new PackFile("messages_zh_CN.properties", textsZh)));
        AssessmentEngine engine = AssessmentEngine.builder().withPack(looping).build();
        assertThatThrownBy(() -> RuleVerifier.of(engine).verify("TST-001").given(POST))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageContaining("rule TST-001 fired")
                .hasMessageContaining("stopped at the firing limit");
    }

    @Test
    void assessmentsInFlightFinishOnTheEngineTheyStartedWith() throws Exception {
        AssessmentEngine before = AssessmentEngine.load();
        dev.itss.model.ServiceSnapshot hospital = dev.itss.model.SnapshotReader.standard().read("s", "organisation: {id: o, name: O}\n"
                + "period: {start: 2026-01-01, end: 2026-03-31}\n" + POST, dev.itss.read.DocumentFormat.YAML);
        List<String> expected = before.assess(hospital).findings().findings().stream().map(f -> f.key()).toList();
        java.util.concurrent.atomic.AtomicReference<AssessmentEngine> current = new java.util.concurrent.atomic.AtomicReference<>(before);
        CompletableFuture<List<List<String>>> inFlight = CompletableFuture.supplyAsync(() -> {
            List<List<String>> seen = new ArrayList<>();
            AssessmentEngine engine = current.get();
            for (int i = 0; i < 50; i++) {
                seen.add(engine.assess(hospital).findings().findings().stream().map(f -> f.key()).toList());
            }
            return seen;
        });
        current.set(AssessmentEngine.builder().withPack(pack(rule("TST-001", "  $p : Post( )", RAISE),
                new PackFile("pack.yaml", "name: t\nreplaces: [PPL-006]\n"), new PackFile("more.drl", HEADER + rule("PPL-006", "  $p : Post( id == \"x\" )", RAISE))))
                .build());
        assertThat(inFlight.get()).allSatisfy(keys -> assertThat(keys).isEqualTo(expected));
        assertThat(current.get().assess(hospital).findings().findings()).extracting(f -> f.ruleId()).contains("TST-001").doesNotContain("PPL-006");
    }
}
