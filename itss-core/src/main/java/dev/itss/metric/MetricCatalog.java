package dev.itss.metric;

import static dev.itss.metric.Direction.HIGHER_IS_BETTER;
import static dev.itss.metric.Direction.LOWER_IS_BETTER;

import dev.itss.model.Element;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metric catalogue: every metric the measure stage computes, each tied to its ITSS
 * measurement item (M-…). The definitions here are the reference for what a number means;
 * default bands live in the rule pack's default policy, with their sources.
 *
 * <pre>{@code
 * MetricDefinition answerRate = MetricCatalog.standard().require("service_desk.answer_rate");
 * }</pre>
 */
public final class MetricCatalog {
    public static final String POST_STAFFING_RATE = "people.post_staffing_rate";
    public static final String POST_BACKUP_RATE = "people.post_backup_rate";
    public static final String ENGINEER_SATURATION = "people.engineer_saturation";
    public static final String ANSWER_RATE = "service_desk.answer_rate";
    public static final String DISPATCH_ACCURACY = "service_desk.dispatch_accuracy";
    public static final String KNOWLEDGE_USE_RATE = "knowledge.use_rate";
    public static final String SPARE_PART_IDLE_DAYS = "spare_parts.idle_days";
    public static final String SPARE_PART_HIT_RATE = "spare_parts.hit_rate";
    public static final String SOP_COVERAGE = "technology.sop_coverage";
    public static final String SOP_AGE_DAYS = "technology.sop_age_days";
    public static final String DAYS_SINCE_DRILL = "technology.days_since_drill";
    public static final String REQUIRED_PROCESS_COVERAGE = "process.required_coverage";
    public static final String KPI_RELIABILITY = "process.kpi_reliability";
    public static final String SLA_SHORTFALL = "process.sla_shortfall";

    private static final MetricCatalog STANDARD = new MetricCatalog(List.of(
            new MetricDefinition(POST_STAFFING_RATE, "M-P-01", Element.PEOPLE,
                    "Post staffing rate", "岗位人员配置率", Unit.RATIO, HIGHER_IS_BETTER, "post",
                    "engineers assigned to the post / the post's required headcount"),
            new MetricDefinition(POST_BACKUP_RATE, "M-P-02", Element.PEOPLE,
                    "Post backup rate", "岗位备份满足度", Unit.RATIO, HIGHER_IS_BETTER, "organisation",
                    "posts that at least one engineer of another post can stand in for / posts"),
            new MetricDefinition(ENGINEER_SATURATION, "M-P-05", Element.PEOPLE,
                    "Engineer workload saturation", "工程师工作饱和度", Unit.RATIO, LOWER_IS_BETTER, "engineer",
                    "hours worked on service in the period / hours contracted in the period"),
            new MetricDefinition(ANSWER_RATE, "M-R-05", Element.RESOURCES,
                    "Service-desk answer rate", "服务台接听率", Unit.RATIO, HIGHER_IS_BETTER, "service-desk",
                    "calls answered / calls offered"),
            new MetricDefinition(DISPATCH_ACCURACY, "M-R-06", Element.RESOURCES,
                    "Dispatch accuracy", "派单准确率", Unit.RATIO, HIGHER_IS_BETTER, "service-desk",
                    "(tickets dispatched - tickets dispatched again) / tickets dispatched"),
            new MetricDefinition(KNOWLEDGE_USE_RATE, "M-R-14", Element.RESOURCES,
                    "Knowledge use rate", "知识利用率", Unit.RATIO, HIGHER_IS_BETTER, "knowledge-base",
                    "tickets resolved citing a knowledge article / tickets resolved"),
            new MetricDefinition(SPARE_PART_IDLE_DAYS, "M-R-09", Element.RESOURCES,
                    "Spare-part idle days", "备件呆滞天数", Unit.DAYS, LOWER_IS_BETTER, "spare-part",
                    "days from the part's last issue (or its stocking day, if never issued) to the period end"),
            new MetricDefinition(SPARE_PART_HIT_RATE, "M-R-11", Element.RESOURCES,
                    "Spare-part hit rate", "备件命中率", Unit.RATIO, HIGHER_IS_BETTER, "spare-parts-store",
                    "requests filled from stock / requests, summed over all parts"),
            new MetricDefinition(SOP_COVERAGE, "M-T-01", Element.TECHNOLOGY,
                    "SOP coverage of routine activities", "例行作业 SOP 覆盖率", Unit.RATIO, HIGHER_IS_BETTER, "organisation",
                    "routine activities with at least one SOP / routine activities"),
            new MetricDefinition(SOP_AGE_DAYS, "M-T-01", Element.TECHNOLOGY,
                    "Days since SOP review", "SOP 未复审天数", Unit.DAYS, LOWER_IS_BETTER, "sop",
                    "days from the SOP's last review to the period end"),
            new MetricDefinition(DAYS_SINCE_DRILL, "M-T-05", Element.TECHNOLOGY,
                    "Days since emergency drill", "应急预案未演练天数", Unit.DAYS, LOWER_IS_BETTER, "emergency-plan",
                    "days from the plan's last drill (or its approval, if never drilled) to the period end"),
            new MetricDefinition(REQUIRED_PROCESS_COVERAGE, "L-2", Element.PROCESS,
                    "Required process coverage", "必备流程覆盖率", Unit.RATIO, HIGHER_IS_BETTER, "organisation",
                    "processes required by the policy that are defined and documented / processes required"),
            new MetricDefinition(KPI_RELIABILITY, "S-2", Element.PROCESS,
                    "Process KPI reliability", "流程 KPI 可靠率", Unit.RATIO, HIGHER_IS_BETTER, "process",
                    "KPIs computed from a system of record / KPIs defined; a process with no KPI scores 0"),
            new MetricDefinition(SLA_SHORTFALL, "M-S-01", Element.PROCESS,
                    "SLA attainment shortfall", "SLA 达成差距", Unit.RATIO, LOWER_IS_BETTER, "service",
                    "agreed attainment target - (tickets that met the SLA / tickets in scope); 0 or less means met")));

    private final Map<String, MetricDefinition> byId = new LinkedHashMap<>();

    private MetricCatalog(List<MetricDefinition> definitions) {
        for (MetricDefinition definition : definitions) {
            if (byId.put(definition.id(), definition) != null) {
                throw new IllegalStateException("duplicate metric id " + definition.id());
            }
        }
    }

    /** The built-in catalogue. */
    public static MetricCatalog standard() {
        return STANDARD;
    }

    /** Every definition, in catalogue order. */
    public List<MetricDefinition> definitions() {
        return List.copyOf(byId.values());
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
}
