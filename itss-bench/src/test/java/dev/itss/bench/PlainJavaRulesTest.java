package dev.itss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.check.RuleKind;
import dev.itss.engine.AssessmentEngine;
import dev.itss.examples.SampleOrganisation;
import dev.itss.measure.Facts;
import dev.itss.measure.Measurer;
import dev.itss.model.ServiceSnapshot;
import dev.itss.policy.Policy;
import dev.itss.records.OperationalRecords;
import dev.itss.rules.BuiltInRuleBases;
import dev.itss.rules.DroolsRuleEngine;
import dev.itss.test.Organisations;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java baseline of the benchmark and the DRL rules agree, firing by firing, over the
 * sample organisations and generated ones: each side is an independent computation of the other
 * (the rules' matching written twice, once as Rete patterns, once as loops over hash maps), so a
 * rule that stops matching what it should, or the baseline drifting from the rules, fails here.
 */
class PlainJavaRulesTest {
    private static final DroolsRuleEngine RULES = new DroolsRuleEngine();
    private static final AssessmentEngine ENGINE = AssessmentEngine.using(RULES);
    private static final Set<String> CHECK_ROWS = BuiltInRuleBases.ruleIds(RULES.catalog(), RuleKind.CHECK);
    private static final Set<String> DRL_RULES = BuiltInRuleBases.ruleIds(RULES.catalog(), RuleKind.DETECTION);
    /** The seeds of the generated organisations, printed by the failure message. */
    private static final long[] SEEDS = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946};

    @Test
    void theBaselineCoversEveryDrlRuleAndNothingElse() {
        assertThat(PlainJavaRules.ruleIds()).containsExactlyInAnyOrderElementsOf(DRL_RULES);
    }

    @Test
    void samplesAndGeneratedOrganisationsFireTheSameRulesAboutTheSameSubjects() {
        TreeMap<String, Integer> fired = new TreeMap<>();
        for (SampleOrganisation sample : SampleOrganisation.values()) {
            ServiceSnapshot snapshot = sample.snapshot();
            compare(sample.name(), snapshot, sample.records(snapshot, ENGINE.defaultPolicy())).forEach(pair -> fired.merge(pair.split(" ")[0], 1, Integer::sum));
        }
        for (long seed : SEEDS) {
            compare("Organisations.varied(" + seed + ")", Organisations.varied(seed), OperationalRecords.none())
                    .forEach(pair -> fired.merge(pair.split(" ")[0], 1, Integer::sum));
        }
        for (long seed : SEEDS) {
            double scale = seed == SEEDS[0] ? 0.1 : 0.01;
            compare("Organisations.ofSize(" + seed + ", LARGE.scaled(" + scale + "))", Organisations.ofSize(seed, Organisations.Size.LARGE.scaled(scale)),
                    OperationalRecords.none()).forEach(pair -> fired.merge(pair.split(" ")[0], 1, Integer::sum));
        }
        // the comparison means something only where rules fire: every rule fires on some organisation
        assertThat(fired.keySet()).as("rules that fired (with their counts: %s)", fired).containsAll(PlainJavaRules.ruleIds());
    }

    private static List<String> compare(String organisation, ServiceSnapshot snapshot, OperationalRecords records) {
        Policy policy = ENGINE.defaultPolicy();
        Facts facts = Measurer.facts(snapshot, policy, records, ENGINE.thresholds(policy), ENGINE.metrics());
        List<String> baseline = PlainJavaRules.detect(facts);
        LargeOrganisationRulesBenchmark.requireSameFirings(RULES.detect(facts, CHECK_ROWS), baseline, DRL_RULES, organisation);
        return baseline;
    }
}
