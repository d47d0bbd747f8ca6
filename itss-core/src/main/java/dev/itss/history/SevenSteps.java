package dev.itss.history;

import dev.itss.check.BandLevel;
import dev.itss.check.Finding;
import dev.itss.check.Scorecard;
import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.improve.ImprovementAction;
import dev.itss.improve.ImprovementPlan;
import dev.itss.improve.ImprovementStrategy;
import dev.itss.improve.NewMeasure;
import dev.itss.improve.Verification;
import dev.itss.measure.Direction;
import dev.itss.measure.Measurement;
import dev.itss.measure.MetricDefinition;
import dev.itss.measure.Threshold;
import dev.itss.measure.Unit;
import dev.itss.model.Covers;
import dev.itss.model.Element;
import dev.itss.model.Organisation;
import dev.itss.model.Period;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.policy.Policy;
import dev.itss.records.OperationalRecords;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The seven-step improvement method (七步法, ITSS S-1 to S-7) for one period, each step's output a
 * value that can be inspected and serialised ({@link dev.itss.report.JsonOutput}). The steps run in
 * order over the engine's stages: the strategy, the measurement framework it implies, the data
 * collected, the measured values compared with their bands, the analysis (findings, the movement
 * since the previous period, trends), what is presented first, and the plan with the verification
 * of the previous one.
 *
 * <pre>{@code
 * SevenSteps steps = SevenSteps.run(engine, new SevenSteps.Inputs(strategy, snapshot, policy, records,
 *         Optional.of(PlanFile.read(Path.of("last-quarter/plan.yaml"))), List.of(lastQuarter), Locale.ENGLISH));
 * steps.framework().gaps().forEach(gap -> System.out.println("not measured: " + gap.metric() + ": " + gap.reason()));
 * }</pre>
 *
 * @param strategy     S-1: the business goals and levels
 * @param framework    S-2: the indicators, their bands and goals, and the gaps (metrics without data)
 * @param data         S-3: what was collected
 * @param processed    S-4: every measured value against its band
 * @param analysis     S-5: findings, the movement since the previous period, trends
 * @param presentation S-6: scores, counts and the actions to read first
 * @param improvement  S-7: the plan, and the verification of the previous plan that fed it
 * @param assessment   the period's assessment the steps were taken on (not serialised: the steps
 *                     above are its readable parts)
 */
@Covers({"S-1", "S-2", "S-3", "S-4", "S-5", "S-6", "S-7"})
public record SevenSteps(ImprovementStrategy strategy, Framework framework, CollectedData data, ProcessedData processed, Analysis analysis,
                         Presentation presentation, Improvement improvement,
                         @com.fasterxml.jackson.annotation.JsonIgnore Assessment assessment) {

    /** The version of the JSON layout of the steps. */
    public static final int SCHEMA_VERSION = 1;
    /** How many actions the presentation puts first. */
    public static final int FIRST_ACTIONS = 5;

    /**
     * What the steps run on.
     *
     * @param strategy     the strategy ({@link ImprovementStrategy#none()} for the policy's bands alone)
     * @param snapshot     the period's snapshot
     * @param policy       the complete policy (the default one, overridden)
     * @param records      the period's operational records
     * @param previousPlan the previous period's plan as people edited it, verified against this period
     * @param earlier      earlier periods' assessments, oldest first, for the movement and the trends
     * @param language     the language of the names the plan generates
     */
    public record Inputs(ImprovementStrategy strategy, ServiceSnapshot snapshot, Policy policy, OperationalRecords records,
                         Optional<ImprovementPlan> previousPlan, List<Assessment> earlier, Locale language) {
        public Inputs {
            earlier = List.copyOf(earlier);
        }
    }

    /**
     * S-2: what is measured and against what.
     *
     * @param indicators every metric with a band, its ITSS item, direction, unit, bounds and the goal that names it
     * @param gaps       indicators the period has no value for, with the reason
     */
    public record Framework(List<Indicator> indicators, List<Gap> gaps) {
        public Framework {
            indicators = List.copyOf(indicators);
            gaps = List.copyOf(gaps);
        }
    }

    /** One indicator of the framework. */
    public record Indicator(String metric, String item, Element element, Direction direction, Unit unit, double warning, double breach,
                            Optional<String> goal) {}

    /** An indicator without a value in the period. */
    public record Gap(String metric, Subject subject, String reason) {}

    /**
     * S-3: the data collected for the period.
     *
     * @param organisation the organisation
     * @param period       the period
     * @param sources      each source and whether the period has it
     */
    public record CollectedData(Organisation organisation, Period period, Map<String, Boolean> sources) {}

    /**
     * S-4: every measured value compared with its band.
     *
     * @param values the values with a band, in catalogue order
     */
    public record ProcessedData(List<Compared> values) {
        public ProcessedData {
            values = List.copyOf(values);
        }
    }

    /** A value and where it lies: within its band (no level), past the warning bound, or past the breach bound. */
    public record Compared(String metric, Subject subject, double value, Optional<BandLevel> level) {}

    /**
     * S-5: the analysis.
     *
     * @param findings      the open findings, report order
     * @param waived        the waived findings
     * @param notAvailable  how many rule checks lacked data
     * @param sincePrevious the movement since the last earlier period
     * @param trends        the trends over the earlier periods and this one
     */
    public record Analysis(List<FindingRef> findings, List<FindingRef> waived, int notAvailable, Optional<AssessmentDiff> sincePrevious,
                           List<Trends.Trend> trends) {
        public Analysis {
            findings = List.copyOf(findings);
            waived = List.copyOf(waived);
            trends = List.copyOf(trends);
        }
    }

    /**
     * S-6: what a reader takes in first.
     *
     * @param scores       per element and overall
     * @param bySeverity   open findings per severity
     * @param firstActions the plan's first actions
     */
    public record Presentation(Scorecard scores, Map<Severity, Long> bySeverity, List<ImprovementAction> firstActions) {
        public Presentation {
            firstActions = List.copyOf(firstActions);
        }
    }

    /**
     * S-7: the improvement to carry out.
     *
     * @param plan             the plan, with the measures carried from the verification
     * @param previousVerified the verification of the previous plan against this period
     */
    public record Improvement(ImprovementPlan plan, Optional<Verification> previousVerified) {}

    /**
     * Runs the seven steps.
     *
     * @throws dev.itss.read.InvalidInputException when the strategy, the snapshot or the policy is invalid
     */
    public static SevenSteps run(AssessmentEngine engine, Inputs in) {
        // S-1
        engine.checkStrategy(in.strategy());
        // S-2
        List<Indicator> indicators = new ArrayList<>();
        Map<String, Threshold> bands = new HashMap<>();
        for (Threshold t : engine.thresholds(in.policy())) {
            bands.put(t.metric(), t);
        }
        for (MetricDefinition m : engine.metrics().definitions()) {
            Threshold t = bands.get(m.id());
            if (t != null) {
                Optional<String> goal = in.strategy().goals().stream().filter(g -> g.metric().equals(m.id())).map(ImprovementStrategy.Goal::id).findFirst();
                indicators.add(new Indicator(m.id(), m.item(), m.element(), m.direction(), m.unit(), t.warning(), t.breach(), goal));
            }
        }
        // S-3
        Map<String, Boolean> sources = new java.util.LinkedHashMap<>();
        sources.put("snapshot", true);
        sources.put("tickets", in.records().tickets().isPresent());
        sources.put("calls", in.records().calls().isPresent());
        sources.put("spares", in.records().spares().isPresent());
        sources.put("timesheets", in.records().timesheets().isPresent());
        sources.put("knowledge", in.records().knowledgeLinks().isPresent());
        CollectedData data = new CollectedData(in.snapshot().organisation(), in.snapshot().period(), sources);
        // S-4: measure and detect, the engine's stages
        Assessment assessment = engine.assess(in.snapshot(), in.policy(), in.records());
        List<Compared> compared = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (Measurement m : assessment.measurements().all()) {
            Threshold t = bands.get(m.metric());
            if (t == null) {
                continue;
            }
            if (!m.available()) {
                gaps.add(new Gap(m.metric(), m.subject(), m.unavailableReason()));
                continue;
            }
            Optional<BandLevel> level = t.isBreach(m.value()) ? Optional.of(BandLevel.BREACH)
                    : t.isOutside(m.value()) ? Optional.of(BandLevel.WARNING) : Optional.empty();
            compared.add(new Compared(m.metric(), m.subject(), m.value(), level));
        }
        // S-5
        List<FindingRef> open = assessment.openFindings().stream().map(FindingRef::of).toList();
        List<FindingRef> waived = assessment.findings().findings().stream().filter(Finding::waived).map(FindingRef::of).toList();
        Optional<AssessmentDiff> since = in.earlier().isEmpty() ? Optional.empty()
                : Optional.of(AssessmentDiff.of(in.earlier().get(in.earlier().size() - 1), assessment));
        List<Assessment> all = new ArrayList<>(in.earlier());
        all.add(assessment);
        Analysis analysis = new Analysis(open, waived, assessment.findings().notAvailable().size(), since,
                Trends.of(all, engine.metrics(), Trends.DEFAULT_RUNS));
        // S-7 before S-6, whose first actions are the plan's
        Optional<Verification> verified = in.previousPlan().map(plan -> engine.verify(plan, assessment));
        List<NewMeasure> carried = verified.map(Verification::newMeasures).orElse(List.of());
        ImprovementPlan plan = engine.plan(assessment, in.strategy(), carried, in.language());
        // S-6
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        assessment.openFindings().forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        Presentation presentation = new Presentation(assessment.scores(), bySeverity,
                plan.actions().subList(0, Math.min(FIRST_ACTIONS, plan.actions().size())));
        return new SevenSteps(in.strategy(), new Framework(indicators, gaps), data, new ProcessedData(compared), analysis, presentation,
                new Improvement(plan, verified), assessment);
    }
}
