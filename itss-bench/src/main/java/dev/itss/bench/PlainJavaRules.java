package dev.itss.bench;

import dev.itss.check.Finding;
import dev.itss.measure.Bands;
import dev.itss.measure.Facts;
import dev.itss.measure.Formulas;
import dev.itss.measure.Measurement;
import dev.itss.measure.Ratios;
import dev.itss.measure.Subjects;
import dev.itss.measure.Threshold;
import dev.itss.measure.Workload;
import dev.itss.model.Activity;
import dev.itss.model.ConfigurationItem;
import dev.itss.model.EmergencyPlan;
import dev.itss.model.Engineer;
import dev.itss.model.KnowledgeArticle;
import dev.itss.model.Post;
import dev.itss.model.ProcessDefinition;
import dev.itss.model.Risk;
import dev.itss.model.ServiceOffering;
import dev.itss.model.Sop;
import dev.itss.model.SparePart;
import dev.itss.model.Subject;
import dev.itss.model.Tool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in DRL rules written again in plain Java, the baseline of
 * {@link LargeOrganisationRulesBenchmark}: the same facts in, the same (rule, subject) pairs out,
 * with the joins done by hand through hash maps instead of by the Rete network. It decides only
 * whether and about what each rule fires; it builds no finding, justification or text, which the
 * engine does for each firing.
 *
 * <p>It reuses the library's band and formula helpers ({@link Bands}, {@link Ratios},
 * {@link Formulas}): they state each judgement once and the DRL calls them too. What it writes
 * again is each rule's matching: which entities it joins, how it counts and what it requires to
 * exist. The metric ids are the rules' own, written here as the DRL writes them. The check rows
 * ({@code checks.yaml}) are not rules of the DRL and are left out of both sides.
 *
 * <pre>{@code
 * List<String> pairs = PlainJavaRules.detect(facts);   // "PPL-001 post:P-07", sorted
 * }</pre>
 */
public final class PlainJavaRules {
    /** The DRL rules this baseline covers, each with the metric of a rule that only judges a figure. */
    private static final Map<String, String> FIGURE_RULES = Map.ofEntries(
            Map.entry("PPL-002", "people.post_backup_rate"),
            Map.entry("PPL-007", "people.turnover_rate"),
            Map.entry("PRC-001", "process.required_coverage"),
            Map.entry("PRC-004", "process.sla_coverage"),
            Map.entry("PRC-022", "process.catalogue_coverage"),
            Map.entry("RES-005", "spare_parts.hit_rate"),
            Map.entry("RES-015", "knowledge.update_rate"),
            Map.entry("RES-019", "knowledge.transfer_rate"),
            Map.entry("SUP-004", "supervision.risk_treatment_rate"),
            Map.entry("SUP-005", "supervision.risks_overdue"),
            Map.entry("TEC-001", "technology.sop_coverage"),
            Map.entry("TEC-004", "technology.plan_completion"),
            Map.entry("TEC-005", "technology.output_use_rate"),
            Map.entry("TEC-006", "technology.automation_rate"),
            Map.entry("TEC-009", "technology.standards_agreed_rate"),
            Map.entry("TEC-012", "technology.test_environment_rate"),
            Map.entry("TEC-013", "technology.drilled_after_deployment_rate"),
            Map.entry("TEC-015", "technology.drill_objective_rate"),
            Map.entry("TEC-016", "technology.emergency_plan_coverage"));
    /** The rules judged entity by entity or by joins. */
    private static final Set<String> ENTITY_RULES = Set.of("PPL-001", "PPL-003", "PPL-004", "PPL-005", "PPL-006", "PPL-010", "PPL-011",
            "PPL-012", "PPL-013", "PPL-014", "PRC-002", "PRC-003", "PRC-005", "PRC-006", "PRC-020", "PRC-032", "RES-004", "RES-006",
            "RES-007", "RES-008", "RES-009", "RES-017", "RES-018", "RES-022", "SUP-001", "SUP-002", "TEC-002", "TEC-003", "TEC-014");

    private PlainJavaRules() {}

    /** The ids of the rules this baseline covers. */
    public static Set<String> ruleIds() {
        Set<String> ids = new HashSet<>(FIGURE_RULES.keySet());
        ids.addAll(ENTITY_RULES);
        return ids;
    }

    /** The (rule, subject) pairs of the engine's findings of the covered rules, as {@link #detect} writes them, sorted. */
    public static List<String> pairs(List<Finding> findings) {
        Set<String> ids = ruleIds();
        return findings.stream().filter(f -> ids.contains(f.ruleId())).map(f -> f.ruleId() + " " + f.subject().key()).sorted().toList();
    }

    /** Every firing of the covered rules over the facts, as {@code "RULE kind:id"}, sorted (a rule may fire twice about one subject). */
    public static List<String> detect(Facts facts) {
        Run run = new Run(facts);
        run.figures();
        run.people();
        run.process();
        run.resources();
        run.supervision();
        run.technology();
        Collections.sort(run.out);
        return run.out;
    }

    /** One run over one organisation's facts, with the indexes the joins need. */
    private static final class Run {
        final Facts facts;
        final LocalDate end;
        final Map<String, Threshold> bands = new HashMap<>();
        final Map<String, List<Measurement>> figures = new HashMap<>();
        final Map<String, List<Engineer>> holders;
        final Set<String> backedUp = new HashSet<>();
        final List<String> out = new ArrayList<>();
        /** Whether TEC-001 or TEC-002 fired: RES-018 needs one of their findings. */
        boolean proceduresMissing;

        Run(Facts facts) {
            this.facts = facts;
            this.end = facts.period().end();
            facts.bands().forEach(b -> bands.put(b.metric(), b));
            facts.figures().all().stream().filter(Measurement::available).forEach(m -> figures.computeIfAbsent(m.metric(), k -> new ArrayList<>()).add(m));
            holders = facts.engineers().stream().collect(Collectors.groupingBy(Engineer::post));
            facts.engineers().forEach(e -> backedUp.addAll(e.backupFor()));
        }

        void fire(String rule, Subject subject) {
            out.add(rule + " " + subject.key());
        }

        Threshold band(String metric) {
            return bands.get(metric);
        }

        /** The figures of a metric beyond its band; none without a band. */
        List<Measurement> beyond(String metric) {
            Threshold band = band(metric);
            if (band == null) {
                return List.of();
            }
            return figures.getOrDefault(metric, List.of()).stream().filter(m -> Bands.beyond(band, m.value())).toList();
        }

        void figures() {
            FIGURE_RULES.forEach((rule, metric) -> beyond(metric).forEach(m -> fire(rule, m.subject())));
        }

        List<Engineer> on(Post post) {
            return holders.getOrDefault(post.id(), List.of());
        }

        void people() {
            Threshold staffing = band("people.post_staffing_rate");
            Threshold qualification = band("people.post_qualification_rate");
            Threshold responsibilities = band("people.responsibilities_age_days");
            Threshold sla = band("process.sla_shortfall");
            Threshold answer = band("service_desk.answer_rate");
            Threshold sinceDrill = band("technology.days_since_drill");
            Threshold undrilled = band("technology.days_undrilled");
            Set<String> skillsHeld = new HashSet<>();
            facts.engineers().forEach(e -> skillsHeld.addAll(e.skills()));
            Map<String, List<ServiceOffering>> servicesOfPost = index(facts.services(), ServiceOffering::posts);
            Map<String, List<Risk>> untreatedRisksOfPost = index(facts.risks().stream().filter(r -> r.treatmentPlanOn().isEmpty()).toList(), Risk::posts);
            Map<String, List<EmergencyPlan>> plansOfService = index(facts.emergencyPlans(), EmergencyPlan::services);
            List<Engineer> backups = facts.engineers().stream().filter(e -> !e.backupFor().isEmpty()).toList();
            long deskBeyond = answer == null ? 0 : beyond("service_desk.answer_rate").size();
            for (Post post : facts.posts()) {
                List<Engineer> on = on(post);
                long staffed = on.size();
                boolean understaffed = staffing != null && Bands.shareBeyond(staffing.direction(), staffing.warning(), staffed, post.requiredHeadcount());
                if (understaffed) {
                    fire("PPL-001", Subjects.of(post));
                }
                if (qualification != null) {
                    List<String> unqualified = on.stream().filter(e -> !Ratios.holdsAll(e.skills(), post.requiredSkills())).map(Engineer::name).toList();
                    if (Bands.shareLeftBeyond(qualification.direction(), qualification.warning(), staffed, unqualified)) {
                        fire("PPL-004", Subjects.of(post));
                    }
                }
                if (responsibilities != null && Bands.beyond(responsibilities, Ratios.ageIfKnown(post.responsibilitiesReviewedOn(), end))) {
                    fire("PPL-006", Subjects.of(post));
                }
                List<ServiceOffering> served = servicesOfPost.getOrDefault(post.id(), List.of());
                if (understaffed && sla != null && answer != null) {
                    long missed = served.stream().filter(s -> Bands.beyond(sla, Formulas.slaShortfall(s.sla(), s.tickets()))).count();
                    long staffsDesk = facts.serviceDesk().filter(d -> Formulas.names(d.post(), post.id())).isPresent() ? 1 : 0;
                    if (Formulas.anyFailure(missed, staffsDesk, deskBeyond)) {
                        fire("PPL-010", Subjects.of(post));
                    }
                }
                boolean singleHolder = staffed == 1 && !backedUp.contains(post.id());
                if (singleHolder && sinceDrill != null && undrilled != null) {
                    boolean untreatedRisk = !untreatedRisksOfPost.getOrDefault(post.id(), List.of()).isEmpty();
                    boolean overduePlan = served.stream().flatMap(s -> plansOfService.getOrDefault(s.id(), List.of()).stream())
                            .anyMatch(p -> Formulas.drillOverdue(sinceDrill, undrilled, p.lastDrillOn(), p.approvedOn(), end));
                    fire(untreatedRisk && overduePlan ? "PPL-014" : "PPL-011", Subjects.of(post));
                }
                for (String skill : post.requiredSkills()) {
                    if (!skillsHeld.contains(skill)) {
                        fire("PPL-012", Subjects.of(post));
                    }
                }
                for (Engineer backup : backups) {
                    if (backup.backupFor().contains(post.id()) && !Ratios.holdsAll(backup.skills(), post.requiredSkills())) {
                        fire("PPL-013", Subjects.of(post));
                    }
                }
            }
            Threshold overtime = band("people.engineer_overtime");
            if (overtime != null) {
                for (Workload workload : facts.workloads()) {
                    if (Bands.beyond(overtime, workload.overtime())) {
                        fire("PPL-003", workload.engineer());
                    }
                }
            }
            Threshold availability = band("people.engineer_availability");
            Threshold kpi = band("process.engineer_kpi_score");
            for (Engineer engineer : facts.engineers()) {
                if (availability != null && Bands.beyond(availability, Ratios.remainingIfKnown(engineer.contractedHours(), engineer.absenceHours()))) {
                    fire("PPL-005", Subjects.of(engineer));
                }
                if (kpi != null && Bands.beyond(kpi, Ratios.orNaN(engineer.kpiScore()))) {
                    fire("PRC-006", Subjects.of(engineer));
                }
            }
        }

        void process() {
            Threshold reliability = band("process.kpi_reliability");
            for (ProcessDefinition process : facts.processes()) {
                if (!Formulas.hasAny(process.kpis())) {
                    fire("PRC-032", Subjects.of(process));
                } else if (reliability != null && Bands.beyond(reliability, Formulas.kpiReliability(process.kpis()))) {
                    fire("PRC-002", Subjects.of(process));
                }
            }
            Threshold shortfall = band("process.sla_shortfall");
            Threshold major = band("process.major_incidents");
            Set<String> measuredShortfall = figures.getOrDefault("process.sla_shortfall", List.of()).stream().map(m -> m.subject().key()).collect(Collectors.toSet());
            for (ServiceOffering service : facts.services()) {
                Subject subject = Subjects.of(service);
                if (shortfall != null && Bands.beyond(shortfall, Formulas.slaShortfall(service.sla(), service.tickets()))
                        && measuredShortfall.contains(subject.key())) {
                    fire("PRC-003", subject);
                }
                if (major != null && Bands.beyond(major, Formulas.majorIncidents(service.tickets()))) {
                    fire("PRC-005", subject);
                }
            }
            Threshold repeat = band("process.ci_repeat_incidents");
            if (repeat != null) {
                for (ConfigurationItem item : facts.configurationItems()) {
                    if (Bands.beyond(repeat, Formulas.repeatIncidents(item.incidents(), item.problemRecords()))) {
                        fire("PRC-020", Subjects.of(item));
                    }
                }
            }
        }

        void resources() {
            Threshold idle = band("spare_parts.idle_days");
            if (idle != null) {
                for (SparePart part : facts.spareParts()) {
                    if (Bands.beyond(idle, Ratios.ageSince(part.lastUsed(), part.stockedOn(), end))) {
                        fire("RES-004", Subjects.of(part));
                    }
                }
            }
            Threshold fit = band("tools.fit_rate");
            Threshold availability = band("tools.availability");
            Threshold usability = band("tools.usability_score");
            Threshold failures = band("tools.failures");
            for (Tool tool : facts.tools()) {
                if (fit != null && Bands.beyond(fit, Ratios.of(tool.requirementsMet(), tool.requirements()))) {
                    fire("RES-006", Subjects.of(tool));
                }
                if (availability != null && Bands.beyond(availability, Ratios.remaining(tool.plannedHours(), tool.downtimeHours()))) {
                    fire("RES-007", Subjects.of(tool));
                }
                if (usability != null && Bands.beyond(usability, Ratios.orNaN(tool.usabilityScore()))) {
                    fire("RES-008", Subjects.of(tool));
                }
                if (failures != null && Bands.beyond(failures, tool.failures())) {
                    fire("RES-009", Subjects.of(tool));
                }
            }
            // RES-017: a skill one engineer holds and no article covers, once per figure beyond its band
            List<Measurement> keyPerson = beyond("knowledge.undocumented_single_holder_skills");
            if (!keyPerson.isEmpty()) {
                Map<String, Integer> holdersOfSkill = new HashMap<>();
                for (Engineer engineer : facts.engineers()) {
                    new HashSet<>(engineer.skills()).forEach(s -> holdersOfSkill.merge(s, 1, Integer::sum));
                }
                Set<String> documented = new HashSet<>();
                facts.articles().forEach(a -> documented.addAll(a.skills()));
                for (Measurement ignored : keyPerson) {
                    for (Engineer holder : facts.engineers()) {
                        for (String skill : holder.skills()) {
                            if (holdersOfSkill.get(skill) == 1 && !documented.contains(skill)) {
                                fire("RES-017", new Subject("skill", skill, skill));
                            }
                        }
                    }
                }
            }
            // RES-022: a service short of an SLA, an article, a monitored item or a plan
            Set<String> monitored = facts.configurationItems().stream().filter(ci -> Formulas.isTrue(ci.monitored())).map(ConfigurationItem::id)
                    .collect(Collectors.toSet());
            Map<String, List<EmergencyPlan>> plansOfService = index(facts.emergencyPlans(), EmergencyPlan::services);
            long articlesLinked = facts.services().stream().filter(s -> Formulas.hasAny(s.articles())).count();
            long itemsLinked = facts.services().stream().filter(s -> Formulas.hasAny(s.configurationItems())).count();
            for (ServiceOffering service : facts.services()) {
                long monitoredItems = new HashSet<>(service.configurationItems()).stream().filter(monitored::contains).count();
                long plans = plansOfService.getOrDefault(service.id(), List.of()).size();
                if (Formulas.coverageGap(service.sla(), service.articles(), monitoredItems, plans, articlesLinked, itemsLinked)) {
                    fire("RES-022", Subjects.of(service));
                }
            }
        }

        void supervision() {
            Subject organisation = facts.organisation();
            facts.supervision().filter(s -> s.securityPolicy().isEmpty()).ifPresent(s -> fire("SUP-001", organisation));
            Threshold age = band("supervision.security_policy_age_days");
            if (age != null) {
                facts.securityPolicy().filter(p -> Bands.beyond(age, Ratios.daysBetween(p.lastReviewed(), end))).ifPresent(p -> fire("SUP-002", organisation));
            }
        }

        void technology() {
            proceduresMissing = !beyond("technology.sop_coverage").isEmpty();
            Threshold sopAge = band("technology.sop_age_days");
            if (sopAge != null) {
                Set<String> activities = facts.activities().stream().map(Activity::id).collect(Collectors.toSet());
                for (Sop sop : facts.sops()) {
                    if (Bands.beyond(sopAge, Ratios.daysBetween(sop.lastReviewed(), end)) && activities.contains(sop.activity())) {
                        fire("TEC-002", Subjects.of(sop));
                        proceduresMissing = true;
                    }
                }
            }
            Threshold sinceDrill = band("technology.days_since_drill");
            Threshold undrilled = band("technology.days_undrilled");
            for (EmergencyPlan plan : facts.emergencyPlans()) {
                if (sinceDrill != null && Bands.beyond(sinceDrill, Ratios.ageIfKnown(plan.lastDrillOn(), end))) {
                    fire("TEC-003", Subjects.of(plan));
                }
                if (undrilled != null && plan.lastDrillOn().isEmpty() && Bands.beyond(undrilled, Ratios.daysBetween(plan.approvedOn(), end))) {
                    fire("TEC-014", Subjects.of(plan));
                }
            }
            // RES-018 needs a finding of TEC-001 or TEC-002, so it is judged after them
            if (proceduresMissing) {
                beyond("people.newcomers").forEach(m -> fire("RES-018", m.subject()));
            }
        }

        /** Entities by each id a list of theirs names (services by post, plans by service). */
        private static <T> Map<String, List<T>> index(List<T> entities, Function<T, List<String>> ids) {
            Map<String, List<T>> index = new HashMap<>();
            for (T entity : entities) {
                for (String id : new HashSet<>(ids.apply(entity))) {
                    index.computeIfAbsent(id, k -> new ArrayList<>()).add(entity);
                }
            }
            return index;
        }
    }
}
