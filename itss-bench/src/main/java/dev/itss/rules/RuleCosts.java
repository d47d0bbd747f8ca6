package dev.itss.rules;

import dev.itss.engine.AssessmentEngine;
import dev.itss.measure.Facts;
import dev.itss.measure.Measurer;
import dev.itss.policy.Policy;
import dev.itss.records.OperationalRecords;
import dev.itss.test.Organisations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * What each built-in rule costs on the large organisation ({@code Organisations.ofSize(42, LARGE)}),
 * for finding the rule to rewrite. Two modes:
 *
 * <ul>
 *   <li>{@code each}: for every rule, a rule base holding only that rule (the precompiled one with
 *       the others removed); the facts inserted and the rule fired; the minimum of nine runs, after
 *       every rule ran once. The first line is the rule base without rules: inserting alone.</li>
 *   <li>{@code detect N}: the whole rules stage ({@code detect}, check rows disabled) N times in a
 *       loop, for a profiler (JFR) to sample; prints the milliseconds per run.</li>
 * </ul>
 *
 * <pre>
 * java -Xmx8g -Xmn3g -cp itss-bench/target/benchmarks.jar dev.itss.rules.RuleCosts each
 * java -XX:StartFlightRecording=filename=rules.jfr,settings=profile -XX:FlightRecorderOptions:stackdepth=1024 \
 *      -cp itss-bench/target/benchmarks.jar dev.itss.rules.RuleCosts detect 40
 * </pre>
 *
 * <p>In the package of {@link DroolsRuleEngine} to reuse its model loading, which is package-private.
 */
public final class RuleCosts {
    private RuleCosts() {}

    public static void main(String[] args) {
        DroolsRuleEngine rules = new DroolsRuleEngine();
        AssessmentEngine engine = AssessmentEngine.using(rules);
        Policy policy = engine.defaultPolicy();
        Facts facts = Measurer.facts(Organisations.ofSize(42, Organisations.Size.LARGE), policy, OperationalRecords.none(),
                engine.thresholds(policy), engine.metrics());
        if (args.length == 2 && args[0].equals("detect")) {
            Set<String> rows = BuiltInRuleBases.ruleIds(rules.catalog(), dev.itss.check.RuleKind.CHECK);
            int runs = Integer.parseInt(args[1]);
            rules.detect(facts, rows);
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                rules.detect(facts, rows);
            }
            System.out.printf("detect: %.1f ms per run over %d runs%n", (System.nanoTime() - start) / 1e6 / runs, runs);
            return;
        }
        if (args.length != 1 || !args[0].equals("each")) {
            System.err.println("usage: RuleCosts each | RuleCosts detect RUNS");
            System.exit(2);
        }
        List<Object> all = facts.all();
        List<String> names = new ArrayList<>(BuiltInRuleBases.ruleNames(BuiltInRuleBases.precompiled()));
        Map<String, KieBase> bases = new LinkedHashMap<>();
        bases.put("(no rule: inserting only)", without(names, ""));
        for (String keep : names) {
            bases.put(keep, without(names, keep));
        }
        Map<String, Long> best = new LinkedHashMap<>();
        for (int round = 0; round < 3; round++) {
            for (Map.Entry<String, KieBase> entry : bases.entrySet()) {
                for (int i = 0; i < 3; i++) {
                    System.gc();   // a collection inside the timed run would be charged to the rule
                    KieSession session = entry.getValue().newKieSession();
                    long start = System.nanoTime();
                    all.forEach(session::insert);
                    session.fireAllRules();
                    best.merge(entry.getKey(), System.nanoTime() - start, Math::min);
                    session.dispose();
                }
            }
        }
        System.out.printf("%d facts; milliseconds, minimum of 9 runs:%n", all.size());
        best.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("%8.1f  %s%n", e.getValue() / 1e6, e.getKey()));
    }

    /** The precompiled rule base with every rule but {@code keep} removed ({@code package/name}; none kept for ""). */
    private static KieBase without(List<String> names, String keep) {
        KieBase base = BuiltInRuleBases.precompiled();
        for (String name : names) {
            if (!name.equals(keep)) {
                String[] key = name.split("/", 2);
                base.removeRule(key[0], key[1]);
            }
        }
        return base;
    }
}
