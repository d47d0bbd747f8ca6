package dev.itss.history;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.improve.ImprovementAction;
import dev.itss.improve.ImprovementPlan;
import dev.itss.improve.ImprovementStrategy;
import dev.itss.improve.NewMeasure;
import dev.itss.improve.PlanTarget;
import dev.itss.improve.Verification;
import dev.itss.policy.Policy;
import dev.itss.records.OperationalRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The PDCA loop over a {@link History}: each period is assessed (check), the plan of the period
 * before is verified against it (I-3), and the plan of the period is generated with the measures
 * that verification carried (plan); people's edits to a period's plan (do) are read from its
 * {@code plan.yaml}. The last period's plan is the next plan.
 *
 * <pre>{@code
 * ImprovementCycle cycle = ImprovementCycle.run(engine, History.read(Path.of("hospital")), Locale.ENGLISH);
 * cycle.steps().forEach(step -> step.verification().ifPresent(v -> System.out.println(v.summary())));
 * PlanFile.write(cycle.nextPlan(), Path.of("plan.yaml"));
 * }</pre>
 *
 * @param strategy the strategy the plans serve
 * @param steps    one per period, oldest first
 * @param diffs    the diff of each period against the one before
 * @param trends   the trends of the latest period ({@link Trends#DEFAULT_RUNS} periods in a row)
 * @param nextPlan the plan generated from the latest period
 */
public record ImprovementCycle(ImprovementStrategy strategy, List<Step> steps, List<AssessmentDiff> diffs, List<Trends.Trend> trends,
                               ImprovementPlan nextPlan) {

    /** The version of the cycle JSON's layout. */
    public static final int SCHEMA_VERSION = 1;

    public ImprovementCycle {
        steps = List.copyOf(steps);
        diffs = List.copyOf(diffs);
        trends = List.copyOf(trends);
    }

    /**
     * One period of the loop.
     *
     * @param name          the period folder's name
     * @param assessment    the period's assessment
     * @param verification  the verification of the previous period's plan against this period
     * @param generatedPlan the plan the rules generate for this period
     * @param editedPlan    the plan as people edited it, from the period's {@code plan.yaml}
     */
    public record Step(String name, Assessment assessment, Optional<Verification> verification, ImprovementPlan generatedPlan,
                       Optional<ImprovementPlan> editedPlan) {

        /** The plan that was carried out: the edited one, else the generated one. */
        public ImprovementPlan plan() {
            return editedPlan.orElse(generatedPlan);
        }

        /**
         * Where the edited plan's generated part differs from what the rules generate today: actions
         * and the findings they answer, targets, their owners and baselines. Empty when there is no
         * edited plan or it is current; otherwise regenerate it ({@code itss plan}) and carry the edits over.
         */
        public List<String> staleness() {
            if (editedPlan.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            Map<String, List<String>> now = new TreeMap<>();
            generatedPlan.actions().forEach(a -> now.put(a.id(), a.findings()));
            Map<String, List<String>> then = new TreeMap<>();
            editedPlan.get().actions().forEach(a -> then.put(a.id(), a.findings()));
            if (!now.equals(then)) {
                out.add(name + ": actions and their findings differ: plan.yaml has " + then + ", the rules generate " + now);
            }
            Map<String, String> targetsNow = new TreeMap<>();
            generatedPlan.targets().forEach(t -> targetsNow.put(t.id(), t.action() + " from " + t.baseline()));
            Map<String, String> targetsThen = new TreeMap<>();
            editedPlan.get().targets().forEach(t -> targetsThen.put(t.id(), t.action() + " from " + t.baseline()));
            if (!targetsNow.equals(targetsThen)) {
                out.add(name + ": targets differ: plan.yaml has " + targetsThen + ", the rules generate " + targetsNow);
            }
            return out;
        }
    }

    /**
     * Assesses one period of a history: its snapshot and records under the history's policy with
     * the period's own laid over it.
     *
     * @param base the default policy with the history's policy laid over it
     */
    public static Assessment assess(AssessmentEngine engine, History.PeriodInputs period, Policy base) {
        Policy policy = period.policy().map(base::overriddenBy).orElse(base);
        OperationalRecords records = period.records()
                .map(folder -> OperationalRecords.readFolder(folder, period.snapshot().period(), policy.ticketSla()))
                .orElse(OperationalRecords.none());
        return engine.assess(period.snapshot(), policy, records);
    }

    /**
     * Runs the loop over a history.
     *
     * @param language the language of the names generated plans use
     * @throws dev.itss.read.InvalidInputException when a period's inputs or policy are invalid
     */
    public static ImprovementCycle run(AssessmentEngine engine, History history, Locale language) {
        Policy base = history.policy().map(p -> engine.defaultPolicy().overriddenBy(p)).orElse(engine.defaultPolicy());
        ImprovementStrategy strategy = history.strategy().orElse(ImprovementStrategy.none());
        List<Step> steps = new ArrayList<>();
        List<AssessmentDiff> diffs = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        for (History.PeriodInputs period : history.periods()) {
            Assessment assessment = assess(engine, period, base);
            Optional<Verification> verification = steps.isEmpty() ? Optional.empty()
                    : Optional.of(engine.verify(steps.get(steps.size() - 1).plan(), assessment));
            List<NewMeasure> carried = verification.map(Verification::newMeasures).orElse(List.of());
            ImprovementPlan generated = engine.plan(assessment, strategy, carried, language);
            if (!assessments.isEmpty()) {
                diffs.add(AssessmentDiff.of(assessments.get(assessments.size() - 1), assessment));
            }
            assessments.add(assessment);
            steps.add(new Step(period.name(), assessment, verification, generated, period.plan()));
        }
        List<Trends.Trend> trends = Trends.of(assessments, engine.metrics(), Trends.DEFAULT_RUNS);
        return new ImprovementCycle(strategy, steps, diffs, trends, steps.get(steps.size() - 1).generatedPlan());
    }

}
