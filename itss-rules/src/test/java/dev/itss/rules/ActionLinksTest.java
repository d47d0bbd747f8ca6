package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.check.Finding;
import dev.itss.check.RuleDescriptor;
import dev.itss.check.RuleKind;
import dev.itss.improve.ActionTemplate;
import dev.itss.improve.ImprovementAction;
import dev.itss.model.SnapshotReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The links from findings to action templates are data: each template lists the rules it
 * addresses. The plan of the worst snapshot holds, for every template, exactly the findings of the
 * rules that template lists; every rule that raises findings is addressed by some template; and
 * the built-in pack ships no improvement rule, since no link needs a decision a list cannot make.
 */
class ActionLinksTest {
    private static final AssessmentEngine ENGINE = AssessmentEngine.load();
    private static final Assessment WORST = ENGINE.assess(SnapshotReader.standard().read(Path.of("src/test/resources/every-rule-fires.yaml")));

    static List<String> templates() {
        return ENGINE.actionTemplates().stream().map(ActionTemplate::id).toList();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void anActionListsEveryFindingOfTheRulesItsTemplateAddresses(String id) {
        ActionTemplate template = ENGINE.actionTemplates().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        List<String> keys = WORST.findings().findings().stream().filter(f -> template.addresses().contains(f.ruleId())).map(Finding::key).sorted().toList();
        assertThat(keys).as("the worst snapshot raises a finding %s addresses", id).isNotEmpty();
        ImprovementAction action = WORST.plan().actions().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no action for " + id));
        assertThat(action.findings()).as(id).containsExactlyElementsOf(keys);
    }

    @Test
    void everyRuleIsAddressedByATemplateAndEveryAddressIsARule() {
        Set<String> addressed = ENGINE.actionTemplates().stream().flatMap(t -> t.addresses().stream()).collect(Collectors.toSet());
        Set<String> rules = ENGINE.rules().rules().stream().filter(r -> r.kind() != RuleKind.IMPROVEMENT).map(RuleDescriptor::id)
                .collect(Collectors.toSet());
        assertThat(addressed).isEqualTo(rules);
    }

    @Test
    void theBuiltInPackHasNoImprovementRule() {
        assertThat(ENGINE.rules().rules()).noneMatch(r -> r.kind() == RuleKind.IMPROVEMENT);
    }

    @Test
    void linksNothingWhenNothingWasFound() {
        Assessment healthy = ENGINE.assess(SnapshotReader.standard().read("healthy", """
                organisation: {id: o, name: O}
                period: {start: 2026-01-01, end: 2026-03-31}
                resources:
                  serviceDesk: {callsOffered: 100, callsAnswered: 99, ticketsLogged: 99, ticketsDispatched: 50, ticketsRedispatched: 0}
                """, dev.itss.read.DocumentFormat.YAML));
        assertThat(healthy.findings().findings()).isEmpty();
        assertThat(healthy.plan().actions()).isEmpty();
    }
}
