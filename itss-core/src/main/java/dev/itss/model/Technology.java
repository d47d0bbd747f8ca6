package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The technology element (技术): the routine O&amp;M activities, their standard operating procedures
 * and the emergency-response plans.
 *
 * @param activities     routine activities that need a written procedure (巡检, 备份, 补丁...)
 * @param sops           standard operating procedures (SOP), each for one activity
 * @param emergencyPlans emergency-response plans (应急预案)
 */
public record Technology(
        List<@NotNull @Valid Activity> activities,
        List<@NotNull @Valid Sop> sops,
        List<@NotNull @Valid EmergencyPlan> emergencyPlans) {

    public Technology {
        activities = Lists.copy(activities);
        sops = Lists.copy(sops);
        emergencyPlans = Lists.copy(emergencyPlans);
    }

    /** Nothing reported. */
    public static Technology none() {
        return new Technology(List.of(), List.of(), List.of());
    }
}
