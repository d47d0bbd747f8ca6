package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;
import java.util.stream.Stream;

/**
 * Justification: a post resting on one engineer with no named backup, threatened by a risk that
 * has no treatment plan, while the emergency plan of a service the post serves is overdue for a
 * drill (PPL-014). It names every link it joined and who could stand in from the skills they hold.
 *
 * @param holder   the post's only engineer
 * @param risks    the untreated risks that threaten the post ({@code Risk.posts})
 * @param services the services the post serves ({@code ServiceOffering.posts}) whose plan is overdue
 * @param plans    those services' plans overdue for a drill ({@code EmergencyPlan.services})
 * @param standIns engineers of other posts who hold every skill the post requires
 */
public record SinglePointOfFailure(Subject subject, Subject holder, List<Subject> risks, List<Subject> services, List<Subject> plans,
                                   List<String> standIns) implements Justification {
    public SinglePointOfFailure {
        risks = Lists.sorted(risks);
        services = Lists.sorted(services);
        plans = Lists.sorted(plans);
        standIns = Lists.sorted(standIns);
    }

    /**
     * From the rule's matches: the risks, the services the post serves and the plans overdue for a
     * drill; the services named are those the overdue plans restore.
     */
    public static SinglePointOfFailure of(Subject post, Subject holder, List<?> risks, List<?> served, List<?> plans, List<String> standIns) {
        java.util.Set<String> restored = new java.util.HashSet<>();
        plans.forEach(p -> restored.addAll(((dev.itss.model.EmergencyPlan) p).services()));
        List<Subject> services = served.stream().map(s -> (dev.itss.model.ServiceOffering) s).filter(s -> restored.contains(s.id()))
                .map(dev.itss.measure.Subjects::of).toList();
        return new SinglePointOfFailure(post, holder, risks.stream().map(dev.itss.measure.Subjects::of).toList(), services,
                plans.stream().map(dev.itss.measure.Subjects::of).toList(), standIns);
    }

    /** The holder, the risks and the plans: part of the finding's identity. */
    @Override
    public List<Subject> related() {
        return Stream.of(List.of(holder), risks, plans).flatMap(List::stream).toList();
    }
}
