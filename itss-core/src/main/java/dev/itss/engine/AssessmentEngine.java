package dev.itss.engine;

import dev.itss.engine.spi.Detection;
import dev.itss.engine.spi.RuleEngine;
import dev.itss.engine.spi.RuleEngineProvider;
import dev.itss.measure.Threshold;
import dev.itss.check.Finding;
import dev.itss.check.Findings;
import dev.itss.check.NotAvailable;
import dev.itss.check.RuleCatalog;
import dev.itss.check.RuleDescriptor;
import dev.itss.check.RuleInput;
import dev.itss.check.Scorecard;
import dev.itss.improve.ActionTemplate;
import dev.itss.improve.ImprovementPlan;
import dev.itss.improve.ImprovementStrategy;
import dev.itss.improve.NewMeasure;
import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import dev.itss.measure.Measurement;
import dev.itss.measure.Facts;
import dev.itss.measure.Measurements;
import dev.itss.measure.Measurer;
import dev.itss.measure.MetricCatalog;
import dev.itss.measure.MetricDefinition;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.Severity;
import dev.itss.model.SnapshotValidator;
import dev.itss.policy.Band;
import dev.itss.policy.Policy;
import dev.itss.policy.Waiver;
import dev.itss.policy.WaiverStatus;
import dev.itss.records.OperationalRecords;
import dev.itss.records.TicketKpis;
import java.util.ArrayList;
import dev.itss.policy.TicketSla;
import java.util.Iterator;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The one entry point of the library: validate → measure → detect.
 *
 * <p>Build it once ({@link #load()} builds the rule base, a fraction of a second) and share it:
 * it holds no per-assessment state and is safe for concurrent use.
 *
 * <pre>{@code
 * AssessmentEngine engine = AssessmentEngine.load();
 * Policy policy = engine.defaultPolicy().overriddenBy(PolicyReader.standard().read(Path.of("policy.yaml")));
 * Assessment assessment = engine.assess(SnapshotReader.standard().read(Path.of("snapshot.yaml")), policy);
 * assessment.findings().findings().forEach(f -> System.out.println(f.ruleId() + " " + f.subject().name()));
 * }</pre>
 */
public final class AssessmentEngine {
    private final RuleEngine rules;
    private final MetricCatalog metrics;
    private final Policy defaultPolicy;

    private AssessmentEngine(RuleEngine rules) {
        this.rules = rules;
        this.metrics = MetricCatalog.standard().with(rules.metrics());
        this.defaultPolicy = catalogueBands(metrics).overriddenBy(rules.defaultPolicy());
        checkPolicy(defaultPolicy);
    }

    /** The catalogue's default band of every metric, as a policy. */
    private static Policy catalogueBands(MetricCatalog metrics) {
        Map<String, Band> bands = new java.util.LinkedHashMap<>();
        metrics.definitions().forEach(d -> bands.put(d.id(), d.band()));
        return new Policy(bands, List.of(), java.util.Set.of(), Map.of());
    }

    /**
     * The default policy of the first {@link RuleEngineProvider} on the classpath, without building
     * its rule base: the same policy as {@code load().defaultPolicy()}, for code that reads records
     * and needs only the ticket SLA targets.
     *
     * <pre>{@code
     * Optional<TicketSla> targets = AssessmentEngine.loadDefaultPolicy().ticketSla();
     * }</pre>
     *
     * @throws NoRuleEngineException when there is no provider
     */
    public static Policy loadDefaultPolicy() {
        // the pack's tests check its default policy against the catalogues, as load() does on every start
        return catalogueBands(MetricCatalog.standard()).overriddenBy(provider().defaultPolicy());
    }

    /**
     * The default policy's ticket SLA targets: the rule pack's, read without building the rule
     * base or reading the metric catalogue (the bands of {@link #loadDefaultPolicy()} do not bear
     * on them). What code that only reads ticket exports needs, e.g. {@code itss kpi}.
     *
     * <pre>{@code
     * TicketRecords.Options options = new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.NONE,
     *         AssessmentEngine.loadDefaultTicketSla());
     * }</pre>
     *
     * @throws NoRuleEngineException when there is no provider
     */
    public static Optional<TicketSla> loadDefaultTicketSla() {
        return provider().defaultPolicy().ticketSla();
    }

    /**
     * Builds the engine from the first {@link RuleEngineProvider} on the classpath.
     *
     * @throws NoRuleEngineException when there is none
     */
    public static AssessmentEngine load() {
        return new AssessmentEngine(provider().create());
    }

    /**
     * A builder for an engine with rule packs: the rules of the first {@link RuleEngineProvider} on
     * the classpath, with the packs laid over them in order.
     *
     * <pre>{@code
     * AssessmentEngine engine = AssessmentEngine.builder()
     *         .withPack(Path.of("packs/hospital"))      // a folder of DRL, checks, texts, policy
     *         .withInstalledPacks()                     // packs in jars, through ServiceLoader
     *         .build();
     * }</pre>
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Configures an engine with rule packs. A builder is cheap and not thread-safe; the engine it
     * builds is immutable, so an application that reloads packs builds a new engine off the
     * request path and swaps its reference (assessments in flight finish on the engine they
     * started with).
     */
    public static final class Builder {
        private final List<dev.itss.engine.spi.PackSetting> packs = new ArrayList<>();

        private Builder() {}

        /** Adds the pack in a folder (read now, compiled by {@link #build()}). */
        public Builder withPack(java.nio.file.Path folder) {
            return withPack(RulePack.fromFolder(folder));
        }

        /** Adds a pack; the lint refuses its calls that reach outside the assessment. */
        public Builder withPack(RulePack pack) {
            packs.add(new dev.itss.engine.spi.PackSetting(pack, false));
            return this;
        }

        /**
         * Adds a pack whose rules may use what the lint refuses (files, network, processes,
         * reflection, class loading). The lint is not a sandbox: trust is a statement about the
         * pack's authors, not a permission the engine enforces.
         */
        public Builder withTrustedPack(RulePack pack) {
            packs.add(new dev.itss.engine.spi.PackSetting(pack, true));
            return this;
        }

        /** Adds every pack registered through {@link java.util.ServiceLoader} as a {@link dev.itss.engine.spi.RulePackProvider}. */
        public Builder withInstalledPacks() {
            for (dev.itss.engine.spi.RulePackProvider provider : ServiceLoader.load(dev.itss.engine.spi.RulePackProvider.class,
                    AssessmentEngine.class.getClassLoader())) {
                packs.add(new dev.itss.engine.spi.PackSetting(provider.pack(), provider.trusted()));
            }
            return this;
        }

        /**
         * Builds the engine: the built-in rules and every pack, compiled and checked.
         *
         * @throws InvalidInputException listing every problem of every pack (file, line, rule)
         * @throws NoRuleEngineException when there is no rule engine on the classpath
         */
        public AssessmentEngine build() {
            return new AssessmentEngine(provider().create(List.copyOf(packs)));
        }
    }

    /** The first {@link RuleEngineProvider} on the classpath; {@link NoRuleEngineException} when there is none. */
    private static RuleEngineProvider provider() {
        Iterator<RuleEngineProvider> providers = ServiceLoader.load(RuleEngineProvider.class, AssessmentEngine.class.getClassLoader()).iterator();
        if (!providers.hasNext()) {
            throw new NoRuleEngineException();
        }
        return providers.next();
    }

    /** An engine over a given rule engine (for tests or custom engines). */
    public static AssessmentEngine using(RuleEngine rules) {
        return new AssessmentEngine(rules);
    }

    /**
     * The default policy: the metric catalogue's default bands, overridden by the rule pack's
     * default policy (its required processes and any band it sets). Lay an organisation's policy
     * over it with {@link Policy#overriddenBy}.
     */
    public Policy defaultPolicy() {
        return defaultPolicy;
    }

    /** The rules and their texts. */
    public RuleCatalog rules() {
        return rules.catalog();
    }

    /** The improvement-action templates of the rule pack. */
    public List<ActionTemplate> actionTemplates() {
        return rules.actionTemplates();
    }

    /** The metric catalogue. */
    public MetricCatalog metrics() {
        return metrics;
    }

    /** Assesses a snapshot under the default policy. */
    public Assessment assess(ServiceSnapshot snapshot) {
        return assess(snapshot, defaultPolicy());
    }

    /**
     * Assesses a snapshot under a complete policy (usually the default one overridden).
     *
     * @throws InvalidInputException when the snapshot or the policy is invalid, listing every problem
     */
    public Assessment assess(ServiceSnapshot snapshot, Policy policy) {
        return assess(snapshot, policy, Optional.empty());
    }

    /**
     * Assesses a snapshot together with the KPIs of the period's ticket export, which the
     * {@code tickets.*} metrics and their rules read.
     *
     * <pre>{@code
     * TicketKpis kpis = TicketRecords.read(Path.of("tickets.csv"), RecordMapping.preset("servicenow"),
     *         new TicketRecords.Options(ErrorPolicy.STOP, Optional.of(snapshot.period()), GroupBy.NONE, policy.ticketSla()));
     * Assessment assessment = engine.assess(snapshot, policy, Optional.of(kpis));
     * }</pre>
     */
    public Assessment assess(ServiceSnapshot snapshot, Policy policy, Optional<TicketKpis> records) {
        return assess(snapshot, policy, OperationalRecords.ofTickets(records));
    }

    /**
     * Assesses a snapshot together with the period's operational records: the ticket export, call
     * records, spare-part movements and timesheets, each optional. Figures measured from records
     * take the place of the snapshot's declared ones for the same metric.
     *
     * <pre>{@code
     * OperationalRecords records = OperationalRecords.none()
     *         .read(Path.of("tickets.csv"), RecordMapping.preset("servicenow"), snapshot.period(), policy.ticketSla())
     *         .read(Path.of("timesheets.csv"), RecordMapping.preset("timesheets"), snapshot.period(), policy.ticketSla());
     * Assessment assessment = engine.assess(snapshot, policy, records);
     * }</pre>
     */
    public Assessment assess(ServiceSnapshot snapshot, Policy policy, OperationalRecords records) {
        SnapshotValidator.validate(snapshot);
        checkDeclaredFigures(snapshot);
        if (policy != defaultPolicy) {
            checkPolicy(policy);   // the default policy was checked when the engine was built
        }
        Facts facts = Measurer.facts(snapshot, policy, records, thresholds(policy), metrics);
        Measurements measurements = facts.figures();
        Detection detection = rules.detect(facts, policy.disabledRules());
        List<Finding> severities = applySeverities(detection.findings(), policy.severities());
        List<WaiverStatus> waivers = new ArrayList<>();
        Findings findings = new Findings(applyWaivers(severities, policy.waivers(), snapshot.period().end(), waivers), notAvailable(facts, policy));
        ImprovementPlan plan = ImprovementPlan.build(findings, rules.actionTemplates(), detection.links(), new ImprovementPlan.Context(
                snapshot.organisation(), snapshot.period(), measurements, metrics, ImprovementStrategy.none(), List.of(), java.util.Locale.ENGLISH));
        Scorecard scores = Scorecard.of(findings, facts, rules.catalog(), policy.disabledRules());
        return new Assessment(snapshot.organisation(), snapshot.period(), measurements, findings, detection.fired(), rules.name(), plan, scores, waivers);
    }

    /**
     * The improvement plan of an assessment under a strategy (ITSS S-1, S-7), taking the measures
     * the verification of the previous plan set: the assessment's own plan is the same without
     * strategy and carried measures. Checks the strategy against the metric catalogue first.
     *
     * <pre>{@code
     * ImprovementStrategy strategy = StrategyReader.standard().read(Path.of("strategy.yaml"));
     * ImprovementPlan plan = engine.plan(assessment, strategy, previousVerification.newMeasures(), Locale.ENGLISH);
     * PlanFile.write(plan, Path.of("plan.yaml"));
     * }</pre>
     *
     * @param language the language of the names the plan generates (owner roles, stakeholders)
     * @throws InvalidInputException when a goal names an unknown metric
     */
    public ImprovementPlan plan(Assessment assessment, ImprovementStrategy strategy, List<NewMeasure> carried, java.util.Locale language) {
        checkStrategy(strategy);
        Map<String, Finding> byKey = new java.util.HashMap<>();
        assessment.findings().findings().forEach(f -> byKey.put(f.key(), f));
        // the assessment's plan holds the links its improvement rules made; replanning keeps them
        List<dev.itss.improve.ActionLink> links = new ArrayList<>();
        for (dev.itss.improve.ImprovementAction action : assessment.plan().actions()) {
            for (String key : action.findings()) {
                links.add(new dev.itss.improve.ActionLink(action.id(), "plan", byKey.get(key)));
            }
        }
        return ImprovementPlan.build(assessment.findings(), rules.actionTemplates(), links, new ImprovementPlan.Context(
                assessment.organisation(), assessment.period(), assessment.measurements(), metrics, strategy, carried, language));
    }

    /**
     * Verifies a plan against the assessment of a later period (ITSS I-3): the control table, the
     * cause analysis of targets not met and the new measures for the next plan. See
     * {@link dev.itss.improve.Verification}.
     *
     * <pre>{@code
     * Verification verification = engine.verify(PlanFile.read(Path.of("plan.yaml")), engine.assess(next, policy, records));
     * }</pre>
     */
    public dev.itss.improve.Verification verify(ImprovementPlan plan, Assessment next) {
        return dev.itss.improve.Verification.of(plan, next.period(), next.measurements(), next.findings());
    }

    /**
     * Checks a strategy against the metric catalogue: every goal names a known metric, and goal ids
     * are unique.
     *
     * @throws InvalidInputException listing every problem, with paths in the strategy file
     */
    public void checkStrategy(ImprovementStrategy strategy) {
        List<InputProblem> problems = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<String> known = metrics.definitions().stream().map(MetricDefinition::id).toList();
        for (int i = 0; i < strategy.goals().size(); i++) {
            ImprovementStrategy.Goal goal = strategy.goals().get(i);
            if (!ids.add(goal.id())) {
                problems.add(InputProblem.at("strategy", "goals[" + i + "].id", "goal id '" + goal.id() + "' is used twice; give each goal its own id"));
            }
            if (metrics.find(goal.metric()).isEmpty()) {
                problems.add(InputProblem.at("strategy", "goals[" + i + "].metric", "unknown metric '" + goal.metric() + "'"
                        + dev.itss.internal.Names.didYouMean(goal.metric(), known) + " (itss metrics list names every metric)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Checks a policy against the catalogues: every band names a known metric and is ordered the
     * metric's way, every rule id exists, and every metric an enabled rule compares has a band.
     *
     * @throws InvalidInputException listing every problem
     */
    private static List<String> ruleIds(RuleCatalog catalog) {
        return catalog.rules().stream().map(RuleDescriptor::id).toList();
    }

    public void checkPolicy(Policy policy) {
        List<InputProblem> problems = new ArrayList<>();
        RuleCatalog catalog = rules.catalog();
        for (Map.Entry<String, Band> entry : policy.bands().entrySet()) {
            String path = "bands." + entry.getKey();
            metrics.find(entry.getKey()).ifPresentOrElse(definition -> {
                Band band = entry.getValue();
                if (definition.direction().isWorse(band.warning(), band.breach())) {
                    problems.add(InputProblem.at("policy", path, "breach " + band.breach() + " must lie beyond warning " + band.warning()
                            + " (" + definition.direction().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")"));
                }
                // a bound the metric can never reach makes the band always or never fire
                dev.itss.measure.ValueRange possible = definition.possibleValues();
                for (Map.Entry<String, Double> bound : List.of(Map.entry("warning", band.warning()), Map.entry("breach", band.breach()))) {
                    if (!possible.contains(bound.getValue())) {
                        // above the greatest value, a floor is missed by every value and a ceiling by none; below the least, the reverse
                        boolean above = possible.max().map(max -> bound.getValue() > max).orElse(false);
                        boolean always = (definition.direction() == dev.itss.measure.Direction.HIGHER_IS_BETTER) == above;
                        problems.add(InputProblem.at("policy", path + "." + bound.getKey(), bound.getValue() + " is outside the values " + entry.getKey()
                                + " can take (" + possible.describe() + (definition.unit() == dev.itss.measure.Unit.RATIO ? ", a share: 1 is 100 %" : "")
                                + "): " + (always ? "every value would cross it" : "no value could cross it")));
                    }
                }
            }, () -> problems.add(InputProblem.at("policy", path, "unknown metric '" + entry.getKey() + "'" + dev.itss.internal.Names.didYouMean(entry.getKey(),
                    metrics.definitions().stream().map(MetricDefinition::id).toList()) + " (itss metrics list names every metric)")));
        }
        for (String id : policy.disabledRules()) {
            if (catalog.find(id).isEmpty()) {
                problems.add(InputProblem.at("policy", "disabledRules", "unknown rule '" + id + "'" + dev.itss.internal.Names.didYouMean(id, ruleIds(catalog))));
            }
        }
        for (int i = 0; i < policy.waivers().size(); i++) {
            String id = policy.waivers().get(i).rule();
            if (catalog.find(id).isEmpty()) {
                problems.add(InputProblem.at("policy", "waivers[" + i + "].rule", "unknown rule '" + id + "'" + dev.itss.internal.Names.didYouMean(id, ruleIds(catalog))));
            }
        }
        for (String id : policy.severities().keySet()) {
            if (catalog.find(id).isEmpty()) {
                problems.add(InputProblem.at("policy", "severities." + id, "unknown rule '" + id + "'" + dev.itss.internal.Names.didYouMean(id, ruleIds(catalog))));
            }
        }
        for (RuleDescriptor rule : catalog.rules()) {
            if (policy.disabledRules().contains(rule.id())) {
                continue;
            }
            for (String input : rule.inputs()) {
                if (RuleInput.of(input).isFigure() && policy.band(input).isEmpty()) {
                    problems.add(InputProblem.at("policy", "bands." + input, "missing: rule " + rule.id() + " compares this metric; give it a band or disable the rule"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Every declared figure names a metric of one of the engine's packs, once. */
    private void checkDeclaredFigures(ServiceSnapshot snapshot) {
        List<InputProblem> problems = new ArrayList<>();
        if (snapshot.figures().isEmpty()) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> packMetrics = metrics.added().stream().map(MetricDefinition::id).toList();
        for (int i = 0; i < snapshot.figures().size(); i++) {
            String metric = snapshot.figures().get(i).metric();
            String path = "figures[" + i + "].metric";
            if (MetricCatalog.standard().find(metric).isPresent()) {
                problems.add(InputProblem.at("snapshot", path, "'" + metric + "' is a built-in metric, measured from the snapshot and the records; "
                        + "only a rule pack's own metrics are declared here"));
            } else if (!packMetrics.contains(metric)) {
                problems.add(InputProblem.at("snapshot", path, "unknown metric '" + metric + "'" + dev.itss.internal.Names.didYouMean(metric, packMetrics)
                        + (packMetrics.isEmpty() ? " (no rule pack of this engine defines a metric)" : "; the packs define " + packMetrics)));
            } else if (!seen.add(metric)) {
                problems.add(InputProblem.at("snapshot", path, "'" + metric + "' is declared twice; one metric has one figure"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The policy's bands as the rules see them: one threshold per metric with its direction, window and unit. */
    public List<Threshold> thresholds(Policy policy) {
        List<Threshold> thresholds = new ArrayList<>();
        policy.bands().forEach((metric, band) -> thresholds.add(new Threshold(
                metric, metrics.require(metric).direction(), band.warning(), band.breach(), band.source(), metrics.windowDays(metric, policy),
                metrics.require(metric).unit())));
        return thresholds;
    }

    /**
     * Marks the findings a waiver in force names as {@link dev.itss.check.Outcome#WAIVED} and
     * records what became of every waiver, so that an expired or unused one is reported.
     */
    private static List<Finding> applyWaivers(List<Finding> findings, List<Waiver> waivers, java.time.LocalDate periodEnd, List<WaiverStatus> statuses) {
        if (waivers.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings);
        for (Waiver waiver : waivers) {
            List<String> named = new ArrayList<>();
            boolean inForce = waiver.appliesOn(periodEnd);
            for (int i = 0; i < out.size(); i++) {
                Finding finding = out.get(i);
                if (waiver.covers(finding.ruleId(), finding.subject())) {
                    named.add(finding.key());
                    if (inForce) {
                        out.set(i, finding.withOutcome(dev.itss.check.Outcome.WAIVED));
                    }
                }
            }
            WaiverStatus.State state = !inForce ? WaiverStatus.State.EXPIRED
                    : named.isEmpty() ? WaiverStatus.State.UNUSED : WaiverStatus.State.APPLIED;
            statuses.add(new WaiverStatus(waiver, state, named));
        }
        return out;
    }

    /** A policy override sets the breach severity; a warning stays one step below it. */
    private static List<Finding> applySeverities(List<Finding> findings, Map<String, Severity> overrides) {
        if (overrides.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Severity override = overrides.get(finding.ruleId());
            if (override == null) {
                out.add(finding);
            } else {
                out.add(finding.withSeverity(finding.level() == dev.itss.check.BandLevel.BREACH ? override : override.lower()));
            }
        }
        return out;
    }

    /**
     * Every enabled rule reports NOT_AVAILABLE for each of its inputs that is missing: a figure
     * not measured for a subject, a kind of fact the snapshot did not report (for the
     * organisation), or an optional field an entity leaves out ({@code Type.field}, for that
     * entity).
     */
    private List<NotAvailable> notAvailable(Facts facts, Policy policy) {
        List<NotAvailable> out = new ArrayList<>();
        for (RuleDescriptor rule : rules.catalog().rules()) {
            if (policy.disabledRules().contains(rule.id())) {
                continue;
            }
            for (String input : rule.inputs()) {
                RuleInput.of(input).missing(facts).forEach(missing ->
                        out.add(new NotAvailable(rule.id(), rule.element(), missing.subject(), input, missing.reason(), rule.domainIds())));
            }
        }
        return out;
    }
}
