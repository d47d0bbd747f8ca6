package dev.itss.improve;

import dev.itss.check.Finding;
import dev.itss.check.Findings;
import dev.itss.measure.Evidence;
import dev.itss.measure.Measurement;
import dev.itss.measure.Measurements;
import dev.itss.measure.MetricCatalog;
import dev.itss.measure.MetricDefinition;
import dev.itss.improve.ImprovementStrategy.Goal;
import dev.itss.model.Bilingual;
import dev.itss.model.Element;
import dev.itss.model.Organisation;
import dev.itss.model.Period;
import dev.itss.model.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The improvement plan (ITSS I-1, S-7): the goal and motivation, the scope, one scheme per element
 * with its actions, the targets (each owned by exactly one action, staged by effort), the
 * stakeholders with their duties, the milestones, and the measures a verification carried in.
 * It is also a file a person edits (see {@link PlanFile}): owners, dates, budget, decisions and
 * progress, which the verification of the next period reads.
 *
 * <p><b>Ranking.</b> Actions are ordered by the highest severity they answer, then by how many
 * findings of that severity they answer, then by the priority score, then by id: the action that
 * answers the only CRITICAL finding comes before one that collects twenty minor ones. The priority
 * score is (sum of the severity weights) × (1 + 0.25 × (elements spanned − 1)) ÷ effort weight,
 * with severity weights INFO 1 … CRITICAL 16 and effort weights LOW 1, MEDIUM 2, HIGH 3.
 *
 * <p><b>Targets.</b> A finding about a metric its action's template moves gives a target for that
 * metric and subject: from the measured baseline to the policy's warning bound, or to the level
 * of the strategy goal for that metric. The target belongs to the best-ranked action that moves
 * it; the others are its contributors. A LOW or MEDIUM action's target is due at the end of the
 * next period; a HIGH-effort action's target gets an intermediate stage halfway, due then, and the
 * final one a period later. A goal's due date replaces the final date.
 *
 * <pre>{@code
 * ImprovementPlan plan = engine.plan(assessment, StrategyReader.standard().read(Path.of("strategy.yaml")), List.of());
 * plan.scheme(Element.PEOPLE).forEach(a -> System.out.println(a.rank() + ". " + a.title().en()));
 * }</pre>
 *
 * @param schemaVersion the plan file's schema version ({@link #SCHEMA_VERSION})
 * @param organisation  the organisation
 * @param period        the period whose assessment the plan answers (the baseline)
 * @param nextPeriod    the period it is verified against first
 * @param statement     the goal and motivation, from the strategy
 * @param accountable   the leader accountable for the plan, from the strategy or the default role
 * @param goals         the strategy's goals that the targets serve
 * @param currency      the currency of the actions' budgets
 * @param actions       the actions, rank 1 first
 * @param targets       the targets, by owning action's rank then id
 * @param stakeholders  who does, answers for, is consulted on or informed of what
 * @param milestones    the dates of the plan, earliest first
 * @param carried       the measures the verification of the previous plan carried into this one
 */
@dev.itss.model.Covers({"S-7", "I-1"})
public record ImprovementPlan(
        @NotNull Integer schemaVersion,
        @NotNull @Valid Organisation organisation,
        @NotNull @Valid Period period,
        @NotNull @Valid Period nextPeriod,
        Optional<String> statement,
        @NotBlank String accountable,
        List<@NotNull @Valid Goal> goals,
        @NotBlank String currency,
        List<@NotNull @Valid ImprovementAction> actions,
        List<@NotNull @Valid PlanTarget> targets,
        List<@NotNull @Valid Stakeholder> stakeholders,
        List<@NotNull @Valid Milestone> milestones,
        List<@NotNull @Valid NewMeasure> carried) {

    /** The version of the plan file's layout; a plan file of another version is refused. */
    public static final int SCHEMA_VERSION = 1;
    /** The leader accountable when the strategy names none. */
    public static final Bilingual DEFAULT_ACCOUNTABLE = new Bilingual("Head of IT operations", "运维服务负责人");
    /** Who receives the verification report (ITSS I-3); always informed. */
    public static final Bilingual QUALITY_DEPARTMENT = new Bilingual("Quality-management department", "质量管理部门");

    public ImprovementPlan {
        statement = statement == null ? Optional.empty() : statement;
        goals = goals == null ? List.of() : List.copyOf(goals);
        actions = actions == null ? List.of() : List.copyOf(actions);
        targets = targets == null ? List.of() : List.copyOf(targets);
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        carried = carried == null ? List.of() : List.copyOf(carried);
    }

    /** A plan without actions, e.g. for an assessment that found nothing to improve. */
    public static ImprovementPlan none(Organisation organisation, Period period) {
        return new ImprovementPlan(SCHEMA_VERSION, organisation, period, periodAfter(period), Optional.empty(), DEFAULT_ACCOUNTABLE.en(),
                List.of(), "CNY", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The scheme of one element (ITSS I-1): its actions, rank order. */
    public List<ImprovementAction> scheme(Element element) {
        return actions.stream().filter(a -> a.element() == element).toList();
    }

    /** The scope: the elements the plan has actions for, in element order. */
    public List<Element> scope() {
        Set<Element> elements = EnumSet.noneOf(Element.class);
        actions.forEach(a -> elements.add(a.element()));
        return List.copyOf(elements);
    }

    /** The action with this id. */
    public Optional<ImprovementAction> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The targets one action owns. */
    public List<PlanTarget> targetsOf(String actionId) {
        return targets.stream().filter(t -> t.action().equals(actionId)).toList();
    }

    /** The severity weight of the priority formula. */
    public static int weight(Severity severity) {
        return 1 << severity.ordinal();
    }

    /** The priority formula, for findings of these severities spanning {@code elements} elements. */
    public static double priority(List<Severity> severities, int elements, Effort effort) {
        int weights = severities.stream().mapToInt(ImprovementPlan::weight).sum();
        double raw = weights * (1 + 0.25 * (Math.max(1, elements) - 1)) / effort.weight();
        return Math.round(raw * 10) / 10.0;
    }

    /**
     * The period after {@code period}, of the same length: whole months when the period runs
     * from the first day of a month to the last day of one (a quarter gives the next quarter),
     * else the same number of days.
     */
    public static Period periodAfter(Period period) {
        LocalDate start = period.end().plusDays(1);
        if (period.start().getDayOfMonth() == 1 && start.getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(period.start(), start);
            return new Period(start, start.plusMonths(months).minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(period.start(), period.end());
        return new Period(start, start.plusDays(days));
    }

    /**
     * What a plan is built from besides the findings.
     *
     * @param organisation the organisation
     * @param period       the assessed period
     * @param measurements the period's measurements (the baselines of strategy goals no finding names)
     * @param metrics      the metric catalogue (directions and units)
     * @param strategy     the improvement strategy, or {@link ImprovementStrategy#none()}
     * @param carried      the measures the previous verification set
     * @param language     the language of the names the plan generates (owner roles, the
     *                     accountable leader, the quality-management department), which people
     *                     then edit in the plan file
     */
    public record Context(Organisation organisation, Period period, Measurements measurements, MetricCatalog metrics,
                          ImprovementStrategy strategy, List<NewMeasure> carried, Locale language) {
        public Context {
            carried = carried == null ? List.of() : List.copyOf(carried);
            strategy = strategy == null ? ImprovementStrategy.none() : strategy;
            language = language == null ? Locale.ENGLISH : language;
        }
    }

    /**
     * Builds the plan: each open finding goes to every template that lists its rule in
     * {@link ActionTemplate#addresses()}, and to the templates an improvement rule linked it to
     * (where a rule pack decides a link that a list cannot). Links are matched to the final
     * findings by key, so severities are those after the policy's overrides; waived findings
     * take no part.
     *
     * @param findings  the detect stage's findings
     * @param templates the rule pack's templates
     * @param links     the improvement rules' links
     * @param context   the period, measurements, catalogue, strategy and carried measures
     */
    public static ImprovementPlan build(Findings findings, List<ActionTemplate> templates, List<ActionLink> links, Context context) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        Map<String, List<Finding>> byRule = new HashMap<>();
        for (Finding f : findings.findings()) {
            if (f.waived()) {
                continue;
            }
            byKey.put(f.key(), f);
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        Map<String, ActionTemplate> templatesById = new LinkedHashMap<>();
        templates.forEach(t -> templatesById.put(t.id(), t));
        Map<String, Map<String, Finding>> linked = new TreeMap<>();
        for (ActionTemplate template : templates) {
            for (String ruleId : template.addresses()) {
                for (Finding finding : byRule.getOrDefault(ruleId, List.of())) {
                    linked.computeIfAbsent(template.id(), k -> new TreeMap<>()).put(finding.key(), finding);
                }
            }
        }
        for (ActionLink link : links) {
            Finding finding = byKey.get(link.finding().key());
            if (finding == null) {
                continue; // not an open finding (of a disabled rule, or waived)
            }
            if (!templatesById.containsKey(link.templateId())) {
                throw new IllegalStateException("improvement rule " + link.ruleId() + " links to unknown template " + link.templateId());
            }
            linked.computeIfAbsent(link.templateId(), k -> new TreeMap<>()).put(finding.key(), finding);
        }
        Period next = periodAfter(context.period());
        Period afterNext = periodAfter(next);

        // the actions answering findings, ranked
        Map<String, List<Finding>> findingsOf = new HashMap<>();
        List<ImprovementAction> unranked = new ArrayList<>();
        linked.forEach((templateId, addressed) -> {
            ActionTemplate template = templatesById.get(templateId);
            List<Finding> list = new ArrayList<>(addressed.values());
            findingsOf.put(templateId, list);
            Set<Element> elements = EnumSet.noneOf(Element.class);
            list.forEach(f -> elements.add(f.element()));
            Severity highest = list.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.INFO);
            unranked.add(ImprovementAction.proposed(template, highest, List.copyOf(addressed.keySet()),
                    List.copyOf(new TreeSet<>(list.stream().map(Finding::ruleId).toList())), List.copyOf(elements),
                    priority(list.stream().map(Finding::severity).toList(), elements.size(), template.effort()), Optional.empty()));
        });
        unranked.sort(ranking(findingsOf));
        List<ImprovementAction> ranked = new ArrayList<>(unranked);

        // targets: each owned by the best-ranked action that moves its metric for its subject
        Map<String, TargetDraft> drafts = new LinkedHashMap<>();
        for (ImprovementAction action : ranked) {
            ActionTemplate template = templatesById.get(action.id());
            for (Finding f : findingsOf.get(action.id())) {
                if (!template.moves().contains(f.metric())) {
                    continue;
                }
                double observed = number(f, "observed");
                double expected = number(f, "expected");
                Optional<MetricDefinition> metric = context.metrics().find(f.metric());
                if (Double.isNaN(observed) || Double.isNaN(expected) || metric.isEmpty()) {
                    continue;
                }
                String id = PlanTarget.idOf(f.metric(), f.subject());
                TargetDraft draft = drafts.get(id);
                if (draft == null) {
                    drafts.put(id, new TargetDraft(id, action, metric.get(), f.subject(), observed, expected));
                } else if (!draft.owner.id().equals(action.id()) && !draft.contributors.contains(action.id())) {
                    draft.contributors.add(action.id());
                }
            }
        }
        // strategy goals no finding names, when their metric is measured short of the goal's level
        for (ImprovementStrategy.Goal goal : context.strategy().goals()) {
            Optional<MetricDefinition> metric = context.metrics().find(goal.metric());
            if (metric.isEmpty()) {
                continue; // refused when the strategy was checked against the catalogue
            }
            for (Measurement m : context.measurements().of(goal.metric())) {
                if (!m.available() || goal.subject().filter(s -> !s.equals(m.subject().id())).isPresent()
                        || !metric.get().direction().isWorse(m.value(), goal.level())) {
                    continue;
                }
                String id = PlanTarget.idOf(goal.metric(), m.subject());
                if (!drafts.containsKey(id)) {
                    ImprovementAction owner = ownerFor(goal.metric(), ranked, templatesById, templates, findingsOf);
                    if (owner != null) {
                        drafts.put(id, new TargetDraft(id, owner, metric.get(), m.subject(), m.value(), goal.level()));
                    }
                }
            }
        }
        // measures the previous verification carried in
        Map<String, NewMeasure> carriedByTarget = new LinkedHashMap<>();
        for (NewMeasure measure : context.carried()) {
            carriedByTarget.put(measure.target(), measure);
            if (!drafts.containsKey(measure.target())) {
                ImprovementAction owner = ranked.stream().filter(a -> a.id().equals(measure.action())).findFirst().orElse(null);
                if (owner == null && templatesById.containsKey(measure.action())) {
                    owner = ImprovementAction.proposed(templatesById.get(measure.action()), Severity.INFO, List.of(), List.of(), List.of(), 0, Optional.empty());
                    ranked.add(owner);
                    findingsOf.put(owner.id(), List.of());
                }
                if (owner != null) {
                    TargetDraft draft = new TargetDraft(measure.target(), owner, null, measure.subject(), measure.baseline(), measure.finalValue());
                    draft.fromMeasure = measure;
                    drafts.put(measure.target(), draft);
                }
            }
        }
        ranked.sort(ranking(findingsOf));
        for (int i = 0; i < ranked.size(); i++) {
            ranked.set(i, ranked.get(i).withRank(i + 1));
        }
        Map<String, Integer> rankOf = new HashMap<>();
        ranked.forEach(a -> rankOf.put(a.id(), a.rank()));

        List<PlanTarget> planTargets = new ArrayList<>();
        for (TargetDraft draft : drafts.values()) {
            planTargets.add(draft.toTarget(context, next, afterNext, carriedByTarget.get(draft.id)));
        }
        planTargets.sort(Comparator.comparing((PlanTarget t) -> rankOf.get(t.action())).thenComparing(PlanTarget::id));

        // an action is due when its last target stage is; the next period's end for one without targets
        List<ImprovementAction> actions = new ArrayList<>();
        for (ImprovementAction action : ranked) {
            LocalDate due = planTargets.stream().filter(t -> t.action().equals(action.id())).map(t -> t.finalStage().due())
                    .max(Comparator.naturalOrder()).orElse(next.end());
            actions.add(action.withDue(due));
        }
        Locale language = context.language();
        String accountable = context.strategy().accountable().orElse(DEFAULT_ACCOUNTABLE.in(language));
        return new ImprovementPlan(SCHEMA_VERSION, context.organisation(), context.period(), next, context.strategy().statement(), accountable,
                context.strategy().goals(), "CNY", actions, planTargets, stakeholders(actions, accountable, context.strategy(), language),
                milestones(actions, planTargets, next), context.carried());
    }

    /** Highest severity first, then more findings of it, then the priority score, then the id. */
    private static Comparator<ImprovementAction> ranking(Map<String, List<Finding>> findingsOf) {
        return Comparator.comparing(ImprovementAction::severity).reversed()
                .thenComparing(Comparator.comparingLong((ImprovementAction a) -> findingsOf.getOrDefault(a.id(), List.of()).stream()
                        .filter(f -> f.severity() == a.severity()).count()).reversed())
                .thenComparing(Comparator.comparingDouble(ImprovementAction::priority).reversed())
                .thenComparing(ImprovementAction::id);
    }

    /** The best-ranked action whose template moves the metric, or a new one from the first such template. */
    private static ImprovementAction ownerFor(String metric, List<ImprovementAction> ranked, Map<String, ActionTemplate> byId,
                                             List<ActionTemplate> templates, Map<String, List<Finding>> findingsOf) {
        for (ImprovementAction action : ranked) {
            if (byId.get(action.id()).moves().contains(metric)) {
                return action;
            }
        }
        for (ActionTemplate template : templates) {
            if (template.moves().contains(metric)) {
                ImprovementAction action = ImprovementAction.proposed(template, Severity.INFO, List.of(), List.of(), List.of(), 0, Optional.empty());
                ranked.add(action);
                findingsOf.put(action.id(), List.of());
                return action;
            }
        }
        return null;
    }

    private static List<Stakeholder> stakeholders(List<ImprovementAction> actions, String accountable, ImprovementStrategy strategy, Locale language) {
        Map<String, List<String>> responsible = new LinkedHashMap<>();
        actions.forEach(a -> responsible.computeIfAbsent(a.ownerIn(language), k -> new ArrayList<>()).add(a.id()));
        List<Stakeholder> out = new ArrayList<>();
        responsible.forEach((who, ids) -> out.add(new Stakeholder(who, Raci.RESPONSIBLE, ids)));
        out.add(new Stakeholder(accountable, Raci.ACCOUNTABLE, List.of()));
        strategy.stakeholders().forEach(s -> out.add(new Stakeholder(s.name(), s.duty(), List.of())));
        String quality = QUALITY_DEPARTMENT.in(language);
        if (out.stream().noneMatch(s -> s.name().equals(quality))) {
            out.add(new Stakeholder(quality, Raci.INFORMED, List.of()));
        }
        return out;
    }

    private static List<Milestone> milestones(List<ImprovementAction> actions, List<PlanTarget> targets, Period next) {
        Map<LocalDate, List<String>> intermediate = new TreeMap<>();
        Map<LocalDate, List<String>> finals = new TreeMap<>();
        for (PlanTarget t : targets) {
            for (TargetStage stage : t.stages()) {
                (stage.isFinal() ? finals : intermediate).computeIfAbsent(stage.due(), k -> new ArrayList<>()).add(t.id());
            }
        }
        Map<LocalDate, List<String>> actionsDue = new TreeMap<>();
        actions.forEach(a -> a.due().ifPresent(d -> actionsDue.computeIfAbsent(d, k -> new ArrayList<>()).add(a.id())));
        List<Milestone> out = new ArrayList<>();
        intermediate.forEach((date, ids) -> out.add(new Milestone(date, Milestone.Kind.INTERMEDIATE_TARGETS, ids, List.of())));
        finals.forEach((date, ids) -> out.add(new Milestone(date, Milestone.Kind.FINAL_TARGETS, ids, actionsDue.getOrDefault(date, List.of()))));
        actionsDue.forEach((date, ids) -> {
            if (!finals.containsKey(date)) {
                out.add(new Milestone(date, Milestone.Kind.FINAL_TARGETS, List.of(), ids));
            }
        });
        out.add(new Milestone(next.end(), Milestone.Kind.VERIFICATION, List.of(), List.of()));
        out.sort(Comparator.comparing(Milestone::date).thenComparing(Milestone::kind));
        return out;
    }

    private static double number(Finding finding, String name) {
        for (Evidence e : finding.evidence()) {
            if (e.name().equals(name)) {
                return e.value() instanceof Number n ? n.doubleValue() : Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** A target being built: its owner may still change rank, its stages are set last. */
    private static final class TargetDraft {
        final String id;
        final ImprovementAction owner;
        final MetricDefinition metric;
        final dev.itss.model.Subject subject;
        final double baseline;
        final double bound;
        final List<String> contributors = new ArrayList<>();
        NewMeasure fromMeasure;

        TargetDraft(String id, ImprovementAction owner, MetricDefinition metric, dev.itss.model.Subject subject, double baseline, double bound) {
            this.id = id;
            this.owner = owner;
            this.metric = metric;
            this.subject = subject;
            this.baseline = baseline;
            this.bound = bound;
        }

        PlanTarget toTarget(Context context, Period next, Period afterNext, NewMeasure carried) {
            if (fromMeasure != null) {
                return new PlanTarget(id, owner.id(), contributors, fromMeasure.metric(), subject, fromMeasure.direction(), fromMeasure.unit(),
                        baseline, fromMeasure.stages(), context.strategy().goalFor(fromMeasure.metric(), subject.id()).map(ImprovementStrategy.Goal::id),
                        Optional.of(fromMeasure.fromPeriod()));
            }
            Optional<ImprovementStrategy.Goal> goal = context.strategy().goalFor(metric.id(), subject.id());
            double finalValue = goal.map(ImprovementStrategy.Goal::level).orElse(bound);
            LocalDate finalDue = goal.flatMap(ImprovementStrategy.Goal::due)
                    .orElse(owner.effort() == Effort.HIGH ? afterNext.end() : next.end());
            List<TargetStage> stages = new ArrayList<>();
            if (finalDue.isAfter(next.end())) {
                stages.add(new TargetStage(Measurement.round(baseline + (finalValue - baseline) / 2), next.end(), false));
            }
            stages.add(new TargetStage(finalValue, finalDue, true));
            return new PlanTarget(id, owner.id(), contributors, metric.id(), subject, metric.direction(), metric.unit(), baseline, stages,
                    goal.map(ImprovementStrategy.Goal::id), carried == null ? Optional.empty() : Optional.of(carried.fromPeriod()));
        }
    }
}
