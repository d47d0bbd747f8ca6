package dev.itss.history;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.improve.ImprovementPlan;
import dev.itss.improve.ImprovementStrategy;
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
@dev.itss.model.Covers({"L-4", "I-3"})
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
     * @param name       the period folder's name
     * @param steps      the seven steps taken on the period
     * @param editedPlan the plan as people edited it, from the period's {@code plan.yaml}
     */
    public record Step(String name, SevenSteps steps, Optional<ImprovementPlan> editedPlan) {

        /** The period's assessment. */
        public Assessment assessment() {
            return steps.assessment();
        }

        /** The verification of the previous period's plan against this period. */
        public Optional<Verification> verification() {
            return steps.improvement().previousVerified();
        }

        /** The plan the rules generate for this period, with the measures the verification carried. */
        public ImprovementPlan generatedPlan() {
            return steps.improvement().plan();
        }

        /** The plan that was carried out: the edited one, else the generated one. */
        public ImprovementPlan plan() {
            return editedPlan.orElse(generatedPlan());
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
            generatedPlan().actions().forEach(a -> now.put(a.id(), a.findings()));
            Map<String, List<String>> then = new TreeMap<>();
            editedPlan.get().actions().forEach(a -> then.put(a.id(), a.findings()));
            if (!now.equals(then)) {
                out.add(name + ": actions and their findings differ: plan.yaml has " + then + ", the rules generate " + now);
            }
            Map<String, String> targetsNow = new TreeMap<>();
            generatedPlan().targets().forEach(t -> targetsNow.put(t.id(), t.action() + " from " + t.baseline()));
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
        return engine.assess(period.snapshot(), policy, records(period, policy));
    }

    /** The engine's default policy with the history's own ({@code policy.yaml} at its root) laid over it, checked. */
    public static Policy basePolicy(AssessmentEngine engine, History history) {
        return history.policy().map(p -> checked(engine, engine.defaultPolicy().overriddenBy(p), history.folder().resolve("policy.yaml")))
                .orElse(engine.defaultPolicy());
    }

    /** The policy a period is assessed under: {@code base} with the period's own laid over it, checked. */
    public static Policy policy(AssessmentEngine engine, Policy base, History.PeriodInputs period) {
        return period.policy().map(p -> checked(engine, base.overriddenBy(p), period.folder().resolve("policy.yaml"))).orElse(base);
    }

    /** The policy checked against the engine's catalogues, its problems placed in the file it came from. */
    private static Policy checked(AssessmentEngine engine, Policy policy, java.nio.file.Path file) {
        try {
            engine.checkPolicy(policy);
        } catch (dev.itss.read.InvalidInputException e) {
            throw new dev.itss.read.InvalidInputException(dev.itss.policy.PolicyReader.standard().placeIn(file, e.problems()));
        }
        return policy;
    }

    private static OperationalRecords records(History.PeriodInputs period, Policy policy) {
        return period.records()
                .map(folder -> OperationalRecords.readFolder(folder, period.snapshot().period(), policy.ticketSla()))
                .orElse(OperationalRecords.none());
    }

    /**
     * Runs the loop over a history.
     *
     * @param language the language of the names generated plans use
     * @throws dev.itss.read.InvalidInputException when a period's inputs or policy are invalid
     */
    public static ImprovementCycle run(AssessmentEngine engine, History history, Locale language) {
        Policy base = basePolicy(engine, history);
        ImprovementStrategy strategy = history.strategy().orElse(ImprovementStrategy.none());
        List<Step> steps = new ArrayList<>();
        List<AssessmentDiff> diffs = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        for (History.PeriodInputs period : history.periods()) {
            Policy policy = policy(engine, base, period);
            SevenSteps taken = SevenSteps.run(engine, new SevenSteps.Inputs(strategy, period.snapshot(), policy, records(period, policy),
                    steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).plan()), assessments, language));
            taken.analysis().sincePrevious().ifPresent(diffs::add);
            assessments.add(taken.assessment());
            steps.add(new Step(period.name(), taken, period.plan()));
        }
        List<Trends.Trend> trends = steps.get(steps.size() - 1).steps().analysis().trends();
        return new ImprovementCycle(strategy, steps, diffs, trends, steps.get(steps.size() - 1).generatedPlan());
    }
}
