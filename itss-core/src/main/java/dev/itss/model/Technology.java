package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The technology element (技术): routine activities and their procedures, emergency plans, the
 * technology and R&amp;D plan, technical outputs and standards, research and monitoring.
 *
 * @param activities     routine activities that need a written procedure (巡检, 备份, 补丁...)
 * @param sops           standard operating procedures (SOP), each for one activity
 * @param emergencyPlans emergency-response plans (应急预案)
 * @param plan           items of the technology and R&amp;D plan (技术规划/研发计划)
 * @param outputs        technical outputs (技术成果) and their use
 * @param standards      technical standards the work follows (技术标准)
 * @param research       the period's R&amp;D; absent when not reported
 * @param monitoring     monitoring coverage and alert quality; absent when not reported
 */
public record Technology(
        List<@NotNull @Valid Activity> activities,
        List<@NotNull @Valid Sop> sops,
        List<@NotNull @Valid EmergencyPlan> emergencyPlans,
        List<@NotNull @Valid PlanItem> plan,
        List<@NotNull @Valid TechnicalOutput> outputs,
        List<@NotNull @Valid TechnicalStandard> standards,
        Optional<@Valid Research> research,
        Optional<@Valid Monitoring> monitoring) {

    public Technology {
        activities = Lists.copy(activities);
        sops = Lists.copy(sops);
        emergencyPlans = Lists.copy(emergencyPlans);
        plan = Lists.copy(plan);
        outputs = Lists.copy(outputs);
        standards = Lists.copy(standards);
        research = Lists.orEmpty(research);
        monitoring = Lists.orEmpty(monitoring);
    }

    /** Activities, SOPs and emergency plans only. */
    public Technology(List<Activity> activities, List<Sop> sops, List<EmergencyPlan> emergencyPlans) {
        this(activities, sops, emergencyPlans, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /** Nothing reported. */
    public static Technology none() {
        return new Technology(List.of(), List.of(), List.of());
    }
}
