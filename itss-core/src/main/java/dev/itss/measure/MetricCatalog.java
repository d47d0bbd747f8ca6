package dev.itss.measure;

import dev.itss.read.DocumentFormat;
import dev.itss.read.DocumentReader;
import dev.itss.read.InputProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metric catalogue: every metric the measure stage computes, each tied to its ITSS-DOMAIN item,
 * with its definition, inputs and default band. The source is {@code dev/itss/measure/catalogue.yaml};
 * {@code docs/metrics.md} is generated from it.
 *
 * <pre>{@code
 * MetricDefinition answerRate = MetricCatalog.standard().require(MetricCatalog.ANSWER_RATE);
 * System.out.println(answerRate.name().zh() + ": " + answerRate.formula());
 * }</pre>
 */
@dev.itss.model.Covers({"S-2"})
public final class MetricCatalog {
    /** Where the catalogue lives on the classpath. */
    public static final String RESOURCE = "dev/itss/measure/catalogue.yaml";

    public static final String POST_STAFFING_RATE = "people.post_staffing_rate";
    public static final String POST_BACKUP_RATE = "people.post_backup_rate";
    public static final String ENGINEER_AVAILABILITY = "people.engineer_availability";
    public static final String POST_QUALIFICATION_RATE = "people.post_qualification_rate";
    public static final String ENGINEER_OVERTIME = "people.engineer_overtime";
    public static final String TICKET_LOAD = "people.ticket_load";
    public static final String RESPONSIBILITIES_AGE_DAYS = "people.responsibilities_age_days";
    public static final String TURNOVER_RATE = "people.turnover_rate";
    public static final String SMART_OBJECTIVE_RATE = "people.smart_objective_rate";
    public static final String TRAINING_PASS_RATE = "people.training_pass_rate";
    public static final String NEWCOMERS = "people.newcomers";
    public static final String UNDOCUMENTED_SINGLE_HOLDER_SKILLS = "knowledge.undocumented_single_holder_skills";
    public static final String CI_REPEAT_INCIDENTS = "process.ci_repeat_incidents";
    public static final String KNOWLEDGE_TRANSFER_RATE = "knowledge.transfer_rate";
    public static final String TEST_ENVIRONMENT_RATE = "technology.test_environment_rate";
    public static final String DRILLED_AFTER_DEPLOYMENT_RATE = "technology.drilled_after_deployment_rate";
    public static final String TICKET_SLA_ATTAINMENT = "tickets.sla_attainment";
    public static final String TICKET_RESOLUTION_P90_HOURS = "tickets.resolution_p90_hours";
    public static final String TICKET_BACKLOG_AGE_P90_DAYS = "tickets.backlog_age_p90_days";
    public static final String TOOL_FIT_RATE = "tools.fit_rate";
    public static final String TOOL_AVAILABILITY = "tools.availability";
    public static final String TOOL_USABILITY_SCORE = "tools.usability_score";
    public static final String TOOL_FAILURES = "tools.failures";
    public static final String ANSWER_RATE = "service_desk.answer_rate";
    public static final String DISPATCH_ACCURACY = "service_desk.dispatch_accuracy";
    public static final String LOGGING_RATE = "service_desk.logging_rate";
    public static final String PHONE_RESOLUTION_MINUTES = "service_desk.phone_resolution_minutes";
    public static final String ABANDONMENT_RATE = "service_desk.abandonment_rate";
    public static final String SPARE_PART_IDLE_DAYS = "spare_parts.idle_days";
    public static final String SPARE_PART_DAMAGE_RATE = "spare_parts.damage_rate";
    public static final String SPARE_PART_HIT_RATE = "spare_parts.hit_rate";
    public static final String SPARE_PART_REUSE_RATE = "spare_parts.reuse_rate";
    public static final String NEW_ARTICLES_PER_100_TICKETS = "knowledge.new_articles_per_100_tickets";
    public static final String KNOWLEDGE_USE_RATE = "knowledge.use_rate";
    public static final String KNOWLEDGE_UPDATE_RATE = "knowledge.update_rate";
    public static final String KNOWLEDGE_CATEGORY_CONCENTRATION = "knowledge.category_concentration";
    public static final String SOP_COVERAGE = "technology.sop_coverage";
    public static final String SOP_AGE_DAYS = "technology.sop_age_days";
    public static final String PLAN_COMPLETION = "technology.plan_completion";
    public static final String OUTPUT_USE_RATE = "technology.output_use_rate";
    public static final String AUTOMATION_RATE = "technology.automation_rate";
    public static final String MONITORING_COVERAGE = "technology.monitoring_coverage";
    public static final String FALSE_ALERT_RATE = "technology.false_alert_rate";
    public static final String STANDARDS_AGREED_RATE = "technology.standards_agreed_rate";
    public static final String RND_TIME_SHARE = "technology.rnd_time_share";
    public static final String PILOT_ADOPTION_RATE = "technology.pilot_adoption_rate";
    public static final String DAYS_SINCE_DRILL = "technology.days_since_drill";
    public static final String DAYS_UNDRILLED = "technology.days_undrilled";
    public static final String DRILL_OBJECTIVE_RATE = "technology.drill_objective_rate";
    public static final String EMERGENCY_PLAN_COVERAGE = "technology.emergency_plan_coverage";
    public static final String SLA_SHORTFALL = "process.sla_shortfall";
    public static final String SLA_COVERAGE = "process.sla_coverage";
    public static final String CATALOGUE_COVERAGE = "process.catalogue_coverage";
    public static final String MAJOR_INCIDENTS = "process.major_incidents";
    public static final String ENGINEER_KPI_SCORE = "process.engineer_kpi_score";
    public static final String USER_SATISFACTION = "process.user_satisfaction";
    public static final String INCIDENT_REOPEN_RATE = "process.incident_reopen_rate";
    public static final String INCIDENT_REASSIGNMENT_RATE = "process.incident_reassignment_rate";
    public static final String FIRST_CONTACT_RESOLUTION = "process.first_contact_resolution";
    public static final String ONSITE_RESPONSE_MINUTES = "process.onsite_response_minutes";
    public static final String REMOTE_ESCALATION_RATE = "process.remote_escalation_rate";
    public static final String PROBLEM_ROOT_CAUSE_RATE = "process.problem_root_cause_rate";
    public static final String CHANGE_SUCCESS_RATE = "process.change_success_rate";
    public static final String EMERGENCY_CHANGE_RATE = "process.emergency_change_rate";
    public static final String RELEASE_ROLLBACK_RATE = "process.release_rollback_rate";
    public static final String RELEASE_VERSION_RECORD_RATE = "process.release_version_record_rate";
    public static final String REQUIRED_PROCESS_COVERAGE = "process.required_coverage";
    public static final String KPI_RELIABILITY = "process.kpi_reliability";
    public static final String INSPECTION_COMPLETION = "process.inspection_completion";
    public static final String TERMINAL_RECYCLING_RECORD_RATE = "process.terminal_recycling_record_rate";
    public static final String SECURITY_POLICY_AGE_DAYS = "supervision.security_policy_age_days";
    public static final String SECURITY_POLICY_PRESENT = "supervision.security_policy_present";
    public static final String QUALITY_SCORE = "supervision.quality_score";
    public static final String RISK_TREATMENT_RATE = "supervision.risk_treatment_rate";
    public static final String RISKS_OVERDUE = "supervision.risks_overdue";

    private static final MetricCatalog STANDARD = load();

    private final Map<String, MetricDefinition> byId = new LinkedHashMap<>();
    /** The definitions added to the built-in catalogue by {@link #with(List)}: rule packs' metrics. */
    private final List<MetricDefinition> added;

    private MetricCatalog(List<MetricDefinition> definitions, List<MetricDefinition> added) {
        definitions.forEach(d -> byId.put(d.id(), d));
        this.added = List.copyOf(added);
    }

    /** The built-in catalogue. */
    public static MetricCatalog standard() {
        return STANDARD;
    }

    /**
     * This catalogue with more metrics after its own: a rule pack's figures.
     *
     * <pre>{@code
     * MetricCatalog metrics = MetricCatalog.standard().with(packMetrics);
     * }</pre>
     *
     * @throws IllegalArgumentException when one of them has the id of a metric already here
     */
    public MetricCatalog with(List<MetricDefinition> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<MetricDefinition> all = new java.util.ArrayList<>(byId.values());
        List<MetricDefinition> addedNow = new java.util.ArrayList<>(added);
        for (MetricDefinition definition : more) {
            if (byId.containsKey(definition.id())) {
                throw new IllegalArgumentException("metric '" + definition.id() + "' is already in the catalogue");
            }
            all.add(definition);
            addedNow.add(definition);
        }
        return new MetricCatalog(all, addedNow);
    }

    /** The metrics added to the built-in catalogue ({@link #with(List)}): the rule packs' own; none for the built-in catalogue. */
    public List<MetricDefinition> added() {
        return added;
    }

    /** Every definition, in catalogue order. */
    public List<MetricDefinition> definitions() {
        return List.copyOf(byId.values());
    }

    /**
     * The window in days a metric counts within (a newcomer hired within it, an article revised
     * within it): the policy's band's when it gives one, else this catalogue's default band's; 0
     * for a metric without a window. The measure stage and the rules' thresholds read it here.
     */
    public int windowDays(String metric, dev.itss.policy.Policy policy) {
        return policy.band(metric).flatMap(dev.itss.policy.Band::windowDays)
                .or(() -> find(metric).flatMap(d -> d.band().windowDays())).orElse(0);
    }

    /** The definition of a metric id, if the catalogue has it. */
    public Optional<MetricDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The definition of a metric id the caller knows exists. */
    public MetricDefinition require(String id) {
        MetricDefinition definition = byId.get(id);
        if (definition == null) {
            throw new IllegalArgumentException("unknown metric '" + id + "'; known metrics: " + byId.keySet());
        }
        return definition;
    }

    /** The file's shape. */
    record CatalogueFile(@NotEmpty List<@NotNull @Valid MetricDefinition> metrics) {}

    private static MetricCatalog load() {
        try (InputStream in = MetricCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the metric catalogue " + RESOURCE + " is missing from the classpath");
            }
            // validated in full by MetricCatalogTest; read here without Bean Validation to keep the start fast
            return new MetricCatalog(reader().readBuiltIn(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentFormat.YAML).metrics(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The reader of the catalogue file (tests use it to validate the file in full). */
    static DocumentReader<CatalogueFile> reader() {
        return new DocumentReader<>(CatalogueFile.class, MetricCatalog::consistency);
    }

    private static List<InputProblem> consistency(CatalogueFile file) {
        List<InputProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.metrics().size(); i++) {
            MetricDefinition definition = file.metrics().get(i);
            if (!ids.add(definition.id())) {
                problems.add(InputProblem.at("", "metrics[" + i + "].id", "duplicate id '" + definition.id() + "'"));
            }
            if (definition.direction().isWorse(definition.band().warning(), definition.band().breach())) {
                problems.add(InputProblem.at("", "metrics[" + i + "].band", "breach " + definition.band().breach()
                        + " must lie beyond warning " + definition.band().warning() + " for " + definition.direction()));
            }
            if (definition.band().source().isBlank()) {
                problems.add(InputProblem.at("", "metrics[" + i + "].band.source", "is required: say where the numbers come from"));
            }
        }
        return problems;
    }
}
