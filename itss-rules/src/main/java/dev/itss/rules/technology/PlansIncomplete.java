package dev.itss.rules.technology;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;
import java.util.stream.Stream;

/**
 * Justification: services and risks that threaten a service which no approved emergency plan names,
 * behind a plan coverage beyond its band (TEC-016).
 *
 * @param services services no plan names ({@code EmergencyPlan.services})
 * @param risks    risks that threaten a service ({@code Risk.services}) and no plan answers ({@code EmergencyPlan.risks})
 */
public record PlansIncomplete(Subject subject, List<Subject> services, List<Subject> risks) implements Justification {
    public PlansIncomplete {
        services = Lists.sorted(services);
        risks = Lists.sorted(risks);
    }

    /** The services and risks without a plan: part of the finding's identity. */
    @Override
    public List<Subject> related() {
        return Stream.concat(services.stream(), risks.stream()).toList();
    }
}
